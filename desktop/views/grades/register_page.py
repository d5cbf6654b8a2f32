"""The register of diplomas and supplements: every blank issued or spoiled, found by name, IIN, series, number or
registration number, filtered by document, status and group; a blank issued to a graduate or spoiled from here."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.roles import Area
from desktop.services import contingent, diplomas
from desktop.views.action_gate import ActionGate, search_box
from desktop.views.grades.texts import word
from desktop.views.table_model import Column, RowTableModel
from desktop.views.widgets import fit_combo, fit_headers, row_table, status_message, without_checked

CONTEXT = "GradeRegister"


def _kind(entry) -> str:
    text = word(entry.kind)
    return f"{text} ({word(entry.language)})" if entry.language else text


COLUMNS = (
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Document"), _kind),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Series"), lambda e: e.series),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Number"), lambda e: e.number),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Graduate"), lambda e: e.student_name),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Reg. No."), lambda e: e.registration_number),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Issued on"), lambda e: e.issued_on),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Received by"), lambda e: e.received_by),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Status"), lambda e: word(e.status)),
    Column(CONTEXT, QT_TRANSLATE_NOOP("GradeRegister", "Reason spoiled"), lambda e: e.spoiled_reason),
)


class RegisterTab(QWidget):
    def __init__(self, db, page=None):
        super().__init__(page)
        self.db, self.page = db, page
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = search_box(self, self.tr("Name, IIN, series, number or registration number (Ctrl+F)"))
        self.search.textChanged.connect(lambda _: self.reload())
        filters.addWidget(self.search, 2)
        self.kind = self._combo("kind", ((None, self.tr("All documents")), (diplomas.DIPLOMA, word("diploma")),
                                         (diplomas.SUPPLEMENT, word("supplement"))))
        self.status = self._combo("status", ((None, self.tr("Issued and spoiled")), (diplomas.ISSUED, word("issued")),
                                             (diplomas.SPOILED, word("spoiled"))))
        self.group = self._combo("register_group", ((None, self.tr("All groups")),))
        for combo in (self.kind, self.status, self.group):
            filters.addWidget(combo)
        layout.addLayout(filters)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("issue", self.tr("Issue a blank…"), self.issue),
                                ("spoil", self.tr("Spoil a blank…"), self.spoil)):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(without_checked(slot))
            buttons.addWidget(button)
            self.buttons[key] = button
        # the register is read by every role that reads grades; issuing and spoiling are the registrar's
        self.gate = ActionGate(self)
        self.gate.writes(db, Area.GRADES, *self.buttons.values())
        self.count = QLabel()
        self.count.setObjectName("register_count")
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout.addLayout(buttons)
        self.model = RowTableModel(COLUMNS, self)
        self.table = row_table(self.model, single=True)
        self.table.setObjectName("register")
        # The columns as wide as their titles and values; the last fills what is left, never narrower than its title
        # (a stretched last column shrank below "Причина порчи" when the others took the width).
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.students: dict[int, int | None] = {}
        self.reload_groups()

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, text in items:
            combo.addItem(text, value)
        fit_combo(combo)
        combo.currentIndexChanged.connect(lambda _: self.reload())
        return combo

    def reload_groups(self) -> None:
        keep = self.group.currentData()
        self.group.blockSignals(True)
        while self.group.count() > 1:
            self.group.removeItem(1)
        for group in contingent.list_groups(self.db):
            self.group.addItem(group.code, group.id)
        found = self.group.findData(keep) if keep is not None else 0
        self.group.setCurrentIndex(max(found, 0))
        self.group.blockSignals(False)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        entries = diplomas.list_documents(self.db, self.search.text(), self.kind.currentData(),
                                          self.status.currentData())
        group_id = self.group.currentData()
        if group_id is not None:
            self.students = {s.id: s.group_id for s in contingent.list_students(self.db)}
            entries = [e for e in entries if self.students.get(e.student_id) == group_id]
        self.model.set_rows(entries)
        self.fit_columns()
        filtered = bool(self.search.text().strip()) or any(c.currentData() is not None
                                                           for c in (self.kind, self.status, self.group))
        self.count.setText(self.tr("{count} entries").format(count=len(entries)) if entries or filtered else
                           self.tr("No blank is in the register yet: Issue a blank… records one."))
        if keep is not None:
            rows = self.model.rows()
            found = next((n for n, e in enumerate(rows) if e.id == keep), None)
            if found is not None:
                self.table.selectRow(found)

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        fit_headers(self.table)
        header = self.table.horizontalHeader()
        last = header.count() - 1
        spare = self.table.viewport().width() - sum(header.sectionSize(n) for n in range(header.count()))
        if last >= 0 and spare > 0:
            header.resizeSection(last, header.sectionSize(last) + spare)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def issue(self) -> None:
        if self.gate.refused(self.buttons["issue"]):
            return
        from desktop.views.grades.register_dialog import IssueDialog  # noqa: PLC0415

        dialog = IssueDialog(self.db, self, self.page.group_id() if self.page is not None else None)
        if dialog.exec():
            self.reload(dialog.document_id)
            status_message(self, dialog.outcome)

    def spoil(self) -> None:
        if self.gate.refused(self.buttons["spoil"]):
            return
        from desktop.views.grades.register_dialog import SpoilDialog  # noqa: PLC0415

        chosen = self.table.selectionModel().selectedRows()
        entry = self.model.rows()[chosen[0].row()] if chosen else None
        dialog = SpoilDialog(self.db, self, entry if entry is not None and entry.status == diplomas.ISSUED else None)
        if dialog.exec():
            self.reload(dialog.document_id)
            status_message(self, dialog.outcome)
