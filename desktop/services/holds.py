"""A record held by the one who edits it: the others open it read-only and see who holds it.

A hold belongs to one running program (Database.origin). Its editor refreshes it every HEARTBEAT; a hold not
refreshed for STALE_AFTER belongs to a program that is gone (closed without a word, a computer switched off or
off the network) and the next one to open the record takes it over. Every step is one statement whose WHERE
says what it expects, so two workstations racing for a record never both get it, on SQLite or PostgreSQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.roles import area_of
from desktop.models import RecordHold

STALE_AFTER = timedelta(seconds=90)
HEARTBEAT = timedelta(seconds=30)  # how often an editor refreshes its hold: three chances before it goes stale
_TRIES = 5  # a hold released or taken over between our two statements: look again (never more than a few)
TABLE = RecordHold.__table__


@dataclass(frozen=True)
class Hold:
    kind: str
    record_id: int
    user_login: str
    user_name: str
    workstation: str
    origin: str
    since: datetime  # the holder's own clock: what the banner shows
    seen_at: datetime  # the clock holds are judged by (clock())
    ours: bool  # held by this very program


class HeldBy(Exception):
    """Someone else edits this record now: open it read-only."""

    def __init__(self, user_name: str, workstation: str, since: datetime, user_login: str = ""):
        super().__init__(f"held by {user_name} on {workstation} since {since:%H:%M}")
        self.user_name, self.workstation, self.since, self.user_login = user_name, workstation, since, user_login


def clock(session: Session) -> datetime:
    """The time a hold's freshness is judged by: the server's on PostgreSQL (the workstations' own clocks may
    be minutes apart, which would make a live hold look stale), this computer's for a SQLite file."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import func  # noqa: PLC0415

        return session.scalar(select(func.localtimestamp()))
    return datetime.now()


def _key(kind: str, record_id: int):
    return (TABLE.c.record_kind == kind) & (TABLE.c.record_id == record_id)


def _insert_if_free(session: Session, values: dict) -> bool:
    """Insert the hold unless the record is held already; True when this insert made it."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert  # noqa: PLC0415
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # noqa: PLC0415
    else:  # no ON CONFLICT: a plain insert, a duplicate key refused by the database
        return session.execute(insert(TABLE).values(**values)).rowcount == 1
    statement = dialect_insert(TABLE).values(**values).on_conflict_do_nothing(
        index_elements=[TABLE.c.record_kind, TABLE.c.record_id])
    return session.execute(statement).rowcount == 1


def _read(session: Session, kind: str, record_id: int, origin: str) -> Hold | None:
    row = session.execute(select(TABLE).where(_key(kind, record_id))).mappings().first()
    if row is None:
        return None
    return Hold(row["record_kind"], row["record_id"], row["user_login"], row["user_name"], row["workstation"],
                row["origin"], row["since"], row["seen_at"], row["origin"] == origin)


def take(db, kind: str, record_id: int) -> Hold:
    """Hold the record for this program's user: a new hold, ours refreshed, or a stale one taken over. HeldBy
    when another program holds it and is alive; AccessDenied when the user's role may not change it (such a
    user opens it read-only and holds nothing)."""
    area = area_of(kind)
    db.actor.require_write(area)
    actor = db.actor
    for _attempt in range(_TRIES):
        with db.session() as session:
            now = clock(session)
            mine = {"user_login": actor.login, "user_name": actor.name, "workstation": actor.workstation,
                    "origin": db.origin, "since": datetime.now(), "seen_at": now}
            if _insert_if_free(session, {"record_kind": kind, "record_id": record_id, **mine}):
                return Hold(kind, record_id, ours=True, **mine)
            held = _read(session, kind, record_id, db.origin)
            if held is None:  # released between the insert and the read: try the insert again
                continue
            if held.ours:
                session.execute(update(TABLE).where(_key(kind, record_id), TABLE.c.origin == db.origin)
                                .values(seen_at=now))
                return Hold(kind, record_id, held.user_login, held.user_name, held.workstation, held.origin,
                            held.since, now, True)
            if now - held.seen_at < STALE_AFTER:
                raise HeldBy(held.user_name, held.workstation, held.since, held.user_login)
            # Only the stale hold as we read it: if its program came back (refreshed it) or another workstation
            # took it over first, this matches nothing and we look again.
            taken = session.execute(update(TABLE).where(_key(kind, record_id), TABLE.c.origin == held.origin,
                                                        TABLE.c.seen_at == held.seen_at).values(**mine))
            if taken.rowcount == 1:
                return Hold(kind, record_id, ours=True, **mine)
    raise HeldBy(*_holder_or_unknown(db, kind, record_id))


def _holder_or_unknown(db, kind: str, record_id: int) -> tuple:
    held = holder(db, kind, record_id)
    if held is None:
        return "?", "?", datetime.now(), ""
    return held.user_name, held.workstation, held.since, held.user_login


def refresh(db, kind: str, record_id: int) -> bool:
    """The editor's heartbeat: False when the hold is ours no longer (taken over after this program was silent
    for STALE_AFTER, or released) — the editor must not save over the new holder's work."""
    with db.session() as session:
        now = clock(session)
        result = session.execute(update(TABLE).where(_key(kind, record_id), TABLE.c.origin == db.origin)
                                 .values(seen_at=now))
        return result.rowcount == 1


def release(db, kind: str, record_id: int) -> None:
    """Let the record go; only this program's own hold (one taken over meanwhile is the new holder's)."""
    with db.session() as session:
        session.execute(delete(TABLE).where(_key(kind, record_id), TABLE.c.origin == db.origin))


def holder(db, kind: str, record_id: int, live_only: bool = True) -> Hold | None:
    """Who holds the record now; with live_only, a stale hold counts as none."""
    with db.session() as session:
        held = _read(session, kind, record_id, db.origin)
        if held is not None and live_only and not held.ours and clock(session) - held.seen_at >= STALE_AFTER:
            return None
        return held
