"""What a refused save looks like: a role that may not change the record, or a record another workstation
saved meanwhile (who, when, their value and yours, and the offer to reload)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.actors import AccessDenied
from desktop.services.versions import StaleRecord
from desktop.views.access.texts import area_name, role_name



def show_access_denied(parent: QWidget | None, error: AccessDenied) -> None:
    if error.why == "switched_off":
        text = QCoreApplication.translate("Conflicts", "Your account was switched off by the administrator after you "
                                          "signed in. Nothing was saved.")
    elif error.why == "role_changed":
        text = QCoreApplication.translate("Conflicts", "The administrator gave you another role ({role}) after you "
                                          "signed in; it may not change {area}. Nothing was saved. Sign in again "
                                          "(Users menu) to work with your new role.").format(
            role=role_name(error.role), area=area_name(error.area))
    else:
        text = QCoreApplication.translate("Conflicts", "Your role ({role}) may not change {area}. Nothing was saved.").format(
            role=role_name(error.role), area=area_name(error.area))
    QMessageBox.warning(parent, QCoreApplication.translate("Conflicts", "Not allowed"), text)


def stale_text(error: StaleRecord) -> str:
    if error.by and error.at is not None:
        return QCoreApplication.translate("Conflicts", "{who} saved this record at {time} on {day} ({computer}) after you opened it. "
                  "Nothing of yours was saved.").format(who=error.by, time=error.at.strftime("%H:%M"),
                                                         day=error.at.strftime("%d.%m.%Y"),
                                                         computer=error.workstation or "?")
    return QCoreApplication.translate("Conflicts", "Someone else saved this record after you opened it. Nothing of yours was saved.")


def compared_values(error: StaleRecord, mine: dict, labels: dict) -> str:
    """Field by field: the value now stored and the one typed here (only fields where they differ)."""
    lines = []
    for name, theirs in error.theirs.items():
        label = labels.get(name, name)
        lines.append(QCoreApplication.translate("Conflicts", "{field}: saved «{theirs}», yours «{mine}»").format(
            field=label, theirs=_shown(theirs), mine=_shown(mine.get(name))))
    return "\n".join(lines)


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    if value is True:
        return QCoreApplication.translate("Conflicts", "yes")
    if value is False:
        return QCoreApplication.translate("Conflicts", "no")
    return str(value)


def show_stale(parent: QWidget | None, error: StaleRecord, mine: dict | None = None,
               labels: dict | None = None, can_reload: bool = True) -> bool:
    """Say who saved the record first; True when the user asks to reload it (their values then show, and
    the dialog's text keeps the user's own to type again)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Conflicts", "Changed by someone else"), stale_text(error),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("stale_record")
    compared = compared_values(error, mine or {}, labels or {})
    if compared:
        box.setInformativeText(compared)
    reload = None
    if can_reload:
        reload = box.addButton(QCoreApplication.translate("Conflicts", "Reload the saved record"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Conflicts", "Keep my values on screen"), QMessageBox.ButtonRole.RejectRole)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return reload is not None and box.clickedButton() is reload


def ask_stale(parent: QWidget | None, error: StaleRecord, mine: dict, labels: dict) -> str:
    """As show_stale, with a third way out for a form that can merge: "merge" (the saved record, with the fields
    typed here put back on it, to check and save again), "reload" (the saved record alone) or "keep"."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Conflicts", "Changed by someone else"),
                      stale_text(error), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("stale_record")
    compared = compared_values(error, mine, labels)
    if compared:
        box.setInformativeText(compared)
    merge = box.addButton(QCoreApplication.translate("Conflicts", "Take theirs and put my changes back on it"),
                          QMessageBox.ButtonRole.AcceptRole)
    reload = box.addButton(QCoreApplication.translate("Conflicts", "Reload the saved record"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Conflicts", "Keep my values on screen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(merge)
    box.exec()
    return {id(merge): "merge", id(reload): "reload"}.get(id(box.clickedButton()), "keep")


def refused_save(parent: QWidget | None, error: BaseException) -> bool:
    """Show a refusal of the access or version checks; False when the error is something else."""
    if isinstance(error, AccessDenied):
        show_access_denied(parent, error)
        return True
    if isinstance(error, StaleRecord):
        show_stale(parent, error, can_reload=False)
        return True
    return False
