"""Issue #16, the NEDB page: the changes panel says it compares with the last file exchanged (imported or exported),
the journal's titles are whole at 1366 pixels, and the problems are told before the file is named."""
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QGroupBox, QMessageBox

from desktop.services import nedb
from tests.gui.layout_check import FRAME_HEIGHT, SCREEN, cut_texts


def _nedb_page(window):
    window.show_page("nedb")
    return window.page("nedb")


def test_the_changes_panel_names_the_last_exchange_and_whether_it_was_an_import(make_window, demo_db, tmp_path):
    nedb.export_contingent(demo_db, tmp_path / "out.txt", "registrar")
    page = _nedb_page(make_window(demo_db))
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert "Since the last exchange with NEDB (import or export)" in titles
    assert "Since the last export" not in titles
    assert page.changes_label.text().startswith("Since the export of ")


def test_the_problems_are_told_before_the_save_dialog_and_no_means_no_dialog(make_window, demo_db, monkeypatch,
                                                                             tmp_path):
    page = _nedb_page(make_window(demo_db))
    assert page._all_issues  # the demo has problems to tell
    happened = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: happened.append("asked") or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: happened.append("file dialog") or (str(tmp_path / "out.txt"), ""))
    page.export()
    assert happened == ["asked"] and not (tmp_path / "out.txt").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: happened.append("asked") or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.export()
    assert happened == ["asked", "asked", "file dialog"] and Path(tmp_path / "out.txt").exists()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_journals_titles_are_whole_at_1366(make_window, demo_db, qapp, tmp_path, language):
    long_name = tmp_path / "nedb-contingent-2026-autumn-after-corrections-final.txt"
    nedb.export_contingent(demo_db, long_name, "registrar")
    window = make_window(demo_db, language)
    window.resize(SCREEN[0], SCREEN[1] - FRAME_HEIGHT)
    page = _nedb_page(window)
    qapp.processEvents()
    header = page.log.horizontalHeader()
    assert all(header.sectionPosition(n) + header.sectionSize(n) <= page.log.viewport().width()
               for n in range(header.count()))
    assert [p for p in cut_texts(page.log) if "column" in p] == []
