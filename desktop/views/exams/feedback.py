"""Saying what happened after an action, in the main window's status bar (a page shown alone says nothing)."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

SHOWN_FOR_MS = 10000


def tell(widget: QWidget, text: str) -> None:
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SHOWN_FOR_MS)
