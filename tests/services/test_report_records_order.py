"""The teachers' list (the indicator of qualification upgrades) by the alphabet of the interface's language."""
from datetime import date

from desktop.services import report_records


def test_teachers_by_the_kazakh_and_by_the_russian_alphabet(db):
    for name in ("Ыбыраева Алма", "Іргебаева Сәуле", "Исаева Ольга", "Әбенова Дана", "Абаева Гүл"):
        report_records.add_teacher(db, name, date(2025, 1, 10))
    surnames = lambda language: [t.full_name.split()[0] for t in report_records.list_teachers(db, language)]  # noqa
    assert surnames("kk") == ["Абаева", "Әбенова", "Исаева", "Ыбыраева", "Іргебаева"]
    assert surnames("ru") == ["Абаева", "Әбенова", "Исаева", "Іргебаева", "Ыбыраева"]
