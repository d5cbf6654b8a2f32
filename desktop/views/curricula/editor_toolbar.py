"""The curriculum editor's toolbar, short enough for a 1366-pixel screen in Kazakh and Russian: the edits of every
minute as buttons, the week grid, the files and versions in a "Curriculum" menu, the names' language in a "View" menu (Export,
Print and the language switch had been hidden behind "»")."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolButton

from desktop.services import curricula
from desktop.views.curricula.cognate import CognateBox
from desktop.views.widgets import without_checked

BUTTONS = ("back", "save", None, "add", "delete", "up", "down", "properties", None, "approve")
# What is done once per plan or per version: a menu (the week grid is edited once a plan).
CURRICULUM_MENU = ("schedule", None, "export", "print", None, "new_version", "archive", None, "copy", "paste")
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
    "curriculum_menu": QT_TRANSLATE_NOOP("CurriculumEditor", "Curriculum"),
    "view_menu": QT_TRANSLATE_NOOP("CurriculumEditor", "View"),
    "names": QT_TRANSLATE_NOOP("CurriculumEditor", "Language of the names shown and edited"),
    "names_kk": QT_TRANSLATE_NOOP("CurriculumEditor", "Names in Kazakh"),
    "names_ru": QT_TRANSLATE_NOOP("CurriculumEditor", "Names in Russian"),
    "cognate": QT_TRANSLATE_NOOP("CurriculumEditor", "Change the cognate qualification"),
}


def _text(key: str) -> str:
    return QCoreApplication.translate(E, TEXTS[key])


def build_toolbar(editor) -> None:
    editor.actions = {}
    draft = editor.status == curricula.DRAFT
    for key, shortcut, slot, edits in (
        ("back", "Esc", editor.close_editor, False),
        ("save", QKeySequence.StandardKey.Save, editor.save, True),
        ("add", "Ins", editor.add_row, True),
        ("properties", "F4", editor.edit_row_properties, False),
        ("delete", "Ctrl+Del", editor.delete_rows, True),
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
    ):
        text = _text(key)
        action = QAction(text, editor)
        action.setObjectName(key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(without_checked(slot))
        action.setEnabled(not edits or draft)
        if key in ICON_ONLY:
            action.setIcon(editor.style().standardIcon(ICON_ONLY[key]))
        editor.addAction(action)
        editor.actions[key] = action
    editor.actions["new_version"].setEnabled(not draft)
    editor.actions["archive"].setEnabled(editor.status == curricula.APPROVED)

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
