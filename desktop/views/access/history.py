"""A record's history, opened from its card's History… button: the change log of that one record."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services import audit_log
from desktop.services.actors import AccessDenied
from desktop.views.access.journal_dialog import ChangeLogDialog, log_text, refusal_text


def show_history(parent: QWidget | None, db, kind: str, record_id: int, label: str) -> None:
    """Who changed the record `kind` № `record_id` (a table name and its id), when, and from what to what; titled
    "History: <label>". A role that may not read that record's changes is told so instead."""
    try:
        audit_log.check_kind(db.actor, kind)
    except AccessDenied as error:
        QMessageBox.warning(parent, log_text("history").format(label=label), refusal_text(error))
        return
    ChangeLogDialog(db, parent, record=(kind, record_id), label=label).exec()
