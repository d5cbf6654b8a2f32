"""The hours-taught workbook as a department fills it: the blank read back with its months filled is the same hours,
a month's column headed however a college writes it, and every bad cell named by its row and column."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st
from openpyxl import Workbook, load_workbook

from desktop.exchange.cells import SheetFileError
from desktop.exchange.load_actual_xlsx import (COMPONENT_WORDS, MONTH_BY_NAME, BlankLine, component_of, month_header,
                                               read_actual_sheet, write_actual_sheet, year_months)

YEAR = 2026
ACADEMIC = [date(YEAR, m, 1) for m in range(9, 13)] + [date(YEAR + 1, m, 1) for m in range(1, 9)]


def _lines():
    return [BlankLine("Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Қазақ тілі", 1, "theory", 0, 21, {}),
            BlankLine("Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Қазақ тілі", 1, "practice", 1, 43, {}),
            BlankLine("Ким Ольга", "25ПО-21к", "БМ 1", "Базалық модуль", 3, "theory", 0, 72, {})]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_blank_filled_in_reads_back_as_the_same_hours(tmp_path, language):
    path = tmp_path / "blank.xlsx"
    write_actual_sheet(path, YEAR, _lines(), language)
    book = load_workbook(path)
    sheet = book.active
    heads = [c.value for c in sheet[1]]
    assert heads[8:18] == ["09.2026", "10.2026", "11.2026", "12.2026", "01.2027", "02.2027", "03.2027", "04.2027",
                           "05.2027", "06.2027"]
    sheet["I2"], sheet["J2"], sheet["I3"], sheet["L4"] = 6, 5, 12, 8  # Sep and Oct, Sep, Dec
    sheet["S4"] = "Әбенова  сәуле"  # instead of
    book.save(path)
    read = read_actual_sheet(path, YEAR)
    got = [(line.row, line.teacher, line.group, line.code, line.component, line.subgroup, line.semester,
            line.replaced, [(h.month, h.hours, h.column) for h in line.hours]) for line in read.lines]
    assert got == [
        (2, "Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "theory", 0, 1, "",
         [(date(2026, 9, 1), 6, "I"), (date(2026, 10, 1), 5, "J")]),
        (3, "Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "practice", 1, 1, "", [(date(2026, 9, 1), 12, "I")]),
        (4, "Ким Ольга", "25ПО-21к", "БМ 1", "theory", 0, 3, "Әбенова  сәуле", [(date(2026, 12, 1), 8, "L")])]
    assert read.months == tuple(year_months(YEAR))


def test_an_unfilled_blank_reads_as_nothing(tmp_path):
    path = tmp_path / "blank.xlsx"
    write_actual_sheet(path, YEAR, _lines(), "ru")
    assert read_actual_sheet(path, YEAR).lines == ()


def _sheet(tmp_path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "hours.xlsx"
    book.save(path)
    return path


def _refusals(path):
    with pytest.raises(SheetFileError) as caught:
        read_actual_sheet(path, YEAR)
    return [(p.row, p.column, p.code) for p in caught.value.problems]


def test_every_bad_cell_is_named_by_row_and_column(tmp_path):
    path = _sheet(tmp_path, [
        ["Преподаватель", "Группа", "Индекс", "Вид нагрузки", "Подгруппа", "Сентябрь", "Октябрь", "09.2025"],
        ["Ким Ольга", "25ПО-21к", "БМ 1", "Теория", None, "abc", 2.5],
        ["Ким Ольга", "25ПО-21к", "БМ 1", "Лекция", 3, 4, -1],
        ["", "25ПО-21к", "", "Теория", None, 4],
    ])
    assert _refusals(path) == [
        (1, "H", "load.month_outside_year"),
        (2, "F", "file.not_a_number"), (2, "G", "file.not_whole"),
        (3, "G", "file.out_of_range"), (3, "D", "load.unknown_component"), (3, "E", "load.bad_subgroup"),
        (4, "A", "field.required"), (4, "C", "field.required")]


def test_a_sheet_without_the_needed_columns_or_months_is_refused(tmp_path):
    assert _refusals(_sheet(tmp_path, [["Аты", "Сағат"], ["Ким", 4]])) == [(None, None, "file.no_header")]
    assert _refusals(_sheet(tmp_path, [["Оқытушы", "Топ", "Индекс", "Жүктеме түрі", "Барлығы"]])) == [
        (1, None, "load.no_month_columns")]


@pytest.mark.parametrize("content, code", [(b"teacher;group;hours\n", "file.not_workbook"),
                                           (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "file.not_workbook"),
                                           (b"PK\x03\x04broken", "file.damaged"), (b"", "file.not_workbook")])
def test_a_broken_file_is_one_plain_problem(tmp_path, content, code):
    """Text saved as .xlsx, an encrypted workbook (Office keeps it in a compound file, not a zip), a copy cut short,
    an empty file."""
    path = tmp_path / "hours.xlsx"
    path.write_bytes(content)
    with pytest.raises(SheetFileError) as caught:
        read_actual_sheet(path, YEAR)
    assert [p.code for p in caught.value.problems] == [code]


def test_each_component_is_read_in_every_language_and_by_its_code():
    for key, words in COMPONENT_WORDS.items():
        assert component_of(key) == key
        for word in words:
            assert component_of(f"  {word.upper()} ") == key
    assert component_of("Лекция") is None


@given(st.sampled_from(ACADEMIC), st.sampled_from(["{m:02d}.{y}", "{m}.{y}", "{y}-{m:02d}", "{m:02d}/{y}",
                                                     "01.{m:02d}.{y}", "{y}-{m:02d}-01", "date"]))
def test_a_months_number_or_date_header_names_it(month, pattern):
    value = month if pattern == "date" else pattern.format(m=month.month, y=month.year)
    assert month_header(value, YEAR) == month


@given(st.sampled_from(sorted(MONTH_BY_NAME)), st.sampled_from(["{n}", "{N}", "{n} {y}", "{N} {y} ж.",
                                                                  "{y} г. {n}", " {n}. "]),
       st.integers(2000, 2100))
def test_a_months_name_is_the_academic_years_month_unless_a_year_is_written(name, pattern, year):
    value = pattern.format(n=name, N=name.capitalize(), y=year)
    month = MONTH_BY_NAME[name]
    expected = date(year, month, 1) if "{y}" in pattern else date(YEAR if month >= 9 else YEAR + 1, month, 1)
    assert month_header(value, YEAR) == expected


@given(st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюяәғқңөұүһі -", min_size=1, max_size=12))
def test_a_word_that_is_no_month_is_no_header(text):
    if any(token in MONTH_BY_NAME for token in text.replace("-", " ").split()):
        return
    assert month_header(text, YEAR) is None


@pytest.mark.parametrize("value", ["Оқытушы", "Барлығы", "13.2026", "2026", "9", "сентябрь октябрь", "00.2026",
                                   None, 7, "1 сентябрь"])
def test_other_headers_are_no_months(value):
    assert month_header(value, YEAR) is None


def test_hours_under_a_header_that_is_no_month_are_refused_a_total_or_a_note_read_past(tmp_path):
    head = ["Преподаватель", "Группа", "Индекс", "Вид нагрузки", "Сентябрь", "13.2026", "Примечание", "Итого"]
    path = _sheet(tmp_path, [head, ["Ким Ольга", "25ПО-21к", "БМ 1", "Теория", 4, 6, "болела", 10],
                             ["Ким Ольга", "25ПО-21к", "БМ 1", "Практические", 2, 1, None, 3]])
    with pytest.raises(SheetFileError) as caught:
        read_actual_sheet(path, YEAR)
    assert [(p.row, p.column, p.code, p.params) for p in caught.value.problems] == [
        (2, "F", "load.not_a_month_column", {"value": "13.2026"})]  # once per column, at its first hours
    path = _sheet(tmp_path, [head, ["Ким Ольга", "25ПО-21к", "БМ 1", "Теория", 4, None, "болела", 4]])
    assert [(h.month, h.hours) for h in read_actual_sheet(path, YEAR).lines[0].hours] == [(date(2026, 9, 1), 4)]
