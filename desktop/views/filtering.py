"""Search over every column of a table, case-insensitive, with the search text split into words; sorting by
the values (numbers as numbers, names in the interface locale's alphabetical order)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from desktop.views.names import value_sort_key
from desktop.views.table_model import SORT_ROLE


class SearchProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._key = value_sort_key()
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._key = value_sort_key()  # the interface language may have changed since the last sort
        super().sort(column, order)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802 (Qt's name)
        # Qt's own comparison of text is by code point here (Әбенов after Төлеуов) and of mixed kinds undefined.
        return self._key(left.data(SORT_ROLE)) < self._key(right.data(SORT_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = " ".join(str(model.index(source_row, c, source_parent).data() or "")
                        for c in range(model.columnCount(source_parent))).casefold()
        return all(word in text for word in self._words)
