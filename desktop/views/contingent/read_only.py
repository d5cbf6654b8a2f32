"""Forms for a role that may read a record but not change it, and the record's history button: shared by the
student card, the group's form and the grades' dialogs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from desktop.views.access.texts import may_write, refused_role
from desktop.views.widgets import without_checked


def read_only_note(db, area) -> QLabel | None:
    """A line saying why the form cannot be changed; None when the signed-in user's role may change it."""
    if may_write(db, area):
        return None
    label = QLabel(refused_role(db, area)() or "")
    label.setObjectName("read_only")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a00000")
    return label


def make_read_only(db, area, widgets, buttons: QDialogButtonBox) -> bool:
    """Disable the form's fields and hide Save when the role may not change `area`; True when it did. The services
    refuse such a save anyway: the form should not invite it."""
    if may_write(db, area):
        return False
    for widget in widgets:
        if widget is not None:
            widget.setEnabled(False)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    if save is not None:
        save.hide()
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("RecordForms", "Close"))
    return True


def history_button(parent: QWidget, buttons: QDialogButtonBox, db, kind: str, record_id: int, label) -> QPushButton:
    """"History…": who changed the record, when, and which fields from what to what (the change log's entries)."""
    button = buttons.addButton(QCoreApplication.translate("RecordForms", "History…"),
                               QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName("record_history")
    button.setToolTip(QCoreApplication.translate("RecordForms", "Who changed this record, when, and what"))

    def show() -> None:
        from desktop.views.access.history import show_history  # noqa: PLC0415 - written with the change log's window

        show_history(parent, db, kind, record_id, label() if callable(label) else label)

    button.clicked.connect(without_checked(show))
    from desktop.services import audit_log  # noqa: PLC0415
    from desktop.services.actors import AccessDenied  # noqa: PLC0415

    try:
        audit_log.check_kind(db.actor, kind)
    except AccessDenied as error:  # a curator, or a role reading only its own areas: off, saying why
        from desktop.views.access.journal_dialog import refusal_text  # noqa: PLC0415

        button.setEnabled(False)
        button.setToolTip(refusal_text(error))
    return button
