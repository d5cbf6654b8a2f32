"""The curriculum import on working curricula written the ways college deputy directors lay them out (the workbooks
of tests/fixtures/college-plans, written by make_plans.py there): each test reads a workbook as the app does and
says what a reviewer reads on the sheet, row by row."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli
from desktop.domain.curriculum import Control, Section
from desktop.services.curriculum_files import read_sheets

PLANS = Path(__file__).resolve().parent.parent / "fixtures" / "college-plans"
E, T, G = Control.EXAM, Control.TEST, Control.GRADED_TEST


def sheets(name):
    return {choice.sheet: choice for choice in read_sheets(PLANS / name)}


def plan(name, sheet=None):
    choices = sheets(name)
    choice = choices[sheet] if sheet else next(c for c in choices.values() if c.curriculum is not None)
    assert choice.problems == ()
    return choice.curriculum


def table(curriculum):
    """(code, section, hours, parent's code, {semester: hours or (hours, control)}) for every row."""
    codes = {row.id: row.code for row in curriculum.rows}
    return [(row.code, row.section.value, row.hours, codes.get(row.parent),
             {s.semester: (s.hours, s.control) if s.control else s.hours for s in row.semesters})
            for row in curriculum.rows]


def code_of(curriculum, code):
    return next(row for row in curriculum.rows if row.code == code)


# --- 1. Russian, 9th-grade base: "№ п/п", "ООД.01", "ПМ.01", "РО 1.1", split control columns ---------------

def test_russian_plan_with_dotted_indexes_reads_every_row_in_its_module():
    curriculum = plan("ru-accounting-9base-2024.xlsx")
    assert (curriculum.specialty, curriculum.qualifications, curriculum.entry_base, curriculum.language) == \
        ("04110100", ("4S04110102",), "9", "ru")
    assert (curriculum.intake_year, curriculum.years) == (2024, 3)  # "для набора 2024 года", "2 года 10 месяцев"
    rows = table(curriculum)
    assert [r[0] for r in rows[:11]] == [f"ЖБП {n:02d}" for n in range(1, 12)]  # ООД.01 .. ООД.11, none lost
    assert rows[0] == ("ЖБП 01", "general", 120, None, {1: 51, 2: (69, E)})
    assert rows[9] == ("ЖБП 10", "general", 96, None, {1: (51, T), 2: (45, T)})  # зачеты "1, 2"
    # "Базовые дисциплины 936" and "Профильные дисциплины 360" sum the subjects under them: no subject of their own
    assert [r.name_ru for r in curriculum.rows[5:10]] == [
        "История Казахстана", "Начальная военная и технологическая подготовка", "Физическая культура", "Математика",
        "Информатика"]
    assert rows[11:15] == [
        ("БМ 01", "basic", 144, None, {3: (48, T), 4: (48, T), 5: (48, T)}),
        ("БМ 02", "basic", 72, None, {3: (72, T)}),
        ("БМ 03", "basic", 72, None, {4: (72, E)}),
        ("БМ 04", "basic", 96, None, {5: (96, T)}),
    ]
    assert rows[15:24] == [
        ("КМ 01", "professional", 360, None, {}),
        ("ОН 1.1", "professional", 180, "КМ 01", {3: 90, 4: (90, E)}),
        ("ОН 1.2", "professional", 180, "КМ 01", {3: 90, 4: (90, T)}),
        ("КМ 02", "professional", 300, None, {}),
        ("ОН 2.1", "professional", 150, "КМ 02", {4: 70, 5: (80, E)}),
        ("ОН 2.2", "professional", 150, "КМ 02", {5: (150, T)}),
        ("КМ 03", "professional", 216, None, {}),
        ("ОН 3.1", "professional", 120, "КМ 03", {5: 60, 6: (60, E)}),
        ("ОН 3.2", "professional", 96, "КМ 03", {6: (96, T)}),
    ]
    assert rows[24:] == [
        ("КП", "practice", 432, None, {6: (432, T)}),  # after "Итого по ПМ": practice, not an outcome
        ("АА", "intermediate", 72, None, {2: 12, 3: 12, 4: 12, 5: 12, 6: 24}),
        ("ҚА", "final", 72, None, {6: 72}),
        ("К", "consultations", 100, None, {}),
        ("Ф 01", "electives", 34, None, {2: (34, T)}),
        ("Ф 02", "electives", 32, None, {3: (32, T)}),
    ]  # no subtotal, total, note or signature read as a row


def test_russian_plan_reads_theory_and_practice_and_leaves_the_other_sheets():
    choices = sheets("ru-accounting-9base-2024.xlsx")
    curriculum = choices["РУП 2024"].curriculum
    kazakh = code_of(curriculum, "ЖБП 01")
    assert (kazakh.credits, kazakh.theory, kazakh.practice, kazakh.subject) == (5, 60, 60, "kazakh_language")
    assert code_of(curriculum, "КМ 02").credits == 12.5
    assert code_of(curriculum, "ЖБП 05").subject == "foreign_language"  # "Иностранный язык (англ.)"
    assert code_of(curriculum, "ОН 1.1").qualification == "4S04110102"  # the one the title names
    for name in ("График", "Лист3"):  # the schedule and the empty sheet: refused, not guessed into a plan
        assert choices[name].curriculum is None
        assert [p.code for p in choices[name].problems] == ["file.unplaceable_sheet"]


# --- 2. Kazakh, 11th-grade base: "бм 1", "км 1", "он 1.1" in lower case, "72 / 3", "15 апта" ----------------

def test_kazakh_plan_with_lower_case_codes_and_section_rows_merged_over_the_hours():
    choices = sheets("kk-software-11base-2023.xlsx")
    assert choices["Парақ1"].curriculum is None and choices["Кесте"].curriculum is None  # title page, schedule
    curriculum = plan("kk-software-11base-2023.xlsx", "ЖОЖ")
    assert (curriculum.specialty, curriculum.entry_base, curriculum.language, curriculum.intake_year,
            curriculum.years) == ("06130100", "11", "kk", 2023, 2)
    assert table(curriculum) == [
        ("БМ 1", "basic", 144, None, {1: (48, T), 2: (48, T), 3: (48, T)}),  # "сын. 1, 2, 3"
        ("БМ 2", "basic", 72, None, {1: (72, T)}),
        ("БМ 3", "basic", 72, None, {2: (72, E)}),
        ("БМ 4", "basic", 96, None, {3: (96, G)}),  # "СС"
        ("КМ 01", "professional", 540, None, {}),
        ("ОН 1.1", "professional", 300, "КМ 01", {1: 150, 2: (150, E)}),
        ("ОН 1.2", "professional", 240, "КМ 01", {2: (240, T)}),
        ("КМ 02", "professional", 612, None, {}),
        ("ОН 2.1", "professional", 312, "КМ 02", {1: 192, 2: (120, E)}),  # "Е"
        ("ОН 2.2", "professional", 300, "КМ 02", {3: (300, G)}),
        ("КМ 03", "professional", 636, None, {}),
        ("ОН 3.1", "professional", 300, "КМ 03", {3: 204, 4: (96, E)}),
        ("КП", "practice", 336, "КМ 03", {4: (336, T)}),  # pre-diploma practice stays in its module
        ("АА", "intermediate", 48, None, {2: 24, 4: 24}),
        ("ҚА", "final", 72, None, {4: 72}),
        ("К", "consultations", 100, None, {}),
    ]
    assert code_of(curriculum, "КМ 01").credits == 22.5  # "540 / 22,5"


# --- 3. Bilingual, hours a week in the semester columns, "117" and "144(6)" ----------------------------------

def test_hours_a_week_are_multiplied_by_the_weeks_of_their_semester():
    curriculum = plan("bilingual-cook-9base-2022.xlsx")
    assert (curriculum.qualifications, curriculum.intake_year, curriculum.years) == \
        (("3W10130302", "4S10130303"), 2022, 4)
    assert table(curriculum) == [
        ("ЖБП 01", "general", 117, None, {1: 51, 2: (66, E)}),  # 3 a week over 17 and 22 weeks
        ("ЖБП 02", "general", 78, None, {1: 34, 2: (44, T)}),
        ("ЖБП 03", "general", 117, None, {1: 51, 2: (66, T)}),
        ("ЖБП 04", "general", 156, None, {1: 68, 2: (88, E)}),
        ("ЖБП 05", "general", 78, None, {1: 34, 2: (44, T)}),
        ("ЖБП 06", "general", 156, None, {1: 68, 2: (88, T)}),
        ("БМ 01", "basic", 74, None, {3: 32, 4: (42, T)}),
        ("БМ 02", "basic", 64, None, {3: (64, T)}),
        ("КМ 01", "professional", 201, None, {3: 96, 4: (105, E)}),
        ("КП", "practice", 144, None, {}),
    ]
    practice = code_of(curriculum, "КП")
    assert (practice.name_kk, practice.name_ru, practice.credits) == ("Кәсіптік практика", "Профессиональная практика", 6)
    assert (code_of(curriculum, "ЖБП 05").name_kk, code_of(curriculum, "ЖБП 05").subject) == ("АӘТД", "military_training")


def test_hours_a_week_without_the_weeks_refuse_the_sheet_and_say_what_is_missing():
    choice = sheets("bilingual-cook-9base-2022.xlsx")["1 курс жоба"]
    assert [(p.code, p.row, p.column) for p in choice.problems] == [("file.weekly_without_weeks", 1, "D")]
    assert not choice.importable


# --- 4. Russian, 10 months: "БМ.01", "ПМ 02.", "пм 03", production training after the modules ----------------

def test_worker_plan_keeps_production_training_and_the_qualification_exam_out_of_the_last_module():
    curriculum = plan("ru-welding-11base-2025-2026.xlsx")
    assert (curriculum.qualifications, curriculum.entry_base, curriculum.intake_year, curriculum.years) == \
        (("3W07150501",), "11", 2025, 1)
    assert table(curriculum) == [
        ("БМ 01", "basic", 48, None, {1: (48, T)}),
        ("БМ 02", "basic", 48, None, {2: (48, G)}),
        ("КМ 01", "professional", 240, None, {1: (240, E)}),
        ("КМ 02", "professional", 336, None, {1: 120, 2: (216, E)}),
        ("КМ 03", "professional", 264, None, {2: (264, E)}),
        ("КП", "practice", 288, None, {2: (288, G)}),  # 288 h do not fit in the 264 of ПМ 03
        ("АА", "intermediate", 24, None, {2: 24}),
        ("ҚА", "final", 24, None, {2: 24}),
    ]
    exam = code_of(curriculum, "АА")
    assert exam.qualification == "3W07150501"  # QUAL-EXAM finds the exam of the worker qualification
    assert (code_of(curriculum, "КМ 01").theory, code_of(curriculum, "КМ 01").practice) == (96, 144)


# --- 5. Two groups on two sheets, Kazakh and Russian names in two columns ------------------------------------

def test_each_group_sheet_is_its_own_plan_with_both_names():
    first, second = plan("bilingual-two-groups.xlsx", "ТО-24"), plan("bilingual-two-groups.xlsx", "ТО-25")
    assert (first.intake_year, second.intake_year, first.years) == (2024, 2025, 3)
    history = code_of(first, "ЖБП 03")
    assert (history.name_kk, history.name_ru) == ("Қазақстан тарихы", "История Казахстана")
    assert table(second)[4:] == [
        ("КМ 01", "professional", 480, None, {}),
        ("ОН 1.1", "professional", 240, "КМ 01", {3: 240}),
        ("ОН 1.2", "professional", 240, "КМ 01", {4: 240}),
        ("Ф 01", "electives", 72, None, {2: 36, 3: 36}),
    ]
    # "ЖБП 00 Жалпы білім беретін пәндер 480" sums its four subjects, not the module after them
    assert [r[0] for r in table(first)] == ["ЖБП 01", "ЖБП 02", "ЖБП 03", "ЖБП 04", "КМ 01", "ОН 1.1", "Ф 01"]


# --- 6. Kazakh, codes only in the name, subtotals after each section ----------------------------------------

def test_codes_typed_in_the_name_and_section_subtotals():
    curriculum = plan("kk-teacher-codes-in-names.xlsx")
    assert (curriculum.intake_year, curriculum.years) == (2024, 4)
    assert [r[:4] for r in table(curriculum)] == [
        ("БМ 1", "basic", 240, None), ("БМ 2", "basic", 72, None),
        ("КМ 03", "professional", 480, None), ("ОН 3.1", "professional", 240, "КМ 03"),
        ("ОН 3.2", "professional", 240, "КМ 03"), ("КМ 04", "professional", 264, None),
        ("ОН 4.1", "professional", 264, "КМ 04"), ("КП", "practice", 480, None), ("ҚА", "final", 48, None),
    ]


# --- 7. A subtotal that does not add up: refused, with both sums ---------------------------------------------

def test_a_wrong_subtotal_refuses_the_sheet_and_says_both_sums():
    choice = sheets("ru-cook-wrong-subtotal-2023.xlsx")["РУП"]
    assert [(p.code, p.row, p.params["written"], p.params["sum"]) for p in choice.problems] == [
        ("file.subtotal_mismatch", 9, 300, 312), ("file.subtotal_mismatch", 11, 480, 440),
        ("file.subtotal_mismatch", 14, 852, 824)]
    assert choice.problems[1].params["name"] == "КМ 01 Приготовление блюд"  # the module, by its code
    assert [r.subject for r in choice.curriculum.rows[:2]] == ["kazakh_language", "mathematics"]  # "Матем."
    assert not choice.importable
    # "I", "II" under "Распределение по курсам" are study years: no row gets them as semesters 1 and 2
    assert all(not row.semesters for row in choice.curriculum.rows)


# --- 8. Pre-diploma practice inside a module, electives outside the years --------------------------------

def test_practice_inside_a_module_stays_there_and_electives_do_not_add_a_year():
    curriculum = plan("kk-teacher-practice-in-module-2022.xlsx")
    assert (curriculum.intake_year, curriculum.years) == (2022, 4)
    assert table(curriculum) == [
        ("КМ 05", "professional", 2016, None, {}),
        ("ОН 5.1", "professional", 144, "КМ 05", {7: 144}),
        ("ОН 5.2", "professional", 144, "КМ 05", {8: 144}),
        ("КП", "practice", 864, "КМ 05", {7: 864}),
        ("КП", "practice", 864, "КМ 05", {8: 864}),
        ("Ф", "electives", 80, None, {7: 40, 8: 40}),
    ]


# --- 9. A subtotal under each module, exams and the final attestation under their headings ------------------

def test_a_subtotal_under_a_module_sums_that_module_only():
    curriculum = plan("ru-auto-module-subtotals-2024.xlsx")
    assert (curriculum.intake_year, curriculum.years) == (2024, 4)  # "год приема 2024", "3 года 10 месяцев"
    assert table(curriculum) == [
        ("КМ 01", "professional", 360, None, {}),
        ("ОН 1.1", "professional", 200, "КМ 01", {3: 100, 4: 100}),
        ("ОН 1.2", "professional", 160, "КМ 01", {4: 160}),
        ("КМ 02", "professional", 240, None, {}),
        ("ОН 2.1", "professional", 240, "КМ 02", {3: 120, 4: 120}),
        ("АА", "intermediate", 12, None, {4: 12}),
        ("АА", "intermediate", 24, None, {4: 24}),
        ("ҚА", "final", 72, None, {4: 72}),
        ("ҚА", "final", 12, None, {4: 12}),
    ]  # "в том числе практических 400" is no row
    assert {r.qualification for r in curriculum.rows if r.section is Section.INTERMEDIATE} == {"4S07160303"}


def test_a_summary_of_sections_and_an_explanatory_note_are_no_plans():
    choices = sheets("ru-auto-module-subtotals-2024.xlsx")
    assert list(choices) == ["Свод", "РУП ТО", "Пояснительная записка"]
    for name in ("Свод", "Пояснительная записка"):  # "Профессиональные модули 600" is no row of a plan
        assert choices[name].curriculum is None
        assert [p.code for p in choices[name].problems] == ["file.unplaceable_sheet"]


# --- 10. The academic year a plan is for is not its intake ------------------------------------------------

def test_an_academic_year_in_the_title_asks_for_the_intake_and_hours_a_week_may_be_fractions():
    choice = sheets("kk-electric-academic-year.xlsx")["ЖОЖ"]
    assert choice.problems == () and choice.needs_intake_year  # "2024-2025 оқу жылына", "3 жыл 10 ай"
    assert choice.curriculum.years == 4
    assert table(choice.curriculum) == [
        ("КМ 04", "professional", 585, None, {}),
        ("ОН 4.1", "professional", 168, "КМ 04", {7: 120, 8: 48}),  # 8 and 6 a week over 15 and 8 weeks
        ("ОН 4.2", "professional", 336, "КМ 04", {7: 240, 8: 96}),
        ("ОН 4.3", "professional", 81, "КМ 04", {7: 81}),  # 5,4 a week over 15 weeks
    ]


# --- 11. A summary grade sheet with the plan across its columns ---------------------------------------------

def test_summary_sheet_with_dotted_codes_and_a_module_of_its_own():
    curriculum = plan("ru-summary-sheet-2021-2025.xlsx")
    assert (curriculum.language, curriculum.intake_year, curriculum.years) == ("ru", 2021, 4)
    assert [(r[0], r[1], r[2], r[3]) for r in table(curriculum)] == [
        ("ЖБП 01", "general", 72, None), ("ЖБП 02", "general", 120, None),
        ("БМ 01", "basic", 48, None),  # "48(2)", no longer lost
        ("КМ 01", "professional", 360, None),  # "ПМ.01": a module, not a general subject
        ("ОН 1.1", "professional", 240, "КМ 01"), ("ОН 1.2", "professional", 120, "КМ 01"),  # counted once
        ("КП", "practice", 144, None)]
    assert [r.name_ru for r in curriculum.rows[:2]] == ["Казахский язык", "Математика"]  # "ООД.01 " taken off
    assert [r.credits for r in curriculum.rows[:3]] == [3, 5, 2]


# --- 12. The title page on a sheet of its own -----------------------------------------------------------

def test_a_title_page_on_its_own_sheet_is_no_plan_and_the_plan_beside_it_is_read():
    choices = sheets("ru-design-title-sheet.xlsx")
    assert choices["Титул"].curriculum is None
    assert [r[:3] for r in table(choices["РУП"].curriculum)] == [("БМ 01", "basic", 72), ("КМ 01", "professional", 96)]


def test_the_plan_takes_its_title_from_the_title_page_before_it():
    choice = sheets("ru-design-title-sheet.xlsx")["РУП"]
    assert not choice.needs_intake_year
    curriculum = choice.curriculum
    assert (curriculum.specialty, curriculum.qualifications, curriculum.intake_year, curriculum.years) == \
        ("02110100", ("4S02110102",), 2024, 4)


# --- the command line --------------------------------------------------------------------------------

def test_the_check_names_the_sheets_it_passed_over_and_checks_the_plan(paths, capsys):
    code = cli.main(["--lang", "ru", "check", str(PLANS / "ru-accounting-9base-2024.xlsx")])
    out, err = capsys.readouterr()
    assert "«График»" in err and "«Лист3»" in err
    assert "лист РУП 2024, строка" not in out + err  # no cell refused: the plan was read and checked
    assert "credit-modular-2022" in out + err
    assert code in (0, 1)


@pytest.mark.parametrize("name", sorted(p.name for p in PLANS.glob("*.xlsx")))
def test_every_workbook_is_read_without_a_traceback(name):
    assert read_sheets(PLANS / name)
