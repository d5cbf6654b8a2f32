"""Delete the planned session… on a session already held (issue #16): the page says at once that its results stay
as the record of the exam, instead of asking "delete the planned session?" and refusing after the "Yes"."""
from desktop.services import exams


def _select(page, status):
    page.sessions.selectRow(next(r for r, s in enumerate(page.session_model.rows()) if s.status == status))
    return page.selected_session()


def test_a_held_session_is_refused_without_the_question(make_window, demo_db, dialogs):
    page = make_window(demo_db).page("exams")
    held = _select(page, "held")
    page.delete_session()
    assert [kind for kind, *_ in dialogs] == ["box"]  # the refusal only: no "delete?" first
    [(_, title, _, text)] = dialogs
    assert title == "Not deleted"
    assert "the session has results: it is kept as the record of the exam" in text
    assert held.id in [s.id for s in exams.list_sessions(demo_db)]


def test_a_planned_session_is_still_asked_about_and_deleted(make_window, demo_db, dialogs):
    page = make_window(demo_db).page("exams")
    planned = _select(page, "planned")
    page.delete_session()
    assert dialogs[0][0] == "question" and f"№ {planned.id}" in dialogs[0][2]
    assert planned.id not in [s.id for s in exams.list_sessions(demo_db)]
