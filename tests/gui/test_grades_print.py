"""Printing a group's supplements from the Final grades page: the students whose grades are complete print in
Kazakh and Russian into the folder chosen, the others are listed and left out, the printer's calibration is
remembered by its name, a calibration page is written, and a cancelled run leaves no file."""
from __future__ import annotations

import pytest

from desktop.services import grades
from desktop.services.grades import PASS_FAIL, CellChange


@pytest.fixture
def page(make_window, demo_db):
    window = make_window(demo_db, "en", is_demo=True)
    window.show_page("grades")
    found = window.page("grades")
    grid = found.grid
    complete = grid.students[:2]
    grades.save_cells(demo_db, grid.group_id, [CellChange(s.id, r.key, True if r.kind == PASS_FAIL else 75 + n % 20)
                                               for s in complete for n, r in enumerate(grid.rows) if r.mandatory])
    found.show_group()
    return found


def _dialog(page, tmp_path):
    from desktop.views.grades.print_dialog import PrintDialog

    return PrintDialog(page.db, page.grid, page.panel.checks, page, folder=str(tmp_path / "out"))


def test_the_complete_students_print_in_kazakh_and_russian_and_the_others_are_named(page, tmp_path, dialogs):
    dialog = _dialog(page, tmp_path)
    ready = [c for c in page.panel.checks if c.clean]
    assert len(ready) == 2 and dialog.chosen_ids() == [c.student_id for c in ready]
    assert dialog.languages() == ("kk", "ru")
    written = dialog.print_chosen()
    question = next(d for d in dialogs if d[0] == "question")
    refused = [c.full_name for c in page.panel.checks if not c.clean]
    assert refused[0] in question[2] and "Print the other 2?" in question[2]
    names = sorted(p.name for p in written)
    assert len(names) == 4 and sum(n.endswith("(kk).pdf") for n in names) == 2
    assert sum(n.endswith("(ru).pdf") for n in names) == 2
    assert all(p.parent == tmp_path / "out" and p.read_bytes().startswith(b"%PDF") for p in written)
    assert ready[0].full_name in " ".join(names)
    message = page.window().statusBar().currentMessage()
    assert message == f"4 PDF files written to {tmp_path / 'out'}"


def test_one_language_on_the_blank_remembers_the_printers_calibration(page, tmp_path, dialogs):
    from desktop.views import settings

    dialog = _dialog(page, tmp_path)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.paper.setCurrentIndex(1)
    dialog.printer.setEditText("Canon LBP 2900")
    dialog.dx.setValue(2.5)
    dialog.dy.setValue(-1.0)
    written = dialog.print_chosen()
    assert len(written) == 2 and all(p.name.endswith("(ru).pdf") for p in written)
    assert settings.active().calibration("Canon LBP 2900") == (2.5, -1.0)
    again = _dialog(page, tmp_path)
    again.printer.setEditText("Canon LBP 2900")
    assert (again.dx.value(), again.dy.value()) == (2.5, -1.0)
    again.printer.setEditText("another printer")
    assert (again.dx.value(), again.dy.value()) == (0.0, 0.0)


def test_a_calibration_page_is_written(page, tmp_path):
    dialog = _dialog(page, tmp_path)
    dialog.paper.setCurrentIndex(1)
    written = dialog.write_calibration_page(str(tmp_path / "calibration.pdf"))
    assert written.read_bytes().startswith(b"%PDF")
    assert "Calibration page written" in page.window().statusBar().currentMessage()


def test_nothing_ticked_says_why_and_prints_nothing(page, tmp_path, dialogs):
    from PySide6.QtCore import Qt

    dialog = _dialog(page, tmp_path)
    for n in range(dialog.students.count()):
        dialog.students.item(n).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.print_chosen() == []
    assert any(d[0] == "information" and "No student is ticked" in d[2] for d in dialogs)
    assert not (tmp_path / "out").exists()


def test_a_cancelled_run_leaves_no_file(page, tmp_path):
    from desktop.services.supplements import PrintCancelled
    from desktop.views.grades.print_dialog import write_group
    from desktop.views.grades.progress import Steps

    class StopAfterFirst(Steps):
        def __call__(self, done, total, what=""):
            super().__call__(done, total, what)
            self.stop = True

    ids = [c.student_id for c in page.panel.checks if c.clean]
    with pytest.raises(PrintCancelled):
        write_group(page.db, page.grid.group_id, ids, tmp_path / "out", ("kk", "ru"), False, None, StopAfterFirst())
    assert list((tmp_path / "out").iterdir()) == []
    with pytest.raises(PrintCancelled):
        write_group(page.db, page.grid.group_id, ids, tmp_path / "out", ("kk", "ru"), False, None, StopAfterFirst(),
                    one_file=True)
    assert list((tmp_path / "out").iterdir()) == []


def test_the_ticked_students_in_one_file_per_language(page, tmp_path, dialogs):
    dialog = _dialog(page, tmp_path)
    dialog.one_file.setChecked(True)
    written = dialog.print_chosen()
    code = page.grid.group_code  # a file per language named by the group, as a whole group's
    assert sorted(p.name for p in written) == [f"{code} (kk).pdf", f"{code} (ru).pdf"]


def test_a_whole_group_prints_through_the_service(page, tmp_path, monkeypatch):
    from desktop.services import supplements
    from desktop.views.grades.print_dialog import write_group
    from desktop.views.grades.progress import Steps

    called = {}
    monkeypatch.setattr(supplements, "print_group", lambda *a, **k: called.update(k) or [])
    assert write_group(page.db, page.grid.group_id, [], tmp_path, ("kk",), True, None, Steps(), True, True) == []
    assert called["one_file"] is True and called["on_blank"] is True
