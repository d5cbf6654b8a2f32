"""A read-only table of frozen dataclass rows, described by its columns."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

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

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
            value = column.sort(row) if column.sort else column.value(row)
            return value.isoformat() if isinstance(value, date) else value
        if role == ROW_ROLE:
            return row
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
