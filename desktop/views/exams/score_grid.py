"""All the candidates' scores of a session in one grid, typed like a spreadsheet: a measured aspect takes its
mark (0 to its maximum), a judged one three judges' whole 0-3; the total and the letter follow every keystroke
that is accepted; Save writes every line at once through the exam services, or nothing."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QDialog, QDialogButtonBox, QLabel,
                               QMessageBox, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.domain.exams import JUDGEMENT_MAX, JUDGES, AspectKind, MarkingError, total_mark
from desktop.domain.roles import Area
from desktop.services import exams
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import show_stale
from desktop.views.access.texts import may_write
from desktop.views.contingent.read_only import make_read_only, read_only_note
from desktop.views.errors import show_validation

FIXED = 4  # candidate, group, absent, retake; then the mark columns; then total and grade
ABSENT, RETAKE = 2, 3
EDIT = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed)


def parse_mark(text: str, judged: bool, maximum: Decimal) -> Decimal | int | None:
    """The mark typed, or None when it is not one: a judge's whole 0-3, a measurement 0 to the maximum with
    at most two decimals (a decimal comma is read as a point)."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if judged:
        return int(value) if value == value.to_integral_value() and 0 <= value <= JUDGEMENT_MAX else None
    if not 0 <= value <= maximum or value != value.quantize(Decimal("0.01")):
        return None
    return value


class _MarkDelegate(QStyledItemDelegate):
    """Refuses a value that is not a mark of its cell, saying which cell and what is allowed."""

    def __init__(self, grid: "ScoreGridDialog"):
        super().__init__(grid)
        self.grid = grid

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        self.grid.set_mark(index.row(), index.column(), editor.text())


class ScoreTable(QTableWidget):
    """Enter moves down, Tab right (Qt's own), Delete clears the selected marks, typing replaces a mark."""

    def __init__(self, grid: "ScoreGridDialog", rows: int, columns: int):
        super().__init__(rows, columns)
        self.grid = grid

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        refused, self.grid.refused = self.grid.refused, False
        if refused:  # stays on the cell refused, to be typed again
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter or Return
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._down()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.grid.clear_cells([(i.row(), i.column()) for i in self.selectedIndexes()])
                return
        super().keyPressEvent(event)

    def _down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.rowCount():
            self.setCurrentCell(current.row() + 1, current.column())


class _CellEdit(QUndoCommand):
    def __init__(self, grid: "ScoreGridDialog", changes: list[tuple[int, int, str, str]]):
        super().__init__()
        self.grid, self.changes = grid, changes

    def redo(self) -> None:
        for row, column, _, new in self.changes:
            self.grid.write_cell(row, column, new)

    def undo(self) -> None:
        for row, column, old, _ in self.changes:
            self.grid.write_cell(row, column, old)


