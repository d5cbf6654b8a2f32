"""Curriculum workbooks typed by hand, cell by cell, unlike our own writer: Russian or Kazakh headers in other
orders, no key or section column, "96с-4к" in the hours cell, outcomes under their module, rows shorter than the
header and notes beyond it. The curriculum expected is written out here in full."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from desktop.domain.curriculum import Control, Curriculum, Row, SemesterLoad, Section, YearSchedule
from desktop.exchange.curriculum_xlsx import MAIN, SCHEDULE, CurriculumFileError, read_curriculum

DETAILS = [("Мамандық (specialty)", "06130100"), ("Біліктіліктер (qualifications)", "3W06130102 4S06130103"),
           ("Білім базасы (entry_base)", "9"), ("Оқыту тілі (language)", "kk"), ("Қабылдау жылы (intake_year)", 2025),
           ("Оқу жылдары (years)", 4), ("Атауы (title)", "Бағдарламалық қамтамасыз ету")]
RU_HEADER = ["Индекс", "Наименование на казахском", "Наименование на русском", "Всего часов", "Кредиты", "Теория",
             "Лабораторно-практические", "1 сем. (S1)", "2 сем. (S2)", "контроль (C2)"]


def workbook(path, header, lines, details=DETAILS, schedule=None, blank_rows_before_header=1, title=MAIN):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for label, value in details:
        sheet.append([label, value])
    for _ in range(blank_rows_before_header):
        sheet.append([])
    sheet.append(header)
    for line in lines:
        sheet.append(line)
    if schedule is not None:
        grid = book.create_sheet(SCHEDULE)
        grid.append(["Курс", "Апталар", "Сағат/апта"])
        for row in schedule:
            grid.append(row)
    book.save(path)
    return path


def test_a_russian_sheet_without_keys_or_sections(tmp_path):
    lines = [
        ["ООД 1", "Математика", "Математика", "96с-4к", None, 48, 48, 48, 48, "экзамен"],
        ["ПМ 4", "Кәсіптік модуль", "Профессиональный модуль", 144],
        ["РО 4.1", "Нәтиже 1", "Результат 1", 72, 3, 36, 36, 72],  # short: nothing after S1
        ["РО 4.2", "Нәтиже 2", "Результат 2", "72 ч - 3 кр", None, None, None, None, 72, "дс"],
        [],
        ["БМ 1.", "Дене", "Физическая", 240, None, None, None, 120, 120, "зачёт", None, "заметка за таблицей"],
        ["Ф 2", "Факультатив", "Факультатив", "36с-1,5к", None, None, None, 36],
    ]
    path = workbook(tmp_path / "hand.xlsx", RU_HEADER, lines, schedule=[[1, "tttaH", 36], [2, "TTAF", None]])
    first = len(DETAILS) + 3  # the sheet row of the first curriculum row
    expected = Curriculum(
        "06130100", ("3W06130102", "4S06130103"), "9", "kk", intake_year=2025, years=4,
        title="Бағдарламалық қамтамасыз ету",
        rows=(
            Row(f"r{first}", Section.GENERAL, "ЖБП 01", "Математика", "Математика", 96, credits=4.0, theory=48,
                practice=48, semesters=(SemesterLoad(1, 48), SemesterLoad(2, 48, Control.EXAM))),
            Row(f"r{first + 1}", Section.PROFESSIONAL, "КМ 04", "Кәсіптік модуль", "Профессиональный модуль", 144),
            Row(f"r{first + 2}", Section.PROFESSIONAL, "ОН 4.1", "Нәтиже 1", "Результат 1", 72, credits=3.0, theory=36,
                practice=36, semesters=(SemesterLoad(1, 72),), parent=f"r{first + 1}"),
            Row(f"r{first + 3}", Section.PROFESSIONAL, "ОН 4.2", "Нәтиже 2", "Результат 2", 72, credits=3.0,
                semesters=(SemesterLoad(2, 72, Control.GRADED_TEST),), parent=f"r{first + 1}"),
            Row(f"r{first + 5}", Section.BASIC, "БМ 1", "Дене", "Физическая", 240,
                semesters=(SemesterLoad(1, 120), SemesterLoad(2, 120, Control.TEST))),
            Row(f"r{first + 6}", Section.ELECTIVES, "Ф 02", "Факультатив", "Факультатив", 36, credits=1.5,
                semesters=(SemesterLoad(1, 36),)),
        ),
        schedule=(YearSchedule(1, "TTTAH", 36), YearSchedule(2, "TTAF", 36)))
    assert read_curriculum(path) == expected


KK_HEADER = ["2 сем. (S2)", "Сағат", "Атауы қазақша", "Коды", "Бөлім", "1 сем. (S1)", "Кілт", "Атауы орысша", "Кредит"]


def test_kazakh_headers_in_another_order_with_keys_and_sections(tmp_path):
    lines = [
        [None, 120, "Математика", "ЖБП 01", "general", 120, "g1", "Математика"],
        [48, 96, "Қазақ тілі", "ЖБП 02", "general", 48, "g2", "Казахский язык", 4],
        [72, 72, "Практика", "КП", "practice", None, "pp", "Практика", "3"],
    ]
    path = workbook(tmp_path / "kk.xlsx", KK_HEADER, lines, blank_rows_before_header=0)
    rows = read_curriculum(path).rows
    assert rows == (
        Row("g1", Section.GENERAL, "ЖБП 01", "Математика", "Математика", 120, semesters=(SemesterLoad(1, 120),)),
        Row("g2", Section.GENERAL, "ЖБП 02", "Қазақ тілі", "Казахский язык", 96, credits=4.0,
            semesters=(SemesterLoad(1, 48), SemesterLoad(2, 48))),
        Row("pp", Section.PRACTICE, "КП", "Практика", "Практика", 72, credits=3.0, semesters=(SemesterLoad(2, 72),)),
    )


def test_a_bad_cell_is_named_by_row_and_column_whatever_the_column_order(tmp_path):
    from desktop.domain.problems import FieldProblem as F
    from desktop.domain.sheet_text import MAX_HOURS

    lines = [["ООД 1", "Математика", "Математика", "көп"],  # hours in column D
             ["XYZ 1", "Белгісіз", "Неизвестно", 48],  # no section known from the code
             ["ПМ 1", "Модуль", "Модуль", 48, "төрт"],  # credits in column E
             ["ПМ 2", "Модуль", "Модуль", 48, None, None, None, "жиырма"],  # S1 in column H
             ["ПМ 3", "Модуль", "Модуль", 48, None, None, None, None, 48, "ертең"],  # C2 in column J
             ["ПМ 4", "Модуль", "Модуль", 48, None, "бес"]]  # theory in column F
    path = workbook(tmp_path / "bad.xlsx", RU_HEADER, lines)
    first = len(DETAILS) + 3
    with pytest.raises(CurriculumFileError) as refused:
        read_curriculum(path)
    assert refused.value.problems == [
        F("hours", "file.bad_hours", {"value": "көп", "limit": MAX_HOURS}, first, "D", MAIN),
        F("section", "file.no_section", {"value": "XYZ 1"}, first + 1, "A", MAIN),
        F("credits", "file.not_a_number", {"value": "төрт"}, first + 2, "E", MAIN),
        F("semester_hours", "file.bad_hours", {"value": "жиырма", "limit": MAX_HOURS}, first + 3, "H", MAIN),
        F("semester_control", "file.bad_choice", {"value": "ертең", "allowed": "exam, test, graded_test"}, first + 4,
          "J", MAIN),
        F("theory", "file.not_a_number", {"value": "бес"}, first + 5, "F", MAIN)]


@pytest.mark.parametrize("years, problem", [(0, True), (1, False), (6, False), (7, True)])
def test_study_years_from_one_to_six(tmp_path, years, problem):
    from desktop.domain.problems import FieldProblem as F

    details = [(label, years if "(years)" in label else value) for label, value in DETAILS]
    path = workbook(tmp_path / "y.xlsx", RU_HEADER, [["ООД 1", "М", "М", 96]], details=details)
    if not problem:
        assert read_curriculum(path).years == years
        return
    with pytest.raises(CurriculumFileError) as refused:
        read_curriculum(path)
    assert refused.value.problems == [
        F("years", "file.out_of_range", {"value": str(years), "low": "1", "high": "6"}, 6, "B", MAIN)]


def test_details_missing_or_wrong_are_named(tmp_path):
    from desktop.domain.problems import FieldProblem as F

    details = [(label, value) for label, value in DETAILS if "intake_year" not in label]
    details = [(label, "төрт" if "(years)" in label else value) for label, value in details]
    details.append(("Атауы (title)", "ж" * 301))  # a second title line, longer than 300 characters
    path = workbook(tmp_path / "details.xlsx", RU_HEADER, [["ООД 1", "М", "М", 96]], details=details)
    with pytest.raises(CurriculumFileError) as refused:
        read_curriculum(path)
    # the missing detail has no line; the others are named by the line they are on, in column B
    assert refused.value.problems == [
        F("intake_year", "file.not_a_number", {"value": ""}, None, "B", MAIN),
        F("years", "file.not_a_number", {"value": "төрт"}, 5, "B", MAIN),
        F("title", "file.too_long", {"limit": 300, "length": 301}, 7, "B", MAIN)]


def test_a_sheet_without_a_curriculum_header(tmp_path):
    path = workbook(tmp_path / "none.xlsx", ["Индекс", "Наименование"], [["ООД 1", "Математика"]])
    with pytest.raises(CurriculumFileError) as refused:
        read_curriculum(path)
    from desktop.domain.problems import FieldProblem as F
    assert refused.value.problems == [F("header", "file.no_curriculum_header", {}, None, None, MAIN)]


def test_a_small_curriculum_with_every_field_survives_our_own_round_trip(tmp_path):
    from desktop.domain.curriculum import ExamForm
    from desktop.exchange.curriculum_xlsx import write_curriculum

    rows = (
        Row("g1", Section.GENERAL, "ЖБП 01", "Математика", "Математика", 120, credits=5.0, theory=100, practice=20,
            semesters=(SemesterLoad(1, 60, Control.TEST), SemesterLoad(2, 60, Control.EXAM)), subject="mathematics"),
        Row("b5", Section.BASIC, "БМ 5", "Қосымша", "Дополнительный", 48, basic_module=5, justification="КМ 03 үшін",
            merged_into="КМ 03", semesters=(SemesterLoad(3, 48, Control.GRADED_TEST),)),
        Row("m1", Section.PROFESSIONAL, "КМ 01", "Модуль", "Модуль", 96, qualification="3W06130102"),
        Row("m1.1", Section.PROFESSIONAL, "ОН 1.1", "Нәтиже", "Результат", 96, parent="m1", course_project=24,
            production=24, distance=12, theory=24, practice=24, semesters=(SemesterLoad(10, 96),)),
        Row("q1", Section.INTERMEDIATE, "БЕ 1", "Емтихан", "Экзамен", 24, qualification="3W06130102",
            exam_form=ExamForm.PRACTICAL_WORK, semesters=(SemesterLoad(4, 24),)),
    )
    original = Curriculum("06130100", ("3W06130102", "4S06130103"), "9", "ru", study_form="part_time",
                          intake_year=2024, years=5, rows=rows, military=True, title="Жоспар", rule_set="credit-modular-2022",
                          cognate=True,
                          schedule=(YearSchedule(1, "TTTTAHH", 36), YearSchedule(2, "TTAPPF", 30)))
    path = tmp_path / "ours.xlsx"
    write_curriculum(path, original)
    assert read_curriculum(path) == original


FULL_HEADER = ["Кілт (id)", "Бөлім (section)", "Код", "Атауы қазақша", "Атауы орысша", "Барлығы", "Кредит",
               "Курстық жоба", "Өндірістік оқыту", "Қашықтан", "Модуль (parent)", "Біліктілік", "Пән (subject)",
               "БМ № (basic_module)", "Біріктірілген (merged_into)", "Негіздеме", "Емтихан нысаны", "1 сем. (S1)",
               "1 сем. бақылау (C1)", "2 сем. (S2)", "2 сем. бақылау (C2)"]


@pytest.mark.parametrize("word, control", [("емтихан", Control.EXAM), ("Э", Control.EXAM), ("exam", Control.EXAM),
                                           ("сынақ", Control.TEST), ("зачет", Control.TEST), ("с", Control.TEST),
                                           ("сараланған сынақ", Control.GRADED_TEST), ("ДС", Control.GRADED_TEST),
                                           ("дифф. зачет", Control.GRADED_TEST), ("graded_test", Control.GRADED_TEST)])
def test_control_forms_in_the_words_colleges_use(tmp_path, word, control):
    path = workbook(tmp_path / "c.xlsx", RU_HEADER, [["ПМ 1", "М", "М", 96, None, None, None, 48, 48, word]])
    assert read_curriculum(path).rows[0].semesters == (SemesterLoad(1, 48), SemesterLoad(2, 48, control))


def test_every_column_typed_by_hand(tmp_path):
    from desktop.domain.curriculum import ExamForm

    lines = [
        ["b5", "basic", "БМ 5", "Қосымша", "Дополнительный", 48, "2,0", None, None, None, None, None, None, "5.0",
         "КМ 03", "  КМ 03 үшін  ", None, 48, "дс"],
        ["m1", "professional", "КМ 01", "Модуль", "Модуль", 96, None, None, None, None, None, "3W06130102"],
        ["m1.1", "professional", "ОН 1.1", "Нәтиже", "Результат", 96, 4, 24, 48, 12, "m1", "3W06130102", None, None,
         None, None, None, None, None, 96, "э"],
        ["q1", "intermediate", "БЕ 1", "Емтихан", "Экзамен", 24, 1, None, None, None, None, "3W06130102", None, None,
         None, None, "demonstration_exam", None, None, 24],
        ["g1", "general", "ЖБП 01", "Алгебра", "Алгебра", 120, 5, None, None, None, None, None, "mathematics"],
    ]
    details = DETAILS + [("Оқу нысаны (study_form)", "part_time"), ("Әскери мамандық (military)", "иә"),
                         ("Ережелер жинағы (rule_set)", "credit-modular-2022")]
    curriculum = read_curriculum(workbook(tmp_path / "full.xlsx", FULL_HEADER, lines, details=details))
    assert (curriculum.study_form, curriculum.military, curriculum.rule_set) == ("part_time", True,
                                                                                 "credit-modular-2022")
    assert curriculum.rows == (
        Row("b5", Section.BASIC, "БМ 5", "Қосымша", "Дополнительный", 48, credits=2.0, basic_module=5,
            merged_into="КМ 03", justification="КМ 03 үшін", semesters=(SemesterLoad(1, 48, Control.GRADED_TEST),)),
        Row("m1", Section.PROFESSIONAL, "КМ 01", "Модуль", "Модуль", 96, qualification="3W06130102"),
        Row("m1.1", Section.PROFESSIONAL, "ОН 1.1", "Нәтиже", "Результат", 96, credits=4.0, course_project=24,
            production=48, distance=12, parent="m1", qualification="3W06130102",
            semesters=(SemesterLoad(2, 96, Control.EXAM),)),
        Row("q1", Section.INTERMEDIATE, "БЕ 1", "Емтихан", "Экзамен", 24, credits=1.0, qualification="3W06130102",
            exam_form=ExamForm.DEMONSTRATION_EXAM, semesters=(SemesterLoad(2, 24),)),
        Row("g1", Section.GENERAL, "ЖБП 01", "Алгебра", "Алгебра", 120, credits=5.0, subject="mathematics"),
    )


@pytest.mark.parametrize("value, military", [("иә", True), ("да", True), (1, True), ("TRUE", True), (True, True),
                                             ("жоқ", False), (0, False), (None, False), ("нет", False)])
def test_a_military_specialty_as_typed(tmp_path, value, military):
    details = DETAILS + [("Әскери мамандық (military)", value)]
    path = workbook(tmp_path / "m.xlsx", RU_HEADER, [["ПМ 1", "М", "М", 96]], details=details)
    curriculum = read_curriculum(path)
    assert curriculum.military is military and curriculum.study_form == "full_time" and curriculum.rule_set == ""


@pytest.mark.parametrize("value, cognate", [("иә", True), ("да", True), (1, True), (True, True), ("жоқ", False),
                                            (None, False), ("нет", False)])
def test_a_cognate_intake_as_typed(tmp_path, value, cognate):
    """The TVET-base intake with a cognate qualification (MR l.258-260); a workbook without the line is not cognate."""
    details = DETAILS + [("Білім базасы (entry_base)", "tvet"), ("Родственная квалификация (cognate)", value)]
    path = workbook(tmp_path / "k.xlsx", RU_HEADER, [["ПМ 1", "М", "М", 96]], details=details)
    assert read_curriculum(path).cognate is cognate


def test_bad_choices_name_what_is_allowed(tmp_path):
    header = ["Бөлім (section)", "Код", "Сағат", "Емтихан нысаны"]
    path = workbook(tmp_path / "b.xlsx", header, [["modules", "КМ 01", 96], [None, "БЕ 1", 24, "oral"]])
    first = len(DETAILS) + 3
    with pytest.raises(CurriculumFileError) as refused:
        read_curriculum(path)
    assert [(p.field, p.row, p.column, p.code, p.params["value"], p.sheet) for p in refused.value.problems] == [
        ("section", first, "A", "file.bad_choice", "modules", MAIN),
        ("exam_form", first + 1, "D", "file.bad_choice", "oral", MAIN)]
    assert "professional" in refused.value.problems[0].params["allowed"]
    assert refused.value.problems[1].params["allowed"] == "practical_work, demonstration_exam"


def test_a_schedule_sheet_typed_by_hand(tmp_path):
    path = workbook(tmp_path / "s.xlsx", RU_HEADER, [["ПМ 1", "М", "М", 96]],
                    schedule=[[1, "ttaH"], [None, None, None], [2, "TAF", 30]])
    assert read_curriculum(path).schedule == (YearSchedule(1, "TTAH", 36), YearSchedule(2, "TAF", 30))
    bad = workbook(tmp_path / "bad.xlsx", RU_HEADER, [["ПМ 1", "М", "М", 96]], schedule=[["бірінші", "TTA"]])
    with pytest.raises(CurriculumFileError) as refused:
        read_curriculum(bad)
    assert [(p.field, p.row, p.column, p.sheet) for p in refused.value.problems] == [("year", 2, "A", SCHEDULE)]


def test_keys_codes_and_numbers_at_their_limits(tmp_path):
    from desktop.domain.problems import FieldProblem as F

    lines = [["k" * 40, "professional", "ПМ 4", "Модуль", None, 48, "4,5"],  # a key of 40: the longest kept
             ["b99", "basic", "БМ 99", "Б", "Б", 48, None, None, None, None, None, None, None, 99]]
    rows = read_curriculum(workbook(tmp_path / "ok.xlsx", FULL_HEADER, lines)).rows
    # a code typed next to a key stays as typed; an empty Russian name is empty text, not nothing
    assert [(r.id, r.code, r.name_ru, r.credits, r.basic_module) for r in rows] == [
        ("k" * 40, "ПМ 4", "", 4.5, None), ("b99", "БМ 99", "Б", None, 99)]
    lines = [["k" * 41, "professional", "ПМ 4", "М", None, 48],
             ["b100", "basic", "БМ 100", "Б", "Б", 48, None, None, None, None, None, None, None, 100],
             ["m2", "professional", "ПМ 2", "М", None, 48, None, None, None, "13.5"],
             ["m3", "professional", "ПМ 3", "М", None, 48, "501"]]
    with pytest.raises(CurriculumFileError) as refused:
        read_curriculum(workbook(tmp_path / "bad.xlsx", FULL_HEADER, lines))
    first = len(DETAILS) + 3
    assert [(p.field, p.code, p.row, p.column) for p in refused.value.problems] == [
        ("id", "file.too_long", first, "A"), ("basic_module", "file.out_of_range", first + 1, "N"),
        ("distance", "file.not_whole", first + 2, "J"), ("credits", "file.out_of_range", first + 3, "G")]
    assert refused.value.problems[0] == F("id", "file.too_long", {"limit": 40, "length": 41}, first, "A", MAIN)


def test_the_workbook_we_write_is_laid_out_for_people(tmp_path):
    """What a deputy director sees on opening our file: bold labels and headers in Kazakh and Russian without the
    program's keys, choices in words, wide name columns, the key and code columns frozen, ten semesters of hours
    and of control forms, the week grid on its own sheet."""
    from openpyxl import load_workbook

    from desktop.exchange.curriculum_xlsx import COLUMNS, DETAILS, write_curriculum

    path = tmp_path / "ours.xlsx"
    write_curriculum(path, Curriculum("06130100", ("4S06130103",), "11", "kk", years=1,
                                      rows=(Row("m1", Section.PROFESSIONAL, "КМ 01", "М", "М", 48),),
                                      schedule=(YearSchedule(1, "TTA"),)))
    book = load_workbook(path)
    sheet, grid = book[MAIN], book[SCHEDULE]
    header = len(DETAILS) + 2  # the detail lines, a blank line, then the header
    assert header == 13 and [sheet.cell(n, 2).value for n in (9, 10)] == ["Жоқ / Нет", "Жоқ / Нет"]  # military, cognate
    assert all(sheet.cell(n, 1).font.bold and not sheet.cell(n, 2).font.bold for n in range(1, header - 1))
    headers = [cell.value for cell in sheet[header]]
    assert len(headers) == len(COLUMNS) + 20
    assert headers[len(COLUMNS)] == "1 сем. сағат / часы" and headers[-11] == "10 сем. сағат / часы"
    assert headers[-10] == "1 сем. бақылау / контроль" and headers[-1] == "10 сем. бақылау / контроль"
    assert not any("(" in h for h in headers)
    assert all(c.font.bold and c.alignment.wrap_text for c in sheet[header])
    widths = {name: sheet.column_dimensions[chr(ord("A") + i)].width for i, (name, _, _) in enumerate(COLUMNS)}
    assert (widths["id"], widths["code"], widths["name_kk"], widths["name_ru"]) == (24, 11, 40, 40)
    assert widths["justification"] == 30
    assert sheet.freeze_panes == f"D{header + 1}"
    assert sheet.cell(header + 1, 2).value == "Кәсіптік модульдер / Профессиональные модули"
    assert [c.value for c in grid[1]] == ["Курс", "Апталар / Недели", "Сағат/апта / Часов в неделю"]
    assert grid.column_dimensions["B"].width == 60 and [c.value for c in grid[2]] == [1, "TTA", 36]
