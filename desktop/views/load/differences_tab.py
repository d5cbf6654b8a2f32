"""The differences tab: what changed in the curricula since the year's load was distributed (a row removed, its
hours changed, a row added), each to be accepted (a changed row keeps its teacher at the new hours, a removed one
goes back, an added one joins the group's rows to be given out) or looked at in its group first."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from desktop.domain import teacher_load as tl
from desktop.domain.roles import Area
from desktop.services import teacher_load_changes as changes
from desktop.services.errors import ValidationFailed
from desktop.views.action_gate import ActionGate
from desktop.views.column_fit import fit_columns
from desktop.views.load.texts import component_name, short_name
from desktop.views.names import shown_code
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import hint, named_buttons, row_table, status_message

KINDS = {tl.ADDED: QT_TRANSLATE_NOOP("DifferencesTab", "row added"),
         tl.REMOVED: QT_TRANSLATE_NOOP("DifferencesTab", "row removed"),
         tl.CHANGED: QT_TRANSLATE_NOOP("DifferencesTab", "hours changed")}


def _kind(line) -> str:
    return QCoreApplication.translate("DifferencesTab", KINDS.get(line.kind, line.kind))


def _hours(value) -> str:
    return "" if value is None else str(value)


class DifferencesTab(QWidget):
    changed = Signal(object, str, object)  # (the batch undoing the accepted lines, its name, their groups)
    open_group = Signal(int, str)

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.gate = ActionGate(self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "The curricula changed after the load was distributed. Accepting a line: a row whose hours changed keeps "
            "its teacher at the new hours; a removed row is taken from its teacher; an added row joins the group's "
            "rows without a teacher. Ctrl+Z takes an acceptance back. A new version of a curriculum counts once its groups "
            "are moved onto it: Contingent, Groups, Edit…")))
        top, self.buttons = named_buttons((("accept", self.tr("Accept the selected"), self.accept_selected),
                                           ("accept_all", self.tr("Accept all"), self.accept_all),
                                           ("open", self.tr("Show in the group"), self.show_in_group)))
        layout.addLayout(top)
        columns = (
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "What changed"), _kind),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Group"), lambda d: d.group_code),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Sem."), lambda d: d.semester,
                   align_right=True),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Index"), lambda d: shown_code(d.code)),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Subject or module"),
                   lambda d: d.name_ru if self.page.language == "ru" and d.name_ru else d.name_kk),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Kind of hours"),
                   lambda d: component_name(d.component)),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Teacher"),
                   lambda d: short_name(self.page.names.get(d.teacher_id, "")) if d.teacher_id else ""),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Hours given"),
                   lambda d: _hours(d.assigned_hours), align_right=True),
            Column("DifferencesTab", QT_TRANSLATE_NOOP("DifferencesTab", "Hours now"), lambda d: _hours(d.hours),
                   align_right=True),
        )
        self.model = RowTableModel(columns, self)
        self.table = row_table(self.model)
        self.table.setObjectName("differences")
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _: self.show_in_group())
        layout.addWidget(self.table, 1)
        self.gate.need(self.buttons["accept"], self._needs_selection)
        self.gate.need(self.buttons["open"], self._needs_one)
        self.gate.need(self.buttons["accept_all"], lambda: None if self.model.rowCount() else
                       self.tr("Nothing changed in the curricula since the load was distributed."))
        self.gate.watch_view(self.table)
        self.gate.writes(page.db, Area.LOAD, self.buttons["accept"], self.buttons["accept_all"])

    def selected(self) -> list:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _needs_selection(self) -> str | None:
        return None if self.selected() else self.tr("Select the lines to accept first.")

    def _needs_one(self) -> str | None:
        return None if len(self.selected()) == 1 else self.tr("Select one line to see it in its group.")

    def reload(self) -> list:
        lines = self.page.state.differences()
        self.model.set_rows(lines)
        fit_columns(self.table, (4, 5), 4)
        self.gate.update()
        return lines

    def _accept(self, lines: list) -> None:
        if not lines:
            return
        try:
            undo = changes.resolve(self.page.db, self.page.year, lines)
        except ValidationFailed as error:
            self.page.refuse(error.problems)
            return
        self.changed.emit(undo, self.tr("Accept {count} curriculum changes").format(count=len(lines)),
                          {line.group_id for line in lines})
        status_message(self, self.tr("{count} changes accepted.").format(count=len(lines)))

    def accept_selected(self) -> None:
        if not self.gate.refused(self.buttons["accept"], self):
            self._accept(self.selected())

    def accept_all(self) -> None:
        if not self.gate.refused(self.buttons["accept_all"], self):
            self._accept(self.model.rows())

    def show_in_group(self) -> None:
        if not self.gate.refused(self.buttons["open"], self):
            line = self.selected()[0]
            self.open_group.emit(line.group_id, line.row_key)
