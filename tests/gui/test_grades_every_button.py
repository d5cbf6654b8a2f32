"""Every button of the Final grades page and of the dialogs it opens, pressed in English, Kazakh and Russian with
rows selected and without (test_every_button's walk, on this page alone, so a change here is checked in seconds):
no crash dialog, no ERROR in the log, no Qt warning."""
from __future__ import annotations

from PySide6.QtGui import QAction

from tests.gui.test_every_button import SELECTION_STATES, Walk, answered, settle, walk, watched


def test_every_button_of_the_final_grades_page(make_window, demo_db, monkeypatch, tmp_path, paths):
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "documents"  # Print supplements' folder starts in Documents: never the user's
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *a: str(documents))
    walk_state = Walk(tmp_path / "files")
    walk_state.tmp.mkdir()
    with answered(walk_state, monkeypatch), watched(walk_state, monkeypatch, paths.log_file):
        window = make_window(demo_db, language="en", is_demo=True)
        for language in ("en", "kk", "ru"):
            if language != "en":
                window.findChild(QAction, f"language_{language}").trigger()
                settle()
            walk_state.states = SELECTION_STATES[language]
            walk_state.where = f"{language} grades"
            window.show_page("grades")
            walk(walk_state, window.page("grades"), "grades")
            if language == "en":  # a graduated group with grades: Print writes its supplements
                page = window.page("grades")
                page.choose_group(next(page.group_box.itemData(n) for n in range(page.group_box.count())
                                       if "graduated" in page.group_box.itemText(n)))
                walk_state.states = ("none",)
                walk(walk_state, page, "grades")
    assert walk_state.problems == [], "\n\n".join(f"[{where}] {kind}: {text}"
                                                   for where, kind, text in walk_state.problems)
    assert {"ScaleDialog", "IssueDialog", "SpoilDialog", "PrintDialog"} <= walk_state.dialogs
    assert walk_state.pressed > 50
    printed = [p for p in tmp_path.rglob("*.pdf") if "calibration" not in p.name]
    assert printed, "the graduated group's supplements were printed"
