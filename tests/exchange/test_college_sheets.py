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
    # A6 "2022-2026 оқу жылдары": 4 years (the mandatory hours without the electives say 4 too; with them, 5)
    assert curriculum.years == 4
    modules = [r for r in curriculum.rows if r.section is Section.PROFESSIONAL and not r.parent]
    assert [m.code for m in modules] == ["КМ 01", "КМ 02", "КМ 03", "КМ 04", "КМ 05"]
    # This test once read the diploma practice as a practice row (КМ 1728 h, practice 2016 h). The sheet puts
    # BD10 "Дипломалды практика" (BD11 = 288) under AZ9:BD9 "КМ 05", so AA11:BD11 make the modules' 2016 h
    # = 84 credits, and the practice section is BO8:BO10 "Кәсіптік практика" alone, BO11 = 1728.
    leaves = [r for r in curriculum.rows if not any(x.parent == r.id for x in curriculum.rows)]
    assert sum(r.hours for r in leaves if r.section is Section.PROFESSIONAL) == 2016
    practice = [r for r in curriculum.rows if r.section is Section.PRACTICE]
    assert [(r.name_kk, r.hours, bool(r.parent)) for r in practice] == [("Кәсіптік практика", 1728, False)]
    diploma = next(r for r in curriculum.rows if r.name_kk == "Дипломалды практика")
    assert (curriculum.row(diploma.parent).code, diploma.hours, diploma.production) == ("КМ 05", 288, 288)
    assert modules[-1].hours == 456  # AZ11:BD11, the practice in it
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


def test_a_sheet_with_no_cohort_years_anywhere_is_refused_not_dated_this_year(tmp_path):
    import openpyxl  # noqa: PLC0415

    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    book = openpyxl.load_workbook(SHEETS / "oral-primary-teacher-2022-2026-headers.xlsx")
    book["экви"]["A6"] = book["экви"]["A6"].value.replace("2022-2026 ", "")
    book.save(tmp_path / "ведомость.xlsx")
    with pytest.raises(ValidationFailed) as refused:
        curricula.read_curriculum_file(tmp_path / "ведомость.xlsx")
    assert [(p.field, p.sheet) for p in refused.value.problems] == [("intake_year", "экви")]
