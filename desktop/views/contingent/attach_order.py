"""The order a movement was made under, entered after the fact: an admission imported or recorded without one is
what the NEDB check lists as "recorded without an order", and the registrar fixes it from the student's card."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from desktop.services import movements
from desktop.services.errors import ValidationFailed
from desktop.views.contingent.fields import DateField
from desktop.views.errors import show_validation
from desktop.views.messages import field_name


class AttachOrderDialog(QDialog):
    """Number and date of the order; Save gives them to the movement (nothing else of it changes)."""

    def __init__(self, db, movement, parent=None):
        super().__init__(parent)
        self.db, self.movement = db, movement
        # the card's own word for the column, already in both languages
        self.setWindowTitle(QCoreApplication.translate("StudentDialog", "Order"))
        form = QFormLayout(self)
        self.number = QLineEdit()
        self.number.setObjectName("order_number")
        self.signed_on = DateField(movement.on)
        self.signed_on.setObjectName("order_date")
        form.addRow(field_name("order_number") + " *", self.number)
        form.addRow(field_name("order_date") + " *", self.signed_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            movements.attach_order(self.db, [self.movement.id], self.number.text(), self.signed_on.value())
        except ValidationFailed as error:
            show_validation(self, self.windowTitle(), error)
            return
        self.accept()
