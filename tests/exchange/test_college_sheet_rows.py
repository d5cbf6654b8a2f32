"""The summary-sheet reader takes a sheet only when it is one: a plan written in rows (one row per subject,
"Барлық сағат", "Кредит", "1 семестр" across the top, numbers going down the columns) is never turned into
"subjects" named after its column headers. A small summary sheet written here shows what is still read."""
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.curriculum import Section, leaves
from desktop.exchange.college_sheet import read_college_sheet

SUBJECTS = [("ЖБП 01", "Қазақ тілі"), ("ЖБП 02", "Қазақ әдебиеті"), ("ЖБП 03", "Орыс тілі және әдебиеті"),
            ("ЖБП 04", "Ағылшын тілі"), ("ЖБП 05", "Қазақстан тарихы"), ("ЖБП 06", "Математика"),
            ("ЖБП 07", "Информатика"), ("БМ 1", "Дене қасиеттерін дамыту"), ("БМ 2", "Цифрлық технологиялар"),
            ("КМ 01", "Бағдарламалау негіздері"), ("ОН 1.1", "Алгоритмдер құру"), ("ОН 1.2", "Код жазу"),
            ("КП", "Кәсіптік практика"), ("ҚА", "Қорытынды аттестаттау")]
HEADERS = ["Индекс", "Пәндер мен модульдердің атауы", "Бақылау нысаны", "Барлық сағат", "Кредит",
           "Теориялық оқыту", "Зертханалық-практикалық сабақтар"] + [f"{n} семестр" for n in range(1, 9)]
TITLE = [["Бекітемін: колледж директоры"], ["06130100 Бағдарламалық қамтамасыз ету, 4S06130105, 2024-2028"],
         ["Жұмыс оқу жоспары"]]


