import pytest
from openpyxl import load_workbook

from desktop.exchange.curriculum_words import COLUMN_HEADERS
from desktop.exchange.curriculum_xlsx import CurriculumFileError, read_curriculum, write_curriculum
from desktop.services import curricula


def test_every_demo_curriculum_survives_the_round_trip(demo_db, tmp_path):
    for summary in curricula.list_curricula(demo_db):
        original = curricula.get_curriculum(demo_db, summary.id).curriculum
        path = tmp_path / f"{summary.id}.xlsx"
        write_curriculum(path, original)
        assert read_curriculum(path) == original


def _edit(path, edits):
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    for coordinate, value in edits.items():
        sheet[coordinate] = value
    workbook.save(path)


def _header_row(path):
    sheet = load_workbook(path).worksheets[0]
    return next(r for r in range(1, 30) if sheet.cell(r, 3).value == COLUMN_HEADERS["code"])


def test_what_colleges_type_by_hand_is_understood(demo_db, tmp_path):
    original = curricula.get_curriculum(demo_db, 1).curriculum
    path = tmp_path / "c.xlsx"
    write_curriculum(path, original)
    header = _header_row(path)
    first = header + 1
    # The first row: no key, no section, hours written "96с-4к", code in Russian, control in Russian words.
    _edit(path, {f"A{first}": None, f"B{first}": None, f"C{first}": "ООД 1", f"F{first}": "96с-4к",
                 f"G{first}": None, f"AE{first}": "экзамен"})
    row = read_curriculum(path).rows[0]
    assert (row.id, row.section.value, row.code, row.hours, row.credits) == (f"r{first}", "general", "ЖБП 01", 96, 4.0)


def test_every_bad_cell_is_reported_and_nothing_is_returned(demo_db, tmp_path):
    path = tmp_path / "c.xlsx"
    write_curriculum(path, curricula.get_curriculum(demo_db, 1).curriculum)
    header = _header_row(path)
    _edit(path, {f"F{header + 1}": "көп", f"B{header + 2}": "unknown", f"H{header + 3}": "a lot", "B7": "2025 жыл"})
    with pytest.raises(CurriculumFileError) as caught:
        read_curriculum(path)
    located = {(p.row, p.column, p.code) for p in caught.value.problems}
    assert located == {(header + 1, "F", "file.bad_hours"), (header + 2, "B", "file.bad_choice"),
                       (header + 3, "H", "file.not_a_number"), (7, "B", "file.not_a_number")}


# --- the workbook as people read and print it ------------------------------------------------------

OLD_HEADERS = {"id": "Кілт / Ключ (id)", "section": "Бөлім / Раздел (section)", "code": "Коды / Код (code)",
               "hours": "Сағат / Часы (hours)", "parent": "Модуль (parent)", "subject": "Пән / Предмет (subject)",
               "basic_module": "БМ № (basic_module)", "merged_into": "Біріктірілген / Объединён с (merged_into)"}


def _written(demo_db, tmp_path, number=1):
    original = curricula.get_curriculum(demo_db, number).curriculum
    path = tmp_path / f"c{number}.xlsx"
    write_curriculum(path, original)
    return original, path


def test_no_cell_people_read_holds_a_program_key(demo_db, tmp_path):
    import re

    from desktop.domain.curriculum import Control, ExamForm, Section
    from desktop.exchange.curriculum_words import MAIN, SCHEDULE, VALUES

    keys = ({s.value for s in Section} | {c.value for c in Control} | {f.value for f in ExamForm}
            | {"full_time", "part_time", "tvet", "kk", "ru"})
    for number in (1, 2, 4):
        original, path = _written(demo_db, tmp_path, number)
        book = load_workbook(path)
        assert book.sheetnames[:2] == [MAIN, SCHEDULE]
        for name in (MAIN, SCHEDULE):
            for row in book[name].iter_rows(values_only=True):
                for value in row:
                    assert not re.search(r"\([A-Za-z_]+\d*\)", str(value or "")), value
                    assert value not in keys and not isinstance(value, bool), value
        sheet = book[MAIN]
        header = _header_row(path)
        labels = [sheet.cell(r, 1).value for r in range(1, header - 1)] + [c.value for c in sheet[header]]
        assert all(not re.search(r"[A-Za-z]", label) for label in labels), labels
        assert [sheet.cell(r, 2).value for r in (4, 5, 6, 9)] == [
            VALUES["entry_base"][original.entry_base], VALUES["language"][original.language],
            VALUES["study_form"][original.study_form], "Иә / Да" if original.military else "Жоқ / Нет"]
        assert "сынып / " in sheet["B4"].value or sheet["B4"].value == "ТжКБ / ТиПО"


