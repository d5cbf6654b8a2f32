"""One candidate's scores: a measured aspect takes its marks, a judged one the three judges' 0-3."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop.domain.exams import AspectKind, total_mark
from desktop.services import exams
from desktop.services.errors import ValidationFailed
from desktop.views.errors import show_validation
from desktop.views.exams.texts import exam_choice


class ScoresDialog(QDialog):
    def __init__(self, db, session_id: int, student_id: int, name: str, parent=None):
        super().__init__(parent)
        self.db, self.session_id, self.student_id = db, session_id, student_id
        self.aspects, scores, absent, retake = exams.candidate_scores(db, session_id, student_id)
        self.setWindowTitle(self.tr("Scores: {name}").format(name=name))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Aspect"), self.tr("Kind"), self.tr("Maximum"), self.tr("Scores"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.inputs: dict[str, list] = {}
        for row, aspect in enumerate(self.aspects, start=1):
            grid.addWidget(QLabel(f"{aspect.code} {aspect.description}"), row, 0)
            grid.addWidget(QLabel(exam_choice(aspect.kind.value)), row, 1)
            grid.addWidget(QLabel(str(aspect.max_mark)), row, 2)
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            given = scores.get(aspect.code, [])
            if aspect.kind == AspectKind.JUDGEMENT:
                boxes = []
                for judge in range(3):
                    box = QSpinBox()
                    box.setRange(0, 3)
                    box.setObjectName(f"{aspect.code}_{judge + 1}")
                    box.setValue(int(given[judge]) if len(given) == 3 else 0)
                    box.valueChanged.connect(self._show_total)
                    line.addWidget(box)
                    boxes.append(box)
            else:
                box = QDoubleSpinBox()
                box.setRange(0, float(aspect.max_mark))
                box.setSingleStep(0.5)
                box.setDecimals(2)
                box.setObjectName(aspect.code)
                box.setValue(float(given[0]) if given else 0)
                box.valueChanged.connect(self._show_total)
                line.addWidget(box)
                boxes = [box]
            self.inputs[aspect.code] = boxes
            grid.addWidget(holder, row, 3)
        layout.addLayout(grid)
        self.absent = QCheckBox(self.tr("did not come (absent)"))
        self.absent.setObjectName("absent")
        self.absent.setChecked(absent)
        self.retake = QCheckBox(self.tr("a retake"))
        self.retake.setChecked(retake)
        layout.addWidget(self.absent)
        layout.addWidget(self.retake)
        self.total = QLabel()
        self.total.setObjectName("total")
        layout.addWidget(self.total)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_total()

    def scores(self) -> dict[str, list]:
        return {code: [box.value() if isinstance(box, QSpinBox) else str(Decimal(str(box.value())).normalize())
                       for box in boxes] for code, boxes in self.inputs.items()}

    def _show_total(self) -> None:
        typed = {code: tuple(v if isinstance(v, int) else Decimal(v) for v in values)
                 for code, values in self.scores().items()}
        try:
            total = total_mark(self.aspects, typed)
        except Exception:  # a score out of range shows no total until corrected; saving names it
            self.total.setText("")
            return
        band = exams.grading_scale().band(total)
        self.total.setText(self.tr("Total: {total} of 100, {letter}").format(total=total, letter=band.letter))

    def save(self) -> None:
        try:
            exams.set_scores(self.db, self.session_id, self.student_id, {} if self.absent.isChecked() else self.scores(),
                             self.absent.isChecked(), self.retake.isChecked())
        except ValidationFailed as error:
            show_validation(self, self.windowTitle(), error)
            return
        self.accept()
