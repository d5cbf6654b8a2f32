"""The curriculum as a tree: sections > modules and subjects > learning outcomes, edited in place.

The model shows an immutable Curriculum; an edit asks the owner (through `edit`) for a new Curriculum,
which comes back through set_curriculum, so every change, undo included, takes one path. The cells
live in Qt (a QStandardItemModel), so repainting a large plan never calls back into Python.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Callable

from PySide6.QtCore import (QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP,
                            Signal)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QStandardItem, QStandardItemModel

from desktop.domain.curriculum import Control, Curriculum, Row, SemesterLoad, Section
from desktop.views.curricula.code_sections import placed_by_code
from desktop.views.names import local_name, row_label, shown_code, stored_code
from desktop.views.widgets import mark_icon

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
_MOVABLE = Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROWS_MIME = "application/x-zhospar-row-ids"
BASIC_CODE = re.compile(r"^(?:БМ|BM)\s*0*(\d{1,2})$", re.IGNORECASE)
NO_NAME = {"kk": QT_TRANSLATE_NOOP("CurriculumColumns", "No Kazakh name: the plan is in Kazakh"),
           "ru": QT_TRANSLATE_NOOP("CurriculumColumns", "No Russian name: the plan is in Russian")}
_FILLED = Qt.ItemDataRole.UserRole + 2
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable
_MISSING = Qt.ItemDataRole.UserRole + 3


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


class CurriculumTreeModel(QStandardItemModel):
    """Qt keeps the cells (so painting never calls back into Python); this class keeps them in step
    with the curriculum and turns typed text into edits."""

    # Text typed into a cell that the cell cannot hold, in words naming the row, the column and what it takes:
    # the cell went back to its old value with nothing said, and the typing looked lost.
    refused = Signal(str)

    def __init__(self, edit: Callable[[Curriculum, str], None], language: str, parent=None):
        super().__init__(parent)
        self._edit = edit  # edit(new_curriculum, description): the owner records it for undo
        self.language = language  # which name column the tree shows: kk or ru
        self.read_only = False
        self.curriculum = Curriculum("", (), "", "")
        self.flagged_rows: set[str] = set()
        self.flag_notes: dict[str, str] = {}
        self._rows: dict[str, Row] = {}
        self._items: dict[str, list[QStandardItem]] = {}  # row id, or "§section", -> its cells
        self._children: dict[str, int] = {}
        self._semesters = 0

    # --- structure ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._rebuild()

    def set_curriculum(self, curriculum: Curriculum) -> bool:
        """Show another version of the curriculum; True when the tree was rebuilt (its shape changed)."""
        old = self.curriculum
        self.curriculum = curriculum
        self._rows = {row.id: row for row in curriculum.rows}
        same_shape = ([(r.id, r.parent, r.section) for r in old.rows] == [(r.id, r.parent, r.section) for r in curriculum.rows]
                      and _semester_count(curriculum) == self._semesters and self._items)
        if not same_shape:
            self._rebuild()
            return True
        touched: set[str] = set()
        for row, before in zip(curriculum.rows, old.rows):
            if row != before:
                self._fill(row)
                touched.add(f"§{row.section.value}")
                if row.parent:
                    touched.add(row.parent)
        for key in touched:
            if key.startswith("§"):
                self._fill_section(Section(key[1:]))
            else:
                self._fill(self._rows[key])
        return False

    def _rebuild(self) -> None:
        self.clear()
        self._items = {}
        self._semesters = _semester_count(self.curriculum)
        self.setColumnCount(len(FIXED) + self._semesters)
        self._children = {}
        for row in self.curriculum.rows:
            if row.parent:
                self._children[row.parent] = self._children.get(row.parent, 0) + 1
        columns = self.columnCount()
        for section in Section:
            if not any(r.section is section for r in self.curriculum.rows):
                continue
            cells = [QStandardItem() for _ in range(columns)]
            for cell in cells:
                cell.setFlags(_SHOWN | (Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags))
                cell.setFont(_bold())
            self._items[f"§{section.value}"] = cells
            self.appendRow(cells)
            self._fill_section(section)
        for row in self.curriculum.rows:
            cells = [QStandardItem() for _ in range(columns)]
            cells[0].setData(row.id, ROW_ID_ROLE)
            self._items[row.id] = cells
            holder = self._items.get(row.parent) if row.parent else None
            holder = holder or self._items[f"§{row.section.value}"]
            holder[0].appendRow(cells)
        for row in self.curriculum.rows:
            self._fill(row)
        for key in self.flagged_rows & set(self._rows):
            self._tint(key, True)

    def _fill(self, row: Row) -> None:
        cells = self._items[row.id]
        module = self._children.get(row.id, 0) > 0
        for column, cell in enumerate(cells):
            text = self._cell(row, column)
            if cell.text() != text:
                cell.setText(text)
        self._mark_missing_name(row, cells[1])
        if cells[0].data(_FILLED) is None:  # what does not change with the numbers, set once
            for column, cell in enumerate(cells):
                editable = not self.read_only and not (module and column >= 2)
                flags = _EDITABLE if editable else _SHOWN
                if not self.read_only:
                    flags |= _MOVABLE
                cell.setFlags(flags)
                if column >= 2:
                    cell.setTextAlignment(_RIGHT)
                if module:
                    cell.setFont(_bold())
            cells[0].setData(True, _FILLED)

    def _mark_missing_name(self, row: Row, cell: QStandardItem) -> None:
        """A name missing in the plan's own language is marked on its cell (a mark of the view: the rule set has
        no finding for it)."""
        plan = self.curriculum.language if self.curriculum.language in NO_NAME else "kk"
        missing = not (row.name_kk if plan == "kk" else row.name_ru).strip()
        if bool(cell.data(_MISSING)) == missing:
            return
        cell.setData(missing or None, _MISSING)
        cell.setIcon(mark_icon(False) if missing else QIcon())
        self._set_tooltip(row.id, cell)

    def _fill_section(self, section: Section) -> None:
        cells = self._items[f"§{section.value}"]
        cells[1].setText(_translate("CurriculumSections", SECTION_NAMES[section]))
        leaves = [r for r in self.curriculum.rows if r.section is section and not self._children.get(r.id)]
        for column in range(2, len(cells)):
            text = self._sum(leaves, column)
            if cells[column].text() != text:
                cells[column].setText(text)
            cells[column].setTextAlignment(_RIGHT)

    def set_flagged(self, rows: set[str], notes: dict[str, str] | None = None) -> None:
        """Rows named by an error are tinted, and their cells' tooltips say the errors (`notes` by row id)."""
        notes = notes or {}
        changed = ((rows ^ self.flagged_rows) | {k for k in rows if notes.get(k) != self.flag_notes.get(k)}) \
            & set(self._rows)
        self.flagged_rows, self.flag_notes = rows, notes
        for key in changed:
            self._tint(key, key in rows)

    def _tint(self, key: str, flagged: bool) -> None:
        for cell in self._items[key]:
            cell.setBackground(ERROR_BRUSH if flagged else QBrush())
            self._set_tooltip(key, cell)

    def _set_tooltip(self, key: str, cell: QStandardItem) -> None:
        """A missing name's mark and the row's errors, both when a cell has both."""
        plan = self.curriculum.language if self.curriculum.language in NO_NAME else "kk"
        parts = [_translate(C, NO_NAME[plan])] if cell.data(_MISSING) else []
        if key in self.flagged_rows and self.flag_notes.get(key):
            parts.append(self.flag_notes[key])
        cell.setToolTip("\n".join(parts))

    def index_of(self, row_id: str, column: int = 0) -> QModelIndex:
        cells = self._items.get(row_id)
        return cells[column].index() if cells and column < len(cells) else QModelIndex()

    def column_field(self, column: int) -> str:
        return FIXED[column][0] if column < len(FIXED) else f"S{column - len(FIXED) + 1}"

    def row_of(self, index: QModelIndex | QPersistentModelIndex) -> Row | None:
        if not index.isValid():
            return None
        key = index.siblingAtColumn(0).data(ROW_ID_ROLE)
        return self._rows.get(key) if key else None

    # --- texts ----------------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        if section < len(FIXED):
            return two_lines(_translate(C, FIXED[section][1]))
        return QCoreApplication.translate("CurriculumColumns", "S{number}").format(number=section - len(FIXED) + 1)

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

    def _cell(self, row: Row, column: int) -> str:
        name = self.column_field(column)
        if name == "code":
            return shown_code(row.code)  # "ПМ 02" in the Russian interface; "КМ 02" is what stays stored
        if name == "name":
            return local_name(row.name_kk, row.name_ru, language=self.language)
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
        return str(value) if value else ""

    # --- drag to reorder ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({key for i in indexes if (key := i.siblingAtColumn(0).data(ROW_ID_ROLE))},
                     key=[r.id for r in self.curriculum.rows].index)
        data = QMimeData()
        data.setData(ROWS_MIME, json.dumps(ids).encode("utf-8"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        """Reorder rows among their siblings through the edit path; Qt itself moves nothing, so undo
        and the rule check see the drop like any other edit."""
        if self.read_only or not data.hasFormat(ROWS_MIME):
            return False
        ids = json.loads(bytes(data.data(ROWS_MIME)).decode("utf-8"))
        moved = [self._rows[i] for i in ids if i in self._rows]
        if not moved:
            return False
        target = parent.siblingAtColumn(0).data(ROW_ID_ROLE) if parent.isValid() else None
        if row < 0 and target is not None:  # dropped onto a row: just after it, as its sibling
            anchor = self._rows[target]
            siblings = [r for r in self.curriculum.rows if r.section is anchor.section and r.parent == anchor.parent]
            position = siblings.index(anchor) + 1
        else:
            anchor = moved[0]
            siblings = [r for r in self.curriculum.rows if r.section is anchor.section and r.parent == anchor.parent]
            position = len(siblings) if row < 0 else row
        if any(m.section is not anchor.section or m.parent != anchor.parent for m in moved):
            return False  # a row moves among its own siblings only
        kept = [r for r in siblings if r not in moved]
        position -= sum(1 for r in siblings[:position] if r in moved)
        ordered = iter(kept[:position] + moved + kept[position:])
        sibling_ids = {r.id for r in siblings}
        rows = tuple(next(ordered) if r.id in sibling_ids else r for r in self.curriculum.rows)
        if rows == self.curriculum.rows:
            return False
        self._edit(replace(self.curriculum, rows=rows),
                   QCoreApplication.translate("CurriculumEditor", "Move {code}").format(code=row_label(moved[0])))
        return False

    # --- editing --------------------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return super().setData(index, value, role)
        row = self.row_of(index)
        if row is None or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        changed = edited_row(row, self.column_field(index.column()), str(value), self.language)
        if changed is None:
            self.refused.emit(self.refusal_text(row, index.column(), str(value)))
            return False
        if changed == row:
            return True
        rows = tuple(changed if r.id == row.id else r for r in self.curriculum.rows)
        if changed.code != row.code:
            rows = placed_by_code(rows, row.id)  # "БМ 5" typed into a new row under a module: a basic module
        self._edit(replace(self.curriculum, rows=_with_module_sums(rows)),
                   QCoreApplication.translate("CurriculumEditor", "Edit {code}").format(code=row_label(row)))
        return True

    def refusal_text(self, row: Row, column: int, text: str) -> str:
        field = self.column_field(column)
        if field == "credits":
            expected = QCoreApplication.translate("CurriculumEditor", "a number of credits, 0 or more: 4 or 5,5")
        elif field.startswith("S"):
            exam, graded = (_translate(C, CONTROL_SHOWN[c]) for c in (Control.EXAM, Control.GRADED_TEST))
            expected = QCoreApplication.translate(
                "CurriculumEditor", "the hours, then the control letter if there is one: 72, 72 {exam}, 72 {graded}")
            expected = expected.format(exam=exam, graded=graded)
        else:
            expected = QCoreApplication.translate("CurriculumEditor", "a whole number of hours, 0 or more")
        title = str(self.headerData(column, Qt.Orientation.Horizontal)).replace("\n", " ")
        said = QCoreApplication.translate("CurriculumEditor", "{row}, {column}: “{text}” is not taken; type {expected}.")
        return said.format(row=row_label(row), column=title, text=text.strip(), expected=expected)


def two_lines(text: str, longest: int = 10) -> str:
    """A long column title on two lines ("Өндірістік\nоқыту"), so the numbers' columns stay narrow and the
    plan fits a 1366-pixel screen with every title whole."""
    if len(text) <= longest:
        return text
    breaks = [i for i, ch in enumerate(text) if ch == " "] or [i + 1 for i, ch in enumerate(text[:-1]) if ch == "/"]
    if not breaks:
        return text
    middle = min(breaks, key=lambda i: abs(i - len(text) / 2))
    return text[:middle].rstrip() + "\n" + text[middle:].lstrip()


def basic_module_of(code: str) -> int | None:
    """The number of a basic module from its code: "БМ 2", "БМ02", "BM 3" (Kazakh, Russian and Latin letters)."""
    match = BASIC_CODE.match(code.strip())
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def _semester_count(curriculum: Curriculum) -> int:
    used = max((load.semester for row in curriculum.rows for load in row.semesters), default=0)
    return max(curriculum.years * 2, used)


_BOLD: list[QFont] = []


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def _credits_text(value: float) -> str:
    return f"{round(value, 2):g}"


def edited_row(row: Row, field: str, text: str, language: str) -> Row | None:
    """The row after typing text into a field, or None when the text does not fit the field."""
    text = text.strip()
    if field == "code":
        text = stored_code(text, row.code)  # "ПМ 02" typed in the Russian interface stores "КМ 02", as "КМ 02" does
        # "БМ 2" is basic module 2: the number comes with the code (it had to be set in the properties too).
        number = basic_module_of(text)
        if number is None and row.basic_module is not None and basic_module_of(row.code) == row.basic_module:
            return replace(row, code=text, basic_module=None)  # the number had come from the old code
        return replace(row, code=text, basic_module=number or row.basic_module)
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
        loads = tuple(sorted(others + ([SemesterLoad(semester, hours, control)] if hours else []),
                             key=lambda l: l.semester))
        # The row's hours follow its semesters while they were their sum (or not yet typed); hours typed apart
        # from the semesters stay, and the check says where they disagree.
        if not row.hours or row.hours == sum(l.hours for l in row.semesters):
            return replace(row, semesters=loads, hours=sum(l.hours for l in loads), credits=None)
        return replace(row, semesters=loads)
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
