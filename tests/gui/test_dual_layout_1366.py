"""The contracts list on a college laptop (1366×768) in Kazakh and Russian: the Status column is on screen
without scrolling sideways, and a title shortened to fit shows its whole wording on hover."""
from __future__ import annotations

import os

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.services import dual, dual_lists

from tests.gui.layout_check import FRAME_HEIGHT, SCREEN


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_contract_status_is_visible_at_1366(make_window, demo_db, qapp, language):
    # names as long as real ones get: the legal form written out, a mentor with a double surname
    row = max(dual_lists.list_enterprises(demo_db), key=lambda e: e.contracts)
    dual.save_enterprise(demo_db, replace(dual_lists.enterprise_data(row),
                                          name_kk="«Алатау Софт Интеграция және Сервис» жауапкершілігі шектеулі серіктестігі",
                                          name_ru="Товарищество с ограниченной ответственностью «Алатау Софт Интеграция»"),
                         row.id)
    window = make_window(demo_db, language, is_demo=True)
    window.resize(SCREEN[0], SCREEN[1] - FRAME_HEIGHT)
    window.show_page("dual")
    qapp.processEvents()
    page = window.page("dual")
    table = page.contracts
    model = table.model()
    header = table.horizontalHeader()
    status = model.columnCount() - 1
    if os.environ.get("DUAL_GRABS"):  # screenshots to look at while changing the page
        window.grab().save(f"{os.environ['DUAL_GRABS']}/dual-{language}.png")
    widths = [header.sectionSize(c) for c in range(model.columnCount())]
    # the Status column starts and ends inside the viewport: no sideways scrolling to see it
    assert table.horizontalScrollBar().value() == 0
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= table.viewport().width() + 1, widths
    longest = max(table.fontMetrics().horizontalAdvance(model.index(r, status).data())
                  for r in range(model.rowCount()))
    assert header.sectionSize(status) >= longest  # "қосымша берілді" whole, not elided
    hours = next(c for c in range(model.columnCount())
                 if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    full = model.headerData(hours, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert full == {"kk": "Кәсіпорындағы сағат", "ru": "Часы на предприятии"}[language]
