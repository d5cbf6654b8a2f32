"""The movement wizard: one order (number, date, kind) applied to the chosen students, after a review.

Students for whom the movement is not allowed (a transfer of someone expelled, a return of someone not
on leave) are shown as such before anything is written, and left out only if the user agrees.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QVBoxLayout)

from desktop.domain import contingent as dc
from desktop.services import movements
from desktop.services.contingent import GroupRow, StudentRow
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import stale_text
from desktop.views.contingent.fields import ChoiceBox, DateField
from desktop.views.contingent.texts import LEAVING_REASONS, choice
from desktop.views.errors import show_validation
from desktop.views.messages import field_name
from desktop.views.widgets import mark_icon

KINDS = tuple(k.value for k in dc.MovementKind if k != dc.MovementKind.ADMISSION)
LEAVE_REASONS = tuple(r.value for r in dc.LeaveReason)
# "Choices" like the other stored values; "health", "military service" and "other" are translated there already.
_LEAVE_REASON_WORDS = {"childcare": QT_TRANSLATE_NOOP("Choices", "childcare")}


def leave_reason_text(value: str) -> str:
    """A leave's reason in the interface language (also for the student's card)."""
    if value in _LEAVE_REASON_WORDS:
        return QCoreApplication.translate("Choices", _LEAVE_REASON_WORDS[value])
    return choice(value)


class OrderDialog(QDialog):
    def __init__(self, db, chosen: list[StudentRow], groups: list[GroupRow], parent=None, kind: str = "transfer"):
        super().__init__(parent)
        self.db = db
        self.chosen = chosen
        self.order_id: int | None = None
        self.refused_as_stale = False  # a chosen student was changed elsewhere: the page reads the list again
        self.setWindowTitle(self.tr("Movement order"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = ChoiceBox(KINDS, kind)
        self.kind.setObjectName("kind")
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("e.g. {example}").format(example="231-к"))  # not a value
        self.signed_on = DateField(date.today())
        self.effective = DateField(date.today())
        self.group = ChoiceBox([g.id for g in groups], labels={g.id: g.code for g in groups})
        self.group.setObjectName("group")
        self.reason = ChoiceBox(LEAVING_REASONS)
        self.reason.setObjectName("reason")
        # NEDB asks when a leave ends: offered a year on (the longest leave is unconfirmed), always after the start.
        self.until = DateField(date.today() + timedelta(days=365))
        self.until.setObjectName("until")
        self.note = QLineEdit()
        form.addRow(self.tr("Movement"), self.kind)
        form.addRow(field_name("order_number") + " *", self.number)
        form.addRow(field_name("order_date") + " *", self.signed_on)
        form.addRow(field_name("effective_date") + " *", self.effective)
        form.addRow(field_name("to_group"), self.group)
        form.addRow(field_name("reason"), self.reason)
        self.until_label = QLabel(self.tr("Leave ends on") + " *")
        form.addRow(self.until_label, self.until)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.review = QListWidget()
        self.review.setObjectName("review")
        layout.addWidget(self.review, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply the order"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = dc.MovementKind(self.kind.value())
        self.group.setEnabled(kind in dc.NEEDS_GROUP or kind == dc.MovementKind.RETURN)
        reasons = LEAVING_REASONS if kind == dc.MovementKind.EXPULSION else LEAVE_REASONS
        self.reason.clear()
        if kind not in (dc.MovementKind.EXPULSION, dc.MovementKind.LEAVE):
            self.reason.addItem("—", "")
        for value in reasons:
            self.reason.addItem(leave_reason_text(value) if kind == dc.MovementKind.LEAVE else choice(value), value)
        self.reason.setEnabled(kind in (dc.MovementKind.EXPULSION, dc.MovementKind.LEAVE))
        leave = kind == dc.MovementKind.LEAVE
        self.until.setVisible(leave)
        self.until_label.setVisible(leave)
        self._review()

    def allowed_students(self) -> list[StudentRow]:
        kind = dc.MovementKind(self.kind.value())
        return [s for s in self.chosen if dc.allowed(kind, dc.Status(s.status))]

    def _review(self) -> None:
        kind = dc.MovementKind(self.kind.value())
        self.review.clear()
        allowed = 0
        for student in self.chosen:
            ok = dc.allowed(kind, dc.Status(student.status))
            allowed += ok
            text = f"{student.full_name} — {student.group_code or '—'}, {choice(student.status)}"
            item = QListWidgetItem(text)  # marked by an icon and colour: the shipped font has no ✓ or ✗
            item.setData(Qt.ItemDataRole.UserRole, ok)
            if not ok:
                item.setIcon(mark_icon(True))
                item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(self.tr("This movement cannot apply to a student who is {status}.").format(
                    status=choice(student.status)))
            self.review.addItem(item)
        skipped = len(self.chosen) - allowed
        text = self.tr("The order applies to {count} students.").format(count=allowed)
        if skipped:
            text += " " + self.tr("{count} marked in red will be left out.").format(count=skipped)
        self.summary.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(allowed > 0)
        ok.setToolTip("" if allowed else self.tr("None of the students chosen can have this movement: choose another "
                                                 "movement, or other students on the list."))

    def order(self) -> movements.OrderInput:
        kind = dc.MovementKind(self.kind.value())
        group = self.group.value() if self.group.isEnabled() else None
        reason = self.reason.value() or "" if self.reason.isEnabled() else ""
        until = self.until.value() if kind == dc.MovementKind.LEAVE else None
        return movements.OrderInput(self.number.text(), self.signed_on.value(), kind.value, self.effective.value(),
                                    group, reason, self.note.text(), until)

    def apply(self) -> None:
        order = self.order()
        if order.until is not None and order.on is not None and order.until <= order.on:
            QMessageBox.warning(self, self.tr("Order not applied"), self.tr(
                "The leave must end after it starts: the end date is {until}, the order takes effect on {on}.").format(
                until=order.until.strftime("%d.%m.%Y"), on=order.on.strftime("%d.%m.%Y")))
            self.until.setFocus()
            return
        allowed = self.allowed_students()
        try:  # the versions the list showed: a student changed elsewhere since refuses the whole order
            self.order_id = movements.apply_order(self.db, self.order(), [s.id for s in allowed],
                                                  {s.id: s.row_version for s in allowed if s.row_version})
        except ValidationFailed as error:
            show_validation(self, self.tr("Order not applied"), error)
            return
        except StaleRecord as error:
            self.refused_as_stale = True
            name = next((s.full_name for s in allowed if s.id == error.record_id), error.label)
            QMessageBox.warning(self, self.tr("Order not applied"), self.tr(
                "{name} was changed on another computer after the list was read: the order was not applied, nothing "
                "was written. The list is read again: check the students and apply the order again.").format(
                name=name or "?") + "\n\n" + stale_text(error))
            self.reject()
            return
        self.accept()


class LeaveDetailsDialog(QDialog):
    """The end and reason of a leave recorded without them (read from NEDB's file, or entered before they were
    asked for): what the NEDB check asks to complete."""

    def __init__(self, db, student_id: int, started: date | None = None, parent=None):
        super().__init__(parent)
        self.db, self.student_id, self.started = db, student_id, started
        self.setWindowTitle(self.tr("Academic leave"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reason = ChoiceBox(LEAVE_REASONS, labels={value: leave_reason_text(value) for value in LEAVE_REASONS})
        self.reason.setObjectName("reason")
        self.until = DateField((started or date.today()) + timedelta(days=365))
        self.until.setObjectName("until")
        form.addRow(field_name("reason") + " *", self.reason)
        form.addRow(self.tr("Leave ends on") + " *", self.until)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.started is not None and self.until.value() <= self.started:
            QMessageBox.warning(self, self.tr("Academic leave"), self.tr(
                "The leave must end after it starts: the end date is {until}, the order takes effect on {on}.").format(
                until=self.until.value().strftime("%d.%m.%Y"), on=self.started.strftime("%d.%m.%Y")))
            return
        try:
            movements.complete_leave(self.db, self.student_id, self.until.value(), self.reason.value() or "")
        except ValidationFailed as error:
            show_validation(self, self.tr("Academic leave"), error)
            return
        self.accept()
