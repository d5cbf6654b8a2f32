"""Undo and redo on the Contingent page: each command was already written when pushed; undo writes the
opposite through the services (which refuse when later records build on it)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.services import movements, students
from desktop.services.actors import AccessDenied
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.movements import OrderInput
from desktop.services.students import StudentData
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import refused_save
from desktop.views.errors import show_validation
from desktop.views.undo import SavedCommand


class _Written(SavedCommand):
    def __init__(self, page, text: str):
        super().__init__(text)
        self._page = page

    def _run(self, work) -> None:
        try:
            work()
        except (ValidationFailed, NotFound, StaleRecord, AccessDenied) as error:
            if isinstance(error, ValidationFailed):
                show_validation(self._page, QCoreApplication.translate("ContingentPage", "Cannot undo"), error)
            elif isinstance(error, (StaleRecord, AccessDenied)):  # changed on another computer since: not undone
                refused_save(self._page, error)
            self.setObsolete(True)
        self._page.reload()

    def redo_saved(self) -> None:
        self._run(self.do)

    def undo_saved(self) -> None:
        self._run(self.undo_it)


class EditStudent(_Written):
    """`version`: the student's after the save; an undo or redo over another computer's later save is refused."""

    def __init__(self, page, student_id: int, before: StudentData, after: StudentData, version: int | None = None):
        super().__init__(page, QCoreApplication.translate("ContingentPage", "Edit {name}").format(
            name=f"{after.surname} {after.given_name}"))
        self._id, self._before, self._after, self._version = student_id, before, after, version

    def do(self) -> None:
        self._version = students.update_student(self._page.db, self._id, self._after, self._version)

    def undo_it(self) -> None:
        self._version = students.update_student(self._page.db, self._id, self._before, self._version)


class NewStudent(_Written):
    def __init__(self, page, student_id: int, data: StudentData, group_id: int, order: tuple[str, date] | None):
        super().__init__(page, QCoreApplication.translate("ContingentPage", "New student {name}").format(
            name=f"{data.surname} {data.given_name}"))
        self._id, self._data, self._group, self._order = student_id, data, group_id, order

    def do(self) -> None:
        self._id = students.create_student(self._page.db, self._data, self._group, self._order)

    def undo_it(self) -> None:
        students.remove_new_student(self._page.db, self._id)


class ApplyOrder(_Written):
    def __init__(self, page, order_id: int, order: OrderInput, student_ids: list[int]):
        super().__init__(page, QCoreApplication.translate("ContingentPage", "Order {number}").format(
            number=order.number))
        self._id, self._order, self._students = order_id, order, student_ids

    def do(self) -> None:
        self._id = movements.apply_order(self._page.db, self._order, self._students)

    def undo_it(self) -> None:
        movements.revoke_order(self._page.db, self._id)
