"""The hours taught imported from a department's workbook on a real database: the blank of a teacher's units filled
and imported is recorded as typed, undone by the batch it returns, and a sheet with one bad line writes nothing and
names each bad line's row and column."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from teacher_load_college import small_college

from desktop.services import teacher_load as load, teacher_load_actual as actual
from desktop.services import teacher_load_import as importing
from desktop.services.errors import ValidationFailed
from desktop.services.teacher_load_actual import ActualEntry

YEAR = 2026
HEAD = ["Оқытушы", "Топ", "Индекс", "Жүктеме түрі", "Топша", "Семестр", "Қыркүйек", "Қазан", "Ақпан", "Кімнің орнына"]


@pytest.fixture
def college(db):
    college = small_college(db)
    units = load.year_plan(db, YEAR).units
    load.assign(db, YEAR, [u.key for u in units if u.group_id == college["first"]], college["abenova"])
    load.assign(db, YEAR, [u.key for u in units if u.group_id == college["second"]], college["kim"])
    load.split(db, YEAR, (college["first"], "kz", 1, "practice"), college["abenova"], college["baimukhanov"])
    return college


def _stored(db):
    return sorted((e.month, e.group_id, e.row_key, e.semester, e.component, e.subgroup, e.teacher_id, e.hours,
                   e.replaced_id) for e in actual.entries(db, YEAR))


def _sheet(tmp_path, rows, head=HEAD):
    book = Workbook()
    book.active.append(head)
    for row in rows:
        book.active.append(row)
    path = tmp_path / "hours.xlsx"
    book.save(path)
    return path


def test_the_filled_blank_is_recorded_and_undone_as_one_batch(db, college, tmp_path):
    path = tmp_path / "blank.xlsx"
    assert importing.write_blank(db, YEAR, path, college["abenova"], "ru") == 7  # her 7 units, of one subgroup 1
    book = load_workbook(path)
    sheet = book.active
    rows = {(r[2].value, r[4].value, r[5].value, r[6].value): r[0].row for r in sheet.iter_rows(min_row=2)}
    assert {r[0].value for r in sheet.iter_rows(min_row=2)} == {"Әбенова Сәуле"}
    # the Russian blank writes the codes as Russian does (ООД for ЖБП) and reads them back
    kz_theory = rows[("ООД 01", 1, "Теория", None)]
    kz_practice = rows[("ООД 01", 1, "Практические, лабораторные", 1)]
    spring = rows[("ООД 01", 2, "Теория", None)]
    sheet.cell(kz_theory, 9, 6)  # September
    sheet.cell(kz_theory, 10, 5)  # October
    sheet.cell(kz_practice, 9, 10)
    sheet.cell(spring, 14, 4)  # February
    book.save(path)
    preview = importing.analyse(db, YEAR, path, "ru")
    assert (len(preview.entries), preview.hours, preview.lines, preview.replacements) == (4, 25, 3, 0)
    assert [(t.name, t.entries, t.hours) for t in preview.teachers] == [("Әбенова Сәуле", 4, 25)]
    assert actual.entries(db, YEAR) == []  # the preview writes nothing
    undo = importing.apply(db, preview)
    a, first = college["abenova"], college["first"]
    assert _stored(db) == [(date(2026, 9, 1), first, "kz", 1, "practice", 1, a, 10, None),
                           (date(2026, 9, 1), first, "kz", 1, "theory", 0, a, 6, None),
                           (date(2026, 10, 1), first, "kz", 1, "theory", 0, a, 5, None),
                           (date(2027, 2, 1), first, "kz", 2, "theory", 0, a, 4, None)]
    actual.record_hours(db, YEAR, undo)
    assert _stored(db) == []


def test_names_and_codes_match_whatever_their_case_spacing_and_language(db, college, tmp_path):
    """Kim taught 3 hours of Abenova's Kazakh in October; no semester column: each month takes its semester's unit."""
    path = _sheet(tmp_path, [
        ["  ким   ОЛЬГА", "26 по-11К", "ООД 1", "теория", "", "", None, 3, None, "ӘБЕНОВА сәуле"],
        ["Әбенова Сәуле", "26ПО-11к", "жбп01", "Theory", 0, "", 2, None, 7, None],
    ], head=[h if h != "Семестр" else "Ескерту" for h in HEAD])
    preview = importing.analyse(db, YEAR, path)
    first, a, k = college["first"], college["abenova"], college["kim"]
    assert sorted((e.month, e.semester, e.teacher_id, e.hours, e.replaced_id) for e in preview.entries) == [
        (date(2026, 9, 1), 1, a, 2, None), (date(2026, 10, 1), 1, k, 3, a), (date(2027, 2, 1), 2, a, 7, None)]
    assert preview.replacements == 1
    importing.apply(db, preview)
    figures = actual.fulfilment(db, YEAR, (1,)).teachers
    assert figures[k].replacing == 3 and figures[a].replaced_by_others == 3
    assert all(e.group_id == first for e in actual.entries(db, YEAR))


def test_one_bad_line_refuses_the_whole_sheet_naming_each_row_and_column(db, college, tmp_path):
    actual.record_hours(db, YEAR, [ActualEntry(date(2026, 9, 1), college["first"], "kz", 1, "theory", 0,
                                               college["abenova"], 9)])
    before = _stored(db)
    path = _sheet(tmp_path, [
        ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", None, 1, 4, None, None, None],  # good
        ["Нұрланов Нұрлан", "26ПО-11к", "ЖБП 01", "Теория", None, 1, 4, None, None, None],  # no such teacher
        ["Әбенова Сәуле", "99ХХ-1", "ЖБП 01", "Теория", None, 1, 4, None, None, None],  # no such group
        ["Әбенова Сәуле", "26ПО-11к", "БМ 1", "Теория", None, 1, 4, None, None, None],  # not this year's row
        ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Практикалық, зертханалық", 0, 1, 4, None, None, None],  # split
        ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", None, 1, 5, None, None, None],  # the first row again
        ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", None, 1, 5, None, None, "Әбенова Сәуле"],  # herself
    ])
    with pytest.raises(ValidationFailed) as caught:
        importing.analyse(db, YEAR, path)
    assert [(p.row, p.column, p.code) for p in caught.value.problems] == [
        (3, "A", "load.unknown_teacher"), (4, "B", "load.unknown_group"), (5, "C", "load.no_unit_in_group"),
        (6, "E", "load.subgroup_not_distributed"), (7, "G", "load.line_twice"), (8, "J", "load.replaces_self"),
        (8, "G", "load.line_twice")]
    assert {p.sheet for p in caught.value.problems} == {"Sheet"}
    assert caught.value.problems[2].params["component"] == "Теория"
    assert _stored(db) == before


def test_a_sheet_with_no_hours_or_a_month_outside_the_year_writes_nothing(db, college, tmp_path):
    with pytest.raises(ValidationFailed) as caught:
        importing.analyse(db, YEAR, _sheet(tmp_path, [["Ким Ольга", "25ПО-21к", "БМ 1", "Теория"]]))
    assert [p.code for p in caught.value.problems] == ["load.nothing_to_import"]
    head = HEAD[:6] + ["09.2027"]
    with pytest.raises(ValidationFailed) as caught:
        importing.analyse(db, YEAR, _sheet(tmp_path, [["Ким Ольга", "25ПО-21к", "БМ 1", "Теория", 0, 3, 4]], head))
    assert [(p.row, p.column, p.code) for p in caught.value.problems] == [(1, "G", "load.month_outside_year")]
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(ValidationFailed) as caught:
        importing.analyse(db, YEAR, path)
    assert [p.code for p in caught.value.problems] == ["file.not_workbook"]
    assert actual.entries(db, YEAR) == []


def test_the_blank_of_every_teacher_lists_their_units_by_name(db, college, tmp_path):
    lines = importing.blank_lines(db, YEAR, language="ru")
    assert [name for name in dict.fromkeys(line.teacher for line in lines)] == [
        "Әбенова Сәуле", "Баймұханов Ерлан", "Ким Ольга"]
    assert sum(line.plan for line in lines) == sum(s.total for s in load.teacher_summaries(db, YEAR))
    actual.record_hours(db, YEAR, [ActualEntry(date(2026, 9, 1), college["second"], "b1", 3, "theory", 0,
                                               college["kim"], 8)])
    filled = importing.blank_lines(db, YEAR, college["kim"], filled=True)
    assert [line.hours for line in filled if line.code == "БМ 1"] == [{date(2026, 9, 1): 8}]


def test_hours_in_a_month_outside_the_rows_semester_are_refused_naming_the_cell(db, college, tmp_path):
    """September on a spring row, February on an autumn one: each cell refused with the months expected."""
    path = _sheet(tmp_path, [
        ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", None, 2, 4, None, None, None],
        ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", None, 1, 3, None, 5, None],
    ])
    with pytest.raises(ValidationFailed) as caught:
        importing.analyse(db, YEAR, path)
    assert [(p.row, p.column, p.code) for p in caught.value.problems] == [
        (2, "G", "load.month_outside_semester"), (3, "I", "load.month_outside_semester")]
    assert caught.value.problems[0].params == {"value": "09.2026", "semester": 2, "first": "01.2027",
                                               "last": "08.2027"}
    assert caught.value.problems[1].params == {"value": "02.2027", "semester": 1, "first": "09.2026",
                                               "last": "01.2027"}
    assert actual.entries(db, YEAR) == []


def test_january_goes_to_either_semester_and_a_line_without_one_takes_the_spring_unit(db, college, tmp_path):
    head = ["Оқытушы", "Топ", "Индекс", "Жүктеме түрі", "Семестр", "01.2027"]
    path = _sheet(tmp_path, [["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", 1, 2],
                             ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", None, 3]], head)
    preview = importing.analyse(db, YEAR, path)
    assert sorted((e.semester, e.hours) for e in preview.entries) == [(1, 2), (2, 3)]


def test_a_column_whose_header_is_not_a_month_is_refused_when_it_has_hours(db, college, tmp_path):
    head = HEAD[:6] + ["Қыркүйек", "13.2027", "Ескерту"]
    row = ["Әбенова Сәуле", "26ПО-11к", "ЖБП 01", "Теория", None, 1, 4]
    with pytest.raises(ValidationFailed) as caught:
        importing.analyse(db, YEAR, _sheet(tmp_path, [row + [6, "ауырды"]], head))
    assert [(p.row, p.column, p.code, p.params) for p in caught.value.problems] == [
        (2, "H", "load.not_a_month_column", {"value": "13.2027"})]
    # left empty, such a column is read past (a note beside the months is not hours)
    preview = importing.analyse(db, YEAR, _sheet(tmp_path, [row + [None, "ауырды"]], head))
    assert [(e.month, e.hours) for e in preview.entries] == [(date(2026, 9, 1), 4)]


def test_record_hours_keeps_each_semesters_hours_in_its_months(db, college):
    first, a = college["first"], college["abenova"]
    spring = ActualEntry(date(2026, 9, 1), first, "kz", 2, "theory", 0, a, 4)
    with pytest.raises(ValidationFailed) as caught:
        actual.record_hours(db, YEAR, [spring])
    assert [(p.row, p.field, p.code, p.params["first"], p.params["last"]) for p in caught.value.problems] == [
        (0, "month", "load.month_outside_semester", "01.2027", "08.2027")]
    january = [ActualEntry(date(2027, 1, 1), first, "kz", 1, "theory", 0, a, 2),
               ActualEntry(date(2027, 1, 1), first, "kz", 2, "theory", 0, a, 3),
               ActualEntry(date(2027, 7, 1), first, "kz", 2, "theory", 0, a, 1)]
    actual.record_hours(db, YEAR, january)
    assert sorted((e.semester, e.month.month, e.hours) for e in actual.entries(db, YEAR)) == [
        (1, 1, 2), (2, 1, 3), (2, 7, 1)]
    assert [m.month for m in actual.semester_months(YEAR, 1)] == [9, 10, 11, 12, 1]
    assert [m.month for m in actual.semester_months(YEAR, 4)] == [1, 2, 3, 4, 5, 6, 7, 8]
