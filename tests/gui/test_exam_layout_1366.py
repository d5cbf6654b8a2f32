"""The Demonstration exams page on a 1366×768 laptop in Kazakh and Russian (issue #16): every column of the
sessions list, the candidates' table and the panel lies within its view (none to scroll to), every title whole, the short
titles of the sessions list give their full title on hover and a cut cell its whole text."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.table_model import ROW_ROLE
from tests.gui.layout_check import FRAME_HEIGHT, SCREEN, cut_texts


def _sections_out_of_view(view) -> list[str]:
    header = view.horizontalHeader()
    room = view.viewport().width()
    return [f"{header.model().headerData(n, Qt.Orientation.Horizontal)!r} ends at "
            f"{header.sectionPosition(n) + header.sectionSize(n)} of {room}"
            for n in range(header.count()) if header.sectionPosition(n) + header.sectionSize(n) > room]


@pytest.fixture(params=["kk", "ru"])
def laptop_page(request, make_window, demo_db, qapp):
    window = make_window(demo_db, request.param, is_demo=True)
    window.resize(SCREEN[0], SCREEN[1] - FRAME_HEIGHT)
    window.show_page("exams")
    qapp.processEvents()
    return window.page("exams")


def test_every_column_of_both_lists_is_in_view_with_its_title_whole(laptop_page, qapp):
    page = laptop_page
    for status in ("held", "planned"):  # the held session has marks, totals and results in its cells
        page.sessions.selectRow(next(n for n, s in enumerate(page.session_model.rows()) if s.status == status))
        qapp.processEvents()
        assert page.candidates.columnCount() >= 10
        assert _sections_out_of_view(page.sessions) == []
        assert _sections_out_of_view(page.candidates) == []
        assert page.sessions.horizontalScrollBar().maximum() == 0
        assert page.candidates.horizontalScrollBar().maximum() == 0
        assert [p for p in cut_texts(page) if "column" in p] == []
        page.tabs.setCurrentIndex(1)  # the panel: names and roles whole, the organisation gives way
        qapp.processEvents()
        assert page.panel.rowCount() >= 1 and _sections_out_of_view(page.panel) == []
        assert page.panel.item(0, 0).text() == page.document.experts[0][0]
        assert [p for p in cut_texts(page) if "column" in p] == []
        page.tabs.setCurrentIndex(0)


def test_columns_are_fitted_again_when_the_window_is_widened_or_narrowed(laptop_page, qapp):
    page = laptop_page
    window = page.window()
    for width in (SCREEN[0] + 200, window.minimumWidth()):  # wider, then as narrow as the window goes
        window.resize(width, window.height())
        qapp.processEvents()
        assert _sections_out_of_view(page.sessions) == [] and _sections_out_of_view(page.candidates) == []
        assert [p for p in cut_texts(page) if "column" in p] == []


def _cut_cells(view, columns) -> list[str]:
    """Cells of `columns` whose text is wider than the column (drawn with "…")."""
    metrics, cut = view.fontMetrics(), []
    model = view.model()
    for row in range(model.rowCount()):
        for column in columns:
            text = str(model.index(row, column).data() or "")
            if text and metrics.horizontalAdvance(text) + 6 > view.columnWidth(column):  # 3 px margins
                cut.append(f"{text!r} in {view.columnWidth(column)} px")
    return cut


def test_session_words_candidates_names_and_results_are_whole_at_1366(laptop_page, qapp):
    """Issue #16: "кор…", "жоспарла…" in the sessions list; names cut; "тапсырм…" read like "тапсырды" (passed)."""
    page = laptop_page
    assert _cut_cells(page.sessions, range(page.session_model.columnCount())) == []
    for n, session in enumerate(page.session_model.rows()):
        page.sessions.selectRow(n)
        qapp.processEvents()
        last = page.candidates.columnCount() - 1
        assert _cut_cells(page.candidates, (0, last)) == [], session.status
    window = page.window()
    window.resize(window.minimumWidth(), window.height())  # the narrowest window: a name gives way, a result never
    qapp.processEvents()
    assert _cut_cells(page.candidates, (page.candidates.columnCount() - 1,)) == []


def test_short_titles_and_words_are_read_whole_on_hover(laptop_page):
    model = laptop_page.session_model
    tips = [model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for n in range(model.columnCount())]
    assert all(tips) and len(set(tips)) == len(tips)
    row = model.index(0, 2)
    session = row.data(ROW_ROLE)
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert f"№ {session.id}" in tip and session.qualification in tip and session.starts_on.strftime("%d.%m.%Y") in tip
    names = laptop_page.candidates.item(0, 0)
    assert names.toolTip() == names.text()
