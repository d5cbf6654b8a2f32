"""Areas of the application that later versions fill: said honestly, with what each will hold."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.views.widgets import empty_state, page_title

AREAS = {
    "exams": (QT_TRANSLATE_NOOP("Areas", "Demonstration exams"),
              QT_TRANSLATE_NOOP("Areas", "Exam sessions, experts, marking schemes, scores, awarded qualifications "
                                         "and protocols.")),
}


def tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP in the Areas context."""
    return QCoreApplication.translate("Areas", text)


class AreaPage(QWidget):
    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        title, purpose = AREAS[key]
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(tr(title)))
        nothing = QCoreApplication.translate("Areas", "Nothing here yet")
        not_yet = QCoreApplication.translate("Areas", "This area is not part of this version of Zhospar yet.")
        layout.addWidget(empty_state(nothing, tr(purpose) + "\n\n" + not_yet), 1)
