"""The curriculum editor: the tree edited in place, totals per semester and year, findings updated on
every edit, undo and redo for all of it."""
from __future__ import annotations

import json
from dataclasses import replace
from itertools import count

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QSplitter, QTableWidget, QTableWidgetItem, QToolBar, QTreeView, QVBoxLayout, QWidget)

from desktop.domain.curriculum import Curriculum, Row, Section
from desktop.domain.rules import Finding, Severity
from desktop.services import curricula
from desktop.views.curricula.editor_hold import HoldKeeper, banner as hold_banner
from desktop.views.curricula.tree_model import ROW_ID_ROLE, CurriculumTreeModel
from desktop.views.errors import ask_to_save
from desktop.views.names import local_name, row_label, shown_code
from desktop.views.widgets import (column_widths, fit_headers, hint, mark_icon, page_title, remember_sizes,
                                   set_column_widths, status_message)

_COPIED: list = []  # [clipboard text, rows as JSON] of the last copy
YEAR_CODES = ("year_load.over", "year_load.under", "year_load.short_year_too_short")


class ReplaceCurriculum(QUndoCommand):
    """Every edit is a swap of one immutable curriculum for another, so undo is the swap back."""

    def __init__(self, editor: "CurriculumEditor", before: Curriculum, after: Curriculum, text: str):
        super().__init__(text)
        self._editor, self._before, self._after = editor, before, after

    def redo(self) -> None:
        self._editor.show_curriculum(self._after)

    def undo(self) -> None:
        self._editor.show_curriculum(self._before)