def _subject_row(code: str, name: str, hours: int, typed: bool = False) -> list:
    """A subject's row: its total, credits, theory and practice, and its hours over two semesters."""
    total = f"{hours}с-{hours // 24}к" if typed else hours
    half = hours // 2
    return [code, name, "Э", total, hours // 24, half, hours - half, half, hours - half] + [None] * 6


def _plan_in_rows(*, numbering=False, totals=False, hours=(96, 120, 144, 216, 72), typed=False):
    book = openpyxl.Workbook()
    sheet = book.active
    for line in TITLE:
        sheet.append(line)
    sheet.append(HEADERS)
    if numbering:  # the columns numbered under the header, as the ministry's forms do
        sheet.append(list(range(1, len(HEADERS) + 1)))
    rows = [_subject_row(code, name, h, typed) for (code, name), h in zip(SUBJECTS, hours)]
    for row in rows:
        sheet.append(row)
    if totals:
        sheet.append(["", "Барлығы / Итого", "", sum(hours), sum(hours) // 24, sum(h // 2 for h in hours),
                      sum(h - h // 2 for h in hours), sum(h // 2 for h in hours), sum(h - h // 2 for h in hours)])
    return sheet


def _nothing(_name):
    return None


def test_a_plan_written_in_rows_is_not_a_summary_sheet():
    assert read_college_sheet(_plan_in_rows(), "plan 2024-2028.xlsx", _nothing) is None


def test_a_row_of_column_numbers_under_the_header_is_not_an_hours_row():
    assert read_college_sheet(_plan_in_rows(numbering=True), "plan.xlsx", _nothing) is None


def test_a_row_of_totals_is_not_an_hours_row():
    assert read_college_sheet(_plan_in_rows(totals=True, numbering=True), "plan.xlsx", _nothing) is None


def test_a_plan_with_course_and_semester_headers_and_typed_hours_is_not_one_either():
    sheet = _plan_in_rows(typed=True)
    sheet.insert_rows(4)  # "1 курс" over its two semesters, the semesters numbered "1 сем.", "2 сем." below
    for index, year in enumerate(range(1, 5)):
        column = 8 + 2 * index
        sheet.cell(4, column, f"{year} курс")
        sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + 1)
        sheet.cell(5, column, f"{2 * year - 1} сем.")
        sheet.cell(5, column + 1, f"{2 * year} сем.")
    assert read_college_sheet(sheet, "plan.xlsx", _nothing) is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hours=st.lists(st.integers(min_value=12, max_value=600), min_size=5, max_size=len(SUBJECTS)),
       numbering=st.booleans(), totals=st.booleans(), typed=st.booleans())
def test_no_plan_written_in_rows_is_read_across(hours, numbering, totals, typed):
    sheet = _plan_in_rows(numbering=numbering, totals=totals, hours=tuple(hours), typed=typed)
    assert read_college_sheet(sheet, "plan 2024-2028.xlsx", _nothing) is None


def _summary_sheet():
    """A summary sheet as colleges write one: column numbers, module headers merged over their items, one
    item a column, hours and credits in one row, a total column at the end."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "3Ғ-1"
    items = [("ЖБП 00. Жалпы білім беретін пәндер", "Қазақ тілі\nКазахский язык", "96с-4к"),
             ("ЖБП 00. Жалпы білім беретін пәндер", "Математика\nМатематика", "168с-7к"),
             ("ЖБП 00. Жалпы білім беретін пәндер", "Информатика\nИнформатика", "48с-2к"),
             (None, "БМ 1 Дене қасиеттерін дамыту\nБМ 1. Развитие физических качеств", "216с-9к"),
             ("Кәсіптік модуль 1\nКМ 1 Бағдарламалау\nПМ 1 Программирование", "ОН 1.1 Алгоритм\nРО 1.1 Алгоритм",
              "120с-5к"),
             ("Кәсіптік модуль 1\nКМ 1 Бағдарламалау\nПМ 1 Программирование", "ОН 1.2 Код\nРО 1.2 Код", "72с-3к"),
             ("Кәсіптік модуль 1\nКМ 1 Бағдарламалау\nПМ 1 Программирование",
              "Өндірістік практика\nПроизводственная практика", "144с-6к"),
             (None, "Кәсіптік практика\nПрофессиональная практика", "504с-21к"),
             (None, "Барлығы\nИтого", "1368с-57к")]
    sheet.cell(1, 2, "Мамандық: 06130100\nБіліктілік: 4S06130105")
    sheet.cell(4, 2, "Сағат саны")
    for index, (group, name, hours) in enumerate(items, start=3):
        sheet.cell(1, index, index - 2)  # the columns numbered, above everything
        if group:
            sheet.cell(2, index, group)
        sheet.cell(3, index, name)
        sheet.cell(4, index, hours)
    for start, end in ((3, 5), (7, 9)):  # the module headers merged over their items
        sheet.merge_cells(start_row=2, start_column=start, end_row=2, end_column=end)
    return sheet


def test_a_summary_sheet_is_still_read_and_its_total_column_not_added():
    reading = read_college_sheet(_summary_sheet(), "3Ғ 2024-2027.xlsx", _nothing)
    curriculum = reading.curriculum
    assert (curriculum.specialty, curriculum.qualifications) == ("06130100", ("4S06130105",))
    assert (curriculum.intake_year, curriculum.years, reading.intake_year_source) == (2024, 3, "file_name")
    sections = {s: sum(r.hours for r in leaves(curriculum) if r.section is s) for s in Section}
    # The "Барлығы" column (1,368 h) is a total: the items alone are read.
    assert sum(sections.values()) == 96 + 168 + 48 + 216 + 120 + 72 + 144 + 504
    module = next(r for r in curriculum.rows if r.code == "КМ 01")
    # The practice written under КМ 1 is that module's, as production training; the other is the practice section.
    assert module.hours == 120 + 72 + 144
    inside = [r for r in curriculum.rows if r.parent == module.id and r.production]
    assert [(r.name_kk, r.hours, r.section) for r in inside] == [("Өндірістік практика", 144, Section.PROFESSIONAL)]
    assert sections[Section.PRACTICE] == 504 and sections[Section.PROFESSIONAL] == 336


@pytest.mark.parametrize("label", ["Сағат саны", "Көлемі, сағ.", "Количество часов", "Кредит / сағат", None])
def test_the_hours_row_may_be_labelled_in_either_language_or_not_at_all(label):
    sheet = _summary_sheet()
    sheet.cell(4, 2, label)
    assert read_college_sheet(sheet, "3Ғ 2024-2027.xlsx", _nothing) is not None


def test_a_summary_sheet_without_years_anywhere_says_so():
    reading = read_college_sheet(_summary_sheet(), "ведомость.xlsx", _nothing)
    assert reading.intake_year_source == "" and reading.curriculum.intake_year == 0
    assert reading.curriculum.years == 1  # 1,368 mandatory hours: within one year of 1,440


def test_an_academic_year_in_an_approval_block_is_not_the_cohort():
    sheet = _summary_sheet()
    sheet.cell(1, 1, "Бекітемін, 2025-2026 оқу жылы")
    sheet.cell(4, 3, "2880с-120к")  # a plan of about two years and a half: one academic year cannot be its cohort
    reading = read_college_sheet(sheet, "ведомость 2023-2026.xlsx", _nothing)
    assert (reading.curriculum.intake_year, reading.curriculum.years, reading.intake_year_source) == (
        2023, 3, "file_name")


def test_subjects_that_look_like_column_headers_are_still_items():
    from desktop.exchange.college_sheet_layout import is_item  # noqa: PLC0415

    # Real names from the samples and the like: a column word inside a name does not make it a column.
    for name in ("Информатика", "Математиканың теориялық негіздері және оқыту әдістемесі", "Кредиттеу",
                 "Педагогика (жалпы негіздері, тәрбие теориясы)", "Курстық жұмыс", "Кәсіптік практика", "ОН 1.1 Код"):
        assert is_item(name), name
    for header in ("Барлық сағат\nВсего часов", "Кредит", "Теория", "3 сем.", "II курс", "5 семестр", "№",
                   "Бақылау нысаны / Форма контроля", "Зертханалық-практикалық сабақтар", "IV"):
        assert not is_item(header), header
