"""A graduating group on a real database for the final-grades tests: the 9-grade plan with an elective and a
subject closed by a test (сынақ / зачет), three students with valid IINs."""
from dataclasses import replace

from contingent import add_group, enrol
from curricula import mid_level_9

from desktop.domain.curriculum import Control, Row, Section, SemesterLoad
from desktop.services import curricula, grades

ELECTIVE = Row("f1", Section.ELECTIVES, "Ф 01", "Шахмат", "Шахматы", 36, None,
               semesters=(SemesterLoad(3, 36, None),))


def plan(language: str = "kk"):
    base = mid_level_9(language)
    rows = list(base.rows)
    # the physical-education subject closed by a test: a pass/fail row
    rows = [replace(r, semesters=tuple(replace(s, control=Control.TEST) if s.control else s for s in r.semesters))
            if r.subject == "physical_culture" else r for r in rows]
    return replace(base, rows=tuple(rows) + (ELECTIVE,), title="06130100 Бағдарламалық қамтамасыз ету, 2022")


def graded_group(db, count: int = 3, code: str = "22ПО-41к", language: str = "kk") -> tuple[int, list[int]]:
    curriculum_id = curricula.create(db, plan(language))
    group_id = add_group(db, code=code, intake_year=2022, curriculum_id=curriculum_id)
    return group_id, enrol(db, group_id, count)


def fill_all(db, group_id: int, percent: int = 88) -> None:
    """Every graded row of every student: the percent, or a pass on a pass/fail row."""
    grid = grades.grade_grid(db, group_id)
    grades.save_cells(db, group_id, [grades.CellChange(s.id, r.key, True if r.kind == grades.PASS_FAIL else percent)
                                     for s in grid.students for r in grid.rows if r.graded])
