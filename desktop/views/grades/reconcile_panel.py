"""What stops each student's supplement, before anything prints: the rows of the curriculum not graded, failing
grades, grades of the wrong kind or for a row the plan has not. A line clicked puts the grid's cursor on its cell."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.views.grades.texts import problem_line
from desktop.views.names import local_name, shown_code
from desktop.views.widgets import mark_icon

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (student id, row key) of a line


class ReconcilePanel(QWidget):
    chosen = Signal(int, str)  # student id, row key

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("reconcile_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.lines = QListWidget()
        self.lines.setObjectName("reconciliation")
        self.lines.setWordWrap(True)
        self.lines.setToolTip(self.tr("Click a line to go to its cell in the grid."))
        self.lines.itemActivated.connect(self._go)
        self.lines.itemClicked.connect(self._go)
        layout.addWidget(self.lines, 1)
        self.checks = []

    def show_checks(self, checks, rows=()) -> None:
        """The group's StudentCheck list (services.grades.reconcile_group); `rows` the plan's rows, to name a row
        in the interface's language."""
        self.checks = list(checks)
        names = {row.key: f"{shown_code(row.code)} {local_name(row.name_kk, row.name_ru)}".strip() for row in rows}
        self.lines.clear()
        ready = sum(1 for check in checks if check.clean)
        if not checks:
            self.summary.setText(self.tr("The group has no students to grade."))
            return
        self.summary.setText(self.tr("Ready to print: {ready} of {total} students. To fix before printing:").format(
            ready=ready, total=len(checks)) if ready < len(checks) else
            self.tr("Every student's grades agree with the curriculum: {total} ready to print.").format(
                total=len(checks)))
        bold = QFont(self.lines.font())
        bold.setBold(True)
        for check in checks:
            if check.clean:
                continue
            head = QListWidgetItem(self.tr("{student}: {count} to fix").format(student=check.full_name,
                                                                              count=len(check.problems)))
            head.setFont(bold)
            head.setData(TARGET_ROLE, (check.student_id, ""))
            self.lines.addItem(head)
            for problem in check.problems:
                params = dict(problem.params)
                key = params.get("row_key", "")
                if key in names:
                    params["row"] = names[key]
                text = problem_line(problem, params)
                for joint in (": ", ", "):  # the student's name is the heading above: the line says the rest
                    if text.startswith(check.full_name + joint):
                        text = text[len(check.full_name) + len(joint):]
                        text = text[:1].upper() + text[1:]
                        break
                # Every line here keeps its student out of the printed supplements: the same stop mark as the
                # print dialog gives them (a missing grade showed as a mere warning here).
                item = QListWidgetItem(mark_icon(True), text)
                item.setData(TARGET_ROLE, (check.student_id, key))
                item.setToolTip(text)
                self.lines.addItem(item)

    def problem_count(self) -> int:
        return sum(len(check.problems) for check in self.checks)

    def _go(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.chosen.emit(int(target[0]), str(target[1]))
