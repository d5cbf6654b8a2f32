"""No lost update: a save carries the version its editor read; if another workstation saved the record
since, the save is refused with who changed it, when, and the values now stored."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services.journal import label_of


@dataclass
class StaleRecord(Exception):
    """Someone else saved this record after it was read: nothing of this save was written."""

    kind: str
    record_id: int | None
    label: str = ""
    by: str = ""  # the other user's name, when the journal knows it
    at: datetime | None = None
    workstation: str = ""
    theirs: dict = field(default_factory=dict)  # field -> value now stored, for the fields this save changes

    def __str__(self) -> str:
        return f"{self.kind} {self.record_id} was changed by {self.by or '?'} at {self.at}"


def check_version(session: Session, obj, expected: int | None, data: dict | None = None) -> None:
    """Refuse the save when the record's stored version is not the one its editor read (None: no check, for
    a record created in this same work). `data` (field -> value the editor saves) selects the stored values
    shown back: those that differ."""
    if expected is None or obj.row_version == expected:
        return
    raise stale(session, obj, data)


def stale(session: Session, obj, data: dict | None = None) -> StaleRecord:
    kind = obj.__table__.name
    entry = last_change(session, kind, obj.id)
    theirs = {}
    for name, mine in (data or {}).items():
        now = getattr(obj, name, None)
        if now != mine:
            theirs[name] = now
    return StaleRecord(kind, obj.id, label_of(obj), entry.user_name if entry else "", entry.at if entry else None,
                       entry.workstation if entry else "", theirs)


def last_change(session: Session, kind: str, record_id: int) -> AuditEntry | None:
    return session.scalar(select(AuditEntry).where(AuditEntry.record_kind == kind, AuditEntry.record_id == record_id)
                          .order_by(AuditEntry.id.desc()).limit(1))
