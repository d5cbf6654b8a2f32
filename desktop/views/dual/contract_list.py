"""The contracts list's search and filters: words anywhere in the row, the status, the enterprise, the group."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from desktop.domain.dual import ContractStatus
from desktop.views.dual.texts import dual_choice
from desktop.views.names import local_name, sorted_names
from desktop.views.table_model import ROW_ROLE, RowTableModel, display

ALL = None


def row_text(row) -> str:
    """What a search looks through: the row as shown, in both languages of the enterprise's name."""
    return " ".join((row.number, row.student, row.group_code, row.enterprise, row.enterprise_kk, row.mentor,
                     display(row.starts_on), display(row.ends_on), dual_choice(row.status))).casefold()


def status_history(row) -> str:
    """The days of the contract's steps, newest last: what the Status cell says on hover."""
    steps = ((QCoreApplication.translate("ContractList", "signed on {date}"), row.signed_on),
             (QCoreApplication.translate("ContractList", "appendix handed over on {date}"), row.appendix_issued_on),
             (QCoreApplication.translate("ContractList", "ended on {date}"), row.ended_on),
             (QCoreApplication.translate("ContractList", "terminated on {date}"), row.terminated_on))
    return "; ".join(text.format(date=display(day)) for text, day in steps if day is not None)


class ContractModel(RowTableModel):
    """The contracts list: the Status cell tells on hover when each step was made; a header cut short at
    1366 px shows its whole title on hover."""

    def __init__(self, columns, status_column: int, full_titles: dict[int, tuple[str, str]], parent=None):
        super().__init__(columns, parent)
        self._status, self._full_titles = status_column, full_titles  # column: (context, full title)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self._status:
            row = super().data(index, ROW_ROLE)
            return status_history(row) if row is not None else None
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section in self._full_titles):
            return QCoreApplication.translate(*self._full_titles[section])
        return super().headerData(section, orientation, role)


class ContractFilters(QWidget):
    """Filters over the contracts the page lists; `changed` when any of them changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("contract_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: number, student, mentor…"))
        self.status = self._combo("contract_status")
        self.status.addItem(self.tr("All statuses"), ALL)
        for status in ContractStatus:
            self.status.addItem(dual_choice(status.value), status.value)
        self.enterprise = self._combo("contract_enterprise")
        self.group = self._combo("contract_group")
        layout.addWidget(self.search, 1)
        for combo in (self.status, self.enterprise, self.group):
            layout.addWidget(combo)
        self.search.textChanged.connect(lambda _: self.changed.emit())
        for combo in (self.status, self.enterprise, self.group):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.set_choices([])

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return combo

    def set_choices(self, rows) -> None:
        """The enterprises and groups the contracts have, the choice made kept when it is still there."""
        enterprises = {row.enterprise: local_name(row.enterprise_kk, row.enterprise) for row in rows}
        groups = sorted({row.group_code for row in rows if row.group_code})
        self._refill(self.enterprise, self.tr("All enterprises"),
                     sorted_names(enterprises.items(), lambda item: item[1]))
        self._refill(self.group, self.tr("All groups"), [(code, code) for code in groups])

    def _refill(self, combo: QComboBox, everything: str, choices) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ALL)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(False)

    def accepts(self, row) -> bool:
        words = self.search.text().casefold().split()
        status, enterprise, group = self.status.currentData(), self.enterprise.currentData(), self.group.currentData()
        if status is not ALL and row.status != status:
            return False
        if enterprise is not ALL and row.enterprise != enterprise:
            return False
        if group is not ALL and row.group_code != group:
            return False
        text = row_text(row) if words else ""
        return all(word in text for word in words)
