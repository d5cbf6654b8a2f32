"""Working curricula written in rows, as colleges type them: a title block, one- or two-row headers in Kazakh,
Russian or both, section rows, subtotals, codes at the start of the name. Each sheet is built here the way a
college writes it; the plan expected is what a reviewer reads on it."""
from __future__ import annotations

import json

from openpyxl import Workbook

from desktop.domain.curriculum import Control, ExamForm, SemesterLoad, Section
from desktop.domain.ruleset import RuleSet
from desktop.exchange.row_sheet import read_row_sheet
from desktop.paths import resource_path
from tests.helpers.row_sheets import row_plan_workbook

RULES = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))


def read(sheet, file_name="plan.xlsx"):
    return read_row_sheet(sheet, file_name, RULES.subject_key)


def sheet_of(lines, merges=(), title="Sheet"):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for line in lines:
        sheet.append(line)
    for merge in merges:
        sheet.merge_cells(merge)
    return sheet


def by_code(curriculum, code):
    return next(r for r in curriculum.rows if r.code == code)


def by_name(curriculum, name):
    return next(r for r in curriculum.rows if r.name_kk == name)


# --- the realistic plan ----------------------------------------------------------------------------

def test_a_full_plan_with_title_block_two_row_header_and_subtotals():
    book, plan = row_plan_workbook()
    reading = read(book.active)
    curriculum = reading.curriculum
    assert reading.problems == ()
    assert (reading.intake_year_source, curriculum.intake_year, curriculum.years) == ("sheet", 2023, 4)
    assert (curriculum.specialty, curriculum.qualifications) == ("06130100", ("3W06130102", "4S06130105"))
    assert (curriculum.entry_base, curriculum.language) == ("9", "kk")
    assert curriculum.title == "06130100 Бағдарламалық қамтамасыз ету"
    # Nothing of the title block, the header, the column numbers, the totals or the signatures is a row.
    names = " ".join(r.name_kk + r.name_ru for r in curriculum.rows).casefold()
    for word in ("бекітемін", "индекс", "барлығы", "итого по", "итого обяз", "всего", "директор", "жоспары"):
        assert word not in names
    general = [r for r in curriculum.rows if r.section is Section.GENERAL]
    assert len(general) == 14 and all(r.subject for r in general)
    assert sum(r.hours for r in general) == plan.hours["general"] == 1440
    assert by_name(curriculum, "НВТП").subject == "military_training"
    assert by_code(curriculum, "ЖБП 03").name_ru == "Русский язык и литература"  # "ООД 03" in the code column


def test_the_course_over_semester_header_places_hours_in_study_semesters():
    book, _ = row_plan_workbook()
    curriculum = read(book.active).curriculum
    assert by_code(curriculum, "БМ 1").semesters == (
        SemesterLoad(3, 60), SemesterLoad(4, 60), SemesterLoad(5, 60), SemesterLoad(6, 60, Control.TEST))
    assert by_code(curriculum, "ОН 3.2").semesters == (SemesterLoad(7, 216), SemesterLoad(8, 216, Control.EXAM))


def test_outcomes_and_practice_stay_in_their_module():
    book, _ = row_plan_workbook()
    curriculum = read(book.active).curriculum
    module = by_code(curriculum, "КМ 03")
    children = [r for r in curriculum.rows if r.parent == module.id]
    assert [r.code for r in children] == ["ОН 3.1", "ОН 3.2", "ОН 3.3", "КП"]
    practice = children[-1]
    assert (practice.section, practice.name_kk, practice.name_ru, practice.hours) == (
        Section.PRACTICE, "Дипломалды практика", "Преддипломная практика", 288)
    assert module.hours == sum(r.hours for r in children) == 1560
    assert {r.qualification for r in children if r.section is Section.PROFESSIONAL} == {"4S06130105"}
    assert not [r for r in curriculum.rows if r.section is Section.PRACTICE and not r.parent]


