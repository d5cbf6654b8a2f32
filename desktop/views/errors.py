"""What the user sees when something goes wrong: a plain message for the environment, a crash dialog for bugs."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.logs import mask_exception_text
from desktop.services.actors import AccessDenied
from desktop.services.errors import DatabaseEnvironmentError, ValidationFailed, classify
from desktop.services.versions import StaleRecord
from desktop.views.messages import message, problem_text

log = logging.getLogger("zhospar")



def show_database_problem(parent: QWidget | None, error: DatabaseEnvironmentError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Database problem"), message(error.problem.value),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(error.location)
    box.exec()


def show_validation(parent: QWidget | None, title: str, error: ValidationFailed, limit: int = 30) -> None:
    lines = [problem_text(p) for p in error.problems]
    shown = "\n".join(f"• {line}" for line in lines[:limit])
    if len(lines) > limit:
        shown += "\n" + QCoreApplication.translate("Errors", "…and {count} more.").format(count=len(lines) - limit)
    box = QMessageBox(QMessageBox.Icon.Warning, title, QCoreApplication.translate("Errors", "Nothing was saved. Please correct:"),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(shown)
    box.setDetailedText("\n".join(lines))
    box.exec()


def run_validated(parent: QWidget, title: str, label: str, func, steps=None):
    """Run file work in a worker with progress (steps: a workers.StepProgress that func reports to); a
    ValidationFailed is shown (nothing was written) and gives None; any other error goes on to the crash handler."""
    from desktop.views.workers import run_with_progress  # noqa: PLC0415

    from desktop.views.access.conflicts import refused_save  # noqa: PLC0415

    outcome = run_with_progress(parent, label, func, steps=steps)
    if isinstance(outcome.error, ValidationFailed):
        show_validation(parent, title, outcome.error)
        return None
    if outcome.error is not None and refused_save(parent, outcome.error):
        return None
    if outcome.error is not None:
        raise outcome.error
    return outcome.value


def confirm_and_delete(parent: QWidget, question: str, delete) -> bool:
    """Ask before deleting; run delete(); a refusal (ValidationFailed) is shown. True when deleted."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("Errors", "Delete"), question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        delete()
    except ValidationFailed as error:
        show_validation(parent, QCoreApplication.translate("Errors", "Not deleted"), error)
        return False
    except (AccessDenied, StaleRecord) as error:
        from desktop.views.access.conflicts import refused_save  # noqa: PLC0415

        refused_save(parent, error)
        return False
    return True


def ask_to_save(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, asked before unsaved changes would be left behind."""
    return QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)


def show_crash(log_file: Path, details: str) -> None:
    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Unexpected error"),
                      QCoreApplication.translate("Errors", "Zhospar met an error it did not expect. Your saved data is safe.\n\n"
                         "Please send the log file to support:\n{path}").format(path=log_file),
                      QMessageBox.StandardButton.Ok, parent)
    # The details may be copied into an e-mail to support: no IIN, name or date of a student in them.
    box.setDetailedText(mask_exception_text(details))
    box.exec()


def show_last_crash(parent: QWidget, log_file: Path) -> None:
    """Said once at the start after a run that ended without closing (a crash inside Qt shows no dialog): where the
    log that recorded it is. Not modal: the window and the database open behind it."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Zhospar closed unexpectedly"),
                      QCoreApplication.translate("Errors", "Zhospar closed unexpectedly last time. Your saved data is "
                                                 "safe; changes not saved then are lost.\n\nIf it happens again, "
                                                 "please send the log file to support:\n{path}").format(path=log_file),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("last_crash")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def install_excepthook(log_file: Path) -> None:
    """Every uncaught exception is logged; the environment's get a plain message, bugs the crash dialog."""

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        from desktop.views.access.conflicts import refused_save  # noqa: PLC0415

        if QApplication.instance() and refused_save(QApplication.activeWindow(), value):
            # A save the role or a newer version refused: nothing was written, the user is told why.
            log.info("refused save: %s", value)
            return
        problem = classify(value)
        if problem is not None:
            log.warning("environment problem: %s", details)
            if QApplication.instance():
                show_database_problem(QApplication.activeWindow(),
                                      value if isinstance(value, DatabaseEnvironmentError)
                                      else DatabaseEnvironmentError(problem, ""))
            return
        log.error("uncaught exception:\n%s", details)
        if QApplication.instance():
            show_crash(log_file, details)
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
