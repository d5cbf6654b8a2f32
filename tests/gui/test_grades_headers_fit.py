"""The grid's column titles read whole («ООД 01», not «ООД 0»), bold as the current column's is, with a larger font."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def test_column_titles_fit_even_bold_in_a_larger_font(make_window, demo_db, qapp):
    window = make_window(demo_db, "ru", is_demo=True)
    window.show_page("grades")
    page = window.page("grades")
    header = page.editor.table.horizontalHeader()
    font = header.font()
    font.setPointSize(font.pointSize() + 5)  # a system with larger fonts
    header.setFont(font)
    combo = page.group_box
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith("25ПО-21р")))
    qapp.processEvents()
    font.setBold(True)
    metrics = QFontMetrics(font)
    model = page.editor.table.model()
    titles = [str(model.headerData(j, Qt.Orientation.Horizontal)) for j in range(header.count())]
    assert any(title.startswith("ООД") for title in titles)
    for section, title in enumerate(titles):
        assert header.sectionSize(section) > metrics.horizontalAdvance(title), title