def test_sections_without_rows_are_rows_and_exams_keep_their_qualification():
    book, _ = row_plan_workbook()
    curriculum = read(book.active).curriculum
    final = [r for r in curriculum.rows if r.section is Section.FINAL]
    assert [(r.code, r.name_kk, r.hours, r.semesters) for r in final] == [
        ("ҚА", "Қорытынды аттестаттау", 72, (SemesterLoad(8, 72),))]
    exam = next(r for r in curriculum.rows if r.section is Section.INTERMEDIATE and r.qualification)
    assert (exam.qualification, exam.exam_form, exam.semesters) == (
        "3W06130102", ExamForm.DEMONSTRATION_EXAM, (SemesterLoad(6, 36),))
    assert [r.hours for r in curriculum.rows if r.section is Section.CONSULTATIONS] == [96]


def test_a_subtotal_that_does_not_add_up_is_named_with_both_figures():
    book, plan = row_plan_workbook()
    sheet = book.active
    sheet.cell(plan.totals["general"], 5, 1400)
    problems = read(sheet).problems
    assert [(p.code, p.row, p.column, p.sheet, p.params) for p in problems] == [
        ("file.subtotal_mismatch", plan.totals["general"], "E", sheet.title,
         {"name": "ЖБП бойынша барлығы", "written": 1400, "sum": 1440})]


def test_a_row_typed_wrong_shows_in_its_section_row_and_every_total_above_it():
    book, plan = row_plan_workbook()
    sheet = book.active
    sheet.cell(plan.rows["ОН 2.1"], 5, 264)  # 24 hours more than the sheet's sums say
    problems = read(sheet).problems
    module = 240 + 480 + 228  # КМ 02 as the sheet writes it: the sum of its outcomes before the change
    assert {p.row: (p.params["written"], p.params["sum"]) for p in problems} == {
        plan.rows["КМ 02"]: (module, module + 24),
        plan.headings["professional"]: (plan.hours["professional"], plan.hours["professional"] + 24),
        plan.totals["professional"]: (plan.hours["professional"], plan.hours["professional"] + 24),
        plan.totals["mandatory"]: (plan.hours["mandatory"], plan.hours["mandatory"] + 24),
        plan.totals["all"]: (plan.hours["all"], plan.hours["all"] + 24)}


def test_the_grand_total_may_count_everything_or_only_the_mandatory_hours():
    book, plan = row_plan_workbook()
    sheet = book.active
    sheet.cell(plan.totals["all"], 5, plan.hours["mandatory"])
    assert read(sheet).problems == ()
    sheet.cell(plan.totals["all"], 5, plan.hours["mandatory"] + 1)
    assert [p.row for p in read(sheet).problems] == [plan.totals["all"]]


# --- where the years come from ---------------------------------------------------------------------

def test_the_years_come_from_the_file_name_when_the_sheet_has_none():
    book, _ = row_plan_workbook(years_text="")
    reading = read(book.active, "РУП ПО 2022-2026.xlsx")
    assert (reading.intake_year_source, reading.curriculum.intake_year, reading.curriculum.years) == (
        "file_name", 2022, 4)


def test_without_years_anywhere_the_caller_must_ask_and_years_come_from_the_mandatory_hours():
    book, _ = row_plan_workbook(years_text="", length_text="")
    reading = read(book.active, "plan.xlsx")
    assert reading.intake_year_source == ""
    assert reading.curriculum.years == 4  # 5,472 mandatory hours at 1,440 a year


def test_the_intake_and_the_length_of_study_written_out_in_the_title_block():
    book, _ = row_plan_workbook(years_text="Қабылдау жылы / Год приёма: 2024", length_text="оқу мерзімі 2 жыл 10 ай")
    reading = read(book.active, "РУП 2020-2023.xlsx")
    assert (reading.intake_year_source, reading.curriculum.intake_year, reading.curriculum.years) == ("sheet", 2024, 3)
    book, _ = row_plan_workbook(years_text="2025 года набора", length_text="Срок обучения: 10 месяцев")
    reading = read(book.active)
    assert (reading.intake_year_source, reading.curriculum.intake_year, reading.curriculum.years) == ("sheet", 2025, 1)


