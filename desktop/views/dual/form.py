"""A small form dialog described by its fields: the many short records of dual training share it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QFrame, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.services.actors import AccessDenied
from desktop.services.errors import FieldProblem, ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import refused_save
from desktop.views.contingent.fields import DateField
from desktop.views.errors import show_validation


class WrappedLabel(QLabel):
    """A word-wrapped label that keeps the height of all its lines. A form row (and a window's least size) goes by a
    wrapped label's one-line height and cut the rest: «Наименование на / казахском» clipped above and below, a warning
    under a field showing only «должно состоять»."""

    def __init__(self, text: str = "", parent=None, one_line: bool = False):
        """one_line: a form's label asks for the width of its words on one line, so that QFormLayout (WrapLongRows)
        puts a label too long for that above its field, whole, rather than breaking a short one in two beside it."""
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._one_line = one_line

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if not self._one_line or not self.text():
            return hint
        margins = self.contentsMargins()
        # a few pixels over the words' advance: QLabel's own layout rounds up and broke the last word off otherwise
        width = (self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
                 + 2 * self.margin() + 4)
        return QSize(max(width, 1), self.heightForWidth(width))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._hold_lines()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._hold_lines()

    def _hold_lines(self) -> None:
        if self.width() <= 0:
            return
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need >= 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text, lines, date, int, money, bool, choice, checks
    value: Any = None
    choices: tuple[tuple[Any, str], ...] = ()  # (value, label) for choice and checks
    minimum: int = 0
    maximum: int = 10**6
    required: bool = False  # marked "*" after the label; Save names it when it is left empty
    placeholder: str = ""  # an example of the expected form, shown in an empty text field


class FormDialog(QDialog):
    """Shows the fields; on OK calls save(values) and closes unless it raises ValidationFailed (then says why)."""

    def __init__(self, title: str, fields: list[Field], save: Callable[[dict], Any], parent=None,
                 check: Callable[[dict], list[FieldProblem]] | None = None,
                 stale: Callable[["FormDialog", StaleRecord], None] | None = None):
        """stale(dialog, error): a save refused because another computer saved the record since it was read; the
        caller says so (and may reload the fields with set_value). Without it the form says so and closes."""
        super().__init__(parent)
        self._stale = stale
        self.setWindowTitle(title)
        # check(values): what save would refuse, without saving; said together with the empty required fields
        self._save, self._fields, self._check = save, fields, check
        self.result_value: Any = None
        self.refused = False  # a save refused as stale or not allowed: the caller reads the records again
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        body = QWidget()
        form = QFormLayout(body)
        # Long Kazakh and Russian labels go above their fields rather than squeezing them at 1366×768.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            widget = self._widget(field)
            widget.setObjectName(field.name)
            widget.setMinimumWidth(260)
            self.widgets[field.name] = widget
            label = WrappedLabel(f"{field.label} *" if field.required else field.label, one_line=True)
            label.setObjectName(f"{field.name}_label")
            form.addRow(label, widget)
        # A long form (the enterprise's fourteen fields) scrolls inside a dialog that fits the screen.
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        if any(field.required for field in fields):
            note = QLabel(self.tr("* required"))
            note.setObjectName("required_note")
            note.setStyleSheet("color: palette(mid);")
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.button_box = buttons  # a caller adds History… or makes the form read-only
        self._fit(body)

    def _fit(self, body: QWidget) -> None:
        """Wide enough for two-language names, as tall as the fields need, never larger than the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        wanted_height = body.sizeHint().height() + 110
        width, height = 620, wanted_height
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 80)
        self.setMinimumWidth(min(520, width))
        self.resize(width, height)

    @staticmethod
    def _widget(field: Field) -> QWidget:
        if field.kind == "date":
            return DateField(field.value or date.today())
        if field.kind == "int":
            box = QSpinBox()
            box.setRange(field.minimum, field.maximum)
            box.setValue(field.value or field.minimum)
            return box
        if field.kind == "money":
            box = QDoubleSpinBox()
            box.setRange(0, 10**12)
            box.setDecimals(2)
            box.setGroupSeparatorShown(True)
            box.setValue(float(field.value or 0))
            return box
        if field.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(field.value))
            return box
        if field.kind == "choice":
            box = QComboBox()
            for value, label in field.choices:
                box.addItem(label, value)
            if field.value is not None and box.findData(field.value) >= 0:
                box.setCurrentIndex(box.findData(field.value))
            return box
        if field.kind == "checks":
            group = QGroupBox()
            column = QVBoxLayout(group)
            for value, label in field.choices:
                check = QCheckBox(label)
                check.setObjectName(str(value))
                check.setChecked(value in (field.value or ()))
                column.addWidget(check)
            return group
        if field.kind == "lines":
            edit = QPlainTextEdit(field.value or "")
            edit.setFixedHeight(70)
            return edit
        edit = QLineEdit(field.value or "")
        edit.setPlaceholderText(field.placeholder)
        return edit

    def values(self) -> dict:
        values = {}
        for field in self._fields:
            widget = self.widgets[field.name]
            if field.kind == "date":
                values[field.name] = widget.value()
            elif field.kind == "int":
                values[field.name] = widget.value()
            elif field.kind == "money":
                try:
                    values[field.name] = Decimal(str(round(widget.value(), 2)))
                except InvalidOperation:
                    values[field.name] = Decimal(0)
            elif field.kind == "bool":
                values[field.name] = widget.isChecked()
            elif field.kind == "choice":
                values[field.name] = widget.currentData()
            elif field.kind == "checks":
                values[field.name] = {check.objectName() for check in widget.findChildren(QCheckBox) if check.isChecked()}
            elif field.kind == "lines":
                values[field.name] = widget.toPlainText()
            else:
                values[field.name] = widget.text()
        return values

    def set_value(self, name: str, value) -> None:
        """Show `value` in the field `name` (a record read again after another computer's save)."""
        field = next(f for f in self._fields if f.name == name)
        widget = self.widgets[name]
        if field.kind == "date":
            widget.set_value(value)
        elif field.kind == "int":
            widget.setValue(int(value or field.minimum))
        elif field.kind == "money":
            widget.setValue(float(value or 0))
        elif field.kind == "bool":
            widget.setChecked(bool(value))
        elif field.kind == "choice":
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif field.kind == "checks":
            for check in widget.findChildren(QCheckBox):
                check.setChecked(check.objectName() in (value or ()))
        elif field.kind == "lines":
            widget.setPlainText(value or "")
        else:
            widget.setText(value or "")

    def missing(self) -> list[FieldProblem]:
        """The required fields left empty, in the order they are shown."""
        values = self.values()
        return [FieldProblem(f.name, "field.required") for f in self._fields
                if f.required and (values[f.name] is None or (isinstance(values[f.name], str)
                                                              and not values[f.name].strip()))]

    def accept_if_valid(self) -> None:
        missing = self.missing()
        if missing:
            # every problem at once: a BIN of letters is not left for a second Save after the names are typed
            empty = {p.field for p in missing}
            more = [p for p in (self._check(self.values()) if self._check else []) if p.field not in empty]
            self.widgets[missing[0].field].setFocus()
            show_validation(self, self.windowTitle(), ValidationFailed(missing + more))
            return
        try:
            self.result_value = self._save(self.values())
        except ValidationFailed as error:
            show_validation(self, self.windowTitle(), error)
            return
        except (StaleRecord, AccessDenied) as error:  # saved on another computer since, or not this role's to change
            if isinstance(error, StaleRecord) and self._stale is not None:
                self._stale(self, error)
                return
            refused_save(self, error)
            self.refused = True
            self.reject()  # the page reads the record again: the form's values were of the one read before
            return
        self.accept()
