"""A program sees what another one changed in the same database, and not its own changes."""
import os

import pytest

from desktop.services import change_watch, classifier, college
from desktop.services.change_watch import PgListener, changes_since, latest_entry
from desktop.services.classifier import ClassifierEntry
from desktop.services.college import CollegeProfileData
from desktop.services.database import open_database

PG_URL = os.environ.get("ZHOSPAR_TEST_PG_URL")


@pytest.fixture
def other(db, paths):
    """A second program on the same SQLite file (a colleague's window)."""
    second = open_database(db.url, paths.backups)
    yield second
    second.close()


def test_a_change_by_another_program_is_seen_and_ones_own_is_not(db, other):
    assert db.origin != other.origin
    start = latest_entry(db)
    college.save_profile(other, CollegeProfileData(name_kk="Колледж", name_ru="Колледж"))
    last, kinds = changes_since(db, start)
    assert kinds == {"college_profile"} and last > start
    assert changes_since(db, last) == (last, set())  # seen once
    college.save_profile(db, CollegeProfileData(name_kk="Өз", name_ru="Свой"))
    newest, kinds = changes_since(db, last)
    assert kinds == set() and newest > last  # one's own change moves the mark on but asks for no refresh
    assert changes_since(other, last)[1] == {"college_profile"}


def test_an_import_counts_its_tables(db, other):
    start = latest_entry(db)
    classifier.import_entries(other, [(2, ClassifierEntry("07150300", "Машина жасау", "Машиностроение"))])
    assert "specialty" in changes_since(db, start)[1]


def test_an_empty_log_starts_at_zero(db):
    from desktop.models import AuditEntry

    with db.session() as session:
        session.query(AuditEntry).delete()
    assert latest_entry(db) == 0
    assert changes_since(db, 0) == (0, set())


def test_entry_kinds_of_records_details_and_bulk():
    assert change_watch.entry_kinds("update", "student", '{"fields": {"surname": ["A", "B"]}}') == {"student"}
    details = '{"details": [{"kind": "movement", "id": 3, "action": "create", "fields": {}}]}'
    assert change_watch.entry_kinds("update", "student", details) == {"student", "movement"}
    counts = '{"counts": {"student": {"create": 5}, "movement": {"create": 5}}}'
    assert change_watch.entry_kinds("bulk", "student_import", counts) == {"student", "movement"}
    assert change_watch.entry_kinds("bulk", "student_import", "not json {\"counts\"") == {"student_import"}


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="ZHOSPAR_TEST_PG_URL is not set")
def test_postgres_tells_the_listener_what_others_changed(pg, paths):
    colleague = open_database(PG_URL, paths.backups)
    listener = PgListener(PG_URL, pg.origin)
    try:
        assert listener.wait(0.1) is None
        college.save_profile(pg, CollegeProfileData(name_kk="Өз", name_ru="Свой"))
        assert listener.wait(0.3) is None  # one's own change
        college.save_profile(colleague, CollegeProfileData(name_kk="Колледж", name_ru="Колледж"))
        assert listener.wait(5) == {"college_profile"}
        classifier.import_entries(colleague, [(2, ClassifierEntry("07150300", "Машина жасау", "Машиностроение"))])
        assert "specialty" in listener.wait(5)
        last, kinds = changes_since(pg, 0)
        assert "college_profile" in kinds and last == latest_entry(colleague)
    finally:
        listener.close()
        colleague.close()