def test_electives_and_consultations_do_not_lengthen_the_study():
    lines = [["Индекс", "Пәндердің атауы", "Барлық сағат"],
             ["БМ 1", "Базалық модуль", 1440],
             [None, "Консультациялар", 100],
             [None, "Факультатив", 200]]
    curriculum = read(sheet_of(lines)).curriculum
    assert [r.section for r in curriculum.rows] == [Section.BASIC, Section.CONSULTATIONS, Section.ELECTIVES]
    assert (curriculum.years, curriculum.entry_base) == (1, "11")


def test_the_study_is_never_longer_than_six_years():
    lines = [["Индекс", "Пәндердің атауы", "Барлық сағат"]] + [[f"БМ {n}", "Модуль", 9000] for n in range(1, 4)]
    assert read(sheet_of(lines)).curriculum.years == 6


# --- headers as colleges write them -----------------------------------------------------------------

def test_a_russian_only_plan_with_semesters_written_out():
    lines = [["Рабочий учебный план на 2024-2026 годы"], [],
             ["Индекс", "Наименование модулей и дисциплин", "Форма контроля", "Всего часов", "Кредиты", "Теория",
              "Лабораторно-практические", "1 семестр", "2 семестр", "3 семестр", "4 семестр"],
             ["ПМ 1", "Профессиональный модуль", None, 240, 10],
             ["РО 1.1", "Результат обучения", "экзамен", 120, 5, 60, 60, 60, 60],
             ["РО 1.2", "Второй результат", "зачет 3", 120, 5, 40, 80, None, None, 120]]
    reading = read(sheet_of(lines))
    curriculum = reading.curriculum
    assert reading.problems == ()
    assert (curriculum.language, curriculum.entry_base, curriculum.intake_year, curriculum.years) == ("ru", "11", 2024, 2)
    module, first, second = curriculum.rows
    assert (module.code, module.section, module.hours, module.credits) == ("КМ 01", Section.PROFESSIONAL, 240, 10)
    assert (first.code, first.parent, first.theory, first.practice, first.credits) == ("ОН 1.1", module.id, 60, 60, 5)
    assert first.semesters == (SemesterLoad(1, 60), SemesterLoad(2, 60, Control.EXAM))
    assert second.semesters == (SemesterLoad(3, 120, Control.TEST),)


def test_roman_semesters_and_short_semester_headers():
    lines = [["Коды", "Атауы / Наименование", "Сағат / Часы", "I", "II", "3 сем.", "4-семестр"],
             ["БМ 2", "Ақпараттық технологиялар", "96с-4к", 24, 24, 24, 24]]
    row = read(sheet_of(lines)).curriculum.rows[0]
    assert (row.hours, row.credits, row.basic_module) == (96, 4, 2)
    assert [load.semester for load in row.semesters] == [1, 2, 3, 4]


def test_semesters_numbered_through_the_study_under_their_course():
    lines = [["Индекс", "Модульдер мен пәндердің атауы", "Барлығы", "1 курс", None, "2 курс"],
             [None, None, None, "1 сем", "2 сем", "3 сем", "4 сем"],
             ["БМ 1", "Дене тәрбиесі", "96с-4к", None, None, "48с-2к", "48"]]
    sheet = sheet_of(lines, merges=("A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"))
    row = read(sheet).curriculum.rows[0]
    assert row.semesters == (SemesterLoad(3, 48), SemesterLoad(4, 48))


def test_hours_under_a_volume_header_and_a_row_of_column_numbers():
    lines = [["№", "Модульдер мен пәндердің атауы / Наименование модулей и дисциплин", "Оқу уақытының көлемі, сағат",
              None, None, "2 курс"],
             [None, None, "Кредит", "Барлығы / Всего", "Теория", "3 семестр", "4 семестр"],
             [1, 2, 3, 4, 5, 6, 7],
             [1, "БМ 03 Экономика негіздері / Основы экономики", 2, 48, 48, 48]]
    sheet = sheet_of(lines, merges=("A1:A2", "B1:B2", "C1:E1", "F1:G1"))
    row = read(sheet).curriculum.rows[0]
    assert (row.code, row.name_kk, row.name_ru, row.credits, row.hours, row.theory) == (
        "БМ 03", "Экономика негіздері", "Основы экономики", 2, 48, 48)
    assert row.semesters == (SemesterLoad(3, 48),)


