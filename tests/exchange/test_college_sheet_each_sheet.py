"""Every sheet of the real college workbooks (tests/fixtures/college-sheets) read on its own: the figures a
reviewer checks against the sheet, and where the cohort's years were found."""
import json
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.curriculum import Section, leaves
from desktop.domain.ruleset import RuleSet
from desktop.exchange.college_sheet import read_college_sheet
from desktop.paths import resource_path

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "college-sheets"
ORAL = "oral-primary-teacher-2022-2026-headers.xlsx"
ZHAMBYL = "zhambyl-accounting-and-it-2023-2026-headers.xlsx"
ACCOUNTING = ("04110100", ("4S04110102",), 2023, 3, {"general": 1368, "basic": 408, "professional": 1824,
                                                     "practice": 432},
              {"КМ 01": 384, "КМ 02": 336, "КМ 03": 360, "КМ 04": 600, "КМ 05": 144})
SOFTWARE = ("06130100", ("4S06130105",), 2023, 3, {"general": 1368, "basic": 384, "professional": 2352,
                                                   "practice": 504},
            {"КМ 01": 264, "КМ 02": 144, "КМ 03": 408, "КМ 04": 288, "КМ 05": 288, "КМ 06": 120, "КМ 07": 216,
             "КМ 08": 216, "КМ 09": 192, "КМ 10": 216})
EXPECTED = {  # (file, sheet): specialty, qualifications, intake, years, hours by section, hours by module
    # A6: "2022-2026 оқу жылдары ... 01140100 ... 4S01140101"; modules: AA9 КМ 01 ... AZ9:BD9 КМ 05; hours row 11
    (ORAL, "экви"): ("01140100", ("4S01140101",), 2022, 4,
                     {"general": 1368, "basic": 576, "professional": 2016, "practice": 1728, "electives": 408},
                     {"КМ 01": 408, "КМ 02": 192, "КМ 03": 792, "КМ 04": 168, "КМ 05": 456}),
    # Each title in B2 names its own specialty; FM5/FM6 "Год поступления" 2023, FN5/FN6 "Год выпуска" 2026 (3Ғ: HH/HI)
    **{(ZHAMBYL, name): ACCOUNTING for name in ("3D-1", "3D-2")},
    **{(ZHAMBYL, name): SOFTWARE for name in ("3Ғ-1", "3Ғ-2", "3Ғ-3", "3Ғ-4")},
}


@pytest.fixture(scope="module")
def subject_key():
    rules = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))
    return rules.subject_key


@pytest.fixture(scope="module")
def workbooks():
    books = {name: openpyxl.load_workbook(SHEETS / name) for name in (ORAL, ZHAMBYL)}
    yield books
    for book in books.values():
        book.close()


def test_every_sheet_of_both_samples_is_tested():
    books = {name: openpyxl.load_workbook(SHEETS / name, read_only=True) for name in (ORAL, ZHAMBYL)}
    assert {(name, title) for name, book in books.items() for title in book.sheetnames} == set(EXPECTED)


@pytest.mark.parametrize(("file_name", "sheet"), sorted(EXPECTED))
def test_each_sheet_is_its_own_curriculum(workbooks, subject_key, file_name, sheet):
    specialty, qualifications, intake, years, by_section, by_module = EXPECTED[(file_name, sheet)]
    reading = read_college_sheet(workbooks[file_name][sheet], file_name, subject_key)
    curriculum = reading.curriculum
    assert (curriculum.specialty, curriculum.qualifications) == (specialty, qualifications)
    assert (curriculum.intake_year, curriculum.years, reading.intake_year_source) == (intake, years, "sheet")
    assert reading.problems == ()
    # The 3D-2 and 3Ғ-2..4 titles name the first group of their specialty (a copy-paste flaw): the sheet's own
    # name tells the groups' plans apart.
    assert curriculum.title == f"{specialty} {sheet}"
    sections = {s.value: sum(r.hours for r in leaves(curriculum) if r.section is s) for s in Section}
    assert {k: v for k, v in sections.items() if v} == by_section
    modules = {r.code: r.hours for r in curriculum.rows if r.section is Section.PROFESSIONAL and not r.parent}
    assert modules == by_module
    for module in curriculum.rows:
        if module.id.startswith("g:"):  # a module is the sum of what the sheet lists under it
            assert module.hours == sum(r.hours for r in curriculum.rows if r.parent == module.id)


def test_the_years_come_from_the_file_name_when_the_sheet_has_none(workbooks, subject_key):
    sheet = workbooks[ORAL]["экви"]
    title = sheet["A6"].value
    sheet["A6"] = title.replace("2022-2026 ", "")
    try:
        named = read_college_sheet(sheet, "4аКШО 2021-2025.xlsx", subject_key)
        unnamed = read_college_sheet(sheet, "ведомость.xlsx", subject_key)
    finally:
        sheet["A6"] = title
    assert (named.curriculum.intake_year, named.curriculum.years, named.intake_year_source) == (2021, 4, "file_name")
    # Found nowhere: the caller must ask. The years then come from the mandatory hours, electives (Ф 00, 408 h)
    # left out: 5,688 h at 1,440 a year is 4 years (6,096 with them would make 5).
    assert (unnamed.intake_year_source, unnamed.curriculum.years) == ("", 4)
    assert unnamed.curriculum.intake_year == 0  # a placeholder no one can take for a year: never this year quietly
