"""Small building blocks shared by the pages."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

# No Qt enums here: the empty states show while the window first appears, and PySide6's Qt namespace
# costs ~20 ms to load; a style-sheet property centres a label just as well.
CENTRED = "qproperty-alignment: AlignCenter;"


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


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
    heading = QLabel(title)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    heading.setFont(font)
    heading.setStyleSheet(CENTRED)
    heading.setWordWrap(True)
    layout.addWidget(heading)
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
