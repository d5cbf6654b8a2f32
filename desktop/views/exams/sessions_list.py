"""The list of exam sessions beside the session's tabs: short column titles and short words in the cells (the full
title in the header's tooltip, the whole session in a row's tooltip), and columns fitted to the width the list has,
so that on a 1366×768 laptop in Kazakh or Russian no column lies beyond the list's right edge."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHeaderView

from desktop.views.exams.texts import exam_choice, short_choice
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import header_text_width

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


def fit_columns(view, shrinkable: tuple[int, ...] = SHRINKABLE, grow: int = -1) -> None:
    """Each column as wide as its cells, none narrower than its title; when they are wider together than the
    list, the `shrinkable` columns (words, not codes, dates or numbers) give up the difference in proportion to
    what they have beyond their title (their cells end in "…", the tooltip says them whole)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    view.resizeColumnsToContents()
    count = header.count()
    least = [_title_width(header, n) for n in range(count)]
    wanted = [max(header.sectionSize(n), least[n]) for n in range(count)]
    spare = [wanted[n] - least[n] if n in shrinkable else 0 for n in range(count)]
    over = sum(wanted) - view.viewport().width()
    if over > 0 and sum(spare):
        share = min(1.0, over / sum(spare))
        wanted = [w - int(s * share + 0.999) for w, s in zip(wanted, spare)]
    elif over < 0 and count:  # room left: the `grow` column takes it (the last, as a stretched section would)
        wanted[grow] += -over
    for n, width in enumerate(wanted):
        header.resizeSection(n, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


class _Refit(QObject):
    """Fits a view's columns again whenever its viewport is resized. A child of the view: it goes with the view,
    never outliving it to be called on a half-destroyed page."""

    def __init__(self, view, fit):
        super().__init__(view)
        self.fit = fit
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def refit_on_resize(view, fit) -> None:
    """Call `fit` (no arguments) each time the view's viewport changes size."""
    _Refit(view, fit)


def _title_width(header, section: int) -> int:
    """What a column needs for its title: the header allows no section narrower than its least size anyway."""
    return max(header_text_width(header, section), header.minimumSectionSize())


def _needs(view, shrinkable: tuple[int, ...]) -> tuple[int, int]:
    """What the list needs (its columns whole, its columns at their least) with its frame and scroll bar."""
    header = view.horizontalHeader()
    whole = least = 0
    for n in range(header.count()):
        title = _title_width(header, n)
        cells = max(view.sizeHintForColumn(n), header.sectionSizeHint(n), title)
        whole += cells
        least += title if n in shrinkable else cells
    # the frame and a vertical scroll bar: what the view takes around its viewport once shown
    edge = view.width() - view.viewport().width() if view.isVisible() else 2 * view.frameWidth()
    return whole + edge, least + edge


def wanted_width(view, shrinkable: tuple[int, ...] = SHRINKABLE) -> int:
    """What the list needs to show every column whole."""
    return _needs(view, shrinkable)[0]


def least_width(view, shrinkable: tuple[int, ...] = SHRINKABLE) -> int:
    """What the list needs to show every title whole and every code, date and number."""
    return _needs(view, shrinkable)[1]
