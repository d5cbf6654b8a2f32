"""The indicators on the Reports page, and graduates' employment entered for a year."""
from datetime import date

from contingent import add_group, enrol
from PySide6.QtWidgets import QPushButton

from desktop.services import indicators, movements
from desktop.services.movements import OrderInput
from desktop.views.pages.indicators_box import EmploymentDialog


def test_the_indicators_show_and_employment_moves_them(make_window, db, monkeypatch):
    group = add_group(db, "23ПО-41к", intake_year=2023)
    graduates = enrol(db, group, 2)
    movements.apply_order(db, OrderInput("1-в", date(2027, 6, 30), "graduation", date(2027, 6, 30)), graduates)
    box = make_window(db).page("reports").indicators
    box.year.setValue(2027)
    assert box.table.rowCount() == 6
    assert box.table.item(0, 1).text().startswith("0.0% (0 / 2)")

    def employ_first(dialog: EmploymentDialog):
        assert dialog.table.rowCount() == 2
        dialog.boxes[0].setCurrentIndex(dialog.boxes[0].findData("employed_in_specialty"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EmploymentDialog, "exec", employ_first)
    box.findChild(QPushButton, "employment").click()
    assert box.table.item(0, 1).text().startswith("50.0% (1 / 2)")
    assert [g[3] for g in indicators.graduates(db, 2027)].count("employed_in_specialty") == 1
