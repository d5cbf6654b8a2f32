"""Every change through the services, checked and written down in the same transaction.

Hooked into each Database's sessions: before a flush, the actor's role must allow every record it writes
(services.actors.AccessDenied otherwise); after it, one audit entry per record the user thinks of (a
movement belongs to its student, a curriculum row to its curriculum) with its fields from what to what.
Within `bulk(...)` (imports, orders) the rows are only counted and one entry says what was done.
On PostgreSQL the flush also notifies the other workstations (services.change_watch listens).
"""
from __future__ import annotations

import json
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from desktop.domain.roles import Role, area_of
from desktop.models import AppUser, AuditEntry
from desktop.services.actors import AccessDenied

CHANNEL = "zhospar_changes"
MOST_DETAILS = 50  # a record's detail rows written out one by one; beyond it, their counts
SECRET = {"password_hash"}
SKIPPED = {"id", "row_version"}
# Detail rows and the record they belong to (its kind, the column that points at it).
PARENT = {
    "movement": ("student", "student_id"), "student_qualification": ("student", "student_id"),
    "final_grade": ("student", "student_id"), "issued_document": ("student", "student_id"),
    "curriculum_row": ("curriculum", "curriculum_id"), "schedule_year": ("curriculum", "curriculum_id"),
    "contract_module": ("dual_contract", "contract_id"), "contract_period": ("dual_contract", "contract_id"),
    "exam_expert": ("exam_session", "session_id"), "scheme_aspect": ("marking_scheme", "scheme_id"),
    "mentor": ("enterprise", "enterprise_id"), "memorandum": ("enterprise", "enterprise_id"),
    "enterprise_request": ("enterprise", "enterprise_id"), "reimbursement": ("enterprise", "enterprise_id"),
    "user_group": ("app_user", "user_id"),
}
UNJOURNALLED = {"audit_entry", "record_hold"}
_LABELS = ("code", "title", "number", "full_name", "name_ru", "name", "login")


@dataclass
class Bulk:
    operation: str
    label: str
    params: dict
    counts: Counter = field(default_factory=Counter)


def install(sessions, db) -> None:
    """Hook the checks and the journal into a Database's sessionmaker."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _statement)


def _db(session: Session):
    return session.info.get("db")


def _bulk_of(session: Session, db) -> Bulk | None:
    """The import or order this session's work belongs to: its own, or one spanning the database's sessions."""
    return session.info.get("bulk") or getattr(db, "bulk_job", None)


def _check(db, table: str) -> None:
    db.actor.require_write(area_of(table))


def _before_flush(session: Session, _context, _instances) -> None:
    db = _db(session)
    if db is None:
        return
    written = (*session.new, *session.deleted, *_changed(session))
    if written:
        _still_signed_in(session, db, written[0].__table__.name)
    for obj in written:
        _check(db, obj.__table__.name)


RECHECK_AFTER = 5.0  # seconds: an administrator's change of someone's role or account holds this soon


def _still_signed_in(session: Session, db, table: str) -> None:
    """A signed-in user's account as it is stored now: switched off or given another role by an administrator
    on another computer since they signed in, their next save is refused (checked every few seconds: one
    small query, not one per save)."""
    actor = db.actor
    if not actor.signed_in or getattr(db, "acting", False):
        return
    now = time.monotonic()
    if now - getattr(db, "actor_checked_at", 0.0) < RECHECK_AFTER:
        return
    row = session.execute(select(AppUser.role, AppUser.active).where(AppUser.login == actor.login)).first()
    if row is None or not row.active:
        raise AccessDenied(actor.role, area_of(table), "switched_off")
    if row.role != actor.role.value:
        raise AccessDenied(Role(row.role), area_of(table), "role_changed")
    db.actor_checked_at = now


def _statement(state) -> None:
    """Bulk statements run without a flush: their table is checked and their rows counted here."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    db = _db(state.session)
    table = getattr(state.statement, "table", None)
    if db is None or table is None:
        return None
    _still_signed_in(state.session, db, table.name)
    _check(db, table.name)
    if not db.journal or table.name in UNJOURNALLED:
        return None
    result = state.invoke_statement()
    params = state.parameters
    count = len(params) if isinstance(params, list) else max(result.rowcount or 0, 0)
    action = "create" if state.is_insert else "update" if state.is_update else "delete"
    bulk = _bulk_of(state.session, db)
    if bulk is not None:
        bulk.counts[(table.name, action)] += count
    elif count:  # a statement outside an import is an entry of its own, heard by the other workstations too
        _write(state.session, db, [_entry(db, "bulk", table.name, None, "", "", {"counts": {table.name: {action: count}}})],
               {table.name})
    return result


def _value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def label_of(obj) -> str:
    if obj.__table__.name == "student":
        return f"{obj.surname} {obj.given_name}".strip()
    for name in _LABELS:
        value = getattr(obj, name, None) if name in obj.__table__.c else None
        if value:
            return str(value)[:300]
    return ""


def _fields(obj, action: str) -> dict:
    state = inspect(obj)
    changed = {}
    if action == "update":
        # The session keeps the old value of every attribute set since the load (a card's save sets all of a
        # student's columns, most to what they were): comparing those is a tenth of building their histories.
        keys = _column_keys(state.mapper)
        pairs = [(name, old, state.dict.get(name)) for name, old in state.committed_state.items() if name in keys]
    else:
        pairs = [(name, None, state.dict.get(name)) if action == "create" else (name, state.dict.get(name), None)
                 for name in _column_keys(state.mapper)]
    for name, old, new in pairs:
        if name in SKIPPED or old is NO_VALUE:
            continue
        if action != "update" and (new if action == "create" else old) in (None, "", False):
            continue  # a new record's empty fields, a deleted one's empty or unloaded ones: nothing to say
        if old == new:
            continue
        if name in SECRET:
            old, new = ("***" if old else None), "***"
        changed[name] = [_value(old), _value(new)]
    return changed


