"""Real college sheets (tests/fixtures/college-sheets, personal data removed): the curriculum they carry."""
from pathlib import Path

import pytest

from desktop.domain.curriculum import Section
from desktop.services import curricula

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "college-sheets"


def test_the_zhambyl_it_sheet():
    curriculum = curricula.read_curriculum_file(SHEETS / "zhambyl-accounting-and-it-2023-2026-headers.xlsx")
    # The workbook's first sheet is the accounting group (3D-1): 04110100 / 4S04110102 Бухгалтер.
    assert (curriculum.specialty, curriculum.qualifications, curriculum.entry_base) == ("04110100", ("4S04110102",), "9")
    general = [r for r in curriculum.rows if r.section is Section.GENERAL]
    assert len(general) == 13 and all(r.subject for r in general)
    assert sum(r.hours for r in general) == 57 * 24  # 57 credits; the exams make up the rest of 60
    basic = [r for r in curriculum.rows if r.section is Section.BASIC]
    assert [r.basic_module for r in basic] == [1, 2, 3, 4] and basic[0].hours == 240
    outcome = next(r for r in curriculum.rows if r.code == "ОН 1.1")
    assert outcome.parent and outcome.hours == 96 and outcome.credits == 4
    assert outcome.name_ru.startswith("Понимание") or outcome.name_ru
    module = curriculum.row(outcome.parent)
    assert module.code == "КМ 01" and module.hours == sum(r.hours for r in curriculum.rows if r.parent == module.id)
    practice = next(r for r in curriculum.rows if r.section is Section.PRACTICE)
    assert (practice.hours, practice.credits) == (432, 18)


def test_the_oral_teacher_sheet_and_its_findings():
    curriculum = curricula.read_curriculum_file(SHEETS / "oral-primary-teacher-2022-2026-headers.xlsx")
    assert (curriculum.specialty, curriculum.qualifications, curriculum.intake_year) == ("01140100", ("4S01140101",), 2022)
    modules = [r for r in curriculum.rows if r.section is Section.PROFESSIONAL and not r.parent]
    assert [m.code for m in modules] == ["КМ 01", "КМ 02", "КМ 03", "КМ 04", "КМ 05"]
    practice = [r for r in curriculum.rows if r.section is Section.PRACTICE]
    assert [(r.name_kk, r.hours, bool(r.parent)) for r in practice] == [
        ("Дипломалды практика", 288, True), ("Кәсіптік практика", 1728, False)]
    electives = [r for r in curriculum.rows if r.section is Section.ELECTIVES and r.parent]
    assert {32, 40} <= {r.hours for r in electives}  # the electives that are not whole credits
    codes = {f.code for f in curricula.check_curriculum(curriculum)}
    assert {"year_load.nothing_laid_out", "gened.volume", "credit_unit.not_half_credits"} <= codes
    assert "basic.missing" not in codes and "gened.missing_subject" not in codes


@pytest.mark.parametrize("name", ["zhambyl-accounting-and-it-2023-2026-headers.xlsx",
                                  "oral-primary-teacher-2022-2026-headers.xlsx"])
def test_a_college_sheet_imports_as_a_draft(db, name):
    curriculum_id = curricula.import_curriculum_file(db, SHEETS / name)
    stored = curricula.get_curriculum(db, curriculum_id)
    assert stored.status == "draft" and len(stored.curriculum.rows) > 40
