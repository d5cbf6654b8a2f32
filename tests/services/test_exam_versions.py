"""Two workstations on the same exam session and the same candidates' scores: the second save over the first is
refused naming who saved, the first's values stay; a sheet of scores and a group's candidates are one entry of the
change log; a role without the exams is refused by the services."""
import json
from dataclasses import replace

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.domain.roles import Role
from desktop.models import AuditEntry
from desktop.services import contingent, exam_documents, exams
from desktop.services.actors import AccessDenied, Actor
from desktop.services.database import open_database
from desktop.services.versions import StaleRecord

GOOD = {"A": ["18"], "B": ["19"], "C": [3, 3, 3], "D": ["10"], "E": [1, 1, 1]}


@pytest.fixture
def other(demo_db, paths):
    database = open_database(demo_db.path, paths.backups)
    database.actor = Actor("aigul", "Айгүл Серікқызы", Role.EXAMS, workstation="EXAM-PC")
    yield database
    database.close()


def _held(db):
    return next(s for s in exams.list_sessions(db) if s.status == "held" and s.drawn_task)


def _last_entry_id(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def _entries_after(db, before: int) -> list[AuditEntry]:
    with db.session() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()


def test_a_session_saved_by_another_since_it_was_read_is_refused_and_theirs_stays(demo_db, other):
    held = _held(demo_db)
    mine, theirs = exams.session_data(demo_db, held.id), exams.session_data(other, held.id)
    exams.update_session(other, held.id, replace(theirs, venue_name="Шеберхана 2"), version=theirs.version)
    with pytest.raises(StaleRecord) as refused:
        exams.update_session(demo_db, held.id, replace(mine, venue_name="Зертхана 5"), version=mine.version)
    assert refused.value.by == "Айгүл Серікқызы" and refused.value.theirs == {"venue_name": "Шеберхана 2"}
    assert exams.session_data(demo_db, held.id).venue_name == "Шеберхана 2"
    with pytest.raises(StaleRecord):  # a draw over the session as it was read is refused too
        exams.draw_task(demo_db, held.id, version=mine.version)


def test_scores_typed_over_a_candidate_changed_since_are_refused_whole(demo_db, other):
    held = _held(demo_db)
    _aspects, mine = exams.session_scores(demo_db, held.id)
    _aspects, theirs = exams.session_scores(other, held.id)
    first, second = mine[0], mine[1]
    exams.set_all_scores(other, held.id, [exams.ScoreEntry(first.student_id, GOOD, version=theirs[0].version)])
    stored_second = exams.session_scores(demo_db, held.id)[1][1]
    with pytest.raises(StaleRecord) as refused:
        exams.set_all_scores(demo_db, held.id, [
            exams.ScoreEntry(second.student_id, {}, absent=True, version=second.version),
            exams.ScoreEntry(first.student_id, {}, absent=True, version=first.version)])
    assert refused.value.kind == "exam_candidate" and refused.value.by == "Айгүл Серікқызы"
    now = exams.session_scores(demo_db, held.id)[1]
    assert now[0].scores == GOOD and not now[0].absent  # theirs stays
    assert (now[1].scores, now[1].absent) == (stored_second.scores, stored_second.absent)  # nothing of mine written
    with pytest.raises(StaleRecord):  # one candidate at a time, the same
        exams.set_scores(demo_db, held.id, first.student_id, {}, absent=True, version=first.version)


def test_a_sheet_of_scores_is_one_entry_of_the_change_log(demo_db, tmp_path):
    held = _held(demo_db)
    lines = exam_documents.protocol_document(demo_db, held.id).lines[:2]
    book = Workbook()
    book.active.append(["ИИН", "Аспект", "Балл"])
    for line in lines:
        book.active.append([line.iin, "A", 17])
    path = tmp_path / "scores.xlsx"
    book.save(path)
    before = _last_entry_id(demo_db)
    assert exam_documents.import_scores(demo_db, held.id, path) == 2
    [entry] = _entries_after(demo_db, before)
    assert (entry.action, entry.operation, entry.record_label) == ("bulk", "exam_scores_import", "scores.xlsx")
    assert json.loads(entry.changes)["counts"] == {"exam_candidate": {"update": 2}}


def test_a_groups_candidates_are_one_entry(demo_db):
    planned = next(s for s in exams.list_sessions(demo_db) if s.status == "planned")
    group = contingent.list_groups(demo_db)[0]
    ids = [s.id for s in contingent.list_students(demo_db) if s.group_id == group.id]
    before = _last_entry_id(demo_db)
    added = exams.add_candidates(demo_db, planned.id, ids)
    entries = _entries_after(demo_db, before)
    assert added and len(entries) == 1 and entries[0].operation == "exam_candidates"
    assert json.loads(entries[0].changes)["counts"]["exam_candidate"]["create"] == added


def test_a_registrar_may_not_change_a_session_or_scores(demo_db):
    held = _held(demo_db)
    data = exams.session_data(demo_db, held.id)
    line = exams.session_scores(demo_db, held.id)[1][0]
    demo_db.actor = Actor("r", "R", Role.REGISTRAR)
    with pytest.raises(AccessDenied):
        exams.update_session(demo_db, held.id, replace(data, venue_name="Басқа"), version=data.version)
    with pytest.raises(AccessDenied):
        exams.set_all_scores(demo_db, held.id, [exams.ScoreEntry(line.student_id, {}, absent=True,
                                                                 version=line.version)])
    assert exams.session_scores(demo_db, held.id)[1][0] == line
