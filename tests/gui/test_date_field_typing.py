"""A date typed over a selected date field (issue #16): "30.06.2027" over 06.12.2027 is the 30th of June 2027 — Qt's
own section editing kept the old day or year when the dots were typed too (the registrar's leave end date, the
contract's signing date). Not a date: the old one stays; Qt never turns "31.02" into the 28th on its own."""
from datetime import date

import pytest
from hypothesis import given, strategies as st
from PySide6.QtCore import Qt

from desktop.views.contingent.fields import DateField, typed_date


@pytest.fixture
def field(qtbot):
    def make(value, optional=False):
        widget = DateField(value, optional=optional)
        qtbot.addWidget(widget)
        widget.show()
        widget.setFocus()
        widget.selectAll()
        return widget
    return make


@pytest.mark.parametrize("typed, expected", [
    ("30.06.2027", date(2027, 6, 30)), ("30062027", date(2027, 6, 30)), ("1.2.2026", date(2026, 2, 1)),
    ("01/01/2026", date(2026, 1, 1)), ("31.12.2026", date(2026, 12, 31))])
@pytest.mark.parametrize("old", [date(2027, 12, 6), date(2027, 2, 6)])
def test_a_whole_date_typed_over_the_field_is_that_date(field, qtbot, typed, expected, old):
    widget = field(old)
    qtbot.keyClicks(widget, typed)
    assert widget.value() == expected and widget.text() == expected.strftime("%d.%m.%Y")


def test_a_day_or_a_day_and_month_then_tab_keep_the_rest(field, qtbot):
    widget = field(date(2027, 12, 6))
    qtbot.keyClicks(widget, "15")
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.value() == date(2027, 12, 15)
    widget.selectAll()
    qtbot.keyClicks(widget, "1.3")
    assert widget.value() == date(2027, 3, 1)  # Save reads the date being typed


@pytest.mark.parametrize("typed", ["31.02.2026", "45.01.2026", "12.13.2026"])
def test_not_a_date_leaves_the_old_one(field, qtbot, typed):
    widget = field(date(2027, 12, 6))
    qtbot.keyClicks(widget, typed)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert widget.value() == date(2027, 12, 6) and widget.text() == "06.12.2027"


def test_escape_gives_up_the_typing(field, qtbot):
    widget = field(date(2027, 12, 6))
    qtbot.keyClicks(widget, "30.0")
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert widget.value() == date(2027, 12, 6) and widget.text() == "06.12.2027"


def test_an_empty_optional_date_takes_a_typed_birth_date(field, qtbot):
    widget = field(None, optional=True)
    assert widget.value() is None and widget.text() == "—"
    qtbot.keyClicks(widget, "15.03.2010")
    assert widget.value() == date(2010, 3, 15)


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31)),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2050, 12, 31)))
def test_every_date_reads_back_in_both_typings(day, shown):
    assert typed_date(day.strftime("%d.%m.%Y"), shown) == day
    assert typed_date(day.strftime("%d%m%Y"), shown) == day
    assert typed_date(f"{day.day}.{day.month}.{day.year}", shown) == day


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2050, 12, 31)), st.integers(-49, 49))
def test_a_two_digit_year_is_the_one_nearest_the_shown_date(shown, offset):
    year = shown.year + offset
    assert typed_date(f"01.01.{year % 100:02d}", shown) == date(year, 1, 1)
