"""An undo step for a change the services have already saved when it is pushed: QUndoStack.push calls redo() at
once, which must not save the change a second time; every later redo and undo goes to the command's own
redo_saved / undo_saved. Shared by the pages that save at once (contingent, grades, teacher load, hours taught)."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class SavedCommand(QUndoCommand):
    def __init__(self, text: str):
        super().__init__(text)
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:  # the first redo is the save already made before the push
            self._pushed = False
            return
        self.redo_saved()

    def undo(self) -> None:
        self.undo_saved()

    def redo_saved(self) -> None:
        raise NotImplementedError

    def undo_saved(self) -> None:
        raise NotImplementedError