def test_the_keys_are_kept_on_a_hidden_last_sheet(demo_db, tmp_path):
    from desktop.exchange.curriculum_words import KEYS, MAIN, SCHEDULE

    _, path = _written(demo_db, tmp_path)
    book = load_workbook(path)
    assert book.sheetnames == [MAIN, SCHEDULE, KEYS] and book[KEYS].sheet_state == "hidden"
    keys = {(sheet, label): key for sheet, label, key in book[KEYS].iter_rows(min_row=2, values_only=True)}
    header = _header_row(path)
    written = [c.value for c in book[MAIN][header]]
    assert [keys[(MAIN, label)] for label in written[:3]] == ["id", "section", "code"]
    assert keys[(MAIN, written[19])] == "S1" and keys[(MAIN, written[-1])] == "C10"
    assert keys[(MAIN, book[MAIN]["A1"].value)] == "title"
    assert [keys[(SCHEDULE, c.value)] for c in book[SCHEDULE][1]] == ["year", "weeks", "hours_per_week"]


def test_the_workbook_is_ready_to_print(demo_db, tmp_path):
    from desktop.exchange.curriculum_words import MAIN, SCHEDULE

    original, path = _written(demo_db, tmp_path)
    book = load_workbook(path)
    header = _header_row(path)
    for name, title_rows in ((MAIN, f"${header}:${header}"), (SCHEDULE, "$1:$1")):
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == title_rows
        assert "&P" in sheet.oddFooter.right.text and original.specialty in sheet.oddHeader.left.text
    sheet = book[MAIN]
    assert sheet.freeze_panes == f"D{header + 1}"
    assert sheet.column_dimensions["D"].width == 40 and sheet.column_dimensions["A"].width == 24
    assert all(c.font.bold and c.alignment.wrap_text for c in sheet[header])
    first = header + 1
    assert sheet[f"F{first}"].number_format == "#,##0" and sheet[f"T{first}"].number_format == "#,##0"
    assert book[SCHEDULE].column_dimensions["B"].width == 60


def test_the_keys_sheet_decides_what_a_column_holds(demo_db, tmp_path):
    """A header renamed on both sheets (say, to the college's own word) is still the same column."""
    from desktop.exchange.curriculum_words import KEYS, MAIN

    original, path = _written(demo_db, tmp_path)
    book = load_workbook(path)
    header = _header_row(path)
    book[MAIN].cell(header, 6).value = "Жиыны"  # hours: no fragment of the hand-typed headers says so
    for row in book[KEYS].iter_rows(min_row=2):
        if row[2].value == "hours":
            row[1].value = "Жиыны"
    book.save(path)
    assert read_curriculum(path) == original


def test_without_its_keys_sheet_and_in_the_older_layout_it_reads_the_same(demo_db, tmp_path):
    from desktop.domain.curriculum import Control
    from desktop.exchange.curriculum_words import KEYS, MAIN, VALUES

    original, path = _written(demo_db, tmp_path)
    book = load_workbook(path)
    del book[KEYS]
    book.save(path)
    assert read_curriculum(path) == original  # our own words are known without the keys
    # The layout written before: keys in brackets, choices as keys, True/False.
    sheet = load_workbook(path)[MAIN]
    book = sheet.parent
    header = _header_row(path)
    for column, cell in enumerate(sheet[header], start=1):
        name = next((n for n, h in OLD_HEADERS.items() if cell.value.startswith(h.split(" (")[0])), None)
        if name:
            cell.value = OLD_HEADERS[name]
        elif column > 19:
            n = (column - 20) % 10 + 1
            cell.value = f"{n} сем. (S{n})" if column < 30 else f"{n} сем. бақылау / контроль (C{n})"
    words = {field: {v: k for k, v in table.items()} for field, table in VALUES.items()}
    for row in sheet.iter_rows(min_row=header + 1):
        row[1].value = words["section"][row[1].value]
        for cell in row[29:]:
            if cell.value:
                cell.value = words["control"][cell.value]
    sheet["B9"], sheet["B10"] = False, bool(original.cognate)
    sheet["B4"], sheet["B5"], sheet["B6"] = original.entry_base, original.language, original.study_form
    book.save(path)
    assert read_curriculum(path) == original
    assert {load.control for row in original.rows for load in row.semesters} >= {Control.EXAM}
