"""The diploma supplement of a graduate built from the database, and a group's supplements printed.

Where each value comes from: the college's profile (names, locality, director and deputy director as the
signatories), the student's card (name, birth date, IIN, prior education), the group (intake year, form of study,
specialty), the group's curriculum (rows with hours and credits, see services.grades for which rows are graded),
the final grades through the college's scale, and the register (diploma series and number, the supplement's
registration number and date, the honours flag the registrar set). Qualifications: those the student was awarded
(recorded by a qualification exam or by hand), else the curriculum's own. The averages are weighted by credits
(grading.average_points / average_percent); pass/fail rows count in no average. An elective the student has no
grade for is left out of the table (he did not take it).

Nothing prints for a student whose reconciliation is not clean: the refusal names every thing missing.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.domain.grading import GradingScale, average_percent, average_points
from desktop.domain.problems import FieldProblem
from desktop.domain.roles import Area
from desktop.models import FinalGrade, Qualification, Student, StudyGroup
from desktop.reports import labels
from desktop.reports import supplement_data as sd
from desktop.reports.supplement_canvas import file_name, unique_path
from desktop.services import diplomas, grades
from desktop.services.college import get_profile
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.grades import HEADING, PASS_FAIL, PlanRow
from desktop.services.students import check_curator_reads

_KINDS = {"general": sd.RowKind.GENERAL, "basic": sd.RowKind.BASIC_MODULE, "practice": sd.RowKind.PRACTICE,
          "intermediate": sd.RowKind.QUALIFICATION_EXAM, "final": sd.RowKind.FINAL_ATTESTATION,
          "electives": sd.RowKind.ELECTIVE}


class PrintCancelled(Exception):
    """The user stopped the printing; the files of this run are removed."""


def _kind(row: PlanRow) -> sd.RowKind:
    if row.kind == HEADING:
        return sd.RowKind.PROFESSIONAL_MODULE  # the one heading kind the form has: no grade of its own
    if row.section.value == "professional":
        return sd.RowKind.OUTCOME
    return _KINDS.get(row.section.value, sd.RowKind.OUTCOME)


def printed_grade(scale: GradingScale, value) -> sd.Grade | None:
    grade = grades.cell_grade(scale, value)
    if grade is None:
        return None
    words = scale.traditional_of(grade.traditional)
    if isinstance(value, bool):
        return sd.Grade(traditional_kk=words.kk, traditional_ru=words.ru, passed=value)
    return sd.Grade(grade.percent, grade.letter, float(grade.points), words.kk, words.ru)


def _table(rows: list[PlanRow], cells: dict, scale: GradingScale) -> tuple[list[sd.SupplementRow], list, list]:
    """The printed rows (numbered in order, headings too), with the scaled grades and their credits for the
    averages."""
    printed, graded, credits = [], [], []
    for row in rows:
        value = cells.get(row.key)
        if row.section.value == "electives" and value is None:
            continue
        grade = printed_grade(scale, value) if row.graded else None
        printed.append(sd.SupplementRow(_kind(row), str(len(printed) + 1), row.code, row.name_kk, row.name_ru,
                                        row.hours or None, row.credits, grade))
        if row.graded and value is not None and row.kind != PASS_FAIL:
            graded.append(grades.cell_grade(scale, value))
            credits.append(row.credits if row.credits is not None else 1)
    return printed, graded, credits


def _qualifications(session, student: Student, plan_codes: Sequence[str]) -> tuple[sd.Qualification, ...]:
    awarded = [q.qualification for q in student.qualifications]
    if not awarded:
        found = {q.code: q for q in session.scalars(select(Qualification).where(Qualification.code.in_(plan_codes)))}
        awarded = [found[code] for code in plan_codes if code in found]
    return tuple(sd.Qualification(q.code, q.name_kk, q.name_ru) for q in awarded)


def _college(db: Database) -> tuple[sd.College, tuple[sd.Signatory, ...]]:
    profile = get_profile(db)
    if profile is None:
        return sd.College("", ""), ()
    director, deputy = labels.LABELS["director"], labels.LABELS["deputy"]
    return (sd.College(profile.name_kk, profile.name_ru, profile.locality_kk, profile.locality_ru),
            (sd.Signatory(*director, profile.director), sd.Signatory(*deputy, profile.deputy_director)))


@dataclass(frozen=True)
class _Context:
    college: sd.College
    signatories: tuple[sd.Signatory, ...]


def build_supplement(db: Database, student_id: int, language: str, *, check: bool = True,
                     context: _Context | None = None) -> sd.Supplement:
    """The student's supplement for the copy in `language` (kk or ru): its registration number and date are those
    of that copy in the register. ValidationFailed (diploma.not_reconciled and every problem) when `check` and the
    student's grades are not reconciled with the curriculum."""
    if language not in diplomas.SUPPLEMENT_LANGUAGES:
        raise ValidationFailed([FieldProblem("language", "diploma.bad_language", {"value": language})])
    if context is None:
        context = _Context(*_college(db))
    with db.session() as session:
        student = session.get(Student, student_id)
        if student is None or student.group_id is None:
            raise NotFound(student_id)
        check_curator_reads(db, student.group_id, Area.GRADES)
        group = session.get(StudyGroup, student.group_id)
        plan = grades.group_plan(session, group)
        rows = grades.curriculum_plan_rows(plan)
        scale = grades.scale_in(session)
        records = session.scalars(select(FinalGrade).where(FinalGrade.student_id == student_id)).all()
        name = grades.full_name(student)
        if check:
            problems, _ = grades.reconcile_student(rows, list(records), plan.id, scale, name)
            if problems:
                raise ValidationFailed([FieldProblem("student", "diploma.not_reconciled",
                                                     {"student": name, "count": len(problems)}), *problems])
        cells = {g.row_key: grades.stored_value(g) for g in records if g.curriculum_id == plan.id}
        table, graded, credits = _table(rows, cells, scale)
        points, percent = average_points(graded, credits), average_percent(graded, credits)
        qualifications = _qualifications(session, student, plan.qualifications.split())
        specialty = group.specialty
        prior = labels.CHOICES.get(student.prior_education, ("", ""))
        form = labels.CHOICES.get(group.study_form, ("", ""))
        graduation = student.left_on.year if student.status == "graduated" and student.left_on else None
        top = [r for r in rows if r.parent is None and (r.section.value != "electives" or r.key in cells)]
        person = dict(full_name=name, birth_date=student.birth_date, iin=student.iin or "",
                      entry_year=group.intake_year, graduation_year=graduation)
    diploma = diplomas.diploma_of(db, student_id)
    copy = diplomas.supplement_of(db, student_id, language)
    register = copy or diploma
    return sd.Supplement(
        context.college, diploma.series if diploma else "", diploma.number if diploma else "",
        register.registration_number if register else "", register.issued_on if register else None,
        prior_education_kk=prior[0], prior_education_ru=prior[1], study_form_kk=form[0], study_form_ru=form[1],
        specialty_code=specialty.code, specialty_name_kk=specialty.name_kk, specialty_name_ru=specialty.name_ru,
        qualifications=qualifications, rows=tuple(table),
        with_honours=bool((diploma and diploma.with_honours) or (copy and copy.with_honours)),
        average_points=float(points) if points is not None else None,
        average_percent=float(percent) if percent is not None else None,
        total_hours=sum(r.hours or 0 for r in top) or None,
        total_credits=sum(r.credits or 0 for r in top) or None,
        signatories=context.signatories, **person)