# --- names and codes --------------------------------------------------------------------------------

def test_one_cell_with_both_names_split_by_slash_or_line_break():
    lines = [["Индекс", "Атауы", "Сағат"],
             [None, "Кәсіптік модульдер / Профессиональные модули", None],
             ["КМ 1", "Бағдарламалау\nПрограммирование", 96],
             ["ОН 1.1", "Алгоритмдер мен деректер\nқұрылымдары", 96]]
    curriculum = read(sheet_of(lines)).curriculum
    module, outcome = curriculum.rows
    assert (module.name_kk, module.name_ru, module.section) == ("Бағдарламалау", "Программирование", Section.PROFESSIONAL)
    # one language wrapped over two lines is one name, in both languages
    assert (outcome.name_kk, outcome.name_ru) == ("Алгоритмдер мен деректер құрылымдары",) * 2


def test_codes_at_the_start_of_the_name_in_either_language():
    lines = [["Модульдер мен пәндердің атауы / Наименование модулей и дисциплин", "Всего часов"],
             ["ООД 01 Математика", 96],
             ["БМ 1. Дене тәрбиесі / Физическая культура", 240],
             ["ПМ 3 Программирование", 120],
             ["РО 3.1 Алгоритмы", 60],
             ["РО 3.2 Структуры данных", 60]]
    reading = read(sheet_of(lines))
    rows = reading.curriculum.rows
    assert [(r.code, r.section, r.name_kk) for r in rows] == [
        ("ЖБП 01", Section.GENERAL, "Математика"), ("БМ 1", Section.BASIC, "Дене тәрбиесі"),
        ("КМ 03", Section.PROFESSIONAL, "Программирование"), ("ОН 3.1", Section.PROFESSIONAL, "Алгоритмы"),
        ("ОН 3.2", Section.PROFESSIONAL, "Структуры данных")]
    assert rows[0].subject == "mathematics" and rows[1].basic_module == 1
    assert rows[3].parent == rows[4].parent == rows[2].id
    assert reading.curriculum.entry_base == "9"


def test_subjects_by_their_usual_abbreviations():
    lines = [["Атауы", "Сағат"], ["Жалпы білім беру пәндері", None],
             ["Қаз. тілі", 96], ["НВТП", 96], ["Рус. яз. и лит.", 96], ["Ин.яз.", 96], ["Физкультура", 96]]
    rows = read(sheet_of(lines)).curriculum.rows
    assert [r.subject for r in rows] == ["kazakh_language", "military_training", "russian_language_and_literature",
                                         "foreign_language", "physical_culture"]
    assert [r.code for r in rows] == ["ЖБП 01", "ЖБП 02", "ЖБП 03", "ЖБП 04", "ЖБП 05"]


def test_every_abbreviation_names_a_subject_of_the_rule_set_and_says_where_it_comes_from():
    data = json.loads(resource_path("sheets", "subject-abbreviations.json").read_text("utf-8"))
    subjects = set(RULES["general_education"]["subject_names"])
    for name, item in data["abbreviations"].items():
        assert item["subject"] in subjects, name
        assert item["from"], name


# --- control forms ----------------------------------------------------------------------------------

HEADER = ["Индекс", "Атауы / Наименование", "Бақылау нысаны / Форма контроля", "Сағат", "1 сем", "2 сем", "3 сем"]


def test_control_words_in_both_languages_go_on_their_semesters():
    lines = [HEADER,
             ["БМ 1", "Бір", "емтихан/экзамен", 96, 48, 48],
             ["БМ 2", "Екі", "Э-2", 96, 48, 48],
             ["БМ 3", "Үш", "сараланған сынақ/дифф. зачет", 48, 48],
             ["БМ 4", "Төрт", "экзамен 2, зачет 1", 96, 48, 48],
             ["БМ 5", "Бес", "сынақ 2,3", 144, None, 72, 72]]
    rows = read(sheet_of(lines)).curriculum.rows
    assert [r.semesters for r in rows] == [
        (SemesterLoad(1, 48), SemesterLoad(2, 48, Control.EXAM)),
        (SemesterLoad(1, 48), SemesterLoad(2, 48, Control.EXAM)),
        (SemesterLoad(1, 48, Control.GRADED_TEST),),
        (SemesterLoad(1, 48, Control.TEST), SemesterLoad(2, 48, Control.EXAM)),
        (SemesterLoad(2, 72, Control.TEST), SemesterLoad(3, 72, Control.TEST))]


