"""Indicator shares read with the decimal sign of the interface language: «63,6%» in Kazakh and Russian."""
from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.views.reports.texts import percent


def test_shares_use_the_locales_decimal_sign():
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert (percent(63.636), percent(92.5, None), percent(60.0, None), percent(None)) == (
            "63,6%", "92,5%", "60%", "—")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert percent(63.636) == "63.6%"
    finally:
        QLocale.setDefault(previous)


def test_the_reports_page_in_russian_shows_no_decimal_dot(make_window, demo_db):
    window = make_window(demo_db, "ru")
    window.show_page("reports")
    table = window.page("reports").indicators.table
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
             if table.item(r, c) is not None and "%" in table.item(r, c).text()]
    assert texts and not [t for t in texts if "." in t]
    assert any("," in t for t in texts), texts
