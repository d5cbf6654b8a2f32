"""Every button and action of every page, and of every dialog they open, pressed on the demo college, with rows
selected and without, in Kazakh, Russian and English: no crash dialog, no ERROR in the log, no Qt warning.

Modal windows never block: a dialog's exec() walks the dialog instead (its own buttons pressed, depth-limited)
and answers Cancel; message boxes say Yes to a yes/no question (so deleting, finishing… really run) and Discard
to a save-or-discard one; a save dialog gives a file in a temporary folder, an open dialog the last of those
files its filter takes (exports read back in) or Cancel; input dialogs take their default. Each language walks
with no row selected and with the first or the last row of every table selected (English both), and opens each
row as by a double click. The window is not rebuilt between languages but switched, as the View menu does."""
from __future__ import annotations

import logging
import re
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QStandardPaths, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCalendarWidget, QComboBox, QDialog,
                               QFileDialog, QHeaderView, QInputDialog, QMessageBox, QTableView, QTabBar, QTreeView,
                               QWidget)

from desktop.views import errors
from desktop.views.main_window import KEYS

# Menu actions not pressed, each for its reason (by object name, the same in every language).
SKIP_ACTIONS = {
    "quit": "closes the window the walk is in",
    "new_database": "would replace the open demo with a new empty database",
    "open_demo": "would rebuild and reopen the demo (seconds, and a new window under the walk)",
    "recent_database": "would replace the open database",
    "language_kk": "the walk switches languages itself, one after the other",
    "language_ru": "the walk switches languages itself",
    "language_en": "the walk switches languages itself",
}
# Page buttons not pressed: (page class, object name) and why.
SKIP_BUTTONS = {
    ("NoDatabasePage", "new"): "would create and open a new database (its Open… is pressed: it cancels)",
    ("NoDatabasePage", "demo"): "would build the demo the walk already has open",
}
BUTTON_CLASSES = {"QPushButton", "QToolButton", "QCheckBox", "QRadioButton"}  # Qt's own inner buttons aside
# What the offscreen platform says about itself, not about our widgets.
PLATFORM_NOISE = re.compile(r"This plugin does not support|QFont::|propagateSizeHints|offscreen|"
                            r"QPlatformTheme|Could not find the Qt platform plugin", re.IGNORECASE)
# No row selected, the first row, the last (another kind of record: the exams' held session, an old contract).
SELECTION_STATES = {"en": ("none", "first", "last"), "kk": ("none", "last"), "ru": ("none", "first")}


class Walk:
    """What the walk saw go wrong, and how far it got."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.problems: list[tuple[str, str, str]] = []  # where, what kind, what
        self.pressed = 0
        self.dialogs: set[str] = set()
        self.where = ""
        self.depth = 0
        self.max_depth = 2  # a page's dialog, and a dialog it opens (the card's New dual contract…)
        self.states: tuple[str, ...] = ("none", "first")

    def problem(self, kind: str, text: str) -> None:
        self.problems.append((self.where, kind, text))


# --- what is pressed ------------------------------------------------------------------------------------------

def _alive(obj) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def _is_ours(button: QAbstractButton) -> bool:
    if button.metaObject().className() not in BUTTON_CLASSES:
        return False
    parent = button.parentWidget()
    while parent is not None:  # a tab bar's scroll arrows, a calendar's month buttons
        if isinstance(parent, (QTabBar, QCalendarWidget)):
            return False
        parent = parent.parentWidget()
    return True


def _owned_by(widget: QWidget, root: QWidget) -> bool:
    """Inside root and not inside a dialog of its own (those are walked when they are opened)."""
    while widget is not None and widget is not root:
        if isinstance(widget, QDialog):
            return False
        widget = widget.parentWidget()
    return widget is root


def controls(root: QWidget) -> list:
    found = []
    for button in root.findChildren(QAbstractButton):
        if (type(root).__name__, button.objectName()) in SKIP_BUTTONS:
            continue
        if _is_ours(button) and _owned_by(button, root):
            if button.metaObject().className() == "QToolButton" and button.defaultAction() is not None:
                continue  # the action itself is triggered below
            found.append(button)
    for action in root.findChildren(QAction):
        parent = action.parent()
        if action.objectName().startswith("_q_") or action.isSeparator() or action.menu() is not None:
            continue  # Qt's own (a line edit's clear action), separators, submenus
        if isinstance(parent, QWidget) and not (parent is root or _owned_by(parent, root)):
            continue
        found.append(action)
    return found


def _key(control) -> tuple:
    parents = []
    parent = control.parent()
    while parent is not None and len(parents) < 3:
        parents.append(parent.objectName() or parent.metaObject().className())
        parent = parent.parent()
    return (control.metaObject().className(), control.objectName(), control.text(), tuple(parents))


def _inside_qt_widget(widget: QWidget) -> bool:
    """A combo box's popup list, a calendar's grid: parts of one of Qt's widgets, not rows of ours."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def views(root: QWidget) -> list[QAbstractItemView]:
    """The tables, lists and trees of root (a header is an item view too, sharing its table's model: not one)."""
    return [v for v in root.findChildren(QAbstractItemView) if _owned_by(v, root) and v.model() is not None
            and not isinstance(v, QHeaderView) and not _inside_qt_widget(v)]


