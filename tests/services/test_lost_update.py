"""Two workstations saving the same record: the second is refused, told who saved first, and nothing is lost.
On a shared SQLite file and on PostgreSQL (when ZHOSPAR_TEST_PG_URL is set)."""
import itertools
import os
import threading
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.models import Student
from desktop.services import students
from desktop.services.actors import Actor
from desktop.services.database import open_database
from desktop.services.versions import StaleRecord

PG_URL = os.environ.get("ZHOSPAR_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=[
    pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="ZHOSPAR_TEST_PG_URL is not set")])]


@pytest.fixture(params=BACKENDS)
def two(request, paths):
    """Two programs on one database: the registrar's and the deputy director's (each its own origin)."""
    if request.param == "sqlite":
        first = request.getfixturevalue("demo_db")
        target = str(first.path)
    else:
        from desktop.services.demo import fill_demo

        first = request.getfixturevalue("pg")
        fill_demo(first)
        target = first.url
    second = open_database(target, paths.backups)
    first.actor = Actor("asel", "Асель Нұрланқызы", Role.REGISTRAR, workstation="REG-01")
    second.actor = Actor("marat", "Марат Серікұлы", Role.REGISTRAR, workstation="REG-02")
    yield first, second
    second.close()


def a_student(db) -> int:
    with db.session() as session:
        return session.scalar(select(Student.id).where(Student.status == "studying").order_by(Student.id).limit(1))


def test_the_second_save_is_refused_with_who_saved_first_and_nothing_is_lost(two):
    first, second = two
    sid = a_student(first)
    mine, theirs = students.get_student(first, sid), students.get_student(second, sid)
    students.update_student(first, sid, replace(mine.data, phone="+7 701 111 2233"), version=mine.row_version)
    with pytest.raises(StaleRecord) as refused:
        students.update_student(second, sid, replace(theirs.data, phone="+7 702 444 5566", surname="Жаңа"),
                                version=theirs.row_version)
    assert refused.value.by == "Асель Нұрланқызы" and refused.value.workstation == "REG-01"
    assert refused.value.at is not None and refused.value.theirs["phone"] == "+7 701 111 2233"
    stored = students.get_student(second, sid)
    assert (stored.data.phone, stored.data.surname) == ("+7 701 111 2233", mine.data.surname)
    # Reloaded, the second workstation's save goes through.
    students.update_student(second, sid, replace(stored.data, phone="+7 702 444 5566"), version=stored.row_version)
    assert students.get_student(first, sid).data.phone == "+7 702 444 5566"


def test_saves_racing_between_reading_and_writing_leave_exactly_one(two):
    """Both check the version they read at the same moment; the database's own check lets one write."""
    first, second = two
    sid = a_student(first)
    version = students.get_student(first, sid).row_version
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(db, phone):
        data = students.get_student(db, sid).data
        start.wait()
        try:
            students.update_student(db, sid, replace(data, phone=phone), version=version)
            outcomes[phone] = "saved"
        except StaleRecord as refused:
            outcomes[phone] = refused

    threads = [threading.Thread(target=save, args=(db, phone))
               for db, phone in ((first, "+7 701 000 0001"), (second, "+7 701 000 0002"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    saved = [phone for phone, outcome in outcomes.items() if outcome == "saved"]
    assert len(outcomes) == 2 and len(saved) == 1
    assert students.get_student(first, sid).data.phone == saved[0]
    assert students.get_student(first, sid).row_version == version + 1


PHONES = (f"+7 701 {n % 1000:03d} {n // 1000:04d}" for n in itertools.count(1))
OPERATIONS = st.lists(st.tuples(st.sampled_from([0, 1]), st.sampled_from(["read", "save"])), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_any_interleaving_ends_as_the_accepted_saves_in_order_and_every_refusal_is_told(two, operations):
    dbs = two
    sid = a_student(dbs[0])
    start = students.get_student(dbs[0], sid)
    stored, version = start.data.phone, start.row_version  # the model: what a serial order of the saves leaves
    seen: list[tuple[object, int] | None] = [None, None]
    refused_expected = refused_told = 0
    for step, (user, operation) in enumerate(operations):
        if operation == "read":
            card = students.get_student(dbs[user], sid)
            seen[user] = (card.data, card.row_version)
            assert (card.data.phone, card.row_version) == (stored, version)
            continue
        if seen[user] is None:
            continue
        data, read_version = seen[user]
        phone = next(PHONES)  # never the value stored: a save that changes nothing leaves the version as it is
        accepted = read_version == version
        try:
            students.update_student(dbs[user], sid, replace(data, phone=phone), version=read_version)
            assert accepted, "a save over a newer version went through"
            stored, version = phone, version + 1
            seen[user] = (replace(data, phone=phone), version)
        except StaleRecord as refusal:
            assert not accepted
            assert refusal.by == dbs[1 - user].actor.name  # only the other can have saved since this read
            refused_told += 1
        refused_expected += not accepted
    final = students.get_student(dbs[1], sid)
    assert (final.data.phone, final.row_version) == (stored, version)
    assert refused_told == refused_expected
