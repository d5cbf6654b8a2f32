"""A new database receives the whole shipped classifier, quickly; a classifier of the real size
(hundreds of specialties, about a thousand qualifications) imports in about a second, not tens.

Times are the process's CPU time: other work on the machine stretches the clock, not this."""
import json
import time
from datetime import date

from desktop.domain import classifier as rules
from desktop.paths import resource_path
from desktop.services import classifier
from desktop.services.classifier import ClassifierEntry
from desktop.services.database import open_database

SHIPPED = json.loads(resource_path("classifier", "classifier.json").read_text(encoding="utf-8"))


def _as_shipped(entry):
    item = {"code": entry.code, "name_kk": entry.name_kk, "name_ru": entry.name_ru, "name_en": entry.name_en}
    item.update({f: getattr(entry, f).isoformat() for f in ("valid_from", "valid_to") if getattr(entry, f)})
    return item


def test_a_new_database_gets_every_shipped_entry_as_written(db):
    listed = classifier.list_entries(db)
    assert sorted((_as_shipped(e) for e in listed), key=lambda i: i["code"]) == sorted(
        ({"name_en": "", **item} for item in SHIPPED["specialties"] + SHIPPED["qualifications"]),
        key=lambda i: i["code"])


def test_each_shipped_qualification_hangs_from_its_specialty(db):
    for entry in classifier.list_entries(db):
        if not entry.is_specialty:
            assert rules.qualification_matches_specialty(entry.code, entry.specialty_code), entry


def test_a_new_database_is_seeded_in_well_under_a_second(paths):
    started = time.process_time()
    db = open_database(paths.default_db, paths.backups)  # migrations and the seed together
    try:
        assert time.process_time() - started < 3.0
        started = time.process_time()
        classifier.seed_classifier(db)  # again: every shipped entry updated in place
        assert time.process_time() - started < 1.0
        assert len(classifier.list_entries(db)) == len(SHIPPED["specialties"]) + len(SHIPPED["qualifications"])
    finally:
        db.close()


def _full_size_classifier(specialties=400):
    # Made-up codes in a range the real classifier does not use (09...), only to have its size.
    rows, row = [], 2
    for s in range(specialties):
        rows.append((row, ClassifierEntry(f"09{s:04d}00", "мамандық", "специальность")))
        row += 1
        for q, prefix in enumerate(("3W", "3W", "4S", "5AB"), start=1):
            rows.append((row, ClassifierEntry(f"{prefix}09{s:04d}{q:02d}", "біліктілік", "квалификация",
                                              valid_to=date(2030, 6, 30))))
            row += 1
    return rows


def test_a_classifier_of_the_real_size_imports_in_seconds_and_each_qualification_finds_its_specialty(db):
    rows = _full_size_classifier()
    started = time.process_time()
    summary = classifier.import_entries(db, rows)
    took = time.process_time() - started
    # One read of the specialties per import: 1-2 s here; reading them per qualification took 5-10 s.
    assert took < 4.0, took
    assert (summary.added, summary.updated) == (len(rows), 0)
    owners = {e.code: e.specialty_code for e in classifier.list_entries(db) if e.code.endswith(("01", "04"))}
    assert owners["3W09012301"] == "09012300" and owners["5AB09039904"] == "09039900"
    again = classifier.import_entries(db, rows)
    assert (again.added, again.updated) == (0, len(rows))
