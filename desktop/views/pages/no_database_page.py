"""What the window shows while no database is open: while the start database loads, or after it failed."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.views.widgets import empty_state, without_checked


class NoDatabasePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, loading: bool, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        if loading:
            layout.addWidget(empty_state(self.tr("Opening the database…"), self.tr("One moment, please.")), 1)
            return
        buttons = []
        for name, text, signal in (("open", self.tr("Open a database…"), self.open_requested),
                                   ("new", self.tr("Create a new database…"), self.new_requested),
                                   ("demo", self.tr("Open the demo college"), self.demo_requested)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(without_checked(signal.emit))
            buttons.append(button)
        layout.addWidget(empty_state(self.tr("No database is open"),
                                     self.tr("Open your college's database, create a new one, or look at the demo college."),
                                     *buttons), 1)
