"""A date typed over a selected date field (issue #16): "30.06.2027" over 06.12.2027 is the 30th of June 2027 — Qt's
own section editing kept the old day or year when the dots were typed too (the registrar's leave end date, the
contract's signing date). Not a date: the old one stays; Qt never turns "31.02" into the 28th on its own.
An empty optional date (issue #18) takes a date typed after a click, is emptied again by Backspace or Delete, and
opens its calendar at this month."""
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import QPoint, Qt

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


# --- an empty optional date (issue #18: the teacher's diploma date, the student's birth date, the leave's end) ------


def click_into(qtbot, widget: DateField) -> None:
    """A click into the text, as a user does: the cursor lands in the field with nothing selected."""
    edit = widget.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
    edit.deselect()


@pytest.mark.parametrize("typed", ["15.06.2027", "15062027", "15/06/2027"])
def test_a_date_typed_after_a_click_into_an_empty_field_is_that_date(field, qtbot, typed):
    widget = field(None, optional=True)
    click_into(qtbot, widget)
    qtbot.keyClicks(widget, typed)
    assert widget.value() == date(2027, 6, 15) and widget.text() == "15.06.2027"


@pytest.mark.parametrize("key", [Qt.Key.Key_Backspace, Qt.Key.Key_Delete], ids=["Backspace", "Delete"])
def test_backspace_or_delete_empties_an_optional_date_and_digits_still_fill_it(field, qtbot, key):
    widget = field(date(2020, 6, 28), optional=True)
    qtbot.keyClick(widget, key)  # the whole date selected
    assert widget.value() is None and widget.text() == "—"
    qtbot.keyClick(widget, key)  # once more on the empty field: still empty, not broken
    assert widget.value() is None and widget.text() == "—"
    click_into(qtbot, widget)
    qtbot.keyClicks(widget, "01.09.2021")
    assert widget.value() == date(2021, 9, 1)


def test_digits_typed_and_erased_again_leave_an_optional_field_empty_and_a_required_one_as_it_was(field, qtbot):
    optional = field(date(2020, 6, 28), optional=True)
    qtbot.keyClicks(optional, "15")
    for _ in range(2):
        qtbot.keyClick(optional, Qt.Key.Key_Backspace)
    qtbot.keyClick(optional, Qt.Key.Key_Return)
    assert optional.value() is None and optional.text() == "—"
    required = field(date(2027, 12, 6))
    qtbot.keyClick(required, Qt.Key.Key_Backspace)
    assert required.text() == ""  # room to type the new date
    qtbot.keyClick(required, Qt.Key.Key_Return)
    assert required.value() == date(2027, 12, 6) and required.text() == "06.12.2027"


def test_a_day_and_month_typed_into_an_empty_field_are_of_this_year(field, qtbot):
    widget = field(None, optional=True)
    click_into(qtbot, widget)
    qtbot.keyClicks(widget, "1.3")
    assert widget.value() == date(date.today().year, 3, 1)


def test_the_calendar_of_an_empty_field_opens_at_this_month_and_leaves_it_empty(field, qtbot):
    widget = field(None, optional=True)
    arrow = QPoint(widget.rect().right() - 6, widget.rect().center().y())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = widget.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()  # closed without choosing a day
    assert widget.value() is None and widget.text() == "—"


def test_an_arrow_in_an_empty_field_starts_from_today(field, qtbot):
    widget = field(None, optional=True)
    qtbot.keyClick(widget, Qt.Key.Key_Up)
    assert widget.value() == date.today()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31)), st.sampled_from(["%d.%m.%Y", "%d%m%Y"]))
def test_every_date_typed_into_an_empty_field_is_that_date(qtbot, day, form):
    widget = DateField(None, optional=True)
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    click_into(qtbot, widget)
    qtbot.keyClicks(widget, day.strftime(form))
    assert widget.value() == day and widget.text() == day.strftime("%d.%m.%Y")


def test_a_date_erased_from_its_end_is_retyped_or_left_empty(field, qtbot):
    widget = field(date(2020, 6, 28), optional=True)
    widget.lineEdit().end(False)  # the cursor after the year, as a click there leaves it
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, "1")
    assert widget.value() == date(2021, 6, 28)
    widget.lineEdit().end(False)
    for _ in range(10):
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.value() is None and widget.text() == "—"
    required = field(date(2027, 12, 6))
    required.lineEdit().end(False)
    for _ in range(10):
        qtbot.keyClick(required, Qt.Key.Key_Backspace)
    qtbot.keyClick(required, Qt.Key.Key_Return)
    assert required.value() == date(2027, 12, 6)  # a date is needed: the old one stays
