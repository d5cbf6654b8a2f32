"""The list of exam sessions: short column titles and short words in the cells (the full title in the header's
tooltip, the whole session in a row's tooltip); views.column_fit fits its columns, the SHRINKABLE ones giving way."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt

from desktop.views.exams.texts import exam_choice, short_choice
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel

S = "SessionColumns"
SESSION_COLUMNS = [
    Column(S, QT_TRANSLATE_NOOP("SessionColumns", "№"), lambda s: s.id, align_right=True),
    Column(S, QT_TRANSLATE_NOOP("SessionColumns", "Date"), lambda s: s.starts_on),
    Column(S, QT_TRANSLATE_NOOP("SessionColumns", "Kind"), lambda s: short_choice(s.kind), sort=lambda s: s.kind),
    Column(S, QT_TRANSLATE_NOOP("SessionColumns", "Form"), lambda s: short_choice(s.form), sort=lambda s: s.form),
    Column(S, QT_TRANSLATE_NOOP("SessionColumns", "Qual."), lambda s: s.qualification),
    Column(S, QT_TRANSLATE_NOOP("SessionColumns", "Status"), lambda s: exam_choice(s.status)),
    Column(S, QT_TRANSLATE_NOOP("SessionColumns", "Cand."), lambda s: s.candidates, align_right=True),
]
# The full title of each column, shown on the header's tooltip.
SESSION_TIPS = (QT_TRANSLATE_NOOP("SessionColumns", "Session number"),
                QT_TRANSLATE_NOOP("SessionColumns", "First day of the session"),
                QT_TRANSLATE_NOOP("SessionColumns", "Kind of attestation"),
                QT_TRANSLATE_NOOP("SessionColumns", "Form of the exam"),
                QT_TRANSLATE_NOOP("SessionColumns", "Qualification (code)"),
                QT_TRANSLATE_NOOP("SessionColumns", "Status"),
                QT_TRANSLATE_NOOP("SessionColumns", "Candidates"))
SHRINKABLE = (2, 3, 5)  # kind, form, status: words, which may end in "…"


class SessionModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(SESSION_COLUMNS, parent)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(SESSION_TIPS)):
            return QCoreApplication.translate(S, SESSION_TIPS[section])
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return describe(super().data(index, ROW_ROLE))
        return super().data(index, role)


def describe(s) -> str:
    """A session whole, in the words the short cells stand for."""
    return QCoreApplication.translate(S, "№ {id}: {kind}, {form}; {qualification}; {start} – {end}; {status}; "
                                         "{count} candidates").format(
        id=s.id, kind=exam_choice(s.kind), form=exam_choice(s.form), qualification=s.qualification,
        start=s.starts_on.strftime("%d.%m.%Y"), end=s.ends_on.strftime("%d.%m.%Y"), status=exam_choice(s.status),
        count=s.candidates)