def test_split_control_columns_hold_semester_numbers():
    lines = [["Индекс", "Атауы", "Бақылау нысаны", None, "Сағат", "1 сем", "2 сем"],
             [None, None, "Емтихан", "Сынақ"],
             ["БМ 1", "Бір", 2, "1", 96, 48, 48],
             ["БМ 2", "Екі", "+", None, 96, 48, 48]]  # a mark without a number: at the end of the row's study
    sheet = sheet_of(lines, merges=("A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "G1:G2"))
    first, second = read(sheet).curriculum.rows
    assert first.semesters == (SemesterLoad(1, 48, Control.TEST), SemesterLoad(2, 48, Control.EXAM))
    assert second.semesters == (SemesterLoad(1, 48), SemesterLoad(2, 48, Control.EXAM))


def test_an_unknown_control_word_and_a_control_without_hours_are_problems():
    lines = [HEADER, ["БМ 1", "Бір", "тест", 96, 48, 48], ["БМ 2", "Екі", "экзамен 3", 96, 48, 48]]
    problems = read(sheet_of(lines)).problems
    assert [(p.code, p.row, p.column) for p in problems] == [("file.bad_choice", 2, "C"),
                                                             ("file.control_without_hours", 3, "C")]
    assert problems[1].params == {"value": "экзамен 3", "semester": 3}


# --- practice and modules ---------------------------------------------------------------------------

def test_pre_diploma_practice_inside_a_module_counts_in_it():
    lines = [["Индекс", "Атауы", "Сағат", "Кредит"],
             ["КМ 05", "Кәсіби қоғамдастықпен өзара қызмет", 2016, 84],
             ["ОН 5.1", "Педагогикалық менеджмент", 288, 12],
             [None, "Дипломалды практика", 1728, 72],
             [None, "Кәсіптік практика", 144, 6]]
    curriculum = read(sheet_of(lines)).curriculum
    module, outcome, inside, alone = curriculum.rows
    assert (module.hours, module.credits) == (2016, 84)
    assert (inside.section, inside.parent, inside.hours) == (Section.PRACTICE, module.id, 1728)
    assert (alone.section, alone.parent, alone.code) == (Section.PRACTICE, None, "КП")


def test_practice_under_its_own_section_naming_a_module_goes_to_that_module():
    lines = [["Индекс", "Атауы", "Сағат"],
             ["КМ 02", "Модуль", 96], ["ОН 2.1", "Нәтиже", 96],
             ["КМ 03", "Модуль", 96], ["ОН 3.1", "Нәтиже", 96],
             [None, "Кәсіптік практика / Профессиональная практика", None],
             [None, "Өндірістік практика (КМ 02)", 144]]
    curriculum = read(sheet_of(lines)).curriculum
    practice = curriculum.rows[-1]
    assert (practice.section, practice.parent) == (Section.PRACTICE, by_code(curriculum, "КМ 02").id)


# --- what is refused --------------------------------------------------------------------------------

def test_bad_cells_are_problems_with_their_place():
    lines = [["Индекс", "Атауы", "Сағат", "Кредит", "1 сем"],
             [None, "Белгісіз пән", 48],  # no code, no section row above it, not a general subject
             ["БМ 1", "Бір", "көп", None, 48],
             ["БМ 2", "Екі", 48, "екі", "x"]]
    problems = read(sheet_of(lines)).problems
    assert [(p.code, p.field, p.row, p.column) for p in problems] == [
        ("file.no_section", "section", 2, "A"), ("file.bad_hours", "hours", 3, "C"),
        ("file.not_a_number", "credits", 4, "D"), ("file.bad_hours", "semester_hours", 4, "E")]


def test_a_coded_row_without_hours_is_not_dropped_silently():
    lines = [["Индекс", "Атауы", "Сағат"], ["КМ 01", "Модуль", None], ["ОН 1.1", "Нәтиже", None]]
    problems = read(sheet_of(lines)).problems
    assert [(p.code, p.row) for p in problems] == [("file.no_hours", 2), ("file.no_hours", 3)]


def test_a_header_with_nothing_under_it_is_refused_with_what_was_expected():
    reading = read(sheet_of([["Индекс", "Атауы", "Сағат"], [None, "Директор ______"]]))
    assert reading.curriculum.rows == ()
    assert [(p.code, p.params) for p in reading.problems] == [("file.no_plan_rows", {"header": 1})]


def test_sheets_that_are_not_row_plans_give_nothing():
    assert read(sheet_of([])) is None
    assert read(sheet_of([["Аты-жөні", "Туған күні"], ["Иванов", "2008-01-01"]])) is None
    # a title that mentions subjects is not a header without an hours column
    assert read(sheet_of([["Пәндердің атауы"], ["Математика"], ["Физика"]])) is None


def test_the_summary_grade_sheets_are_not_row_plans():
    from openpyxl import load_workbook  # noqa: PLC0415

    from tests.exchange.test_college_sheets import SHEETS  # noqa: PLC0415

    for path in sorted(SHEETS.glob("*.xlsx")):
        book = load_workbook(path)
        for sheet in book.worksheets:
            assert read(sheet, path.name) is None, (path.name, sheet.title)


def test_an_exam_naming_modules_is_an_exam_of_their_qualification_not_a_module():
    lines = [["Индекс", "Атауы", "Сағат"],
             [None, "3W06130102 Бағдарламашы"],
             ["КМ 01", "Модуль", 96], ["ОН 1.1", "Нәтиже", 96],
             [None, "Аралық аттестаттау / Промежуточная аттестация", None],
             [None, "КМ 01 бойынша біліктілік емтиханы (практикалық жұмыс)", 24],
             [None, "КМ 01, КМ 02 кәсіптік модульдері бойынша кешенді емтихан", 24]]
    curriculum = read(sheet_of(lines)).curriculum
    outcome, exam, joint = curriculum.rows[1:]
    assert outcome.qualification == "3W06130102"
    assert (exam.section, exam.code, exam.qualification, exam.exam_form) == (
        Section.INTERMEDIATE, "АА", "3W06130102", ExamForm.PRACTICAL_WORK)
    assert (joint.section, joint.parent) == (Section.INTERMEDIATE, None)
    assert [r.code for r in curriculum.rows if r.section is Section.PROFESSIONAL and not r.parent] == ["КМ 01"]


def test_a_section_row_typed_in_the_code_column_still_opens_its_section():
    lines = [["Индекс", "Атауы", "Сағат"],
             ["Жалпы білім беретін пәндер", None, 192],
             [None, "Графика және жобалау", 96], [None, "Дүниежүзі тарихы", 96]]
    curriculum = read(sheet_of(lines)).curriculum
    assert [(r.section, r.subject) for r in curriculum.rows] == [
        (Section.GENERAL, "graphics_and_design"), (Section.GENERAL, "world_history")]


def test_a_russian_plan_with_its_subtotals_by_section():
    lines = [["Код", "Наименование дисциплин", "Всего часов"],
             [None, "Общеобразовательные дисциплины", None],
             ["ООД 01", "Математика", 96], ["ООД 02", "Физика", 48],
             [None, "Итого по ООД", 144],
             [None, "Базовые модули", None],
             ["БМ 01", "Физическая культура", 96],
             [None, "Всего по базовым модулям", 90],
             [None, "Итого", 240]]
    reading = read(sheet_of(lines))
    assert [(p.row, p.params) for p in reading.problems] == [
        (8, {"name": "Всего по базовым модулям", "written": 90, "sum": 96})]
    assert reading.curriculum.language == "ru"
    assert [r.code for r in reading.curriculum.rows] == ["ЖБП 01", "ЖБП 02", "БМ 01"]
