"""The classifier of specialties and qualifications: browse, search, add, change, delete, import."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMessageBox, QToolButton, QVBoxLayout, QWidget

from desktop.domain.classifier import is_valid_on
from desktop.services import classifier
from desktop.services.classifier import ClassifierEntry, sort_key
from desktop.services.errors import NotFound, ValidationFailed
from desktop.domain.roles import Area
from desktop.views.action_gate import ActionGate, with_keys
from desktop.views.errors import confirm_and_delete, run_validated, show_validation
from desktop.views.file_dialogs import open_path, save_path
from desktop.views.filtering import SearchProxy
from desktop.views.names import local_name
from desktop.views.pages.classifier_dialog import EntryDialog
from desktop.views.pages.classifier_texts import kind_text
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import hint, page_title, row_table, without_checked
from desktop.views.workers import busy

C = "ClassifierColumns"
COLUMNS = [
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Code"), lambda e: e.code, sort=lambda e: "/".join(sort_key(e))),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Kind"), lambda e: kind_text(e.kind)),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Level"), lambda e: e.level, align_right=True),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Name in Kazakh"), lambda e: e.name_kk),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Name in Russian"), lambda e: e.name_ru),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Name in English"), lambda e: e.name_en),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Valid from"), lambda e: e.valid_from),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "Valid until"), lambda e: e.valid_to),
    Column(C, QT_TRANSLATE_NOOP("ClassifierColumns", "In force today"),
           lambda e: QCoreApplication.translate("ClassifierColumns", "yes" if is_valid_on(date.today(), e.valid_from, e.valid_to) else "no")),
]
QT_TRANSLATE_NOOP("ClassifierColumns", "yes")
QT_TRANSLATE_NOOP("ClassifierColumns", "no")


class _EntryCommand(QUndoCommand):
    """An edit already written to the database; undo writes the opposite, redo writes it again."""

    def __init__(self, page: "ClassifierPage", text: str, before: ClassifierEntry | None, after: ClassifierEntry | None):
        super().__init__(text)
        self._page, self._before, self._after = page, before, after
        self._done = True

    def _apply(self, old: ClassifierEntry | None, new: ClassifierEntry | None) -> None:
        try:
            if new is None:
                classifier.delete_entry(self._page.db, old.code)
            else:
                classifier.save_entry(self._page.db, new, old.code if old else None)
        except (ValidationFailed, NotFound) as error:
            if isinstance(error, ValidationFailed):
                show_validation(self._page, QCoreApplication.translate("ClassifierPage", "Cannot undo"), error)
            self.setObsolete(True)
        self._page.reload()

    def redo(self) -> None:
        if self._done:  # the first redo happened before the command was pushed
            self._done = False
            return
        self._apply(self._before, self._after)

    def undo(self) -> None:
        self._apply(self._after, self._before)


class ClassifierPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Classifier of specialties and qualifications")))
        layout.addWidget(hint(self.tr("Specialty codes have 8 digits; qualification codes start with the level and "
                                      "W (worker), S (mid-level specialist) or AB (applied bachelor).")))
        # The program ships a starting set only: the state classifier could not be obtained (docs/classifier-source.md).
        layout.addWidget(hint(self.tr("A new database holds only a starting set of the classifier. Import the state "
                                      "classifier (ministry order No. 500 of 2018 with its amendments) from Excel "
                                      "with Import from Excel… (Ctrl+I): one sheet with the columns code, name in "
                                      "Kazakh and name in Russian.")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by code or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.actions: dict[str, QAction] = {}
        self.gate: ActionGate | None = None
        for key, text, shortcut, slot in (
            ("add_specialty", self.tr("New specialty…"), "Ctrl+N", self.add_specialty),
            ("add_qualification", self.tr("New qualification…"), "Ctrl+Shift+N", self.add_qualification),
            ("edit", self.tr("Change…"), "F2", self.edit_selected),
            ("delete", self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected),
            ("import", self.tr("Import from Excel…"), "Ctrl+I", self.import_file),
            ("export", self.tr("Export to Excel…"), "Ctrl+E", self.export_file),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(with_keys(action))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(without_checked(slot))
            self.addAction(action)
            self.actions[key] = action
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(without_checked(self.search.setFocus))
        self.addAction(find)
        layout.addLayout(bar)

        self.model = RowTableModel(COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, single=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.actions["edit"].isEnabled() and self.edit_selected())
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.set_search)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(classifier.list_entries(self.db))
        self.table.resizeColumnsToContents()
        for column in (3, 4, 5):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        if selected:
            self.select_code(selected.code)
        self._update_actions()

    def selected(self) -> ClassifierEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ROW_ROLE) if rows else None

    def select_code(self, code: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).code == code:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def _why_no_entry(self) -> str | None:
        return None if self.selected() is not None else self.tr("Select an entry in the list first.")

    def _update_actions(self) -> None:
        """Change… and Delete act on the chosen entry: off without one, their tooltip saying what to choose, and
        their keys (F2, Del) saying it in the status bar (they did nothing, silently)."""
        if self.gate is None:
            self.gate = ActionGate(self)
            for key in ("edit", "delete"):
                self.gate.need(self.actions[key], self._why_no_entry, keys_on=self)
            self.gate.writes(self.db, Area.CLASSIFIER, *(self.actions[key] for key in (
                "add_specialty", "add_qualification", "edit", "delete", "import")))
            self.gate.watch_view(self.table)
        self.gate.update()

    def _open_dialog(self, entry: ClassifierEntry | None, qualification: bool = False) -> None:
        original = entry.code if entry else None
        dialog = EntryDialog(entry, lambda e: classifier.save_entry(self.db, e, original), self, qualification)
        if dialog.exec() and dialog.result_entry:
            after = dialog.result_entry
            text = (self.tr("Change {code}") if entry else self.tr("Add {code}")).format(code=after.code)
            self.undo_stack.push(_EntryCommand(self, text, entry, after))
            self.reload()
            self.select_code(after.code)

    def add_specialty(self) -> None:
        self._open_dialog(None)

    def add_qualification(self) -> None:
        self._open_dialog(None, qualification=True)

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry:
            self._open_dialog(entry)

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        question = self.tr("Delete {code} “{name}” from the classifier?").format(
            code=entry.code, name=local_name(entry.name_kk, entry.name_ru, entry.name_en))
        if not confirm_and_delete(self, question, lambda: classifier.delete_entry(self.db, entry.code)):
            return
        self.undo_stack.push(_EntryCommand(self, self.tr("Delete {code}").format(code=entry.code), entry, None))
        self.reload()

    def import_file(self) -> None:
        path = open_path(self, self.tr("Import the classifier"), self.tr("Excel workbooks (*.xlsx)"), purpose="classifier")
        if not path:
            return
        db = self.db
        summary = run_validated(self, self.tr("The classifier was not imported"), self.tr("Importing the classifier…"),
                                lambda: classifier.import_classifier_file(db, Path(path)))
        if summary is None:
            return
        self.undo_stack.clear()  # an import is undone by restoring the backup made before it
        self.reload()
        QMessageBox.information(self, self.tr("Import finished"),
                                self.tr("{added} entries added, {updated} updated.").format(
                                    added=summary.added, updated=summary.updated))

    def export_file(self) -> None:
        path = save_path(self, self.tr("Export the classifier"), "classifier.xlsx", self.tr("Excel workbooks (*.xlsx)"),
                         purpose="classifier")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        with busy(self):  # the state classifier is thousands of rows
            count = classifier.export_classifier_file(self.db, Path(path))
        QMessageBox.information(self, self.tr("Export finished"),
                                self.tr("{count} entries written to {path}.").format(count=count, path=path))
