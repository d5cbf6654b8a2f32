"""A read-only table of frozen dataclass rows, described by its columns, sorted when its header is clicked."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from desktop.views.names import value_sort_key

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself, through any proxy
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    context: str
    header: str  # marked with QT_TRANSLATE_NOOP(context, ...)
    value: Callable[[T], Any]
    align_right: bool = False
    sort: Callable[[T], Any] | None = None  # when the order is not the order of the shown value


DATE_FORMAT = "dd.MM.yyyy"  # how dates are written in Kazakhstan, whatever the interface language


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return QLocale().toString(value, DATE_FORMAT)
    return str(value)


class RowTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # what the header's indicator says, once it said it

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))  # reloaded rows keep the order the indicator shows
        self.endResetModel()

    def sort_value(self, row: T, column: int) -> Any:
        described = self._columns[column]
        return described.sort(row) if described.sort else described.value(row)

    def _sorted(self, rows: list[T]) -> list[T]:
        return [rows[i] for i in self._order(rows)]

    def _order(self, rows: list[T]) -> list[int]:
        """Positions of the rows in the indicated order (stable: equal rows keep the service's order)."""
        if self._sort is None:
            return list(range(len(rows)))
        column, order = self._sort
        key = value_sort_key()
        keys = [key(self.sort_value(row, column)) for row in rows]
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks: numbers by value, dates by date, names by the interface locale's alphabet.
        Without this the header showed "№ ▲" over rows left in the order the service gave (2, 3, 1)."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        order_of = self._order(self._rows)
        self._rows = [self._rows[i] for i in order_of]
        moved = {old_row: new_row for new_row, old_row in enumerate(order_of)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) if i.row() in moved else QModelIndex()
                                             for i in old])
        self.layoutChanged.emit()

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == SORT_ROLE:
            value = self.sort_value(row, index.column())
            return value.isoformat() if isinstance(value, date) else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:  # a long text cut by a capped column is read whole on hover
            text = display(column.value(row))
            return text if len(text) > 24 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            return QCoreApplication.translate(column.context, column.header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