def set_selection(root: QWidget, state: str) -> None:
    for view in views(root) * 2:  # twice: choosing a row in one view may refill another (a session's candidates)
        if not _alive(view) or view.model() is None or view.selectionModel() is None:
            continue
        if state == "none":
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
        elif view.model().rowCount():
            row = 0 if state == "first" else view.model().rowCount() - 1
            chosen = view.model().index(row, 0)
            if isinstance(view, QTreeView) and view.model().rowCount(chosen):
                chosen = view.model().index(0, 0, chosen)  # a row, not the section heading above it
            if view.currentIndex() == chosen and view.selectionModel().isSelected(chosen):
                continue
            view.setCurrentIndex(chosen)
            if isinstance(view, QTableView):
                view.selectRow(row)


def settle() -> None:
    """Events handled and widgets let go with deleteLater really gone, as after a click in the running app (left
    alive, a closed editor's actions would be pressed, and its progress dialog die inside its own event loop)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def press(control) -> None:
    if isinstance(control, QAction):
        control.trigger()
    else:
        control.click()


def _enabled(control) -> bool:
    return _alive(control) and control.isEnabled()


def walk(walk_state: Walk, root: QWidget, label: str) -> None:
    """Press everything in root once per selection state; what a press brings (an editor opening) is pressed too.
    A press may also take controls away unpressed (the editor's Back closes it before its Print was reached):
    later rounds press again what opened something, until all that was seen has been pressed."""
    outer = walk_state.where
    for state in walk_state.states:
        done: set[tuple] = set()
        seen: set[tuple] = set()
        openers: set[tuple] = set()
        for round_ in range(3):
            again: set[tuple] = set()
            for _ in range(400):  # a bound, not a count: a page has some 30 controls
                if not _alive(root):
                    return
                set_selection(root, state)
                present = {_key(c): c for c in controls(root) if _enabled(c)}
                seen |= present.keys()
                fresh = [k for k in present if k not in done]
                reopen = [k for k in present if k in openers and k not in again] if round_ else []
                if not fresh and not reopen:
                    break
                key = (fresh or reopen)[0]
                done.add(key)
                again.add(key)
                control = present[key]
                walk_state.where = f"{outer} › {label} [{state}] {control.text() or control.objectName()!s}"
                press(control)
                walk_state.pressed += 1
                settle()
                if _alive(root) and {_key(c) for c in controls(root) if _enabled(c)} - seen:
                    openers.add(key)
            if seen <= done:
                break
        if state != "none" and _alive(root):  # a row opened as by a double click
            for view in views(root):
                set_selection(root, state)
                if _alive(view) and view.model() is not None and view.model().rowCount():
                    walk_state.where = f"{outer} › {label} [double-click] {view.objectName()}"
                    view.doubleClicked.emit(view.currentIndex() if view.currentIndex().isValid()
                                            else view.model().index(0, 0))
                    settle()
    walk_state.where = outer


# --- modal windows answered -----------------------------------------------------------------------------------

@contextmanager
def answered(walk_state: Walk, monkeypatch):
    tmp = walk_state.tmp

    def dialog_exec(dialog: QDialog) -> int:
        name = type(dialog).__name__
        walk_state.dialogs.add(name)
        if walk_state.depth < walk_state.max_depth:
            walk_state.depth += 1
            try:
                walk(walk_state, dialog, name)
            finally:
                walk_state.depth -= 1
        return QDialog.DialogCode.Rejected

    def question(parent, title, text, buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                 default=QMessageBox.StandardButton.NoButton):
        for answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard):
            if buttons & answer:
                return answer
        return QMessageBox.StandardButton.Cancel

    def save_name(parent, caption="", directory="", *args, **kwargs):
        return str(tmp / (Path(directory).name or "file")), ""

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", question)
    def open_name(parent, caption="", directory="", filters="", *args, **kwargs):
        """The file this walk saved last that the filter takes (an export read back in); none: Cancel."""
        suffixes = {"." + suffix.lower() for suffix in re.findall(r"\*\.(\w+)", filters)}
        made = sorted((f for f in tmp.iterdir() if f.suffix.lower() in suffixes), key=lambda f: f.stat().st_mtime)
        return (str(made[-1]), "") if made else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, text="", **k: (text or "1", True))
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, current=0, *a, **k: (items[current], True) if items
                        else ("", False))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)  # never start a file manager
    yield


@contextmanager
def watched(walk_state: Walk, monkeypatch, log_file: Path):
    """Crash dialogs (through the application's own excepthook), ERROR records, Qt warnings: all recorded."""
    monkeypatch.setattr(errors, "show_crash", lambda path, details: walk_state.problem("crash dialog", details))
    monkeypatch.setattr(errors, "show_database_problem",
                        lambda parent, error: walk_state.problem("database problem", repr(error)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    errors.install_excepthook(log_file)

    class Errors(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.ERROR:
                walk_state.problem("log ERROR", record.getMessage()[:2000])

    handler = Errors(logging.ERROR)
    logging.getLogger().addHandler(handler)

    def qt_message(kind, context, message) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not PLATFORM_NOISE.search(message) and not (context.category or "").startswith("qt.qpa"):
            walk_state.problem("Qt warning", f"{context.category}: {message}")

    previous = qInstallMessageHandler(qt_message)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        logging.getLogger().removeHandler(handler)


# --- the test -------------------------------------------------------------------------------------------------

@pytest.fixture
def quiet_documents(monkeypatch, tmp_path):
    """The report pack's folder defaults to Documents: a temporary folder instead of the user's."""
    folder = tmp_path / "documents"
    folder.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *a: str(folder))


def walk_window(walk_state: Walk, window, language: str) -> None:
    walk_state.states = SELECTION_STATES[language]
    for key in KEYS:
        walk_state.where = f"{language} {key}"
        window.show_page(key)
        walk(walk_state, window.page(key), key)
    walk_state.where = f"{language} menus"
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if action.isSeparator() or action.objectName() in SKIP_ACTIONS:
                continue
            targets = action.menu().actions() if action.menu() else [action]
            for target in targets:
                if target.objectName() not in SKIP_ACTIONS and target.isEnabled():
                    walk_state.where = f"{language} menu {target.objectName()}"
                    target.trigger()
                    walk_state.pressed += 1
                    settle()


def test_every_button_in_every_language(make_window, demo_db, monkeypatch, tmp_path, paths, quiet_documents):
    walk_state = Walk(tmp_path / "files")
    walk_state.tmp.mkdir()
    started = time.perf_counter()
    timings = {}
    with answered(walk_state, monkeypatch), watched(walk_state, monkeypatch, paths.log_file):
        empty = make_window(None, language="en")  # the page shown while no database is open
        walk_state.where = "no database"
        walk(walk_state, empty.stack.currentWidget(), "no database")
        empty.close()
        window = make_window(demo_db, language="en", is_demo=True)
        for language in ("en", "kk", "ru"):
            begun = time.perf_counter()
            if language != "en":
                window.findChild(QAction, f"language_{language}").trigger()  # the menu's own way
                settle()
                assert window.ctx.language == language
            walk_window(walk_state, window, language)
            timings[language] = round(time.perf_counter() - begun, 1)
    print(f"\n{walk_state.pressed} presses, dialogs {sorted(walk_state.dialogs)}; seconds {timings}, "
          f"in all {time.perf_counter() - started:.1f}")
    assert walk_state.problems == [], "\n\n".join(f"[{where}] {kind}: {text}"
                                                   for where, kind, text in walk_state.problems)
    assert walk_state.pressed > 2000
    assert {"StudentDialog", "ContractDialog", "AppendixDialog", "FormDialog", "GroupDialog", "OrderDialog",
            "RecordsDialog", "TeachersDialog", "EmploymentDialog", "ScoreGridDialog", "NewCurriculumDialog",
            "RowDialog", "ScheduleDialog", "EntryDialog", "NedbImportDialog"} <= walk_state.dialogs


def test_the_walk_sees_a_crash_an_error_in_the_log_and_a_qt_warning(qapp, monkeypatch, tmp_path, paths):
    """The walker itself: each kind of failure it is there to catch is caught, and named by the button."""
    from PySide6.QtCore import qWarning
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    for name, slot in (("raises", lambda: 1 / 0), ("logs", lambda: logging.getLogger("zhospar").error("lost")),
                       ("warns", lambda: qWarning("QTableView: bad span"))):
        button = QPushButton(name)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
    walk_state = Walk(tmp_path)
    walk_state.states = ("none",)
    with answered(walk_state, monkeypatch), watched(walk_state, monkeypatch, paths.log_file):
        walk(walk_state, root, "test")
    assert sorted((where.split()[-1], kind) for where, kind, _ in walk_state.problems) == [
        ("logs", "log ERROR"), ("raises", "crash dialog"), ("raises", "log ERROR"), ("warns", "Qt warning")]
    assert any("ZeroDivisionError" in text for where, kind, text in walk_state.problems if kind == "crash dialog")
