"""New enterprise… saved with the names empty and a BIN of letters (issue #16): one Save names all three problems;
it had named the names only, and the BIN after the names were typed and Save pressed again."""
from desktop.services import dual_lists
from desktop.views.dual.form import FormDialog


def test_every_problem_is_said_at_the_first_save(make_window, demo_db, monkeypatch, dialogs):
    page = make_window(demo_db).page("dual")
    shown = []
    monkeypatch.setattr(FormDialog, "exec", lambda self: shown.append(self) or 0)
    page.new_enterprise()
    [form] = shown
    before = len(dual_lists.list_enterprises(demo_db))
    form.widgets["bin"].setText("08044abc0001")
    form.accept_if_valid()
    [(_, _, _, text)] = dialogs
    assert text.count("•") == 3
    assert "Name in Kazakh" in text and "Name in Russian" in text and "BIN" in text
    assert len(dual_lists.list_enterprises(demo_db)) == before


def test_a_form_without_a_check_still_names_only_the_empty_fields(make_window, demo_db, monkeypatch, dialogs):
    page = make_window(demo_db).page("dual")
    shown = []
    monkeypatch.setattr(FormDialog, "exec", lambda self: shown.append(self) or 0)
    page.new_mentor()
    form = shown[0]
    form.widgets["phone"].setText("abc")
    form.accept_if_valid()
    [(_, _, _, text)] = dialogs
    assert text.count("•") == 1 and "Full name" in text
