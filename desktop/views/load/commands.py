"""The distribution's changes on the page's undo stack. Every change the services make (assign, split, unassign,
the copy of last year, accepting differences) gives back the batch that undoes it, and applying that batch gives
back the one that redoes it: one command serves them all."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services import teacher_load as load
from desktop.services.errors import ValidationFailed
from desktop.views.messages import field_name, message
from desktop.views.undo import SavedCommand
from desktop.views.load.texts import component_name


def refusal_text(problems, row_codes: dict[str, str] | None = None) -> str:
    """The service's refusals in words: the curriculum row by its code and the component by its name, not by the keys
    the batch carries (a batch's place numbers mean nothing to the user, so they are left out)."""
    lines = []
    for problem in problems:
        params = dict(problem.params or {})
        if "component" in params:
            params["component"] = component_name(params["component"])
        if "row" in params and row_codes:
            params["row"] = row_codes.get(params["row"], params["row"])
        lines.append(f"{field_name(problem.field)}: {message(problem.code, params)}")
    return "\n".join(dict.fromkeys(lines))


class LoadBatch(SavedCommand):
    """A batch already applied (pushed after the service call): undo applies its inverse, redo the inverse of that."""

    def __init__(self, db, year: int, inverse: list[load.Change], text: str, after: Callable[[int, set], None],
                 parent_widget: QWidget):
        super().__init__(text)
        self.db, self.year, self.inverse = db, year, inverse
        self.after, self.widget = after, parent_widget

    def _flip(self) -> None:
        groups = {change.group_id for change in self.inverse}
        try:
            self.inverse = load.apply(self.db, self.year, self.inverse)
        except ValidationFailed as error:  # the staff or the curricula changed since: this step cannot come back
            QMessageBox.warning(self.widget, QCoreApplication.translate("LoadPage", "Teacher load"),
                                refusal_text(error.problems))
            self.setObsolete(True)
        self.after(self.year, groups)

    def redo_saved(self) -> None:
        self._flip()

    def undo_saved(self) -> None:
        self._flip()