class CurriculumEditor(QWidget):
    closed = Signal()
    changed_on_disk = Signal()
    open_other = Signal(int)  # another curriculum to edit (a new version)

    def __init__(self, db, curriculum_id: int, language: str, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.db, self.curriculum_id, self.language = db, curriculum_id, language
        self.undo_stack = undo_stack
        self.undo_stack.clear()
        stored = curricula.get_curriculum(db, curriculum_id)
        self.status = stored.status
        self.row_version = stored.row_version  # what the next save must find stored (no lost update)
        # A draft is held while it is open here; held by another program, or for a role that may not change
        # curricula, it opens read-only and says why.
        self.hold = HoldKeeper(db, curriculum_id, self)
        if self.status == curricula.DRAFT:
            self.hold.take()
        self.hold.lost.connect(self._hold_lost)
        self.hold.seen_version = self.row_version
        self.hold.freed.connect(self._hold_freed)
        self.hold.saved_elsewhere.connect(self.reload_saved)
        self.findings: list[Finding] = []
        self._ids = count(1)
        layout = QVBoxLayout(self)
        self.title = page_title("")
        layout.addWidget(self.title)
        if self.status != curricula.DRAFT:
            # Typing into an approved plan did nothing, with no word why.
            layout.addWidget(hint(self._read_only_text(stored)))
        self.banner = hold_banner()
        layout.addWidget(self.banner)
        self._show_banner()
        self.toolbar = QToolBar()
        layout.addWidget(self.toolbar)
        self.model = CurriculumTreeModel(self.apply, stored.curriculum.language or "kk", self)
        self.model.read_only = not self.editable
        self.model.refused.connect(lambda text: status_message(self, text, 15000))
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        self.totals = QTableWidget()
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("findings")
        self.findings_list.setWordWrap(True)
        self.findings_list.setIconSize(QSize(16, 16))
        self.findings_list.itemClicked.connect(self._select_finding_rows)
        self.findings_list.itemActivated.connect(self._select_finding_rows)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # the rule set's full title is long
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.findings_list, 1)
        # Plan, totals and findings each take what the user gives them (the findings showed four lines);
        # the sizes are remembered per user.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("editor_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.totals)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([400, 90, 200])
        layout.addWidget(self.splitter, 1)
        self._build_actions()
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.show_curriculum(stored.curriculum)
        self.tree.expandAll()
        self._default_widths()
        remember_sizes(self.tree, "curriculum_editor/columns")
        remember_sizes(self.splitter, "curriculum_editor/splitter")

    def _read_only_text(self, stored) -> str:
        when = stored.approved_at.strftime("%d.%m.%Y") if stored.approved_at else ""
        if self.status == curricula.APPROVED and stored.approved_by.strip():
            text = self.tr("Approved by {who} on {date}: it is read-only.").format(who=stored.approved_by.strip(),
                                                                                   date=when)
        elif self.status == curricula.APPROVED:
            text = self.tr("Approved: it is read-only.")
        else:
            text = self.tr("In the archive: it is read-only.")
        return text + " " + self.tr("To change it, make a new version (Curriculum menu).")

    @property
    def editable(self) -> bool:
        return self.status == curricula.DRAFT and self.hold.reason() is None

    def _show_banner(self) -> None:
        text = self.hold.banner_text() if self.status == curricula.DRAFT else ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _hold_lost(self) -> None:
        """Another workstation took the draft over while this one was silent: read-only from now on, what is on
        screen kept (the user is told, and may still export it or copy its rows)."""
        self.show_read_only_state()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The curriculum is read-only now"),
                          self.banner.text(), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("hold_lost")
        box.open()  # not exec(): a heartbeat must not stop the program until the user answers
        self._lost_box = box

    def _hold_freed(self) -> None:
        """The other program let the draft go: it is held here now, read again as they left it, to edit."""
        self.reload_saved()
        status_message(self, self.tr("The curriculum was closed on the other computer: it can be edited here now."))

    def show_read_only_state(self) -> None:
        """The tree, the cognate box, the banner and the actions as editable as the curriculum is now."""
        self.model.read_only = not self.editable
        state = self._view_state()
        self.model.refresh()
        self.tree.expandAll()
        self._restore_view_state(state)
        self.cognate.show_for(self.model.curriculum, editable=self.editable)
        self._show_banner()
        self._update_title()
        self.gate.update()

    def reload_saved(self) -> None:
        """The curriculum as stored now, after a save was refused because another workstation saved first."""
        stored = curricula.get_curriculum(self.db, self.curriculum_id)
        self.status, self.row_version = stored.status, stored.row_version
        self.hold.seen_version = stored.row_version
        self.undo_stack.clear()
        self.show_curriculum(stored.curriculum)
        self.show_read_only_state()
        status_message(self, self.tr("The saved curriculum is shown: {title}").format(title=stored.title))

    def show_history(self) -> None:
        from desktop.views.access.history import show_history  # noqa: PLC0415 - written beside this editor

        show_history(self, self.db, curricula.HOLD_KIND, self.curriculum_id, self.model.curriculum.title)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.hold.watch(self.window())  # known only once the editor is in its window

    def _default_widths(self) -> None:
        self.tree.setColumnWidth(0, 140)  # the code under two levels of indentation: "ЖБП 01", "ОН 3.1"
        self.tree.setColumnWidth(1, 330)
        for column in range(2, self.model.columnCount()):
            self.tree.setColumnWidth(column, 56)
        fit_headers(self.tree)

    # --- actions --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        from desktop.views.curricula.editor_toolbar import build_toolbar  # noqa: PLC0415

        build_toolbar(self)

    def set_names_language(self, language: str) -> None:
        """Show and edit the names in Kazakh or Russian (the View menu of the toolbar)."""
        if language == self.model.language:
            return
        self.model.language = language
        state = self._view_state()
        self.model.refresh()
        self.tree.expandAll()
        self._restore_view_state(state)
        self.names_actions[language].setChecked(True)

    def _view_state(self) -> dict:
        current = self.tree.currentIndex()
        return {"widths": column_widths(self.tree), "v": self.tree.verticalScrollBar().value(),
                "h": self.tree.horizontalScrollBar().value(),
                "current": (current.siblingAtColumn(0).data(ROW_ID_ROLE), current.column()) if current.isValid() else None}

    def _restore_view_state(self, state: dict) -> None:
        """After the tree was rebuilt (an add, delete, move, undo…): the columns as wide as the user left them,
        the same rows in sight and the same row current (the tree had reset to 100-pixel columns at the top)."""
        set_column_widths(self.tree, state["widths"])
        self.tree.doItemsLayout()
        if state["current"] and state["current"][0]:
            index = self.model.index_of(*state["current"])
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.tree.verticalScrollBar().setValue(state["v"])
        self.tree.horizontalScrollBar().setValue(state["h"])

    # --- the one path of every change -----------------------------------------------------------

    def apply(self, curriculum: Curriculum, description: str) -> None:
        """Record an edit (the model and every action call this) and show it."""
        if curriculum == self.model.curriculum:
            return
        self.undo_stack.push(ReplaceCurriculum(self, self.model.curriculum, curriculum, description))

    def show_curriculum(self, curriculum: Curriculum) -> None:
        """Show a curriculum and its check: after an edit, an undo or a redo."""
        state = self._view_state() if self.model.rowCount() else None
        if self.model.set_curriculum(curriculum):
            self.tree.expandAll()
            if state is not None:
                self._restore_view_state(state)
        # The college's classifier too: a specialty or qualification it does not hold is a warning to answer here,
        # not first at approval.
        self.findings = curricula.check_in_college(self.db, curriculum)
        self.cognate.show_for(curriculum, editable=self.editable)
        self._show_findings()
        self._show_totals()
        self._update_title()
        if hasattr(self, "gate"):  # moving a row may bring it to the first or last place
            self.gate.update()

    def detach(self) -> None:
        """Let go of the page's undo stack, which outlives this editor."""
        self.undo_stack.cleanChanged.disconnect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        # The signal also comes while the page's stack is being destroyed: use what it says, never ask the stack.
        self._update_title(clean)

    def _update_title(self, clean: bool | None = None) -> None:
        c = self.model.curriculum
        status = {curricula.DRAFT: self.tr("draft"), curricula.APPROVED: self.tr("approved"),
                  curricula.ARCHIVED: self.tr("archived")}[self.status]
        dirty = "" if (self.undo_stack.isClean() if clean is None else clean) else " *"
        self.title.setText(f"{c.title} — {status}{dirty}")

    def finding_text(self, finding: Finding, texts=None, rules=None) -> str:
        """"Rule name: message" in the interface language, a module's code in it too ("ПМ 03" in Russian, as the tree
        shows it)."""
        texts = texts or curricula.finding_texts()
        rules = rules or curricula.rule_set_for(self.model.curriculum)
        shown = replace(finding, found=shown_code(finding.found, self.language),
                        allowed=shown_code(finding.allowed, self.language))
        said = f"{texts.rule_title(finding.rule, self.language)}: {texts.message(shown, self.language, rules)}"
        row = self._row_named_by(finding)
        # «По семестрам распределено 0 часов, в строке 720» said nothing of which row: its code and name first.
        return f"{self._row_title(row)} — {said}" if row is not None else said

    def _row_named_by(self, finding: Finding) -> Row | None:
        """The one row a finding is about: its only row, or the module whose outcomes it names with it."""
        rows = [r for r in self.model.curriculum.rows if r.id in finding.rows]
        if len(rows) == 1:
            return rows[0]
        modules = [r for r in rows if all(o.parent == r.id for o in rows if o is not r)]
        return modules[0] if len(modules) == 1 and len(rows) > 1 else None

    def _row_title(self, row: Row, longest: int = 50) -> str:
        name = local_name(row.name_kk, row.name_ru, language=self.model.language).strip()
        name = name if len(name) <= longest else name[:longest - 1].rstrip() + "…"
        return " ".join(part for part in (shown_code(row.code, self.language), name) if part) or "—"

    def _show_findings(self) -> None:
        texts, rules = curricula.finding_texts(), curricula.rule_set_for(self.model.curriculum)
        self.findings_list.clear()
        notes: dict[str, list[str]] = {}
        for finding in self.findings:
            text = self.finding_text(finding, texts, rules)
            if finding.severity is Severity.ERROR:
                for row_id in finding.rows:
                    notes.setdefault(row_id, []).append(text)
            # The rule by its name in the interface language; its id (what the command line prints) in the tooltip.
            item = QListWidgetItem(mark_icon(finding.severity is Severity.ERROR), text)
            item.setToolTip(f"{finding.rule} — {texts.source(finding.source, self.language)}")
            item.setData(Qt.ItemDataRole.UserRole, finding.rows)
            self.findings_list.addItem(item)
        # A pink row says why on hover, without looking for it in the list below.
        self.model.set_flagged(set(notes), {key: "\n".join(texts) for key, texts in notes.items()})
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        if self.findings:
            self.summary.setText(self.tr("{errors} errors, {warnings} warnings — rule set {rules}").format(
                errors=errors, warnings=len(self.findings) - errors, rules=rules.title_in(self.language)))
        else:  # "0 errors, 0 warnings" above an empty box read as if the check had not run
            self.summary.setText(self.tr("Every rule is met: no errors, no warnings — rule set {rules}").format(
                rules=rules.title_in(self.language)))
        self.summary.setToolTip(rules.id)

    def _show_totals(self) -> None:
        c = self.model.curriculum
        semesters = self.model.columnCount() - 9
        parents = {r.parent for r in c.rows if r.parent}
        mandatory = [r for r in c.rows if r.id not in parents
                     and r.section not in (Section.CONSULTATIONS, Section.ELECTIVES)]
        per_semester = [sum(l.hours for r in mandatory for l in r.semesters if l.semester == n)
                        for n in range(1, semesters + 1)]
        bad_years = {f.params.get("year") for f in self.findings if f.code in YEAR_CODES}
        self.totals.setRowCount(2)
        self.totals.setColumnCount(semesters)
        self.totals.setVerticalHeaderLabels([self.tr("Hours"), self.tr("Credits per year")])
        self.totals.setHorizontalHeaderLabels([self.tr("S{number}").format(number=n) for n in range(1, semesters + 1)])
        for column, hours in enumerate(per_semester):
            self.totals.setItem(0, column, QTableWidgetItem(str(hours)))
            year = column // 2 + 1
            if column % 2 == 0:
                credits = sum(per_semester[column:column + 2]) / 24
                label = self.tr("Year {year}").format(year=year)
                item = QTableWidgetItem(f"{label}: {credits:g}")
                if year in bad_years:
                    item.setBackground(QBrush(QColor("#fde0dc")))
                self.totals.setItem(1, column, item)
                self.totals.setSpan(1, column, 1, 2)

    def _select_finding_rows(self, item: QListWidgetItem) -> None:
        rows = item.data(Qt.ItemDataRole.UserRole) or ()
        selection = QItemSelection()
        for row_id in rows:
            first = self.model.index_of(row_id, 0)
            if first.isValid():
                selection.select(first, self.model.index_of(row_id, self.model.columnCount() - 1))
        self.tree.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            self.tree.scrollTo(self.model.index_of(rows[0], 0))

    # --- row operations -------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The selected rows of the plan shown (a selection of the tree being rebuilt may still name rows gone)."""
        return [row.id for index in self.tree.selectionModel().selectedRows()
                if (row := self.model.row_of(index)) is not None]

    def _new_id(self) -> str:
        taken = {r.id for r in self.model.curriculum.rows}
        while True:
            candidate = f"n{next(self._ids)}"
            if candidate not in taken:
                return candidate

    def add_row(self) -> None:
        """A row after the current one: an outcome under a module, otherwise a row of the same kind. While the
        Russian names are shown, both names are asked first; otherwise the name is typed in place."""
        from desktop.views.curricula import row_dialog  # noqa: PLC0415
        from desktop.views.curricula.code_sections import placed_by_code  # noqa: PLC0415
        from desktop.views.curricula.tree_model import basic_module_of  # noqa: PLC0415

        c = self.model.curriculum
        current = self.tree.currentIndex()
        row = self.model.row_of(current) if current.isValid() else None
        section_node = current.isValid() and row is None
        if self.model.language == "ru":
            asked = row_dialog.ask_names(self)
            if asked is None:
                return
            code, name_kk, name_ru = asked
        else:  # the Russian name stays empty rather than a Kazakh placeholder; the tree marks it in a Russian plan
            code, name_kk, name_ru = "", self.tr("New row"), ""
        if row is None:
            section = list(s for s in Section if any(r.section is s for r in c.rows))[current.row()] if section_node \
                else Section.PROFESSIONAL
            new = Row(self._new_id(), section, code, name_kk, name_ru, 0, basic_module=basic_module_of(code))
            rows = c.rows + (new,)
        else:
            is_module = row.section is Section.PROFESSIONAL and not row.parent
            parent = row.id if is_module else row.parent
            new = Row(self._new_id(), row.section, code, name_kk, name_ru, 0, parent=parent,
                      qualification=row.qualification, basic_module=basic_module_of(code))
            position = c.rows.index(row) + 1
            rows = c.rows[:position] + (new,) + c.rows[position:]
        rows = placed_by_code(rows, new.id, near=row)  # the code typed decides the section, not the selection
        self.apply(replace(c, rows=rows), self.tr("Add a row"))
        self.tree.setCurrentIndex(self.model.index_of(new.id, 1))

    def edit_row_properties(self) -> None:
        from desktop.views.curricula.row_dialog import RowDialog  # noqa: PLC0415

        if self.gate.refused(self.actions["properties"]):
            return
        c = self.model.curriculum
        row = c.row(self.selected_ids()[0])
        rules = curricula.rule_set_for(c)
        names = rules["general_education"]["subject_names"]
        subjects = {key: values[1] if self.language == "ru" and len(values) > 1 else values[0]
                    for key, values in names.items()}
        dialog = RowDialog(row, c, subjects, read_only=not self.editable, parent=self)
        if dialog.exec() and dialog.result_row and dialog.result_row != row and self.editable:
            rows = tuple(dialog.result_row if r.id == row.id else r for r in c.rows)
            self.apply(replace(c, rows=rows), self.tr("Edit {code}").format(code=row_label(row)))

    def delete_rows(self) -> None:
        """Delete the selected rows (a module with its learning outcomes), asked first: Del is one key away from
        the numbers being typed."""
        if self.gate.refused(self.actions["delete"]):
            return
        ids = set(self.selected_ids())
        c = self.model.curriculum
        doomed = ids | {r.id for r in c.rows if r.parent in ids}
        row = c.row(next(iter(ids)))
        name = local_name(row.name_kk, row.name_ru, language=self.model.language)
        if len(ids) == 1 and len(doomed) > 1:  # one module: named, with what goes with it
            question = self.tr("Delete the module {code} “{name}” with its {count} learning outcomes?").format(
                code=row_label(row), name=name, count=len(doomed) - 1)
        elif len(doomed) > 1:
            question = self.tr("Delete {count} rows (learning outcomes included)?").format(count=len(doomed))
        else:
            question = self.tr("Delete the row {code} “{name}”?").format(code=row_label(row), name=name)
        question += "\n" + self.tr("Undo (Ctrl+Z) brings it back until the curriculum is closed.")
        if QMessageBox.question(self, self.tr("Delete rows"), question) != QMessageBox.StandardButton.Yes:
            return
        self.apply(replace(c, rows=tuple(r for r in c.rows if r.id not in doomed)), self.tr("Delete rows"))
        status_message(self, self.tr("{count} rows deleted.").format(count=len(doomed)))

    def move_target(self, row_id: str, step: int):
        """The sibling a row would change places with, or None at the edge."""
        c = self.model.curriculum
        row = c.row(row_id)
        siblings = [r for r in c.rows if r.section is row.section and r.parent == row.parent]
        place = siblings.index(row) + step
        return siblings[place] if 0 <= place < len(siblings) else None

    def move_row(self, step: int) -> None:
        if self.gate.refused(self.actions["up" if step < 0 else "down"]):
            return
        c = self.model.curriculum
        row = c.row(self.selected_ids()[0])
        other = self.move_target(row.id, step)
        rows = list(c.rows)
        a, b = rows.index(row), rows.index(other)
        rows[a], rows[b] = rows[b], rows[a]
        self.apply(replace(c, rows=tuple(rows)), self.tr("Move {code}").format(code=row_label(row)))
        self.tree.setCurrentIndex(self.model.index_of(row.id, 0))

    def copy_rows(self) -> None:
        """Copy the selected rows (with their outcomes): as text for a spreadsheet, whole for pasting here."""
        if self.gate.refused(self.actions["copy"]):
            return
        c = self.model.curriculum
        ids = set(self.selected_ids())
        rows = [r for r in c.rows if r.id in ids or r.parent in ids]
        # A spreadsheet gets the codes as the tree shows them ("ПМ 02" in Russian); pasting here takes the rows whole.
        text = "\n".join(f"{shown_code(r.code)}\t{r.name_kk}\t{r.name_ru}\t{r.hours}" for r in rows)
        # The rows themselves stay in this process: a QMimeData handed to the clipboard is freed twice
        # by PySide at exit, so the clipboard gets plain text and we remember what it stands for.
        _COPIED[:] = [text, [json.dumps(_row_to_dict(r), ensure_ascii=False) for r in rows]]
        QGuiApplication.clipboard().setText(text)
        status_message(self, self.tr("{count} rows copied: paste them here (Ctrl+V) or in a spreadsheet.").format(
            count=len(rows)))

    def paste_rows(self) -> None:
        if self.gate.refused(self.actions["paste"]):
            return
        pasted = [_row_from_dict(json.loads(item)) for item in _COPIED[1]]
        renamed = {r.id: self._new_id() for r in pasted}
        pasted = [replace(r, id=renamed[r.id], parent=renamed.get(r.parent, r.parent)) for r in pasted]
        c = self.model.curriculum
        known = {r.id for r in c.rows} | set(renamed.values())
        pasted = [replace(r, parent=None) if r.parent and r.parent not in known else r for r in pasted]
        current = self.model.row_of(self.tree.currentIndex()) if self.tree.currentIndex().isValid() else None
        position = c.rows.index(current) + 1 if current else len(c.rows)
        rows = c.rows[:position] + tuple(pasted) + c.rows[position:]
        self.apply(replace(c, rows=rows), self.tr("Paste rows"))

    # --- the rest of the toolbar is in editor_actions --------------------------------------------

    def save(self) -> bool:
        from desktop.views.curricula import editor_actions  # noqa: PLC0415

        return editor_actions.save(self)

    def approve(self) -> None:
        from desktop.views.curricula import editor_actions  # noqa: PLC0415

        editor_actions.approve(self)

    def new_version(self) -> None:
        from desktop.views.curricula import editor_actions  # noqa: PLC0415

        editor_actions.new_version(self)

    def archive(self) -> None:
        from desktop.views.curricula import editor_actions  # noqa: PLC0415

        editor_actions.archive(self)

    def export_excel(self) -> None:
        from desktop.views.curricula import editor_actions  # noqa: PLC0415

        editor_actions.export_excel(self)

    def print_pdf(self) -> None:
        from desktop.views.curricula import editor_actions  # noqa: PLC0415

        editor_actions.print_pdf(self)

    def edit_schedule(self) -> None:
        from desktop.views.curricula import editor_actions  # noqa: PLC0415

        editor_actions.edit_schedule(self)

    def confirm_leave(self) -> bool:
        if self.undo_stack.isClean():
            return True
        if not self.editable:  # the hold was lost: nothing of it can be saved here any more
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The curriculum is read-only now: your changes cannot be saved. Close and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            return answer == QMessageBox.StandardButton.Discard
        answer = ask_to_save(self, self.tr("Unsaved changes"), self.tr("The curriculum has unsaved changes. Save them?"))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def close_editor(self) -> None:
        if self.confirm_leave():
            self.hold.release()
            self.undo_stack.clear()
            self.closed.emit()


def has_copied_rows() -> bool:
    """Rows copied here are still what the clipboard holds (a copy elsewhere since replaces them)."""
    return bool(_COPIED) and QGuiApplication.clipboard().text() == _COPIED[0]


def _row_to_dict(row: Row) -> dict:
    data = {k: (v.value if hasattr(v, "value") else v) for k, v in row.__dict__.items()}
    data["semesters"] = [[l.semester, l.hours, l.control.value if l.control else None] for l in row.semesters]
    return data


def _row_from_dict(data: dict) -> Row:
    from desktop.domain.curriculum import Control, ExamForm, SemesterLoad  # noqa: PLC0415

    values = dict(data)
    values["section"] = Section(values["section"])
    values["exam_form"] = ExamForm(values["exam_form"]) if values.get("exam_form") else None
    values["semesters"] = tuple(SemesterLoad(s, h, Control(c) if c else None) for s, h, c in values["semesters"])
    return Row(**values)
