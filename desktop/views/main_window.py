"""The main window: navigation to every area, the menus, and the open database in the status bar."""
from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QStackedWidget, QWidget)

from desktop import __version__
from desktop.services.college import get_profile
from desktop.services.database import Database
from desktop.views import database_actions as actions
from desktop.views.context import AppContext, icon
from desktop.views.i18n import LANGUAGE_NAMES
from desktop.views.pages.area_page import AreaPage
from desktop.views.pages.classifier_page import ClassifierPage
from desktop.views.pages.college_page import CollegePage
from desktop.views.pages.contingent_page import ContingentPage
from desktop.views.pages.overview_page import OverviewPage

log = logging.getLogger(__name__)

PAGES = (
    ("overview", QT_TRANSLATE_NOOP("Navigation", "Overview")),
    ("college", QT_TRANSLATE_NOOP("Navigation", "College")),
    ("classifier", QT_TRANSLATE_NOOP("Navigation", "Classifier")),
    ("curricula", QT_TRANSLATE_NOOP("Navigation", "Curricula")),
    ("contingent", QT_TRANSLATE_NOOP("Navigation", "Contingent")),
    ("dual", QT_TRANSLATE_NOOP("Navigation", "Dual training")),
    ("exams", QT_TRANSLATE_NOOP("Navigation", "Demonstration exams")),
    ("nedb", QT_TRANSLATE_NOOP("Navigation", "NEDB")),
    ("reports", QT_TRANSLATE_NOOP("Navigation", "Reports")),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, db: Database, is_demo: bool = False):
        super().__init__()
        self.ctx = ctx
        self.db = db
        self.is_demo = is_demo
        self.pages: dict[str, QWidget] = {}
        self.undo_group = QUndoGroup(self)
        self.setWindowIcon(icon("zhospar"))
        self.setMinimumSize(QSize(960, 600))
        geometry = ctx.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        self._build()

    # --- building -------------------------------------------------------------------------------

    def _build(self, current: str = "overview") -> None:
        """(Re)build menus and pages: on start, after another database opens, after a language change."""
        self.menuBar().clear()
        self._build_menus()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for old in self.pages.values():
            old.deleteLater()
        self.pages = {}
        for number, (key, label) in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(key), QCoreApplication.translate("Navigation", label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
            page = self._make_page(key)
            self.pages[key] = page
            self.stack.addWidget(page)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{number}"))
            shortcut.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(shortcut)
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 24))
        self.nav.currentRowChanged.connect(self._nav_changed)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.show_page(current)
        self._update_titles()

    def _make_page(self, key: str) -> QWidget:
        if key == "overview":
            page = OverviewPage(self.db, self.ctx.language, self.is_demo)
            page.setup_requested.connect(lambda: self.show_page("college"))
            page.demo_requested.connect(self.open_demo)
            return page
        if key == "college":
            page = CollegePage(self.db)
            page.saved.connect(self._profile_saved)
            return page
        if key == "classifier":
            page = ClassifierPage(self.db)
            self.undo_group.addStack(page.undo_stack)
            return page
        if key == "contingent":
            return ContingentPage(self.db)
        return AreaPage(key)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New database…"), self.new_database)
        self._add(file_menu, self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open)
        self._add(file_menu, self.tr("Open the &demo college"), self.open_demo)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        self._fill_recent()
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Back up now"), lambda: actions.backup_now(self, self.db), "Ctrl+B")
        self._add(file_menu, self.tr("R&estore from a backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        view_menu = bar.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.ctx.language)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("Open the &log folder"),
                  lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs))))
        self._add(help_menu, self.tr("Open the &data folder"),
                  lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data))))
        self._add(help_menu, self.tr("&About Zhospar"), self.about)

    def _add(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.ctx.settings.recent_databases()
        for target in recent:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _=False, t=target: self.open_recent(t))
        self.recent_menu.setEnabled(bool(recent))

    # --- navigation -----------------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "overview"

    def show_page(self, key: str) -> None:
        row = [k for k, _ in PAGES].index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)

    def _nav_changed(self, row: int) -> None:
        key = PAGES[row][0]
        leaving = self.stack.currentWidget()
        if isinstance(leaving, CollegePage) and leaving is not self.pages[key] and not leaving.confirm_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(list(self.pages.values()).index(leaving))
            self.nav.blockSignals(False)
            return
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.undo_group.setActiveStack(getattr(page, "undo_stack", None))

    def _update_titles(self) -> None:
        profile = get_profile(self.db)
        name = profile.name(self.ctx.language) if profile else self.tr("new database")
        demo = self.tr(" (demo)") if self.is_demo else ""
        self.setWindowTitle(f"Zhospar — {name}{demo}")
        self.statusBar().clearMessage()
        if not hasattr(self, "db_label"):
            self.db_label = QLabel()
            self.statusBar().addPermanentWidget(self.db_label)
        self.db_label.setText(self.tr("Database: {name}").format(name=self.db.display_name) + demo)

    def _profile_saved(self) -> None:
        self._update_titles()
        overview = self.pages["overview"]
        replacement = self._make_page("overview")
        self.stack.insertWidget(self.stack.indexOf(overview), replacement)
        self.stack.removeWidget(overview)
        overview.deleteLater()
        self.pages["overview"] = replacement
        self.statusBar().showMessage(self.tr("The college profile was saved."), 4000)

    # --- databases ------------------------------------------------------------------------------

    def _can_leave(self) -> bool:
        page = self.pages.get("college")
        return not isinstance(page, CollegePage) or page.confirm_leave()

    def switch_to(self, db: Database | None, target: str | None, is_demo: bool = False) -> None:
        if db is None:
            return
        old = self.db
        self.db, self.is_demo = db, is_demo
        old.close()
        if target and not is_demo:
            self.ctx.settings.add_recent(target)
        log.info("opened %s", db.display_name)
        self._build("overview")

    def new_database(self) -> None:
        if self._can_leave() and (result := actions.ask_new(self, self.ctx)):
            self.switch_to(*result)
            self.show_page("college")

    def open_database(self) -> None:
        if self._can_leave() and (result := actions.ask_open(self, self.ctx)):
            self.switch_to(*result)

    def open_recent(self, target: str) -> None:
        if not self._can_leave():
            return
        db = actions.open_file(self, self.ctx, target)
        if db is None:
            self.ctx.settings.remove_recent(target)
            self._fill_recent()
        self.switch_to(db, target)

    def open_demo(self) -> None:
        if self._can_leave():
            self.switch_to(actions.open_demo(self, self.ctx), None, is_demo=True)

    def restore_backup(self) -> None:
        if self._can_leave() and actions.ask_restore(self, self.db):
            self._build(self.current_key())

    # --- language and the rest ------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language == self.ctx.language or not self._can_leave():
            return
        self.ctx.translations.install(language)
        self.ctx.settings.set_language(language)
        self._build(self.current_key())

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Zhospar"), self.tr(
            "Zhospar {version}\n\nWorking curricula, contingent and NEDB, dual training, demonstration exams and "
            "state reports for Kazakhstan's technical and vocational colleges.\n\nLog file: {log}").format(
                version=__version__, log=self.ctx.paths.log_file))

    def closeEvent(self, event) -> None:
        if not self._can_leave():
            event.ignore()
            return
        self.ctx.settings.set_geometry(self.saveGeometry())
        self.db.close()
        event.accept()
