"""A curriculum saved over a version another workstation saved meanwhile is refused with who saved it and
nothing of the late save is written; a save journals the rows that changed, not the whole plan again."""
import json
import os
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.models import AuditEntry
from desktop.services import curricula, holds
from desktop.services.actors import AccessDenied, Actor
from desktop.services.database import open_database
from desktop.services.demo_curricula import software_on_9_grades
from desktop.services.errors import ValidationFailed
from desktop.services.journal import MOST_DETAILS
from desktop.services.versions import StaleRecord

PG_URL = os.environ.get("ZHOSPAR_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=[
    pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="ZHOSPAR_TEST_PG_URL is not set")])]


@pytest.fixture(params=BACKENDS)
def two(request, paths):
    first = request.getfixturevalue("db" if request.param == "sqlite" else "pg")
    second = open_database(first.url, paths.backups)
    first.actor = Actor("aigul", "Айгүл Сапарова", Role.DEPUTY, workstation="DEP-01")
    second.actor = Actor("nurlan", "Нұрлан Әбенов", Role.DEPUTY, workstation="DEP-02")
    yield first, second
    second.close()


def with_hours(curriculum, hours: int, title: str | None = None):
    first = curriculum.rows[0]
    rows = (replace(first, hours=hours),) + curriculum.rows[1:]
    return replace(curriculum, rows=rows, title=title or curriculum.title)


def test_the_late_save_is_refused_with_who_saved_first_and_nothing_is_lost(two):
    first, second = two
    plan_id = curricula.create(first, software_on_9_grades())
    mine, theirs = curricula.get_curriculum(first, plan_id), curricula.get_curriculum(second, plan_id)
    assert mine.row_version == theirs.row_version
    saved = curricula.save(first, plan_id, with_hours(mine.curriculum, 111, "Бағдарламалық қамтамасыз ету v2"),
                           version=mine.row_version)
    assert saved == mine.row_version + 1 == curricula.get_curriculum(first, plan_id).row_version
    with pytest.raises(StaleRecord) as refused:
        curricula.save(second, plan_id, with_hours(theirs.curriculum, 222), version=theirs.row_version)
    assert (refused.value.by, refused.value.workstation) == ("Айгүл Сапарова", "DEP-01")
    assert refused.value.theirs == {"title": "Бағдарламалық қамтамасыз ету v2"}
    stored = curricula.get_curriculum(second, plan_id)
    assert stored.curriculum.rows[0].hours == 111 and stored.row_version == saved
    # Reloaded, the second workstation's save goes through, and the first's next save is the one refused.
    again = curricula.save(second, plan_id, with_hours(stored.curriculum, 222), version=stored.row_version)
    assert again == saved + 1
    with pytest.raises(StaleRecord):
        curricula.save(first, plan_id, with_hours(mine.curriculum, 333), version=saved)
    assert curricula.get_curriculum(first, plan_id).curriculum.rows[0].hours == 222


def test_approval_and_archive_check_the_version_read(two):
    first, second = two
    plan_id = curricula.create(first, software_on_9_grades())
    read = curricula.get_curriculum(second, plan_id)
    curricula.save(first, plan_id, replace(read.curriculum, title="Renamed"), version=read.row_version)
    with pytest.raises(StaleRecord):
        curricula.approve(second, plan_id, "Директор", version=read.row_version)
    assert curricula.get_curriculum(second, plan_id).status == "draft"
    now = curricula.get_curriculum(second, plan_id)
    curricula.approve(second, plan_id, "Директор", version=now.row_version)
    with pytest.raises(StaleRecord):
        curricula.archive(first, plan_id, version=read.row_version)
    curricula.archive(first, plan_id, version=curricula.get_curriculum(first, plan_id).row_version)


def test_a_held_draft_is_not_deleted_from_another_workstation(two):
    first, second = two
    plan_id = curricula.create(first, software_on_9_grades())
    holds.take(first, curricula.HOLD_KIND, plan_id)
    with pytest.raises(ValidationFailed) as refused:
        curricula.delete(second, plan_id)
    problem = refused.value.problems[0]
    assert problem.code == "curriculum.held" and problem.params["who"] == "Айгүл Сапарова"
    holds.release(first, curricula.HOLD_KIND, plan_id)
    curricula.delete(second, plan_id)


def test_a_save_journals_one_entry_with_the_rows_that_changed(db):
    plan_id = curricula.create(db, software_on_9_grades())
    read = curricula.get_curriculum(db, plan_id)
    before = len(read.curriculum.rows)
    changed = with_hours(read.curriculum, 999)
    changed = replace(changed, rows=changed.rows[:-1])  # one row changed, one deleted
    curricula.save(db, plan_id, changed, version=read.row_version)
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.record_kind == "curriculum",
                                                           AuditEntry.action == "update")).all()
    assert len(entries) == 1
    details = json.loads(entries[0].changes)["details"]
    assert sorted(d["action"] for d in details) == ["delete", "update"]
    assert details[[d["action"] for d in details].index("update")]["fields"] == {
        "hours": [read.curriculum.rows[0].hours, 999]}
    assert before > 2 and curricula.get_curriculum(db, plan_id).curriculum == replace(changed,
                                                                                       rule_set=read.curriculum.rule_set)


def test_a_save_that_rewrites_every_row_keeps_its_audit_entry_short(db):
    plan = software_on_9_grades()
    extra = tuple(replace(plan.rows[0], id=f"extra-{n}", code=f"ЖБП {n + 20}") for n in range(MOST_DETAILS))
    plan_id = curricula.create(db, replace(plan, rows=plan.rows + extra))
    read = curricula.get_curriculum(db, plan_id)
    renamed = replace(read.curriculum, rows=tuple(replace(r, name_ru=r.name_ru + " (изм.)")
                                                  for r in read.curriculum.rows))
    curricula.save(db, plan_id, renamed, version=read.row_version)
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_kind == "curriculum",
                                                         AuditEntry.action == "update")).one()
    changes = json.loads(entry.changes)
    rows = len(read.curriculum.rows)
    assert rows > MOST_DETAILS
    assert len(changes["details"]) == MOST_DETAILS and changes["counts"] == {"curriculum_row": {"update": rows}}


def test_a_save_stores_the_plan_exactly_after_rows_moved_added_and_removed(db):
    plan_id = curricula.create(db, software_on_9_grades())
    read = curricula.get_curriculum(db, plan_id)
    rows = list(read.curriculum.rows)
    rows[1], rows[2] = rows[2], rows[1]
    added = replace(rows[0], id="new-1", code="ZZ 01", name_kk="Жаңа", name_ru="Новая")
    edited = replace(read.curriculum, rows=tuple(rows[:-2]) + (added,),
                     schedule=read.curriculum.schedule[:-1])
    curricula.save(db, plan_id, edited, version=read.row_version)
    assert curricula.get_curriculum(db, plan_id).curriculum == edited


def test_a_role_without_curricula_cannot_save_one(db):
    plan_id = curricula.create(db, software_on_9_grades())
    read = curricula.get_curriculum(db, plan_id)
    db.actor = Actor("r", "R", Role.REGISTRAR)
    with pytest.raises(AccessDenied):
        curricula.save(db, plan_id, with_hours(read.curriculum, 5), version=read.row_version)
    assert curricula.get_curriculum(db, plan_id).curriculum == read.curriculum
