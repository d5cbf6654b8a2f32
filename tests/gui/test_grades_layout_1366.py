"""The Final grades page on a college laptop's 1366×768 screen, in Kazakh and Russian: the page and its dialogs fit,
and no button, column title or combo box item is cut (the checks of test_layout_1366)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.gui.layout_check import FRAME_HEIGHT, SCREEN, cut_texts, tab_states, too_big


def _dialog_problems(dialog: QDialog, qapp) -> list[str]:
    dialog.show()
    qapp.processEvents()
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    found = cut_texts(dialog)
    if least.width() > SCREEN[0] or least.height() > SCREEN[1] - FRAME_HEIGHT:
        found.append(f"{type(dialog).__name__} needs at least {least.width()}×{least.height()}")
    dialog.close()
    return [f"{type(dialog).__name__}: {p}" for p in found]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_final_grades_page_and_its_dialogs_fit_1366_by_768(make_window, demo_db, qapp, language):
    window = make_window(demo_db, language, is_demo=True)
    window.resize(SCREEN[0], SCREEN[1] - FRAME_HEIGHT)
    window.show_page("grades")
    qapp.processEvents()
    page = window.page("grades")
    assert page.grid is not None
    problems = too_big(window, page) + cut_texts(page)
    for tab in tab_states(page):
        qapp.processEvents()
        problems += [f"{tab}: {p}" for p in cut_texts(page)]
    from desktop.views.grades.print_dialog import PrintDialog
    from desktop.views.grades.register_dialog import IssueDialog, SpoilDialog
    from desktop.views.grades.scale_dialog import ScaleDialog

    for dialog in (ScaleDialog(demo_db, page), IssueDialog(demo_db, page, page.group_id()), SpoilDialog(demo_db, page),
                   PrintDialog(demo_db, page.grid, page.panel.checks, page)):
        problems += _dialog_problems(dialog, qapp)
    assert problems == []
    # The grid keeps most of the width: a registrar sees several grade columns beside the names
    assert page.editor.width() > page.panel.width() * 2
