"""The curriculum as a tree: sections > modules and subjects > learning outcomes, edited in place.

The model shows an immutable Curriculum; an edit asks the owner (through `edit`) for a new Curriculum,
which comes back through set_curriculum, so every change, undo included, takes one path.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.curriculum import Control, Curriculum, Row, SemesterLoad, Section

HOURS_PER_CREDIT = 24
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
C = "CurriculumColumns"
FIXED = (
    ("code", QT_TRANSLATE_NOOP("CurriculumColumns", "Code")),
    ("name", QT_TRANSLATE_NOOP("CurriculumColumns", "Name")),
    ("credits", QT_TRANSLATE_NOOP("CurriculumColumns", "Credits")),
    ("hours", QT_TRANSLATE_NOOP("CurriculumColumns", "Hours")),
    ("theory", QT_TRANSLATE_NOOP("CurriculumColumns", "Theory")),
    ("practice", QT_TRANSLATE_NOOP("CurriculumColumns", "Lab./practical")),
    ("course_project", QT_TRANSLATE_NOOP("CurriculumColumns", "Course project")),
    ("production", QT_TRANSLATE_NOOP("CurriculumColumns", "Production training")),
    ("distance", QT_TRANSLATE_NOOP("CurriculumColumns", "Distance")),
)
SECTION_NAMES = {
    Section.GENERAL: QT_TRANSLATE_NOOP("CurriculumSections", "General-education subjects"),
    Section.BASIC: QT_TRANSLATE_NOOP("CurriculumSections", "Basic modules"),
    Section.PROFESSIONAL: QT_TRANSLATE_NOOP("CurriculumSections", "Professional modules"),
    Section.PRACTICE: QT_TRANSLATE_NOOP("CurriculumSections", "Professional practice and production training"),
    Section.INTERMEDIATE: QT_TRANSLATE_NOOP("CurriculumSections", "Intermediate attestation"),
    Section.FINAL: QT_TRANSLATE_NOOP("CurriculumSections", "Final attestation"),
    Section.CONSULTATIONS: QT_TRANSLATE_NOOP("CurriculumSections", "Consultations"),
    Section.ELECTIVES: QT_TRANSLATE_NOOP("CurriculumSections", "Electives"),
}
# Control forms typed after the hours of a semester ("72 Е"): Kazakh, Russian and English letters.
CONTROL_LETTERS = {"Е": Control.EXAM, "Э": Control.EXAM, "E": Control.EXAM,
                   "С": Control.TEST, "З": Control.TEST, "T": Control.TEST,
                   "СС": Control.GRADED_TEST, "ДЗ": Control.GRADED_TEST, "GT": Control.GRADED_TEST}
CONTROL_SHOWN = {Control.EXAM: QT_TRANSLATE_NOOP("CurriculumColumns", "E"),
                 Control.TEST: QT_TRANSLATE_NOOP("CurriculumColumns", "T"),
                 Control.GRADED_TEST: QT_TRANSLATE_NOOP("CurriculumColumns", "GT")}
ERROR_BRUSH = QBrush(QColor("#fde0dc"))
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable


def _translate(context: str, text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


def parse_semester_cell(text: str) -> tuple[int, Control | None] | None:
    """(hours, control) from "72", "72 Е", "72э"; None when it is not that."""
    text = text.strip().upper().replace(" ", "")
    if not text:
        return 0, None
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits == 0:
        return None
    letters = text[digits:]
    if letters and letters not in CONTROL_LETTERS:
        return None
    return int(text[:digits]), CONTROL_LETTERS.get(letters) if letters else None


class _Node:
    __slots__ = ("key", "parent", "children", "section")

    def __init__(self, key: str, parent: "_Node | None", section: Section | None = None):
        self.key, self.parent, self.children, self.section = key, parent, [], section


class CurriculumTreeModel(QAbstractItemModel):
    def __init__(self, edit: Callable[[Curriculum, str], None], language: str, parent=None):
        super().__init__(parent)
        self._edit = edit  # edit(new_curriculum, description): the owner records it for undo
        self.language = language  # which name column the tree shows: kk or ru
        self.read_only = False
        self.curriculum = Curriculum("", (), "", "")
        self.flagged_rows: set[str] = set()
        self._root = _Node("", None)
        self._nodes: dict[str, _Node] = {}
        self._ids: dict[int, _Node] = {}
        self._semesters = 0
        # Caches of the shown version, rebuilt with it: painting asks for every cell many times.
        self._rows: dict[str, Row] = {}
        self._section_sums: dict[tuple[Section, int], str] = {}

    # --- structure ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def set_curriculum(self, curriculum: Curriculum) -> bool:
        """Show another version of the curriculum; True when the tree was rebuilt (its shape changed)."""
        old = self.curriculum
        self._rows = {row.id: row for row in curriculum.rows}
        self._section_sums = {}
        same_shape = ([(r.id, r.parent, r.section) for r in old.rows] == [(r.id, r.parent, r.section) for r in curriculum.rows]
                      and self._semester_count(curriculum) == self._semesters)
        self.curriculum = curriculum
        if same_shape:
            changed = {r.id for r, o in zip(curriculum.rows, old.rows) if r != o}
            for key in changed:
                node = self._nodes[key]
                self.dataChanged.emit(self._index(node, 0), self._index(node, self.columnCount() - 1))
            for section_node in self._root.children:  # section totals
                self.dataChanged.emit(self._index(section_node, 0), self._index(section_node, self.columnCount() - 1))
            return False
        self.refresh()
        return True

    def set_flagged(self, rows: set[str]) -> None:
        """Rows named by an error are tinted."""
        changed = (rows ^ self.flagged_rows) & set(self._nodes)
        self.flagged_rows = rows
        for key in changed:
            node = self._nodes[key]
            self.dataChanged.emit(self._index(node, 0), self._index(node, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    @staticmethod
    def _semester_count(curriculum: Curriculum) -> int:
        used = max((load.semester for row in curriculum.rows for load in row.semesters), default=0)
        return max(curriculum.years * 2, used)

    def _build(self) -> None:
        self._root = _Node("", None)
        self._nodes, self._ids = {}, {}
        self._semesters = self._semester_count(self.curriculum)
        sections: dict[Section, _Node] = {}
        for section in Section:
            if any(r.section is section for r in self.curriculum.rows):
                node = _Node(f"§{section.value}", self._root, section)
                sections[section] = node
                self._root.children.append(node)
                self._nodes[node.key] = node
        for row in self.curriculum.rows:
            parent = self._nodes.get(row.parent) if row.parent else None
            parent = parent or sections[row.section]
            node = _Node(row.id, parent)
            parent.children.append(node)
            self._nodes[row.id] = node
        self._ids = {id(node): node for node in self._nodes.values()}

    def _index(self, node: _Node, column: int) -> QModelIndex:
        row = node.parent.children.index(node)
        return self.createIndex(row, column, id(node))

    def index_of(self, row_id: str, column: int = 0) -> QModelIndex:
        node = self._nodes.get(row_id)
        return self._index(node, column) if node else QModelIndex()

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return self._ids[index.internalId()] if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if not 0 <= row < len(node.children) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column, id(node.children[row]))

    def parent(self, index=None):  # noqa: D401 - Qt's name; without an index, QObject's parent
        if index is None:
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self._index(node, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(FIXED) + self._semesters

    def column_field(self, column: int) -> str:
        return FIXED[column][0] if column < len(FIXED) else f"S{column - len(FIXED) + 1}"

    def row_of(self, index: QModelIndex | QPersistentModelIndex) -> Row | None:
        node = self._node(index)
        return None if node.section is not None or node is self._root else self._rows[node.key]

    # --- data -----------------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED):
            return _translate(C, FIXED[section][1])
        return QCoreApplication.translate("CurriculumColumns", "S{number}").format(number=section - len(FIXED) + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        if node.section is not None or self.read_only:
            return _SHOWN
        if node.children and index.column() >= 2:  # a module's numbers are its outcomes' sums
            return _SHOWN
        return _EDITABLE

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        if node.section is not None:
            return self._section_data(node, index.column(), role)
        row = self._rows[node.key]
        if role == ROW_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cell(row, index.column(), role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.FontRole and node.children:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self.flagged_rows:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _section_data(self, node: _Node, column: int, role: int):
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 1:  # the name column has room for the section's long name
            return _translate("CurriculumSections", SECTION_NAMES[node.section])
        if column < 2:
            return None
        key = (node.section, column)
        if key not in self._section_sums:
            leaves = [r for r in self.curriculum.rows if r.section is node.section and not self._nodes[r.id].children]
            self._section_sums[key] = self._sum(leaves, column)
        return self._section_sums[key]

    def _sum(self, rows: list[Row], column: int) -> str:
        name = self.column_field(column)
        if name == "credits":
            return _credits_text(sum(r.hours for r in rows) / HOURS_PER_CREDIT)
        if name.startswith("S"):
            semester = int(name[1:])
            total = sum(l.hours for r in rows for l in r.semesters if l.semester == semester)
        else:
            total = sum(getattr(r, name) for r in rows)
        return str(total) if total else ""

    def _cell(self, row: Row, column: int, editing: bool):
        name = self.column_field(column)
        if name == "code":
            return row.code
        if name == "name":
            return row.name_kk if self.language == "kk" else row.name_ru or row.name_kk
        if name == "credits":
            return _credits_text(row.credits if row.credits is not None else row.hours / HOURS_PER_CREDIT)
        if name.startswith("S"):
            semester = int(name[1:])
            load = next((l for l in row.semesters if l.semester == semester), None)
            if load is None:
                return ""
            mark = _translate(C, CONTROL_SHOWN[load.control]) if load.control else ""
            return f"{load.hours} {mark}".strip()
        value = getattr(row, name)
        return str(value) if value or editing else ""

    # --- editing --------------------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_of(index)
        if row is None or role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        changed = edited_row(row, self.column_field(index.column()), str(value), self.language)
        if changed is None:
            return False
        if changed == row:
            return True
        rows = tuple(changed if r.id == row.id else r for r in self.curriculum.rows)
        self._edit(replace(self.curriculum, rows=_with_module_sums(rows)),
                   QCoreApplication.translate("CurriculumEditor", "Edit {code}").format(code=row.code or row.id))
        return True


def _credits_text(value: float) -> str:
    return f"{round(value, 2):g}"


def edited_row(row: Row, field: str, text: str, language: str) -> Row | None:
    """The row after typing text into a field, or None when the text does not fit the field."""
    text = text.strip()
    if field == "code":
        return replace(row, code=text)
    if field == "name":
        return replace(row, name_kk=text) if language == "kk" else replace(row, name_ru=text)
    if field == "credits":
        try:
            credits = float(text.replace(",", "."))
        except ValueError:
            return None
        if credits < 0:
            return None
        hours = round(credits * HOURS_PER_CREDIT)
        return _rescaled(replace(row, credits=credits, hours=hours), row)
    if field.startswith("S"):
        parsed = parse_semester_cell(text)
        if parsed is None:
            return None
        semester = int(field[1:])
        hours, control = parsed
        others = [l for l in row.semesters if l.semester != semester]
        loads = others + ([SemesterLoad(semester, hours, control)] if hours else [])
        return replace(row, semesters=tuple(sorted(loads, key=lambda l: l.semester)))
    try:
        number = int(text or 0)
    except ValueError:
        return None
    if number < 0:
        return None
    if field == "hours":
        return _rescaled(replace(row, hours=number, credits=None), row)
    return replace(row, **{field: number})


def _rescaled(new: Row, old: Row) -> Row:
    """A row whose total changed, keeping its only semester in step (the common case of one semester)."""
    if len(old.semesters) == 1 and old.semesters[0].hours == old.hours:
        load = old.semesters[0]
        return replace(new, semesters=(SemesterLoad(load.semester, new.hours, load.control),))
    return new


def _with_module_sums(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """A module's hours follow its learning outcomes."""
    sums: dict[str, int] = {}
    for row in rows:
        if row.parent:
            sums[row.parent] = sums.get(row.parent, 0) + row.hours
    return tuple(replace(row, hours=sums[row.id], credits=None) if row.id in sums and row.hours != sums[row.id] else row
                 for row in rows)
