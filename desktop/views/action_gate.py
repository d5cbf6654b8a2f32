"""What a page's buttons and keys tell the user. Buttons and actions that need something to act on (a selected row,
a draft): disabled while they lack it, their tooltip saying what to select first, and a word in the status bar if
their key is still pressed (a button that did nothing when nothing was selected looked broken to a new user).
Tooltips that name the keys, the Ctrl+F search field of a list page, and the question before a half-filled form
is closed. Generic over the pages: every list page and the curriculum editor use it."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from desktop.views.widgets import status_message

Reason = Callable[[], "str | None"]  # None when the target can act, else what the user must do first, in words


class ActionGate(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._rules: list[tuple[object, Reason, str]] = []
        self._stand_ins: dict[int, QAction] = {}
        self._roles: dict[int, Reason] = {}

    def writes(self, db, area, *targets) -> None:
        """These targets change records of `area`: disabled for good, saying why, when the signed-in user's role may
        not (the services refuse it anyway; the button should not invite it)."""
        from desktop.views.access.texts import refused_role  # noqa: PLC0415

        reason = refused_role(db, area)
        for target in targets:
            self._roles[id(target)] = reason
            if not any(known is target for known, _reason, _tip in self._rules):
                self.need(target, lambda: None)
        self.update()

    def need(self, target, reason: Reason, keys_on=None) -> None:
        """`target` (a QAction or a button) acts only when reason() is None; its own tooltip is kept for then. An
        action's keys pressed on the widget `keys_on` while it cannot act say why in the status bar (a disabled
        action's keys would otherwise do nothing, silently)."""
        self._rules.append((target, reason, target.toolTip()))
        if keys_on is not None and isinstance(target, QAction) and not target.shortcut().isEmpty():
            stand_in = QAction(keys_on)
            stand_in.setShortcuts(target.shortcuts())
            stand_in.setShortcutContext(target.shortcutContext())
            stand_in.setEnabled(False)
            stand_in.triggered.connect(lambda _=False: self.refused(target, keys_on))
            keys_on.addAction(stand_in)
            self._stand_ins[id(target)] = stand_in

    def follow_action(self, button, action: QAction) -> None:
        """A push button standing for an action: enabled and explained as the action is."""
        def copy() -> None:
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

        action.changed.connect(copy)
        copy()

    def watch_view(self, view, rows: bool = True) -> None:
        """Update whenever the view's selection changes, and its rows unless the owner updates after changing them
        itself (the editor's tree is rebuilt row by row)."""
        view.selectionModel().selectionChanged.connect(self.update)
        if rows:
            model = view.model()
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.update)

    def update(self, *_args) -> None:
        for target, reason, tip in self._rules:
            why = self._why(target, reason)
            target.setEnabled(why is None)
            target.setToolTip(tip if why is None else (f"{tip}\n{why}" if tip else why))
            stand_in = self._stand_ins.get(id(target))
            if stand_in is not None:  # only one of the two holds the keys at a time: never an ambiguous shortcut
                stand_in.setEnabled(why is not None)

    def why_not(self, target) -> str | None:
        for known, reason, _tip in self._rules:
            if known is target:
                return self._why(target, reason)
        return None

    def _why(self, target, reason: Reason) -> str | None:
        role = self._roles.get(id(target))
        return (role() if role is not None else None) or reason()

    def refused(self, target, widget=None) -> bool:
        """True, and the reason said in the status bar, when target cannot act now (for a slot reached by a key or
        by code while its button is disabled)."""
        why = self.why_not(target)
        if why is not None:
            status_message(widget or self.parent(), why)
        return why is not None


def with_keys(action: QAction) -> str:
    """An action's tooltip naming its keys, "Delete (Del)", so the keys can be found by pointing at the button."""
    text = action.text().replace("&", "")
    keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
    return f"{text} ({keys})" if keys else text


def keyed_actions(owner: QWidget, specs) -> dict[str, QAction]:
    """A dialog's actions from (object name, text, keys, slot): keys work anywhere in it, tooltips name them."""
    from PySide6.QtCore import Qt  # noqa: PLC0415

    from desktop.views.widgets import without_checked  # noqa: PLC0415

    actions = {}
    for key, text, keys, slot in specs:
        action = QAction(text, owner)
        action.setObjectName(key)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(with_keys(action))
        action.triggered.connect(without_checked(slot))
        owner.addAction(action)
        actions[key] = action
    return actions


def search_box(owner: QWidget, placeholder: str) -> QLineEdit:
    """A list page's search field, reached with Ctrl+F from anywhere on the page (its placeholder says so)."""
    search = QLineEdit()
    search.setObjectName("search")
    search.setClearButtonEnabled(True)
    search.setPlaceholderText(placeholder)
    search.setToolTip(placeholder)
    find = QAction(owner)
    find.setObjectName("find")
    find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    find.triggered.connect(lambda _=False: (search.setFocus(), search.selectAll()))
    owner.addAction(find)
    return search


def may_discard(dialog, changed: bool) -> bool:
    """True when a form may close: nothing was typed, or the user agrees to lose what was (Escape or Cancel on a
    half-filled student card had dropped it without a word)."""
    if not changed:
        return True
    answer = QMessageBox.question(
        dialog, QCoreApplication.translate("Forms", "Unsaved changes"),
        QCoreApplication.translate("Forms", "Close without saving? What was typed in this form is lost."),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
