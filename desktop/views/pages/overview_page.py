"""The first page: a welcome on a new database, the college at a glance on one in use."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.overview import get_overview
from desktop.views.widgets import empty_state, hint, page_title, without_checked


class OverviewPage(QWidget):
    setup_requested = Signal()
    demo_requested = Signal()

    def __init__(self, db, language: str, is_demo: bool, parent=None):
        super().__init__(parent)
        overview = get_overview(db)
        layout = QVBoxLayout(self)
        if overview.profile is None:
            layout.addWidget(page_title(self.tr("Welcome to Zhospar")))
            setup = QPushButton(self.tr("Set up my college"))
            setup.setObjectName("setup")
            setup.setDefault(True)
            setup.clicked.connect(without_checked(self.setup_requested.emit))
            demo = QPushButton(self.tr("Open the demo college"))
            demo.setObjectName("demo")
            demo.clicked.connect(without_checked(self.demo_requested.emit))
            layout.addWidget(empty_state(
                self.tr("This database is new"),
                self.tr("Start by entering your college's profile: its names, BIN, address and director. "
                        "Or look around the demo college first; your own database stays as it is."),
                setup, demo), 1)
            layout.addWidget(self._guide_hint())
            return
        layout.addWidget(page_title(overview.profile.name(language)))
        if is_demo:
            layout.addWidget(hint(self.tr("This is the demo college. Its data is invented; change it freely.")))
        box = QGroupBox(self.tr("At a glance"))
        form = QFormLayout(box)
        locale = QLocale()
        figures = (
            (self.tr("Specialties in the classifier"), overview.specialties),
            (self.tr("Qualifications in the classifier"), overview.qualifications),
            (self.tr("Groups"), overview.groups),
            # Said in full: the NEDB page counts the file, which also carries this academic year's leavers, and a
            # bare "Students" beside a larger number there looked like a mistake in one of them. The leavers are a
            # figure of their own, so the two counts add up on sight.
            (self.tr("Students studying or on leave"), overview.students),
            (self.tr("Left this academic year (still in the NEDB file)"), overview.left_this_year),
        )
        for label, value in figures:
            figure = QLabel(locale.toString(value))
            figure.setObjectName("figure")
            form.addRow(label, figure)
        form.addRow(self.tr("Database"), QLabel(db.display_name))
        last = (locale.toString(overview.last_backup, QLocale.FormatType.ShortFormat)
                if overview.last_backup else self.tr("none yet"))
        form.addRow(self.tr("Last backup"), QLabel(last))
        layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(self._guide_hint())

    def _guide_hint(self) -> QLabel:
        """Where the guide is: a first-time user does not look in the Help menu unprompted."""
        label = hint(self.tr("Help › User guide (F1): a short guide to a day's work, from the first curriculum to "
                             "the report pack."))
        label.setObjectName("guide_hint")
        return label
