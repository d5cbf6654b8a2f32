from datetime import date

import pytest

from desktop.services import classifier
from desktop.services.classifier import ClassifierEntry
from desktop.services.errors import NotFound, ValidationFailed


def codes(db):
    return [e.code for e in classifier.list_entries(db)]


def test_the_list_puts_qualifications_under_their_specialty(db):
    listed = codes(db)
    assert listed.index("06130100") < listed.index("3W06130102") < listed.index("4S06130103")


def test_add_change_and_delete_a_specialty_and_its_qualification(db):
    classifier.save_entry(db, ClassifierEntry(" 07150300 ", "Машина жасау", "Машиностроение", "Mechanical engineering"))
    saved = classifier.save_entry(db, ClassifierEntry("3w07150301", "Токарь", "Токарь"))
    assert (saved.code, saved.kind, saved.level, saved.specialty_code) == ("3W07150301", "worker", 3, "07150300")
    classifier.save_entry(db, ClassifierEntry("3W07150301", "Токарь", "Токарь-универсал", valid_to=date(2030, 1, 1)),
                          original_code="3W07150301")
    entry = next(e for e in classifier.list_entries(db) if e.code == "3W07150301")
    assert entry.name_ru == "Токарь-универсал" and entry.valid_to == date(2030, 1, 1)
    with pytest.raises(ValidationFailed) as caught:
        classifier.delete_entry(db, "07150300")
    assert caught.value.problems[0].code == "code.has_qualifications"
    classifier.delete_entry(db, "3W07150301")
    classifier.delete_entry(db, "07150300")
    assert "07150300" not in codes(db)
    with pytest.raises(NotFound):
        classifier.delete_entry(db, "07150300")


@pytest.mark.parametrize("entry, field, code", [
    (ClassifierEntry("0613010", "а", "а"), "code", "code.bad_specialty"),
    (ClassifierEntry("4X06130103", "а", "а"), "code", "code.bad_qualification"),
    (ClassifierEntry("06130100", "а", "а"), "code", "code.duplicate"),
    (ClassifierEntry("4S09990101", "а", "а"), "code", "code.no_specialty"),
    (ClassifierEntry("09990100", "", "а"), "name_kk", "field.required"),
    (ClassifierEntry("09990100", "а", "а", valid_from=date(2025, 1, 2), valid_to=date(2025, 1, 1)),
     "valid_to", "code.dates_reversed"),
])
def test_bad_entries_are_refused_with_the_field_named(db, entry, field, code):
    before = codes(db)
    with pytest.raises(ValidationFailed) as caught:
        classifier.save_entry(db, entry)
    assert (caught.value.problems[0].field, caught.value.problems[0].code) == (field, code)
    assert codes(db) == before


def test_an_entry_used_by_a_group_cannot_be_deleted(demo_db):
    with pytest.raises(ValidationFailed) as caught:
        classifier.delete_entry(demo_db, "4S06130103")
    assert caught.value.problems[0].code == "code.in_use"


def test_import_is_all_or_nothing(db):
    before = classifier.list_entries(db)
    rows = [
        (2, ClassifierEntry("07150300", "Машина жасау", "Машиностроение")),
        (3, ClassifierEntry("3W07150301", "Токарь", "")),
        (4, ClassifierEntry("07150300", "Қайта", "Повтор")),
    ]
    with pytest.raises(ValidationFailed) as caught:
        classifier.import_entries(db, rows)
    found = {(p.row, p.field, p.code) for p in caught.value.problems}
    assert found == {(3, "name_ru", "field.required"), (4, "code", "code.repeated")}
    assert classifier.list_entries(db) == before


def test_import_adds_and_updates(db):
    summary = classifier.import_entries(db, [
        (2, ClassifierEntry("07150300", "Машина жасау", "Машиностроение")),
        (3, ClassifierEntry("3W07150301", "Токарь", "Токарь")),
        (4, ClassifierEntry("04110100", "Есеп және аудит", "Учёт и аудит (обновлено)")),
    ])
    assert (summary.added, summary.updated) == (2, 1)
    assert next(e for e in classifier.list_entries(db) if e.code == "04110100").name_ru.endswith("(обновлено)")
