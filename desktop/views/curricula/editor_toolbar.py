"""The curriculum editor's toolbar, short enough for a 1366-pixel screen in Kazakh and Russian: the edits of every
minute as buttons, the week grid, the files and versions in a "Curriculum" menu, the names' language in a "View" menu (Export,
Print and the language switch had been hidden behind "»")."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolButton

from desktop.domain.roles import Area
from desktop.services import curricula
from desktop.views.action_gate import ActionGate, with_keys
from desktop.views.curricula.cognate import CognateBox
from desktop.views.names import row_label
from desktop.views.widgets import without_checked

BUTTONS = ("back", "save", None, "add", "delete", "up", "down", "properties", None, "approve")
# What is done once per plan or per version: a menu (the week grid is edited once a plan).
CURRICULUM_MENU = ("schedule", None, "export", "print", None, "new_version", "archive", None, "copy", "paste", None,
                   "history")
ICON_ONLY = {"back": QStyle.StandardPixmap.SP_ArrowBack, "up": QStyle.StandardPixmap.SP_ArrowUp, "down": QStyle.StandardPixmap.SP_ArrowDown}


E = "CurriculumEditor"  # the texts kept the editor's context when they moved here from editor.py
TEXTS = {
    "back": QT_TRANSLATE_NOOP("CurriculumEditor", "Back to the list"),
    "save": QT_TRANSLATE_NOOP("CurriculumEditor", "Save"),
    "add": QT_TRANSLATE_NOOP("CurriculumEditor", "Add row"),
    "properties": QT_TRANSLATE_NOOP("CurriculumEditor", "Row properties…"),
    "delete": QT_TRANSLATE_NOOP("CurriculumEditor", "Delete rows"),
    "up": QT_TRANSLATE_NOOP("CurriculumEditor", "Move up"),
    "down": QT_TRANSLATE_NOOP("CurriculumEditor", "Move down"),
    "copy": QT_TRANSLATE_NOOP("CurriculumEditor", "Copy rows"),
    "paste": QT_TRANSLATE_NOOP("CurriculumEditor", "Paste rows"),
    "schedule": QT_TRANSLATE_NOOP("CurriculumEditor", "Process schedule…"),
    "approve": QT_TRANSLATE_NOOP("CurriculumEditor", "Approve…"),
    "new_version": QT_TRANSLATE_NOOP("CurriculumEditor", "New version"),
    "archive": QT_TRANSLATE_NOOP("CurriculumEditor", "Archive"),
    "export": QT_TRANSLATE_NOOP("CurriculumEditor", "Export to Excel…"),
    "print": QT_TRANSLATE_NOOP("CurriculumEditor", "Print to PDF…"),
    "history": QT_TRANSLATE_NOOP("CurriculumEditor", "History…"),
    "curriculum_menu": QT_TRANSLATE_NOOP("CurriculumEditor", "Curriculum"),
    "view_menu": QT_TRANSLATE_NOOP("CurriculumEditor", "View"),
    "names": QT_TRANSLATE_NOOP("CurriculumEditor", "Language of the names shown and edited"),
    "names_kk": QT_TRANSLATE_NOOP("CurriculumEditor", "Names in Kazakh"),
    "names_ru": QT_TRANSLATE_NOOP("CurriculumEditor", "Names in Russian"),
    "cognate": QT_TRANSLATE_NOOP("CurriculumEditor", "Change the cognate qualification"),
}
# Why an action cannot act now: its tooltip while it is disabled, and the status bar's word if its key is pressed.
WHY = {
    "approved": QT_TRANSLATE_NOOP("CurriculumEditor", "An approved curriculum is not changed: make a new version of "
                                                      "it (Curriculum menu)."),
    "archived": QT_TRANSLATE_NOOP("CurriculumEditor", "An archived curriculum is not changed: make a new version of "
                                                      "it (Curriculum menu)."),
    "select_rows": QT_TRANSLATE_NOOP("CurriculumEditor", "Select the rows first (a click; Ctrl+click or Shift+click "
                                                         "for more)."),
    "select_row": QT_TRANSLATE_NOOP("CurriculumEditor", "Select a row first."),
    "select_one": QT_TRANSLATE_NOOP("CurriculumEditor", "Select one row to move."),
    "first": QT_TRANSLATE_NOOP("CurriculumEditor", "{code} is already the first of its rows."),
    "last": QT_TRANSLATE_NOOP("CurriculumEditor", "{code} is already the last of its rows."),
    "nothing_copied": QT_TRANSLATE_NOOP("CurriculumEditor", "Nothing copied yet: select rows and copy them "
                                                            "(Ctrl+C)."),
    "already_approved": QT_TRANSLATE_NOOP("CurriculumEditor", "This curriculum is already approved."),
    "draft_version": QT_TRANSLATE_NOOP("CurriculumEditor", "A draft is changed as it is: a new version is made of "
                                                           "an approved curriculum."),
    "archive_draft": QT_TRANSLATE_NOOP("CurriculumEditor", "Only an approved curriculum is archived; a draft can be "
                                                           "deleted from the list."),
    "already_archived": QT_TRANSLATE_NOOP("CurriculumEditor", "This curriculum is already in the archive."),
}


def _text(key: str) -> str:
    return QCoreApplication.translate(E, TEXTS[key])


def _why(key: str) -> str:
    return QCoreApplication.translate(E, WHY[key])


def build_toolbar(editor) -> None:
    editor.actions = {}
    editing: dict[str, bool] = {}
    for key, shortcut, slot, edits in (
        ("back", "Esc", editor.close_editor, False),
        ("save", QKeySequence.StandardKey.Save, editor.save, True),
        ("add", ("Ins", "Ctrl+N"), editor.add_row, True),
        ("properties", "F4", editor.edit_row_properties, False),
        ("delete", "Del", editor.delete_rows, True),
        ("up", "Alt+Up", lambda: editor.move_row(-1), True),
        ("down", "Alt+Down", lambda: editor.move_row(1), True),
        ("copy", QKeySequence.StandardKey.Copy, editor.copy_rows, False),
        ("paste", QKeySequence.StandardKey.Paste, editor.paste_rows, True),
        ("schedule", "Ctrl+G", editor.edit_schedule, False),
        ("approve", None, editor.approve, True),
        ("new_version", None, editor.new_version, False),
        ("archive", None, editor.archive, False),
        ("export", "Ctrl+E", editor.export_excel, False),
        ("print", QKeySequence.StandardKey.Print, editor.print_pdf, False),
        ("history", None, editor.show_history, False),
    ):
        text = _text(key)
        action = QAction(text, editor)
        action.setObjectName(key)
        if shortcut is not None:
            action.setShortcuts([QKeySequence(k) for k in shortcut] if isinstance(shortcut, tuple)
                                else [QKeySequence(shortcut)])
        action.setToolTip(with_keys(action))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(without_checked(slot))
        if key in ICON_ONLY:
            action.setIcon(editor.style().standardIcon(ICON_ONLY[key]))
        editor.addAction(action)
        editor.actions[key] = action
        editing[key] = edits
    _gate(editor, editing)

    bar = editor.toolbar
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for key in BUTTONS:
        if key is None:
            bar.addSeparator()
            continue
        bar.addAction(editor.actions[key])
        if key in ICON_ONLY:  # the arrows say it; their names are in the tooltips
            bar.widgetForAction(editor.actions[key]).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.addSeparator()
    menu = QMenu(editor)
    for key in CURRICULUM_MENU:
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(editor.actions[key])
    bar.addWidget(_menu_button("curriculum_menu", _text("curriculum_menu"), menu))

    view = QMenu(editor)
    group = QActionGroup(editor)
    editor.names_actions = {}
    for language in ("kk", "ru"):
        action = QAction(_text(f"names_{language}"), editor, checkable=True)
        action.setObjectName(f"names_{language}")
        action.setChecked(editor.model.language == language)
        action.triggered.connect(lambda _=False, code=language: editor.set_names_language(code))
        group.addAction(action)
        view.addAction(action)
        editor.names_actions[language] = action
    bar.addWidget(_menu_button("view_menu", _text("view_menu"), view, _text("names")))
    # A detail of the intake, not of a row: an undoable edit like any other, checked at once.
    editor.cognate = CognateBox()
    editor.cognate.clicked.connect(without_checked(lambda: editor.apply(
        replace(editor.model.curriculum, cognate=editor.cognate.isChecked()), _text("cognate"))))
    bar.addWidget(editor.cognate)


def _gate(editor, editing: dict[str, bool]) -> None:
    """Each action disabled while it cannot act, its tooltip saying why: a plan that is not a draft is read-only, row
    actions need rows selected, pasting needs rows copied (they had done nothing, silently)."""
    from desktop.views.curricula.editor import has_copied_rows  # noqa: PLC0415

    def read_only() -> str | None:
        # The plan's own state first; then whether this user here may change it (role, another's hold).
        return ({curricula.APPROVED: _why("approved"), curricula.ARCHIVED: _why("archived")}.get(editor.status)
                or editor.hold.reason())

    def selected() -> str | None:
        return None if editor.selected_ids() else _why("select_rows")

    def movable(step: int) -> str | None:
        ids = editor.selected_ids()
        if len(ids) != 1:
            return _why("select_one")
        if editor.move_target(ids[0], step) is None:
            return _why("first" if step < 0 else "last").format(code=row_label(editor.model.curriculum.row(ids[0])))
        return None

    reasons = {
        "delete": selected,
        "up": lambda: movable(-1),
        "down": lambda: movable(1),
        "properties": lambda: None if editor.selected_ids() else _why("select_row"),
        "copy": selected,
        "paste": lambda: None if has_copied_rows() else _why("nothing_copied"),
        "approve": lambda: {curricula.APPROVED: _why("already_approved"),
                            curricula.ARCHIVED: _why("archived")}.get(editor.status) or editor.hold.reason(),
        "new_version": lambda: _why("draft_version") if editor.status == curricula.DRAFT else None,
        "archive": lambda: {curricula.DRAFT: _why("archive_draft"),
                            curricula.ARCHIVED: _why("already_archived")}.get(editor.status),
    }
    editor.gate = ActionGate(editor)
    for key, action in editor.actions.items():
        own = reasons.get(key)
        if editing.get(key) and key != "approve":
            editor.gate.need(action, (lambda own=own: read_only() or (own() if own else None)), keys_on=editor)
        elif own is not None:
            editor.gate.need(action, own, keys_on=editor)
    # A new version and the archive change curricula too, whoever holds this one.
    editor.gate.writes(editor.db, Area.CURRICULA, editor.actions["new_version"], editor.actions["archive"])
    editor.gate.watch_view(editor.tree, rows=False)  # show_curriculum updates the gate once the tree is rebuilt
    QGuiApplication.clipboard().dataChanged.connect(editor.gate.update)
    editor.gate.update()


def _menu_button(name: str, text: str, menu: QMenu, tip: str = "") -> QToolButton:
    """A button opening its menu. popup(), not the tool button's own menu: that one runs a nested event loop
    on a click, which would block anything pressing the button programmatically (the every-button walk)."""
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip or text)
    button.setArrowType(Qt.ArrowType.DownArrow)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.menu_shown = menu  # for tests and tools: what the button opens
    button.clicked.connect(lambda _=False: menu.popup(button.mapToGlobal(button.rect().bottomLeft())))
    return button
