"""A missing grade keeps a student out of the printed supplements: the side panel marks it as the print dialog
does (the same stop mark), not as a mere warning."""
from __future__ import annotations

import tests.gui.test_grades_print as printing
from desktop.views.grades.print_dialog import ID_ROLE
from desktop.views.widgets import mark_icon

page = printing.page  # the fixture: a group of two complete students and the rest missing grades
_dialog = printing._dialog


def _same(icon, other) -> bool:
    return icon.pixmap(16, 16).toImage() == other.pixmap(16, 16).toImage()


def test_missing_grades_carry_the_same_stop_mark_in_the_panel_and_the_print_dialog(page, tmp_path):
    stop = mark_icon(True)
    lines = page.panel.lines
    marked = [lines.item(i) for i in range(lines.count()) if not lines.item(i).icon().isNull()]
    assert marked and all(_same(item.icon(), stop) for item in marked)
    dialog = _dialog(page, tmp_path)
    blocked = [dialog.students.item(i) for i in range(dialog.students.count())
               if not [c for c in page.panel.checks if c.student_id == dialog.students.item(i).data(ID_ROLE)][0].clean]
    assert blocked and all(_same(item.icon(), stop) for item in blocked)
