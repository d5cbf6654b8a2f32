"""Small building blocks shared by the pages."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

# No Qt enums here: the empty states show while the window first appears, and PySide6's Qt namespace
# costs ~20 ms to load; a style-sheet property centres a label just as well.
CENTRED = "qproperty-alignment: AlignCenter;"


def heading(text: str, scale: float) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def page_title(text: str) -> QLabel:
    return heading(text, 1.5)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def empty_state(title: str, body: str, *buttons: QWidget) -> QFrame:
    """What a page shows while it has nothing: what belongs here and the action that fills it."""
    frame = QFrame()
    layout = QVBoxLayout(frame)
    layout.addStretch(1)
    title_label = heading(title, 1.25)
    title_label.setStyleSheet(CENTRED)
    layout.addWidget(title_label)
    text = QLabel(body)
    text.setWordWrap(True)
    text.setStyleSheet(CENTRED)
    layout.addWidget(text)
    for button in buttons:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addStretch(2)
    return frame


def row_table(model, single: bool = False) -> QTableView:
    """A read-only table of rows: sortable, whole rows selected, columns fitted to a sample of rows."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    # Fitting columns to every row of a large contingent takes seconds; a sample is enough.
    table.horizontalHeader().setResizeContentsPrecision(60)
    return table


def without_checked(slot):
    """The slot called with no arguments. A button's clicked and an action's triggered carry Qt's `checked` flag,
    which PySide hands to any slot able to take an argument: a slot with an optional id or path took False for
    it (a student's card opened as a blank new student, a contract for student False). Every button and action
    of the views is connected through this or through a lambda that drops the flag (tests/gui check both)."""
    return lambda *_: slot()


def button_row(specs, stretch: bool = True):
    """A row of push buttons from (object name, text, slot) triples, left-aligned."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton  # noqa: PLC0415

    row = QHBoxLayout()
    for key, text, slot in specs:
        button = QPushButton(text)
        button.setObjectName(key)
        button.clicked.connect(without_checked(slot))
        row.addWidget(button)
    if stretch:
        row.addStretch(1)
    return row
