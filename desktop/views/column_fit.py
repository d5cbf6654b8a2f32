"""Columns fitted to the width a list has: each as wide as its cells and never narrower than its title; when the
list is too narrow, the columns of words give up the difference (their cells end in "…", the tooltip says them
whole), so that on a 1366×768 laptop in Kazakh or Russian no column lies beyond the list's right edge."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView

from desktop.views.widgets import header_text_width


def fit_columns(view, shrinkable: tuple[int, ...] = (), grow: int = -1) -> None:
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
