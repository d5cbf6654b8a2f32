"""The contracts list tells, on hovering a status, on which day each step of the contract was made."""
from PySide6.QtCore import Qt

from desktop.views.dual.page import STATUS_COLUMN


def test_the_status_cell_names_the_days_of_the_steps(make_window, demo_db):
    page = make_window(demo_db).page("dual")
    model = page.contract_model
    tips = {model.rows()[r].number: model.index(r, STATUS_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount())}
    assert tips["Д-13/2026"] == ("signed on 28.08.2026; appendix handed over on 09.11.2026; "
                                 "ended on 16.11.2026")
    assert tips["Д-10/2026"] == "signed on 28.08.2026; ended on 16.11.2026"
    assert tips["Д-07/2026"].endswith("terminated on 02.11.2026")
    assert not tips["Д-01/2026"]  # a draft: no step made yet
