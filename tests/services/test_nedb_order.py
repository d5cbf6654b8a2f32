"""NEDB's file, its workbook and the change list name students in the alphabet's order (the page re-sorts on
screen; what is exported and listed must not come in the database's code-point order, Әбенов after Төлеуов)."""
from datetime import date

from alphabet import KAZAKH_ORDER, RUSSIAN_ORDER, enrol_named
from contingent import add_group
from openpyxl import load_workbook
from sqlalchemy import update

from desktop.models import Student
from desktop.services import nedb

TODAY = date(2026, 11, 20)


def test_the_file_lists_groups_by_code_then_names_by_the_kazakh_alphabet(db):
    enrol_named(db, add_group(db, "26ПО-10к"), ["Әбенов", "Абаев"], start=5000)
    enrol_named(db, add_group(db, "26ПО-2к"), sorted(KAZAKH_ORDER, reverse=True))
    names = [name.split()[0] for _, name, _ in nedb.export_rows(db, TODAY)]
    assert names == KAZAKH_ORDER + ["Абаев", "Әбенов"]
    data, _ = nedb.render_export(db, TODAY)
    text = data.decode("utf-16")  # the file as NEDB reads it
    places = [text.index(surname) for surname in KAZAKH_ORDER]
    assert places == sorted(places)


def test_the_change_list_in_the_interface_alphabet(db):
    enrol_named(db, add_group(db), sorted(KAZAKH_ORDER, reverse=True))
    for language, expected in (("kk", KAZAKH_ORDER), ("ru", RUSSIAN_ORDER)):
        added = nedb.changes_since_last_exchange(db, TODAY, language).added
        assert [name.split()[0] for name in added] == expected, language


def test_the_workbook_lists_by_the_kazakh_alphabet(db, tmp_path):
    ids = enrol_named(db, add_group(db), sorted(KAZAKH_ORDER, reverse=True))
    with db.session() as session:
        session.execute(update(Student).where(Student.id.in_(ids)).values(orphan=True))
    nedb.export_workbook(db, tmp_path / "nedb.xlsx", TODAY)
    book = load_workbook(tmp_path / "nedb.xlsx")
    found = []
    for sheet in book.worksheets[1:]:  # the hand-filled sections after the main sheet
        found = [str(row[1]).split()[0] for row in sheet.iter_rows(values_only=True)
                 if row[1] and str(row[1]).split()[0] in KAZAKH_ORDER]
        if found:
            break
    assert found == KAZAKH_ORDER
