"""The teachers' list (the indicator of qualification upgrades) and the graduates' (employment) by the alphabet of the
interface's or the document's language."""
from datetime import date

from desktop.services import report_records


def test_teachers_by_the_kazakh_and_by_the_russian_alphabet(db):
    for name in ("Ыбыраева Алма", "Іргебаева Сәуле", "Исаева Ольга", "Әбенова Дана", "Абаева Гүл"):
        report_records.add_teacher(db, name, date(2025, 1, 10))
    surnames = lambda language: [t.full_name.split()[0] for t in report_records.list_teachers(db, language)]  # noqa
    assert surnames("kk") == ["Абаева", "Әбенова", "Исаева", "Ыбыраева", "Іргебаева"]
    assert surnames("ru") == ["Абаева", "Әбенова", "Исаева", "Іргебаева", "Ыбыраева"]


def test_graduates_by_the_alphabet_of_the_dialogs_or_the_documents_language(db):
    from contingent import add_group, enrol

    from desktop.services import employment, movements
    from desktop.services.movements import OrderInput

    group = add_group(db, "23ПО-41к", intake_year=2023)
    ids = [enrol(db, group, 1, start=100 + 7 * n, surname=surname, enrolled_on=date(2023, 8, 28))[0]
           for n, surname in enumerate(("Ыбыраева", "Іргебаева", "Исаева", "Әбенова"))]
    movements.apply_order(db, OrderInput("1-в", date(2027, 6, 30), "graduation", date(2027, 6, 30)), ids)
    surnames = lambda language: [g.name.split()[0] for g in employment.graduates(db, 2027, language)]  # noqa: E731
    assert surnames("kk") == ["Әбенова", "Исаева", "Ыбыраева", "Іргебаева"]
    assert surnames("ru") == ["Әбенова", "Исаева", "Іргебаева", "Ыбыраева"]