def group_supplements(db: Database, group_id: int, language: str) -> list[sd.Supplement]:
    """Every student of the group, alphabetical; ValidationFailed naming every student not reconciled (each with
    what is missing) and nothing built."""
    checks = grades.reconcile_group(db, group_id)
    problems = []
    for check in checks:
        if not check.clean:
            problems.append(FieldProblem("student", "diploma.not_reconciled",
                                         {"student": check.full_name, "count": len(check.problems)}))
            problems.extend(check.problems)
    if problems:
        raise ValidationFailed(problems)
    context = _Context(*_college(db))
    return [build_supplement(db, c.student_id, language, check=False, context=context) for c in checks]


Progress = Callable[[int, int], None]


def print_group(db: Database, group_id: int, folder: Path, languages: Sequence[str] = ("kk", "ru"), *,
                on_blank: bool = False, calibration: sd.Calibration | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, one_file: bool = False,
                student_ids: Sequence[int] | None = None) -> list[Path]:
    """Each student's supplement in each language, a file each in `folder` (plain A4, or onto the blank moved by
    the calibration); with one_file, a file per language holding the group in alphabetical order, the order the
    blanks are loaded in. Refused, before a file is begun, while any student's grades are not reconciled.
    progress(done, total) after each supplement; cancelled() is asked before each: when it says so, the files of
    this run are removed and PrintCancelled is raised. With student_ids, those students only (each refused while
    not reconciled); files already in the folder are never overwritten."""
    from desktop.reports import supplement_pdf  # noqa: PLC0415 - reportlab only when printing

    languages = tuple(languages)
    if student_ids is None:
        built = {language: group_supplements(db, group_id, language) for language in languages}
    else:
        built = {language: [build_supplement(db, student_id, language) for student_id in student_ids]
                 for language in languages}
    folder.mkdir(parents=True, exist_ok=True)
    total = sum(len(items) for items in built.values())
    taken: set[str] = {p.name.lower() for p in folder.iterdir()}  # files of an earlier run are kept
    written: list[Path] = []
    done = 0

    def step(*_) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)
        if cancelled is not None and done < total and cancelled():
            raise PrintCancelled()

    try:
        if cancelled is not None and cancelled():
            raise PrintCancelled()
        if one_file:
            for language in languages:
                alone = built[language][0].full_name if len(built[language]) == 1 else _group_code(db, group_id)
                path = unique_path(folder, f"{alone} ({language}).pdf", taken)
                written.append(path)
                supplement_pdf.write_supplements_file(path, built[language], language, on_blank=on_blank,
                                                      calibration=calibration, progress=step)
            return written
        for index in range(len(next(iter(built.values()), []))):
            for language in languages:
                supplement = built[language][index]
                path = unique_path(folder, file_name(supplement, language), taken)
                written.append(path)
                supplement_pdf.write_supplement(path, supplement, language, on_blank=on_blank,
                                                calibration=calibration)
                step()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def _group_code(db: Database, group_id: int) -> str:
    with db.session() as session:
        return session.get(StudyGroup, group_id).code
