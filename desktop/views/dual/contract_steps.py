"""A contract's steps from the page: asked first, on the date the user gives (today by default), and undone
through the page's undo stack like the other pages' edits."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.domain.dual import ContractStep
from desktop.services import dual
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import refused_save
from desktop.views.contingent.fields import DateField
from desktop.views.errors import show_validation

_CONTEXT = "ContractSteps"


# The question and the name of the date of each step (End's is kept since migration 0011 and printed).
QUESTIONS = {
    ContractStep.SIGN: (QT_TRANSLATE_NOOP("ContractSteps", "Sign contract № {number} ({student})?"),
                        QT_TRANSLATE_NOOP("ContractSteps", "Signed on")),
    ContractStep.ISSUE_APPENDIX: (
        QT_TRANSLATE_NOOP("ContractSteps", "Hand the appendix of contract № {number} ({student}) over to the "
                                           "student? It is not changed after that."),
        QT_TRANSLATE_NOOP("ContractSteps", "Handed over on")),
    ContractStep.END: (QT_TRANSLATE_NOOP("ContractSteps", "End contract № {number} ({student})? It is kept as the "
                                                          "record of the training."),
                       QT_TRANSLATE_NOOP("ContractSteps", "Ended on")),
    ContractStep.TERMINATE: (QT_TRANSLATE_NOOP("ContractSteps", "Terminate contract № {number} ({student}) before "
                                                                "its end?"),
                             QT_TRANSLATE_NOOP("ContractSteps", "Terminated on")),
}
UNDO_TEXTS = {
    ContractStep.SIGN: QT_TRANSLATE_NOOP("ContractSteps", "Sign № {number}"),
    ContractStep.ISSUE_APPENDIX: QT_TRANSLATE_NOOP("ContractSteps", "Hand over the appendix of № {number}"),
    ContractStep.END: QT_TRANSLATE_NOOP("ContractSteps", "End № {number}"),
    ContractStep.TERMINATE: QT_TRANSLATE_NOOP("ContractSteps", "Terminate № {number}"),
}


def _translated(text: str) -> str:
    """A text marked above with QT_TRANSLATE_NOOP, in the interface language (lupdate does not read this name)."""
    return QCoreApplication.translate(_CONTEXT, text)


class StepDialog(QDialog):
    """Asks whether to make the step and on which date; terminating also asks the reason."""

    def __init__(self, step: ContractStep, number: str, student: str, parent=None):
        super().__init__(parent)
        self.step = step
        question, date_label = QUESTIONS[step]
        self.setWindowTitle(QCoreApplication.translate("ContractSteps", "Contract № {number}").format(number=number))
        layout = QVBoxLayout(self)
        text = QLabel(_translated(question).format(number=number, student=student))
        text.setObjectName("question")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.on = DateField(date.today())
        self.on.setObjectName("on")
        self.on.setVisible(bool(date_label))
        if date_label:
            form.addRow(_translated(date_label), self.on)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        if step == ContractStep.TERMINATE:
            form.addRow(QCoreApplication.translate("ContractSteps", "Reason"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


class StepCommand(QUndoCommand):
    """A step already made when pushed; undo takes it back through the service, which refuses when the contract
    moved on since; redo makes it again on the same date."""

    def __init__(self, page, contract_id: int, number: str, step: ContractStep, previous: str, on: date,
                 reason: str = ""):
        super().__init__(_translated(UNDO_TEXTS[step]).format(number=number))
        self._page, self._id, self._step, self._previous = page, contract_id, step, previous
        self._on, self._reason, self._pushed = on, reason, True

    def _run(self, work) -> None:
        try:
            work()
        except (ValidationFailed, NotFound) as error:
            if isinstance(error, ValidationFailed):
                show_validation(self._page, QCoreApplication.translate("ContractSteps", "Cannot undo"), error)
            self.setObsolete(True)
        self._page.reload(self._id)

    def redo(self) -> None:
        if self._pushed:  # the step was made before the command was pushed
            self._pushed = False
            return
        self._run(lambda: dual.step(self._page.db, self._id, self._step, self._on, self._reason))

    def undo(self) -> None:
        self._run(lambda: dual.undo_step(self._page.db, self._id, self._step, self._previous))


def make_step(page, contract, step: ContractStep) -> str | None:
    """Ask, make the step on the date given, push it for undo: the new status, None when cancelled or refused
    (said why)."""
    dialog = StepDialog(step, contract.number, contract.student, page)
    if not dialog.exec():
        return None
    on = dialog.on.value()
    reason = dialog.reason.text()
    try:
        status = dual.step(page.db, contract.id, step, on, reason, getattr(contract, "version", None))
    except ValidationFailed as error:
        show_validation(page, QCoreApplication.translate("ContractSteps", "Contract № {number}").format(number=contract.number), error)
        return None
    except StaleRecord as error:  # changed on another computer since the list was read: shown as it is now
        refused_save(page, error)
        page.reload(contract.id)
        return None
    page.undo_stack.push(StepCommand(page, contract.id, contract.number, step, contract.status, on, reason))
    page.reload(contract.id)
    return status
