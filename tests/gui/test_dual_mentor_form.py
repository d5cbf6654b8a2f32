"""New mentor… on the Enterprises and mentors tab (issue #16): the enterprise selected in the list above is the one
the form offers, not the first in the alphabet; with none selected the coordinator picks one."""
from desktop.views.dual.form import FormDialog
from desktop.views.table_model import ROW_ROLE


def _open(page, monkeypatch):
    shown = []
    monkeypatch.setattr(FormDialog, "exec", lambda self: shown.append(self) or 0)
    page.new_mentor()
    return shown[0].widgets["enterprise"]


def test_the_selected_enterprise_is_the_mentors(make_window, demo_db, monkeypatch):
    page = make_window(demo_db).page("dual")
    page.tabs.setCurrentIndex(1)
    assert page.enterprise_model.rowCount() >= 2
    first_offered = _open(page, monkeypatch).currentData()
    last = page.enterprise_model.rowCount() - 1
    page.enterprises.selectRow(last)
    chosen = page.enterprises.model().index(last, 0).data(ROW_ROLE)
    assert chosen.id != first_offered  # the test means something: not the form's first choice anyway
    assert _open(page, monkeypatch).currentData() == chosen.id
