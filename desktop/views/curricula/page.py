"""The curricula area: the list of the college's curricula, and the editor of one of them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from desktop.domain.roles import Area
from desktop.services import curricula, holds
from desktop.views.action_gate import ActionGate, search_box, with_keys
from desktop.views.contingent.texts import choice
from desktop.views.errors import confirm_and_delete, run_validated
from desktop.views.file_dialogs import open_path
from desktop.views.filtering import SearchProxy
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.curricula.texts import STATUS
from desktop.views.widgets import empty_state, hint, page_title, row_table, status_message, without_checked

L = "CurriculumList"
COLUMNS = [
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Title"), lambda s: s.title),
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Specialty"), lambda s: s.specialty),
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Qualifications"), lambda s: " ".join(s.qualifications)),
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Base"), lambda s: s.entry_base),
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Language"), lambda s: choice(s.language)),
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Intake"), lambda s: s.intake_year, align_right=True),
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Status"),
           lambda s: QCoreApplication.translate("CurriculumList", STATUS[s.status])),
    Column(L, QT_TRANSLATE_NOOP("CurriculumList", "Version"), lambda s: s.version, align_right=True),
]
TITLE_WIDTH = 300  # the titles' width on a narrow window; the whole title is in the cell's tooltip


class CurriculaPage(QWidget):
    def __init__(self, db, language: str, parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.undo_stack = QUndoStack(self)
        self.editor = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list_page = QWidget()
        self.stack.addWidget(self.list_page)
        self._build_list()
        self.reload()

    def _build_list(self) -> None:
        layout = QVBoxLayout(self.list_page)
        layout.addWidget(page_title(self.tr("Working curricula")))
        layout.addWidget(hint(self.tr("Every rule of the credit-modular system is checked as you edit. "
                                      "Open a curriculum with Enter or a double click.")))
        bar = QHBoxLayout()
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("new", self.tr("New curriculum…"), "Ctrl+N", self.new_curriculum),
            ("open", self.tr("Open"), "Return", self.open_selected),
            ("copy", self.tr("Copy…"), "Ctrl+D", self.copy_selected),
            ("import", self.tr("Import from Excel…"), "Ctrl+I", self.import_file),
            ("delete", self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected),
        ):
            action = QAction(text, self)
            action.setObjectName(key)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(with_keys(action))
            action.triggered.connect(without_checked(slot))
            self.list_page.addAction(action)
            self.actions[key] = action
            button = QToolButton()
            button.setObjectName(key)
            button.setDefaultAction(action)
            bar.addWidget(button)
        bar.addStretch(1)
        self.search = search_box(self.list_page, self.tr("Search by title, specialty or qualification (Ctrl+F)"))
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)
        self.model = RowTableModel(COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = row_table(self.proxy, single=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.viewport().installEventFilter(self)
        # Open, Copy and Delete need a curriculum chosen in the list: disabled until then, saying so.
        self.gate = ActionGate(self)
        for key in ("open", "copy", "delete"):
            self.gate.need(self.actions[key], self._why_not_delete if key == "delete" else self._why_nothing_chosen,
                           keys_on=self.list_page)
        self.gate.watch_view(self.table)
        # What changes curricula is off, saying why, for a role that may not (the editor then opens read-only).
        self.gate.writes(self.db, Area.CURRICULA, *(self.actions[key] for key in ("new", "copy", "import", "delete")))
        self.empty = empty_state(self.tr("No curricula yet"),
                                 self.tr("Create the first one from the template for its base and level; the "
                                         "mandatory subjects and modules come filled in."))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    def reload(self) -> None:
        rows = curricula.list_curricula(self.db)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.table.resizeColumnsToContents()
        # Long titles and several qualifications are capped so that Status and Version stay on a 1366-px screen;
        # the whole text is in the cell's tooltip.
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), TITLE_WIDTH))
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 200))
        self._title_takes_the_room()
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.gate.update()

    def _title_takes_the_room(self) -> None:
        """The room left on a wide screen goes to the titles, not to the last column: two plans of one specialty
        read "06130100 Программное обеспечение, на ..." alike while Version stood 260 pixels wide for one digit.
        A narrower window gives the room back, down to the cap of TITLE_WIDTH."""
        header = self.table.horizontalHeader()
        if header.count() < 2:
            return
        others = sum(header.sectionSize(c) for c in range(1, header.count() - 1))
        # A stretched last section never goes below the default size: counting less scrolled the list sideways.
        last = max(header.sectionSizeHint(header.count() - 1), self.table.sizeHintForColumn(header.count() - 1),
                   header.defaultSectionSize())
        whole = self.table.sizeHintForColumn(0)
        room = self.table.viewport().width() - others - last
        header.resizeSection(0, max(min(whole, TITLE_WIDTH), min(whole, room)))

    def eventFilter(self, watched, event) -> bool:
        # The list's own viewport says when its width is known: the page's resize came before the hidden
        # table was laid out, and the titles stayed at their cap.
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._title_takes_the_room()
        return super().eventFilter(watched, event)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _why_nothing_chosen(self) -> str | None:
        if self.selected() is not None:
            return None
        if not self.model.rowCount():
            return self.tr("There are no curricula yet: create one (New curriculum…) or import one from Excel.")
        if not self.proxy.rowCount():
            return self.tr("No curriculum matches the search: clear the search box.")
        return self.tr("Select a curriculum in the list first.")

    def _why_not_delete(self) -> str | None:
        chosen = self.selected()
        if chosen is None:
            return self._why_nothing_chosen()
        if chosen.status != curricula.DRAFT:
            # The question had said "Delete the draft…?" of an approved plan, and only then refused.
            return self.tr("Only a draft can be deleted; an approved curriculum is archived from its editor "
                           "(Curriculum menu).")
        held = holds.holder(self.db, curricula.HOLD_KIND, chosen.id)
        if held is not None and not held.ours:
            return self.tr("{who} is editing it on {computer}: it cannot be deleted now.").format(
                who=held.user_name, computer=held.workstation)
        return None

    def select_id(self, curriculum_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == curriculum_id:
                self.table.selectRow(row)

    # --- actions --------------------------------------------------------------------------------

    def open_curriculum(self, curriculum_id: int) -> None:
        from desktop.views.curricula.editor import CurriculumEditor  # noqa: PLC0415

        if self.editor is not None:
            self.editor.hold.release()
            self.editor.detach()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.editor = CurriculumEditor(self.db, curriculum_id, self.language, self.undo_stack)
        self.editor.closed.connect(self.close_editor)
        self.editor.changed_on_disk.connect(self.reload)
        self.editor.open_other.connect(self.open_curriculum)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.editor.tree.setFocus()

    def close_editor(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        if self.editor is not None:
            current = self.editor.curriculum_id
            self.editor.hold.release()  # approving or archiving closes the editor without close_editor
            self.editor.detach()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
            self.reload()
            self.select_id(current)
        self.table.setFocus()

    def confirm_leave(self) -> bool:
        return self.editor is None or self.editor.confirm_leave()

    def release_holds(self) -> None:
        """Let go of the curriculum being edited: the window closes (before its database does)."""
        if self.editor is not None:
            self.editor.hold.release()

    def open_selected(self) -> None:
        if self.gate.refused(self.actions["open"]):
            return
        self.open_curriculum(self.selected().id)

    def new_curriculum(self) -> None:
        from desktop.views.curricula.new_dialog import NewCurriculumDialog  # noqa: PLC0415

        dialog = NewCurriculumDialog(self.db, self)
        if dialog.exec() and dialog.created_id:
            self.reload()
            self.open_curriculum(dialog.created_id)

    def copy_selected(self) -> None:
        if self.gate.refused(self.actions["copy"]):
            return
        chosen = self.selected()
        title, ok = QInputDialog.getText(self, self.tr("Copy"), self.tr("Title of the copy:"),
                                         text=self.tr("{title} (copy)").format(title=chosen.title))
        if ok and title.strip():
            new_id = curricula.copy(self.db, chosen.id, title.strip())
            self.reload()
            self.select_id(new_id)
            status_message(self, self.tr("Copied as a draft: {title}").format(title=title.strip()))

    def delete_selected(self) -> None:
        if self.gate.refused(self.actions["delete"]):
            return
        chosen = self.selected()
        question = self.tr("Delete the draft “{title}”? This cannot be undone.").format(title=chosen.title)
        if confirm_and_delete(self, question, lambda: curricula.delete(self.db, chosen.id)):
            self.reload()
            status_message(self, self.tr("Deleted: {title}").format(title=chosen.title))

    def import_file(self) -> None:
        from desktop.services import curriculum_files  # noqa: PLC0415

        path = open_path(self, self.tr("Import a curriculum"), self.tr("Excel workbooks (*.xlsx)"),
                         purpose="import-curriculum")
        if not path:
            return
        title = self.tr("The curriculum was not imported")
        choices = run_validated(self, title, self.tr("Reading the workbook…"),
                                lambda: curriculum_files.read_sheets(Path(path)))
        if choices is None:
            return
        chosen = self._choose_sheets(title, choices)
        if not chosen:
            return
        sheets, year = chosen
        db = self.db
        new_ids = run_validated(self, title, self.tr("Saving the curricula…"), lambda: curriculum_files.import_curricula(
            db, [curriculum_files.with_intake_year(choice, year) for choice in sheets]))
        if new_ids:
            self.reload()
            self.open_curriculum(new_ids[0])
            # Several sheets make several drafts: say so, since only the first is opened.
            titles = ", ".join(choice.curriculum.title for choice in sheets)
            status_message(self, self.tr("{count} curricula imported as drafts: {titles}").format(
                count=len(new_ids), titles=titles), 15000)

    def _choose_sheets(self, title: str, choices: list) -> tuple[list, int | None] | None:
        """The sheets to import and the intake year typed for them; None when nothing is to be imported. A
        workbook of one readable sheet that says its year is imported without asking."""
        from desktop.views.curricula.sheet_picker import SheetPickerDialog  # noqa: PLC0415
        from desktop.views.errors import show_validation  # noqa: PLC0415
        from desktop.services.errors import ValidationFailed  # noqa: PLC0415

        importable = [c for c in choices if c.importable]
        if not importable:
            show_validation(self, title, ValidationFailed([p for c in choices for p in c.problems]))
            return None
        if len(choices) == 1 and not choices[0].needs_intake_year:
            return choices, None
        dialog = SheetPickerDialog(choices, self)
        if not dialog.exec():
            return None
        return dialog.chosen(), dialog.intake_year()
