"""The student table: filtering and sorting done on plain Python lists, fast enough for 20,000 rows.

A QSortFilterProxyModel calls back into Python once per row per keystroke; here a filter is one list
comprehension over precomputed search keys (a few milliseconds) and one model reset.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP

from desktop.domain.collation import code_key, name_key
from desktop.domain.contingent import ACTIVE, academic_start
from desktop.services.contingent import StudentRow
from desktop.views.contingent.texts import choice
from desktop.views.i18n import current_language
from desktop.views.table_model import ROW_ROLE, display

HEADERS = (
    QT_TRANSLATE_NOOP("StudentColumns", "Full name"),
    QT_TRANSLATE_NOOP("StudentColumns", "IIN"),
    QT_TRANSLATE_NOOP("StudentColumns", "Birth date"),
    QT_TRANSLATE_NOOP("StudentColumns", "Group"),
    QT_TRANSLATE_NOOP("StudentColumns", "Course"),
    QT_TRANSLATE_NOOP("StudentColumns", "Specialty"),
    QT_TRANSLATE_NOOP("StudentColumns", "Funding"),
    QT_TRANSLATE_NOOP("StudentColumns", "Status"),
)
ACTIVE_STATUSES = "active"  # the status filter's default: studying or on leave


@dataclass(frozen=True)
class StudentFilter:
    text: str = ""
    group_id: int | None = None
    course: int | None = None
    specialty: str | None = None
    language: str | None = None
    funding: str | None = None
    status: str | None = ACTIVE_STATUSES
    category: str | None = None


class StudentTableModel(QAbstractTableModel):
    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self._today = today or date.today()
        self._all: list[StudentRow] = []
        self._courses: list[int | None] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._filter = StudentFilter()
        self._sort_keys: dict[int, list] = {}  # per column, one key per row: computed once, reused by every filter
        self._order: list[int] = []

    # --- data -------------------------------------------------------------------------------------

    def set_rows(self, rows: list[StudentRow], spec: StudentFilter | None = None) -> None:
        """New rows, shown through the given filter (or the current one) in one reset."""
        if spec is not None:
            self._filter = spec
        self._all = rows
        academic = academic_start(self._today).year  # study_year's arithmetic, once for all rows
        self._courses = [None if r.intake_year is None else academic - r.intake_year + 1 for r in rows]
        self._keys = [f"{r.surname} {r.given_name} {r.patronymic} {r.iin} {r.group_code}".casefold() for r in rows]
        self._sort_keys = {}
        self._order = self._sorted_order()
        self._apply()

    def all_rows(self) -> list[StudentRow]:
        return self._all

    def row_at(self, row: int) -> StudentRow:
        return self._all[self._visible[row]]

    def visible_rows(self) -> list[StudentRow]:
        return [self._all[i] for i in self._visible]

    def position_of(self, student_id: int) -> int | None:
        for position, index in enumerate(self._visible):
            if self._all[index].id == student_id:
                return position
        return None

    # --- filtering and sorting -------------------------------------------------------------------

    def set_filter(self, spec: StudentFilter) -> None:
        self._filter = spec
        self._apply()

    def matching(self, spec: StudentFilter) -> int:
        """How many students `spec` would show, the list left as it is (to say where a search's students are)."""
        return len(self._matches(spec))

    def _matches(self, spec: StudentFilter | None = None) -> list[int]:
        f, rows = spec or self._filter, self._all
        words = f.text.casefold().split()
        indices = self._order  # every row in the sort order: what passes the filters stays sorted
        keys = self._keys
        if len(words) == 1:
            word = words[0]
            indices = [i for i in indices if word in keys[i]]
        elif words:
            indices = [i for i in indices if all(w in keys[i] for w in words)]
        # One plain comprehension per active filter, narrowing as it goes: no call per row.
        if f.group_id is not None:
            indices = [i for i in indices if rows[i].group_id == f.group_id]
        if f.course is not None:
            courses = self._courses
            indices = [i for i in indices if courses[i] == f.course]
        if f.specialty:
            indices = [i for i in indices if rows[i].specialty_code == f.specialty]
        if f.language:
            indices = [i for i in indices if rows[i].language == f.language]
        if f.funding:
            indices = [i for i in indices if rows[i].funding == f.funding]
        if f.status == ACTIVE_STATUSES:
            indices = [i for i in indices if rows[i].status in ACTIVE]
        elif f.status:
            indices = [i for i in indices if rows[i].status == f.status]
        if f.category:
            indices = [i for i in indices if rows[i].has_category(f.category)]
        return list(indices)

    def _sort_key(self, column: int):
        """The key of each row for a column, as a lookup by row index (built on first use)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            rows, courses = self._all, self._courses
            # Names by the interface language's alphabet (Әбенов after Абаев, not after Төлеуов), group codes with
            # their numbers read as numbers; a pure-Python key, as a comparison through Qt per pair would be slow.
            language = current_language()
            if column == 0:
                # one key for the three parts: "\x01" sorts before every letter, so the surname decides first
                keys = [name_key(f"{r.surname}\x01{r.given_name}\x01{r.patronymic}", language) for r in rows]
            elif column == 2:
                keys = [str(r.born) if r.born else "" for r in rows]  # ISO text sorts by date
            elif column == 4:
                keys = [c or 0 for c in courses]
            elif column in (3, 5):
                attribute = "group_code" if column == 3 else "specialty_code"
                keys = [(code_key(getattr(r, attribute) or "", language), name_key(r.surname, language))
                        for r in rows]
            elif column == 1:
                keys = [(r.iin or "", name_key(r.surname, language)) for r in rows]
            else:  # by the words shown, in the interface language
                attribute = "funding" if column == 6 else "status"
                words = {value: name_key(choice(value), language) for value in {getattr(r, attribute) for r in rows}}
                keys = [(words[getattr(r, attribute)], name_key(r.surname, language)) for r in rows]
            self._sort_keys[column] = keys
        return keys.__getitem__

    def _sorted_order(self) -> list[int]:
        """Every row index in the current sort order; filtering keeps this order, so a keystroke never sorts."""
        column, order = self._sort
        return sorted(range(len(self._all)), key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def _apply(self) -> None:
        self.beginResetModel()
        self._visible = self._matches()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = self._sorted_order()
        self._visible.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    # --- the model -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        position = self._visible[index.row()]
        row = self._all[position]
        if role == Qt.ItemDataRole.ToolTipRole:  # a name or funding cut by its capped column is read whole
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return text if isinstance(text, str) and len(text) > 24 else None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.full_name
            if column == 1:
                return row.iin
            if column == 2:
                return display(row.birth_date)
            if column == 3:
                return row.group_code
            if column == 4:
                return "" if self._courses[position] is None else str(self._courses[position])
            if column == 5:
                return row.specialty_code
            if column == 6:
                return choice(row.funding)
            return choice(row.status)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("StudentColumns", HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
