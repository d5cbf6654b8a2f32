"""The check list before an NEDB round names students in the alphabet's order, groups by code: the database's
code-point order put Әбенов, Ғабдуллин and Қасымов after Төлеуов."""
from alphabet import KAZAKH_ORDER, RUSSIAN_ORDER, enrol_named
from contingent import add_group
from sqlalchemy import update

from desktop.models import Student
from desktop.services.preflight import preflight


def test_students_in_the_check_list_by_the_alphabet(db):
    ids = enrol_named(db, add_group(db), sorted(KAZAKH_ORDER, reverse=True))
    with db.session() as session:  # a problem for each of them
        session.execute(update(Student).where(Student.id.in_(ids)).values(birth_date=None))
    for language, expected in (("kk", KAZAKH_ORDER), ("ru", RUSSIAN_ORDER)):
        listed = [i.subject.split()[0] for i in preflight(db, language) if i.code == "preflight.no_birth_date"]
        assert listed == expected, language


def test_groups_by_code_with_numbers_by_value(db):
    for code in ("26ПО-10к", "26ПО-2к", "26ПО-1к"):
        enrol_named(db, add_group(db, code), ["Абаев"], start=4000 + len(code) * 7 + int(code[5:-1]) * 31)
    listed = [i.subject for i in preflight(db) if i.code == "preflight.no_curriculum"]
    assert listed == ["26ПО-1к", "26ПО-2к", "26ПО-10к"]