_KEYS: dict = {}


def _column_keys(mapper) -> frozenset:
    keys = _KEYS.get(mapper)
    if keys is None:
        keys = _KEYS[mapper] = frozenset(p.key for p in mapper.column_attrs)
    return keys


def _changed(session: Session) -> list:
    """The dirty objects with a column set (a cheap stand-in for is_modified: the flush finds the real changes)."""
    return [o for o in session.dirty if inspect(o).committed_state]


def _after_flush(session: Session, _context) -> None:
    db = _db(session)
    if db is None or not db.journal:
        return
    bulk = _bulk_of(session, db)
    records: dict[tuple[str, int | None], dict] = {}
    touched: set[str] = set()
    for action, objects in (("create", session.new), ("delete", session.deleted),
                            ("update", _changed(session))):
        for obj in objects:
            table = obj.__table__.name
            if table in UNJOURNALLED:
                continue
            touched.add(table)
            if bulk is not None:
                bulk.counts[(table, action)] += 1
                continue
            fields = _fields(obj, action)
            if action == "update" and not fields:
                continue
            parent = PARENT.get(table)
            if parent is not None and getattr(obj, parent[1], None) is not None:
                key = (parent[0], getattr(obj, parent[1]))
                record = records.setdefault(key, {"action": "update", "label": "", "fields": {}, "details": []})
                record["details"].append({"kind": table, "id": obj.id if "id" in obj.__table__.c else None,
                                          "action": action, "fields": fields})
            else:
                key = (table, _identity(obj))
                record = records.setdefault(key, {"action": action, "label": "", "fields": {}, "details": []})
                record["action"] = action if action != "update" else record["action"]
                record["fields"].update(fields)
                record["label"] = label_of(obj)
    if records:
        _write(session, db, [_entry(db, record["action"], kind, record_id, record["label"], "", _changes(record))
                             for (kind, record_id), record in records.items()], touched)


def _identity(obj) -> int | None:
    key = inspect(obj).mapper.primary_key_from_instance(obj)  # set by now, also for a record just created
    return key[0] if len(key) == 1 and isinstance(key[0], int) else None


def _changes(record: dict) -> dict:
    changes: dict = {}
    if record["fields"]:
        changes["fields"] = record["fields"]
    details = record["details"]
    if details:
        changes["details"] = details[:MOST_DETAILS]
        if len(details) > MOST_DETAILS:
            counts = Counter((d["kind"], d["action"]) for d in details)
            changes["counts"] = _nested(counts)
    return changes


def _nested(counts: Counter) -> dict:
    nested: dict = {}
    for (kind, action), n in sorted(counts.items()):
        nested.setdefault(kind, {})[action] = n
    return nested


def _entry(db, action: str, kind: str, record_id: int | None, label: str, operation: str, changes: dict) -> dict:
    actor = db.actor
    return {"at": datetime.now().replace(microsecond=0), "user_login": actor.login, "user_name": actor.name,
            "workstation": actor.workstation, "origin": db.origin, "action": action, "record_kind": kind,
            "record_id": record_id, "record_label": label[:300], "operation": operation,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True)}


def _write(session: Session, db, entries: list[dict], kinds: set[str]) -> None:
    """Write entries and, on PostgreSQL, tell the other workstations which kinds of records changed."""
    # Core insert on the flush's own connection: adding ORM objects from inside a flush is not allowed.
    session.connection().execute(insert(AuditEntry.__table__), entries)
    if kinds and db.engine.dialect.name == "postgresql":
        notify(session, db, kinds)


def notify(session: Session, db, kinds: set[str]) -> None:
    """Tell the other workstations which kinds of records changed; PostgreSQL delivers it on commit."""
    payload = json.dumps({"origin": db.origin, "kinds": sorted(kinds)})
    session.connection().exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)",
                                         {"channel": CHANNEL, "payload": payload})


def note(session: Session, db, operation: str, label: str = "", **params) -> None:
    """An entry for work done outside the sessions (a restore replaces the whole file): what, and with what."""
    _write(session, db, [_bulk_entry(db, Bulk(operation, label, params))], set())


def others_lately(session: Session, db, since: datetime) -> list[tuple[str, str]]:
    """Who else (name, computer) changed records of this database since `since`: the programs a restore or a
    long operation would surprise."""
    rows = session.execute(select(AuditEntry.user_name, AuditEntry.workstation)
                           .where(AuditEntry.at >= since, AuditEntry.origin != db.origin).distinct())
    return sorted({(name, computer) for name, computer in rows})


@contextmanager
def bulk(session: Session, operation: str, label: str = "", **params):
    """An import or an order: its rows are counted, and one audit entry says what was done and how much."""
    db = _db(session)
    if db is None or not db.journal or _bulk_of(session, db) is not None:  # already part of a larger one
        yield None
        return
    job = Bulk(operation, label, params)
    session.info["bulk"] = job
    try:
        yield job
        session.flush()
    finally:
        session.info.pop("bulk", None)
    write_bulk(session, db, job)


def write_bulk(session: Session, db, job: Bulk) -> None:
    if job.counts:
        _write(session, db, [_bulk_entry(db, job)], {kind for kind, _ in job.counts})


def _bulk_entry(db, job: Bulk) -> dict:
    changes: dict = {"counts": _nested(job.counts)} if job.counts else {}
    if job.params:
        changes["params"] = {k: _value(v) for k, v in job.params.items()}
    return _entry(db, "bulk", job.operation, None, job.label, job.operation, changes)
