"""What a day's walk through the curricula at 1366×768 in kk and ru found: typing into an approved plan did nothing
with no word why, and a plan meeting every rule read "0 errors, 0 warnings" above an empty box."""
from __future__ import annotations

from desktop.services import curricula
from desktop.views.widgets import hint


def _open_approved(make_window, demo_db, language):
    window = make_window(demo_db, language)
    window.show_page("curricula")
    page = window.page("curricula")
    approved = next(s.id for s in curricula.list_curricula(demo_db) if s.status == "approved")
    page.open_curriculum(approved)
    return page.editor, curricula.get_curriculum(demo_db, approved)


def test_an_approved_plan_says_it_is_read_only_and_how_to_change_it(make_window, demo_db):
    editor, stored = _open_approved(make_window, demo_db, "en")
    labels = [label.text() for label in editor.findChildren(type(hint("")))]
    notice = next(text for text in labels if "read-only" in text)
    assert stored.approved_by.strip() in notice and "new version" in notice
    assert editor.model.read_only


def test_a_draft_has_no_read_only_notice(open_draft):
    editor = open_draft("en")
    assert not any("read-only" in label.text() for label in editor.findChildren(type(hint(""))))


def test_a_plan_meeting_every_rule_says_so(make_window, demo_db):
    editor, _ = _open_approved(make_window, demo_db, "en")
    assert editor.findings == []
    assert editor.summary.text().startswith("Every rule is met")


def test_a_new_version_is_named_by_its_version_and_archiving_says_so(make_window, demo_db, dialogs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    editor, stored = _open_approved(make_window, demo_db, "en")
    window = editor.window()
    editor.new_version()
    said = next(text for kind, _title, text in dialogs if kind == "information")
    assert f"Version {stored.version + 1}" in said and stored.title in said
    page = window.page("curricula")
    page.open_curriculum(stored.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.editor.archive()
    assert curricula.get_curriculum(demo_db, stored.id).status == curricula.ARCHIVED
    assert stored.title in window.statusBar().currentMessage()
