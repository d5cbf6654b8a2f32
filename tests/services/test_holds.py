"""A curriculum held by its editor: a second workstation is told who holds it, a program gone silent loses its
hold to the next one, and a hold ends when its editor lets it go. On a shared SQLite file and on PostgreSQL
(when ZHOSPAR_TEST_PG_URL is set)."""
import os
from datetime import datetime, timedelta

import pytest

from desktop.domain.roles import Role
from desktop.services import holds
from desktop.services.actors import AccessDenied, Actor
from desktop.services.database import open_database

PG_URL = os.environ.get("ZHOSPAR_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=[
    pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="ZHOSPAR_TEST_PG_URL is not set")])]
KIND = "curriculum"


@pytest.fixture(params=BACKENDS)
def two(request, paths):
    """Two programs on one database (each open_database is its own origin), two deputy directors."""
    first = request.getfixturevalue("db" if request.param == "sqlite" else "pg")
    second = open_database(first.url, paths.backups)
    first.actor = Actor("aigul", "Айгүл Сапарова", Role.DEPUTY, workstation="DEP-01")
    second.actor = Actor("nurlan", "Нұрлан Әбенов", Role.DEPUTY, workstation="DEP-02")
    yield first, second
    second.close()


class Clock:
    """The time holds are judged by, moved by the test instead of waiting 90 seconds."""

    def __init__(self):
        self.now = datetime(2026, 9, 1, 10, 0)

    def __call__(self, _session):
        return self.now

    def wait(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    moved = Clock()
    monkeypatch.setattr(holds, "clock", moved)
    return moved


def test_the_second_editor_is_told_who_holds_the_curriculum(two, clock):
    first, second = two
    held = holds.take(first, KIND, 7)
    assert held.ours and held.user_name == "Айгүл Сапарова"
    with pytest.raises(holds.HeldBy) as refused:
        holds.take(second, KIND, 7)
    assert (refused.value.user_name, refused.value.workstation) == ("Айгүл Сапарова", "DEP-01")
    assert abs(refused.value.since - held.since) < timedelta(seconds=1)
    seen = holds.holder(second, KIND, 7)
    assert seen is not None and not seen.ours and seen.user_name == "Айгүл Сапарова"
    # Another curriculum is free, and taking ours again only refreshes it.
    assert holds.take(second, KIND, 8).ours
    clock.wait(20)
    again = holds.take(first, KIND, 7)
    assert again.ours and again.since == held.since and again.seen_at == clock.now


def test_a_live_holder_keeps_the_hold_with_its_heartbeat(two, clock):
    first, second = two
    holds.take(first, KIND, 7)
    for _beat in range(5):  # two and a half minutes of an editor that stays open
        clock.wait(30)
        assert holds.refresh(first, KIND, 7)
    with pytest.raises(holds.HeldBy):
        holds.take(second, KIND, 7)


def test_a_silent_program_loses_its_hold_to_the_next_editor(two, clock):
    first, second = two
    holds.take(first, KIND, 7)
    clock.wait(holds.STALE_AFTER.seconds - 1)
    with pytest.raises(holds.HeldBy):
        holds.take(second, KIND, 7)
    clock.wait(1)
    assert holds.holder(second, KIND, 7) is None  # a stale hold holds nothing
    taken = holds.take(second, KIND, 7)
    assert taken.ours and taken.user_name == "Нұрлан Әбенов" and taken.workstation == "DEP-02"
    # The first program comes back: its heartbeat says the hold is lost, and it cannot take it back.
    assert not holds.refresh(first, KIND, 7)
    with pytest.raises(holds.HeldBy) as refused:
        holds.take(first, KIND, 7)
    assert refused.value.user_name == "Нұрлан Әбенов"
    # Its release lets go of nothing that is not its own.
    holds.release(first, KIND, 7)
    assert holds.holder(first, KIND, 7).user_name == "Нұрлан Әбенов"


def test_a_takeover_raced_by_the_holders_heartbeat_is_not_made(two, clock, monkeypatch):
    """The stale hold is replaced only as it was read: if its program refreshed it in between, it stays."""
    first, second = two
    if second.engine.dialect.name == "sqlite":
        pytest.skip("SQLite lets one writer at a time: the heartbeat would wait for our transaction")
    holds.take(first, KIND, 7)
    clock.wait(120)
    real_read = holds._read
    beats = []

    def read_then_holder_beats(session, kind, record_id, origin):
        seen = real_read(session, kind, record_id, origin)
        if origin == second.origin and not beats:
            # The holder's heartbeat lands between our read and our update, on its own connection.
            beats.append(True)
            with first.engine.begin() as connection:
                connection.execute(holds.TABLE.update().where(holds._key(kind, record_id))
                                   .values(seen_at=clock.now))
        return seen

    monkeypatch.setattr(holds, "_read", read_then_holder_beats)
    with pytest.raises(holds.HeldBy) as refused:
        holds.take(second, KIND, 7)
    assert refused.value.user_name == "Айгүл Сапарова"


def test_release_frees_the_curriculum_at_once(two, clock):
    first, second = two
    holds.take(first, KIND, 7)
    holds.release(first, KIND, 7)
    assert holds.holder(second, KIND, 7) is None
    assert holds.take(second, KIND, 7).ours
    assert not holds.refresh(first, KIND, 7)


def test_a_role_that_may_not_change_curricula_takes_no_hold(two, clock):
    first, second = two
    second.actor = Actor("dir", "Директор", Role.DIRECTOR, workstation="DIR-01")
    with pytest.raises(AccessDenied):
        holds.take(second, KIND, 7)
    assert holds.holder(first, KIND, 7) is None
    # Yet any role may read who holds it.
    holds.take(first, KIND, 7)
    assert holds.holder(second, KIND, 7).user_name == "Айгүл Сапарова"


def test_holds_use_the_real_clock_too(two):
    first, second = two
    holds.take(first, KIND, 7)
    assert holds.refresh(first, KIND, 7)
    with pytest.raises(holds.HeldBy):
        holds.take(second, KIND, 7)
