"""What other workstations changed, so open pages can refresh: read from the audit log, or heard on PostgreSQL.

Every change through the services leaves an audit entry naming the program that made it (its origin), so
"entries after the last one I saw, from another origin" is a cheap check for a SQLite file (the window runs it
when it becomes active). On PostgreSQL the journal also notifies journal.CHANNEL on commit; `PgListener`
hears it on a connection of its own, at once. No Qt here: views/change_watcher.py drives both.
"""
from __future__ import annotations

import json
import logging

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop.models import AuditEntry
from desktop.services.journal import CHANNEL

log = logging.getLogger(__name__)


def latest_entry(db) -> int:
    """The newest audit entry's id, 0 for an empty log: where watching starts."""
    with db.session() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def entry_kinds(action: str, record_kind: str, changes: str | None) -> set[str]:
    """The kinds of records one entry touched: an import's or an order's counted tables, else the record's
    own kind and those of its detail rows (a movement under its student)."""
    kinds = set() if action == "bulk" else {record_kind}
    if changes and ('"counts"' in changes or '"details"' in changes):  # most entries need no parsing
        try:
            data = json.loads(changes)
        except ValueError:
            return kinds or {record_kind}
        kinds.update(data.get("counts") or {})
        kinds.update(d["kind"] for d in data.get("details") or () if isinstance(d, dict) and d.get("kind"))
    return kinds or {record_kind}


def changes_since(db, last_id: int) -> tuple[int, set[str]]:
    """(the newest entry's id, the kinds of records other programs changed after `last_id`)."""
    query = (select(AuditEntry.id, AuditEntry.origin, AuditEntry.action, AuditEntry.record_kind, AuditEntry.changes)
             .where(AuditEntry.id > last_id).order_by(AuditEntry.id))
    kinds: set[str] = set()
    newest = last_id
    with db.session() as session:
        for entry_id, origin, action, record_kind, changes in session.execute(query):
            newest = max(newest, entry_id)
            if origin != db.origin:
                kinds |= entry_kinds(action, record_kind, changes)
    return newest, kinds


def libpq_url(url: str) -> str:
    """SQLAlchemy's postgresql+psycopg://… as the driver itself takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class PgListener:
    """LISTEN on the journal's channel over a connection of its own (autocommit: a notification arrives between
    transactions only). `wait` is called from one thread; a dropped connection raises psycopg's
    OperationalError there, for the caller to fall back on the audit-log check."""

    CONNECT_TIMEOUT = 5  # seconds: a server gone away must not hold a thread that is asked to stop

    def __init__(self, url: str, origin: str = ""):
        import psycopg  # noqa: PLC0415
        from psycopg import sql  # noqa: PLC0415

        self.origin = origin
        self.connection = psycopg.connect(libpq_url(url), autocommit=True, connect_timeout=self.CONNECT_TIMEOUT)
        self.connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))

    def _kinds(self, payload: str) -> set[str] | None:
        try:
            data = json.loads(payload)
        except ValueError:
            log.warning("a notification that is not ours on %s: %.80s", CHANNEL, payload)
            return None
        if not isinstance(data, dict) or data.get("origin") == self.origin:
            return None
        return {str(kind) for kind in data.get("kinds") or ()}

    def wait(self, timeout: float) -> set[str] | None:
        """The kinds other programs changed, heard within `timeout` seconds; None when none were."""
        found: set[str] | None = None
        # The first notification ends the wait; those sent with it are gathered without waiting longer.
        for limit, stop_after in ((timeout, 1), (0.01, None)):
            for notification in self.connection.notifies(timeout=limit, stop_after=stop_after):
                kinds = self._kinds(notification.payload)
                if kinds is not None:
                    found = (found or set()) | kinds
            if found is None and limit == timeout:
                break
        return found

    def close(self) -> None:
        try:
            self.connection.close()
        except Exception:  # noqa: BLE001 - closing a connection already gone
            log.debug("closing the listener", exc_info=True)