class ScoreGridDialog(QDialog):
    def __init__(self, db, session_id: int, lines, parent=None, current_student: int | None = None):
        """`lines`: the protocol's candidate lines (student_id, name, group_code), in the order shown."""
        super().__init__(parent)
        self.db, self.session_id = db, session_id
        self.aspects, recorded = exams.session_scores(db, session_id)
        by_student = {line.student_id: line for line in recorded}
        self.lines = [line for line in lines if line.student_id in by_student]
        # each candidate's version as read, given back on Save: a line someone else saved since is refused
        self.versions = {line.student_id: line.version for line in recorded}
        self.candidates = {line.candidate_id: line.student_id for line in recorded}  # what a refusal names
        self.writes = may_write(db, Area.EXAMS)  # a role without the exams reads the grid, typing nothing
        self.scale = exams.grading_scale()
        self.saved = 0
        self.refused = False  # the last value typed was refused: the cursor stays on its cell
        self.setWindowTitle(self.tr("Scores of the session № {id}").format(id=session_id))
        self.resize(1200, 640)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Type a mark and press Enter (down) or Tab (right); Delete clears; Ctrl+Z undoes. "
                              "A judged aspect takes each of the three judges' whole 0 to 3."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        note = read_only_note(db, Area.EXAMS)
        if note is not None:
            hint.hide()
            layout.addWidget(note)
        # (aspect, judge or None) of each mark column
        self.columns = [(a, judge) for a in self.aspects
                        for judge in (range(JUDGES) if a.kind == AspectKind.JUDGEMENT else (None,))]
        self.total_column = FIXED + len(self.columns)
        self.table = ScoreTable(self, len(self.lines), self.total_column + 2)
        self.table.setObjectName("score_grid")
        self.table.setEditTriggers(EDIT if self.writes else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegate(_MarkDelegate(self))
        self.table.setHorizontalHeaderLabels(self._headers())
        self.undo_stack = QUndoStack(self)
        self._loading = True
        for row, line in enumerate(self.lines):
            self._fill(row, line, by_student[line.student_id])
        self._loading = False
        for row in range(len(self.lines)):
            self._show_total(row)
        self.table.itemChanged.connect(self._item_changed)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        make_read_only(db, Area.EXAMS, (), buttons)
        self.read = {line.student_id: entry for line, entry in zip(self.lines, self.entries())}  # as opened
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            QShortcut(keys, self, activated=slot)
        start = next((n for n, line in enumerate(self.lines) if line.student_id == current_student), 0)
        if self.lines and self.columns:
            self.table.setCurrentCell(start, FIXED)

    def _headers(self) -> list[str]:
        headers = [self.tr("Candidate"), self.tr("Group"), self.tr("Absent"), self.tr("Retake")]
        for aspect, judge in self.columns:
            if judge is None:
                headers.append(self.tr("{aspect}\n0–{max}").format(aspect=aspect.code, max=_plain(aspect.max_mark)))
            else:
                headers.append(self.tr("{aspect} judge {n}\n0–3").format(aspect=aspect.code, n=judge + 1))
        return headers + [self.tr("Total"), self.tr("Grade")]

    def _fill(self, row: int, line, recorded) -> None:
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for column, text in ((0, line.name), (1, line.group_code)):
            item = QTableWidgetItem(text)
            item.setFlags(fixed)
            self.table.setItem(row, column, item)
        for column, checked in ((ABSENT, recorded.absent), (RETAKE, recorded.retake)):
            box = QTableWidgetItem()
            box.setFlags(fixed | Qt.ItemFlag.ItemIsUserCheckable if self.writes else fixed)
            box.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, box)
        for offset, (aspect, judge) in enumerate(self.columns):
            given = recorded.scores.get(aspect.code, [])
            index = 0 if judge is None else judge
            text = _plain(given[index]) if len(given) > index else ""
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, FIXED + offset, item)
        for column in (self.total_column, self.total_column + 1):
            item = QTableWidgetItem("")
            item.setFlags(fixed)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)

    # --- typing ----------------------------------------------------------------------------------

    def _refill(self, row: int, recorded) -> None:
        """A line shown again as it is stored (after another computer's save), its version renewed."""
        self._loading = True
        self._fill(row, self.lines[row], recorded)
        self._loading = False
        self._show_total(row)
        self.versions[recorded.student_id] = recorded.version
        self.read[recorded.student_id] = self.entries()[row]

    def mark_column(self, column: int) -> tuple | None:
        return self.columns[column - FIXED] if FIXED <= column < self.total_column else None

    def set_mark(self, row: int, column: int, text: str) -> bool:
        """A typed value: written (undoably) when it is a mark of that cell, else refused and said why."""
        described = self.mark_column(column)
        if described is None:
            return False
        aspect, judge = described
        text = text.strip()
        if text:
            value = parse_mark(text, judge is not None, aspect.max_mark)
            if value is None:
                QMessageBox.warning(self, self.tr("Not a mark"), self.tr(
                    "{candidate}, {cell}: “{value}” is not allowed. Allowed: {allowed}.").format(
                    candidate=self.lines[row].name, cell=self._cell_name(aspect, judge), value=text,
                    allowed=self.tr("a whole 0, 1, 2 or 3") if judge is not None
                    else self.tr("0 to {max}, at most two decimals").format(max=_plain(aspect.max_mark))))
                self.refused = True
                return False
            text = _plain(value)
        old = self.table.item(row, column).text()
        if old != text:
            self.undo_stack.push(_CellEdit(self, [(row, column, old, text)]))
        return True

    def _cell_name(self, aspect, judge) -> str:
        if judge is None:
            return self.tr("aspect {aspect}").format(aspect=aspect.code)
        return self.tr("aspect {aspect}, judge {n}").format(aspect=aspect.code, n=judge + 1)

    def clear_cells(self, cells: list[tuple[int, int]]) -> None:
        changes = [(r, c, self.table.item(r, c).text(), "") for r, c in cells
                   if self.mark_column(c) is not None and self.table.item(r, c).text()]
        if changes:
            self.undo_stack.push(_CellEdit(self, changes))

    def write_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)  # itemChanged shows the new total

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() != self.total_column and item.column() != self.total_column + 1:
            self._show_total(item.row())

    # --- totals and saving -----------------------------------------------------------------------

    def row_scores(self, row: int) -> dict[str, list]:
        """The marks typed in a row by aspect: a judged aspect is listed once any judge's mark is in."""
        scores: dict[str, list] = {}
        for offset, (aspect, judge) in enumerate(self.columns):
            text = self.table.item(row, FIXED + offset).text().strip()
            if judge is None:
                if text:
                    scores[aspect.code] = [Decimal(text.replace(",", "."))]  # shown with a comma in kk/ru
            elif text:
                scores.setdefault(aspect.code, []).append(int(text))
        return scores

    def is_absent(self, row: int) -> bool:
        return self.table.item(row, ABSENT).checkState() == Qt.CheckState.Checked

    def is_retake(self, row: int) -> bool:
        return self.table.item(row, RETAKE).checkState() == Qt.CheckState.Checked

    def _show_total(self, row: int) -> None:
        total_item, grade_item = self.table.item(row, self.total_column), self.table.item(row, self.total_column + 1)
        self._loading = True
        try:
            scores = self.row_scores(row)
            complete = {code: tuple(values) for code, values in scores.items()
                        if next(a for a in self.aspects if a.code == code).kind == AspectKind.MEASUREMENT
                        or len(values) == JUDGES}
            if self.is_absent(row):
                total_item.setText("—")
                grade_item.setText(self.tr("absent"))
            elif not scores:
                total_item.setText("")
                grade_item.setText("")
            else:
                try:
                    total = total_mark(self.aspects, complete)
                    total_item.setText(_plain_total(total))
                    # A row half typed in has a running total but no grade yet: it is not a fail (saving refuses it).
                    finished = len(complete) == len(self.aspects)
                    grade_item.setText(self.scale.band(total).letter if finished else "")
                    grade_item.setToolTip("" if finished else self.tr("unfinished: every aspect needs its marks"))
                except MarkingError:
                    total_item.setText("?")
                    grade_item.setText("")
        finally:
            self._loading = False

    def total_text(self, row: int) -> tuple[str, str]:
        return self.table.item(row, self.total_column).text(), self.table.item(row, self.total_column + 1).text()

    def entries(self) -> list[exams.ScoreEntry]:
        return [exams.ScoreEntry(line.student_id, {} if self.is_absent(row) else
                                 {code: [str(v) if isinstance(v, Decimal) else v for v in values]
                                  for code, values in self.row_scores(row).items()},
                                 self.is_absent(row), self.is_retake(row))
                for row, line in enumerate(self.lines)]

    def changed(self) -> list[tuple[int, exams.ScoreEntry]]:
        """The lines typed in since the grid was read, by row, each with its candidate's version: only they are
        saved (the others, saved meanwhile on another computer, must not be written back as they were read)."""
        return [(row, replace(entry, version=self.versions.get(entry.student_id)))
                for row, entry in enumerate(self.entries()) if entry != self.read.get(entry.student_id)]

    def save(self) -> None:
        changed = self.changed()
        try:
            if changed:
                exams.set_all_scores(self.db, self.session_id, [entry for _, entry in changed])
        except ValidationFailed as error:  # a problem's row is the grid's row number
            show_validation(self, self.tr("Scores not saved"), ValidationFailed([
                replace(p, row=changed[p.row - 1][0] + 1) if p.row and p.row <= len(changed) else p
                for p in error.problems]))
            return
        except StaleRecord as error:
            self._stale(error, dict(changed))
            return
        self.saved = sum(1 for entry in self.entries() if not entry.absent and entry.scores)
        self.accept()

    def _stale(self, error: StaleRecord, changed: dict) -> None:
        """A candidate's line was saved on another computer since the grid was read: nothing was saved; who and
        when, both marks, and the offer to show that line as stored."""
        student_id = self.candidates.get(error.record_id)
        row = next((r for r, entry in changed.items() if entry.student_id == student_id), None)
        if row is None:
            show_stale(self, error, can_reload=False)
            return
        self.table.setCurrentCell(row, FIXED if self.columns else 0)
        name = self.lines[row].name
        labels = {"scores": self.tr("{candidate}: marks").format(candidate=name),
                  "absent": self.tr("{candidate}: absent").format(candidate=name),
                  "retake": self.tr("{candidate}: retake").format(candidate=name)}
        mine = changed[row]
        shown = lambda values: {k: (_marks(v) if k == "scores" else v) for k, v in values.items()}  # noqa: E731
        if show_stale(self, replace(error, theirs=shown(error.theirs)),
                      shown(exams.candidate_fields(mine.scores, mine.absent, mine.retake)), labels):
            stored = {line.student_id: line for line in exams.session_scores(self.db, self.session_id)[1]}
            self._refill(row, stored[mine.student_id])


def _marks(scores: dict) -> str:
    """A candidate's marks in a line: A 18; C 3, 3, 3."""
    return "; ".join(f"{code} {', '.join(_plain(v) for v in values)}" for code, values in (scores or {}).items())


def _comma(text: str) -> str:
    """A decimal comma in a Kazakh or Russian interface (22,5), as the printed protocol writes it."""
    from desktop.views.i18n import current_language  # noqa: PLC0415

    return text.replace(".", ",") if current_language() in ("kk", "ru") else text


def _plain(value) -> str:
    """A mark as typed: 18, 22.5 (22,5 in kk/ru) — never 18.00."""
    number = Decimal(str(value))
    return _comma(str(number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()))


def _plain_total(total: Decimal) -> str:
    """The total as the protocol and the candidates' table print it: 89,5, not 89,50."""
    return _plain(total)
