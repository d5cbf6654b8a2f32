"""Small input widgets the contingent dialogs share: a date that may be empty, a combo of choices."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit

from desktop.views.contingent.texts import choice
from desktop.views.table_model import DATE_FORMAT

_EMPTY = QDate(1900, 1, 1)


_SEPARATORS = ".,/- "


def typed_date(text: str, current: date) -> date | None:
    """The date typed over a date field ("30.06.2027", "30062027", "1.2.2026", "15" for the 15th of the shown month,
    "15.03" for a day and month of the shown year; a two-digit year is the one nearest the shown year), or None."""
    text = text.strip(_SEPARATORS)
    if any(c in _SEPARATORS for c in text):
        parts = [p for p in re.split(r"[.,/\- ]+", text)]
    else:
        parts = [text[:2], text[2:4], text[4:]]
    parts = [p for p in parts if p]
    if not parts or len(parts) > 3 or not all(p.isdigit() for p in parts):
        return None
    day = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else current.month
    year = current.year
    if len(parts) > 2:
        if len(parts[2]) == 4:
            year = int(parts[2])
        elif len(parts[2]) == 2:
            year = min((c + int(parts[2]) for c in (current.year // 100 * 100 - 100, current.year // 100 * 100,
                                                   current.year // 100 * 100 + 100)), key=lambda y: abs(y - current.year))
        else:
            return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _complete(text: str) -> bool:
    """A whole date typed: eight digits, or day, month and a four-digit year with separators."""
    if text.isdigit():
        return len(text) == 8
    parts = [p for p in re.split(r"[.,/\- ]+", text) if p]
    return len(parts) == 3 and len(parts[2]) == 4


class DateField(QDateEdit):
    """A date with a calendar; when optional, its lowest value shows as "—" and means no date.

    Typing a whole date over the selected field ("30.06.2027") is read as one date: Qt's own section editing
    takes the digits a section at a time and, with the dots typed too, kept the day or the year of the old date.
    An empty field has no sections to edit at all (Qt showed «—15062027» and then ignored the digits), so any digit
    typed into it starts a date wherever the cursor is, and Backspace or Delete empties an optional field again."""

    def __init__(self, value: date | None = None, optional: bool = False, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self._optional = optional
        self._typed: str | None = None  # what is being typed over the selection, read when complete or left
        if optional:
            self.setMinimumDate(_EMPTY)
            self.setSpecialValueText("—")
        self.set_value(value)

    def is_empty(self) -> bool:
        return self._optional and self.date() == _EMPTY

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        text, edit, key = event.text(), self.lineEdit(), event.key()
        erase = key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if self._typed is None:
            everything = edit.hasSelectedText() and edit.selectedText() == edit.text()
            if erase and (self.is_empty() or everything):
                if self._optional:
                    self._clear()
                else:  # a date is needed: the old one stays unless another is typed
                    self._typed = ""
                    self._put("")
                return
            at_end = not edit.hasSelectedText() and edit.cursorPosition() == len(edit.text())
            if key == Qt.Key.Key_Backspace and at_end and not self.is_empty():
                # erased from its end like any text ("28.06.202", then "1"), down to nothing: Qt's sections kept
                # "..", and on leaving brought the old date back
                self._typed = edit.text()[:-1]
                self._put(self._typed)
                return
            # from the start of the field with text selected (Ctrl+A, a triple click, Tab into the day), or anywhere
            # in an empty one
            starts = edit.hasSelectedText() and edit.selectionStart() == 0
            if not (text.isdigit() and (starts or self.is_empty())):
                super().keyPressEvent(event)
                self._calendar_at_today()  # Alt+Down or F4 opened it
                return
            self._typed = ""
        if text and (text.isdigit() or text in _SEPARATORS):
            if len(self._typed) < 10:
                self._typed += text
                self._put(self._typed)
            if _complete(self._typed):
                self._read_typed()
            return
        if key == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
            self._put(self._typed)
            return
        if key == Qt.Key.Key_Delete:
            return  # the cursor is after the last digit typed: nothing to its right
        if key == Qt.Key.Key_Escape:
            self._typed = None
            self._show_date()
            return
        self._read_typed()  # Enter, Tab, an arrow: the date typed so far, then the key as usual
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mousePressEvent(event)
        self._calendar_at_today()

    def _calendar_at_today(self) -> None:
        """The calendar of an empty field opens at this month, not at January 1900 (the value that means empty).
        Only the page turns: choosing a day there would fill the field."""
        if not self.is_empty() or not self.calendarPopup():
            return
        calendar = self.calendarWidget()
        if calendar is not None and calendar.isVisible():
            today = date.today()
            calendar.setCurrentPage(today.year, today.month)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.is_empty():  # an arrow in an empty field starts from today, not from 1900
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        self._read_typed()  # Tab reaches here before keyPressEvent: the date first, then the next section
        return super().focusNextPrevChild(forward)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._read_typed()
        super().focusOutEvent(event)

    def _read_typed(self) -> None:
        if self._typed is None:
            return
        typed, self._typed = self._typed, None
        if not typed and self._optional:  # all the digits typed erased again: no date
            self._clear()
            return
        self._show_date()  # the whole date back in the field before Qt places its cursor in it again
        # the parts not typed (the month of "15", the century of "15.06.27") come from the date shown, or today's
        shown = date.today() if self.is_empty() else self.date().toPython()
        day = typed_date(typed, shown)
        if day is not None and self.minimumDate().toPython() <= day <= self.maximumDate().toPython():
            self.setDate(QDate(day.year, day.month, day.day))
        elif typed:
            QApplication.beep()  # not a date: the one shown before stays, and shows again
        self._show_date()

    def _clear(self) -> None:
        self._typed = None
        self.setDate(_EMPTY)
        self._show_date()
        self.lineEdit().selectAll()  # the next digit typed starts a date

    def _show_date(self) -> None:
        special = self.specialValueText() and self.date() == self.minimumDate()
        self._put(self.specialValueText() if special else self.textFromDateTime(self.dateTime()))

    def _put(self, text: str) -> None:
        """Shown as typed; Qt is not told, or it would read "31.02.2026" as the 28th on its own."""
        edit = self.lineEdit()
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        self._read_typed()  # Save pressed with a date still being typed takes that date
        if self.is_empty():
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
