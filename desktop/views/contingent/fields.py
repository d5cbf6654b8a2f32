"""Small input widgets the contingent dialogs share: a date that may be empty, a combo of choices."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from desktop.views.contingent.texts import choice
from desktop.views.table_model import DATE_FORMAT

_EMPTY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date with a calendar; when optional, its lowest value shows as "—" and means no date."""

    def __init__(self, value: date | None = None, optional: bool = False, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self._optional = optional
        if optional:
            self.setMinimumDate(_EMPTY)
            self.setSpecialValueText("—")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        if self._optional and self.date() == _EMPTY:
            return None
        return self.date().toPython()


class ChoiceBox(QComboBox):
    """Stored values shown in the user's language; data holds the plain string value."""

    def __init__(self, values, current: str | None = None, parent=None, labels: dict | None = None):
        super().__init__(parent)
        for value in values:
            self.addItem((labels or {}).get(value) or choice(value), value)
        if current is not None:
            self.set_value(current)

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)

    def value(self):
        return self.currentData()
