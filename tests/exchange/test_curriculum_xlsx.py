import pytest
from openpyxl import load_workbook

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
    return next(r for r in range(1, 30) if sheet.cell(r, 3).value and "(code)" in str(sheet.cell(r, 3).value))


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
