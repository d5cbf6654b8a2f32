"""The main window: navigation to every area, the menus, and the open database in the status bar."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QWidget

from desktop import __version__
from desktop.views.context import AppContext, icon
from desktop.views.i18n import LANGUAGE_NAMES
from desktop.views.pages.no_database_page import NoDatabasePage
from desktop.views.settings import set_active
from desktop.views.widgets import without_checked

if TYPE_CHECKING:
    from desktop.services.database import Database

# Pages, file actions and services are imported when first needed, so the window shows before
# SQLAlchemy has loaded; the start database opens in a worker meanwhile.

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
    ("grades", QT_TRANSLATE_NOOP("Navigation", "Final grades")),
    ("load", QT_TRANSLATE_NOOP("Navigation", "Teacher load")),
)
KEYS = [key for key, _ in PAGES]
SHORTCUT_DELAY_MS = 60
PREFERRED_SIZE = (1280, 800)
# The title bar and borders a window manager adds around the window, which resize() does not count.
FRAME_ALLOWANCE = (16, 40)


def page_keys(number: int) -> str:
    """Ctrl+1 … Ctrl+9 and Ctrl+0 for the first ten pages, as the digit row goes; the eleventh, Teacher load, takes
    Ctrl+L."""
    return f"Ctrl+{number % 10}" if number <= 10 else "Ctrl+L"


def fitted_geometry(last: QRect | None, free: QRect, least: QSize) -> QRect:
    """Where the window goes on a screen whose free area is `free`: the last run's place and size (None the first
    time: the preferred size, centred), made no larger than the free area less the window manager's frame and
    moved back onto it (the last run may have ended on a larger monitor that is gone)."""
    largest = QSize(max(least.width(), free.width() - FRAME_ALLOWANCE[0]),
                    max(least.height(), free.height() - FRAME_ALLOWANCE[1]))
    if last is not None:
        size, place = last.size().boundedTo(largest), last.topLeft()
    else:
        size = QSize(*PREFERRED_SIZE).boundedTo(largest)
        place = free.topLeft() + QPoint((free.width() - size.width()) // 2,
                                        max(0, (free.height() - size.height() - FRAME_ALLOWANCE[1]) // 2))
    x = max(free.left(), min(place.x(), free.right() + 1 - size.width() - FRAME_ALLOWANCE[0]))
    y = max(free.top(), min(place.y(), free.bottom() + 1 - size.height() - FRAME_ALLOWANCE[1]))
    return QRect(QPoint(x, y), size)


class MainWindow(QMainWindow):
    database_ready = Signal()

    def __init__(self, ctx: AppContext, db: Database | None = None, is_demo: bool = False, loading: bool = False):
        super().__init__()
        self.ctx = ctx
        self.db = db
        self.is_demo = is_demo
        self.loading = loading  # the start database is being opened in a worker
        self.pages: dict[str, QWidget] = {}
        self.page_actions: dict[str, QAction] = {}
        self.db_actions: list[QAction] = []
        self._shortcuts: list[tuple[QAction, str]] = []
        self.undo_group = QUndoGroup(self)
        self.db_label: QLabel | None = None  # the status bar comes with the first database (~8 ms at start)
        self.round_button = None
        self.guide = None  # Help › User guide, made when first asked for
        self.missing_last = ""  # the database of the last run when it could not be found at start
        from desktop.views.access.workstation import Workstation  # noqa: PLC0415

        self.workstation = Workstation(self)
        self.setWindowIcon(icon("zhospar"))
        self.setMinimumSize(QSize(960, 600))
        set_active(ctx.settings)  # the pages remember column widths and splitters through it
        self._place(ctx.settings.geometry())
        self._build()

    def _place(self, saved) -> None:
        """The size and place of the last run, kept within the screen it opens on; the first time, the
        preferred size or the whole free screen (a 1366×768 laptop), never larger: a window taller than
        the screen hides its status bar under the panel."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else QRect(0, 0, *PREFERRED_SIZE)
        last = QRect(self.pos(), self.size()) if saved is not None and self.restoreGeometry(saved) else None
        placed = fitted_geometry(last, free, self.minimumSize())
        self.resize(placed.size())
        self.move(placed.topLeft())

    # --- building -------------------------------------------------------------------------------

    def _build(self, current: str = "overview") -> None:
        """(Re)build menus and navigation: on start, after another database opens, after a language change."""
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        self._shortcuts = []
        self.menuBar().clear()
        self._build_menus()
        for action in self.page_actions.values():
            self.removeAction(action)
        for page in self.pages.values():
            page.deleteLater()
        self.pages, self.page_actions = {}, {}
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        readable = self.readable_pages()
        for number, (key, label) in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(key), QCoreApplication.translate("Navigation", label))
            keys = page_keys(number)
            item.setToolTip(keys)
            self.nav.addItem(item)
            item.setHidden(key not in readable)  # a hidden item needs its list first
            action = QAction(self)
            self._shortcuts.append((action, keys))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            action.setEnabled(key in readable)
            self.addAction(action)
            self.page_actions[key] = action
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 24))
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if self.db is None:
            self._show_no_database()
        else:
            self.nav.currentRowChanged.connect(self._nav_changed)
            self.show_page(current if current in readable else readable[0])
        self._update_titles()
        if self.isVisible():
            self._apply_shortcuts()
        else:
            # Key sequences make PySide build ~100 enum types (~70 ms): the window paints first.
            QTimer.singleShot(SHORTCUT_DELAY_MS, self._apply_shortcuts)

    def _apply_shortcuts(self) -> None:
        # "Ctrl+B", "std:Open" for the platform's own keys, or several joined by "|" (the first is the one menus show).
        for action, shortcut in self._shortcuts:
            keys: dict[str, QKeySequence] = {}
            for part in shortcut.split("|"):
                if part.startswith("std:"):
                    found = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, part[4:]))
                else:
                    found = [QKeySequence(part)]
                keys.update((key.toString(), key) for key in found if key.toString() and key.toString() not in keys)
            action.setShortcuts(list(keys.values()))
        self._shortcuts = []

    def _show_no_database(self) -> None:
        self.nav.setEnabled(False)
        for action in list(self.page_actions.values()) + self.db_actions:
            action.setEnabled(False)
        page = NoDatabasePage(self.loading)
        page.open_requested.connect(self.open_database)
        page.new_requested.connect(self.new_database)
        page.demo_requested.connect(self.open_demo)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def readable_pages(self) -> list[str]:
        from desktop.views.access.workstation import readable_pages  # noqa: PLC0415

        return readable_pages(self.db.actor) if self.db is not None else KEYS

    def drop_page(self, key: str) -> None:
        """Forget a page: it is made again, with its records as they are then, the next time it is shown."""
        page = self.pages.pop(key, None)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    def rebuild_for_user(self) -> None:
        """After signing in as someone else (or a change of one's own role): menus and pages for that role."""
        for key in list(self.pages):
            self.drop_page(key)
        self._build(self.current_key())
        self._update_titles()

    def page(self, key: str) -> QWidget:
        """The page of an area, made the first time it is wanted."""
        if key not in self.pages:
            from desktop.views.workers import busy  # noqa: PLC0415

            with busy(self):  # a page reads its records as it is made: up to half a second on a large college
                self.pages[key] = self._make_page(key)
            self.stack.addWidget(self.pages[key])
        return self.pages[key]

    def _make_page(self, key: str) -> QWidget:
        if key == "overview":
            from desktop.views.pages.overview_page import OverviewPage  # noqa: PLC0415

            page = OverviewPage(self.db, self.ctx.language, self.is_demo)
            page.setup_requested.connect(lambda: self.show_page("college"))
            page.demo_requested.connect(self.open_demo)
            return page
        if key == "college":
            from desktop.views.pages.college_page import CollegePage  # noqa: PLC0415

            page = CollegePage(self.db)
            page.saved.connect(self._profile_saved)
            return page
        if key == "classifier":
            from desktop.views.pages.classifier_page import ClassifierPage  # noqa: PLC0415

            page = ClassifierPage(self.db)
            self.undo_group.addStack(page.undo_stack)
            return page
        if key == "curricula":
            from desktop.views.curricula.page import CurriculaPage  # noqa: PLC0415

            page = CurriculaPage(self.db, self.ctx.language)
            self.undo_group.addStack(page.undo_stack)
            return page
        if key == "contingent":
            from desktop.views.contingent.page import ContingentPage  # noqa: PLC0415

            page = ContingentPage(self.db, self.ctx.language)
            self.undo_group.addStack(page.undo_stack)
            page.changed.connect(lambda: self.pages["nedb"].mark_stale() if "nedb" in self.pages else None)
            return page
        if key == "nedb":
            from desktop.views.contingent.nedb_page import NedbPage  # noqa: PLC0415

            page = NedbPage(self.db, is_demo=self.is_demo)
            page.open_record.connect(self.open_record)
            page.contingent_changed.connect(self._contingent_changed)
            page.exported.connect(self.update_round_reminder)
            return page
        if key == "exams":
            from desktop.views.exams.page import ExamsPage  # noqa: PLC0415

            return ExamsPage(self.db, self.ctx.language)
        if key == "grades":
            from desktop.views.grades.page import GradesPage  # noqa: PLC0415

            page = GradesPage(self.db, self.ctx.language)
            self.undo_group.addStack(page.undo_stack)  # Edit > Undo names the grades saved
            return page
        if key == "load":
            from desktop.views.load.page import LoadPage  # noqa: PLC0415

            page = LoadPage(self.db, self.ctx.language)
            self.undo_group.addStack(page.undo_stack)  # Edit > Undo names the assignment
            return page
        if key == "dual":
            from desktop.views.dual.page import DualPage  # noqa: PLC0415

            page = DualPage(self.db, self.ctx.language)
            self.undo_group.addStack(page.undo_stack)  # Edit > Undo names the contract step
            return page
        from desktop.views.reports.page import ReportsPage  # noqa: PLC0415

        page = ReportsPage(self.db, self.ctx.language)
        page.open_record.connect(self.open_record)
        return page

    def open_record(self, target: str, record_id: int) -> None:
        """Open a student's card or a group from another page (the NEDB check); saving refreshes that page."""
        contingent = self.page("contingent")
        if target == "student":
            contingent.open_card(record_id)
        else:
            contingent.open_group(record_id)

    def _contingent_changed(self) -> None:
        if "contingent" in self.pages:
            self.pages["contingent"].reload()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.db_actions = []
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, "new_database", self.tr("&New database…"), self.new_database)
        self._add(file_menu, "open_database", self.tr("&Open database…"), self.open_database, "std:Open")
        self._add(file_menu, "open_demo", self.tr("Open the &demo college"), self.open_demo)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        self._fill_recent()
        file_menu.addSeparator()
        backup = self._add(file_menu, "backup", self.tr("&Back up now"), self.backup_now, "Ctrl+B")
        restore = self._add(file_menu, "restore", self.tr("R&estore from a backup…"), self.restore_backup)
        self.db_actions += [backup, restore]
        if self.db is not None:
            self.workstation.gate_backups(file_menu, (backup, restore), self.db)
        file_menu.addSeparator()
        self._add(file_menu, "quit", self.tr("&Quit"), self.close, "std:Quit")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        undo.setObjectName("undo")
        redo.setObjectName("redo")
        # Some Linux desktops give Redo only Ctrl+Shift+Z, while colleges' Windows habits and office suites use Ctrl+Y:
        # both work everywhere.
        self._shortcuts += [(undo, "std:Undo"), (redo, "std:Redo|Ctrl+Y|Ctrl+Shift+Z")]
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        view_menu = bar.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.ctx.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        if self.db is not None:
            self.db_actions += self.workstation.add_menu(bar, self.db)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, "user_guide", self.tr("&User guide"), self.show_guide, "F1")
        help_menu.addSeparator()
        self._add(help_menu, "log_folder", self.tr("Open the &log folder"),
                  lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs))))
        self._add(help_menu, "data_folder", self.tr("Open the &data folder"),
                  lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data))))
        self._add(help_menu, "about", self.tr("&About Zhospar"), self.about)

    def _add(self, menu, name: str, text: str, slot, shortcut=None) -> QAction:
        """A menu action; the name (in every language the same) lets tests and tools find it."""
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(without_checked(slot))
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.ctx.settings.recent_databases()
        demo = str(self.ctx.paths.demo_db)
        for target in recent:
            text = self.tr("Demo college ({path})").format(path=target) if target == demo else target
            action = self.recent_menu.addAction(text)
            action.setObjectName("recent_database")
            action.triggered.connect(lambda _=False, t=target: self.open_recent(t))
        self.recent_menu.setEnabled(bool(recent))

    # --- navigation -----------------------------------------------------------------------------

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return KEYS[row] if row >= 0 else "overview"

    def show_page(self, key: str) -> None:
        if self.db is None or key not in self.readable_pages():
            return
        row = KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)

    def _nav_changed(self, row: int) -> None:
        key = KEYS[row]
        leaving = self.stack.currentWidget()
        if leaving is not None and leaving is not self.pages.get(key) and not self._confirm_leave(leaving):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(KEYS.index(next(k for k, p in self.pages.items() if p is leaving)))
            self.nav.blockSignals(False)
            return
        self.workstation.check()  # on SQLite: others' changes are looked for as a page is shown
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.undo_group.setActiveStack(getattr(page, "undo_stack", None))
        if hasattr(page, "on_shown"):  # a page made of other pages' records shows them as they are now
            from desktop.views.workers import busy  # noqa: PLC0415

            with busy(self):  # the reports count every record again
                page.on_shown()

    @staticmethod
    def _confirm_leave(page: QWidget) -> bool:
        confirm = getattr(page, "confirm_leave", None)
        return confirm() if confirm else True

    def _update_titles(self) -> None:
        demo = self.tr(" (demo)") if self.is_demo else ""
        if self.db is None:
            self.setWindowTitle("Zhospar")
            if self.db_label is not None:
                self.db_label.setText("")
            return
        if self.db_label is None:
            self.db_label = QLabel()
            self.statusBar().addPermanentWidget(self.db_label)
        from desktop.services.college import get_profile  # noqa: PLC0415

        profile = get_profile(self.db)
        name = profile.name(self.ctx.language) if profile else self.tr("new database")
        self.setWindowTitle(f"Zhospar — {name}{demo}")
        self.db_label.setText(self.tr("Database: {name}").format(name=self.db.display_name) + demo)
        self.workstation.show_user(self.db)
        self.update_round_reminder()

    def update_round_reminder(self, today=None) -> None:
        """A button in the status bar while an NEDB round is open and the contingent is not yet exported in it."""
        from desktop.services.nedb import round_reminder  # noqa: PLC0415

        reminder = round_reminder(self.db, today) if self.db is not None else None
        if self.round_button is None:
            from PySide6.QtWidgets import QPushButton  # noqa: PLC0415

            self.round_button = QPushButton()
            self.round_button.setObjectName("round_reminder")
            self.round_button.setFlat(True)
            self.round_button.setIcon(icon("warning"))  # the shipped font has no ⚠
            self.round_button.clicked.connect(lambda: self.show_page("nedb"))
            self.statusBar().addWidget(self.round_button)
        visible = reminder is not None and not reminder.exported
        if visible:
            from desktop.views.contingent.nedb_page import round_name  # noqa: PLC0415

            self.round_button.setText(self.tr("NEDB round {round} is open: the contingent is not exported "
                                                     "yet").format(round=round_name(reminder.round)))
        self.round_button.setVisible(visible)

    def _profile_saved(self) -> None:
        self._update_titles()
        self.drop_page("overview")  # rebuilt with the new name the next time it is shown
        self.statusBar().showMessage(self.tr("The college profile was saved."), 4000)

    # --- databases ------------------------------------------------------------------------------

    def _can_leave(self) -> bool:
        return all(self._confirm_leave(page) for page in self.pages.values())

    def open_in_background(self, opener: Callable[[], Database], target: str | None, is_demo: bool,
                           failed: Callable[[BaseException], None]) -> None:
        """Open the start database in a worker once the window is on screen (so the two do not
        compete for the interpreter while the window paints for the first time)."""
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        if not self.loading:
            self.loading = True
            self._build()
        QTimer.singleShot(0, lambda: self._open_now(opener, target, is_demo, failed))

    def _open_now(self, opener, target, is_demo, failed) -> None:
        from desktop.views.workers import run_in_thread  # noqa: PLC0415

        def done(outcome) -> None:
            self.loading = False
            self.unsetCursor()
            if outcome.error is not None:
                self._build()
                failed(outcome.error)
                return
            self.switch_to(outcome.value, target, is_demo)

        self.setCursor(Qt.CursorShape.BusyCursor)  # the window works meanwhile: the arrow with an hourglass
        run_in_thread(opener, done, self)

    def switch_to(self, db: Database | None, target: str | None, is_demo: bool = False) -> None:
        if db is None:
            return
        from desktop.views.access.workstation import start_session  # noqa: PLC0415

        if not start_session(self, db):  # the user gave up signing in: the database open before stays open
            db.close()
            if self.db is None:
                self._build()
            return
        old = self.db
        self.db, self.is_demo = db, is_demo
        if old is not None:
            self.workstation.detach()
            self.workstation.release_holds(self.pages)
            old.close()
        self.workstation.attach(db)
        if is_demo:
            target = str(self.ctx.paths.demo_db)
        if target:
            self.ctx.settings.add_recent(target)
            self.ctx.settings.set_last_database(target)  # reopened at the next start
        log.info("opened %s", db.display_name)
        self.nav.setEnabled(True)
        self._build("overview")
        said = (self.tr("The demo college is open: a made-up college to try everything on.")
                if is_demo else self.tr("Opened: {name}").format(name=db.display_name))
        missing, self.missing_last = self.missing_last, ""
        if missing:
            said = self.tr("The database used last was not found ({path}). {opened}").format(path=missing, opened=said)
        self.statusBar().showMessage(said, 15000)
        self.database_ready.emit()

    def new_database(self) -> None:
        from desktop.views import database_actions  # noqa: PLC0415

        if self._can_leave() and (result := database_actions.ask_new(self, self.ctx)):
            self.switch_to(*result)
            self.show_page("college")

    def open_database(self) -> None:
        from desktop.views import database_actions  # noqa: PLC0415

        if self._can_leave() and (result := database_actions.ask_open(self, self.ctx)):
            self.switch_to(*result)

    def open_recent(self, target: str) -> None:
        from desktop.views import database_actions  # noqa: PLC0415

        if not self._can_leave():
            return
        if target == str(self.ctx.paths.demo_db):
            self.switch_to(database_actions.open_demo(self, self.ctx), target, is_demo=True)
            return
        db = database_actions.open_file(self, self.ctx, target)
        if db is None:
            self.ctx.settings.remove_recent(target)
            self._fill_recent()
        self.switch_to(db, target)

    def open_demo(self) -> None:
        from desktop.views import database_actions  # noqa: PLC0415

        if self._can_leave():
            self.switch_to(database_actions.open_demo(self, self.ctx), None, is_demo=True)

    def backup_now(self) -> None:
        from desktop.views import database_actions  # noqa: PLC0415

        if self.db is not None:
            database_actions.backup_now(self, self.db)

    def restore_backup(self) -> None:
        from desktop.views import database_actions  # noqa: PLC0415

        if self.db is not None and self._can_leave() and database_actions.ask_restore(self, self.db):
            self._build(self.current_key())

    # --- language and the rest ------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language == self.ctx.language or not self._can_leave():
            return
        self.ctx.translations.install(language)
        self.ctx.settings.set_language(language)
        self._build(self.current_key())

    def show_guide(self) -> None:
        """The guide in the interface language, beside the window (one window, brought forward when open)."""
        from desktop.views.help_guide import GuideWindow  # noqa: PLC0415

        if self.guide is None:
            self.guide = GuideWindow(self.ctx.language, self)
        self.guide.show_language(self.ctx.language)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

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
        self.workstation.detach()
        if self.db is not None:
            self.workstation.release_holds(self.pages)
            self.db.close()
        event.accept()
