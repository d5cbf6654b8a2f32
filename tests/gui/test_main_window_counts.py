"""The overview and the NEDB page count students differently (the NEDB file also carries this academic year's
leavers); each says what it counts, so 288 beside 290 reads as two facts, not a mistake."""
import re
from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel
from sqlalchemy import func, select

from desktop.domain.contingent import ACTIVE, academic_start
from desktop.models import Student


def _overview_figures(page) -> dict[str, str]:
    form = page.findChild(QFormLayout)
    figures = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is not None and field is not None:
            figures[label.widget().text()] = field.widget().text()
    return figures


def test_the_overview_says_whom_it_counts_and_why_the_nedb_page_counts_more(make_window, demo_db):
    window = make_window(demo_db, is_demo=True)
    with demo_db.session() as session:
        studying = session.scalar(select(func.count()).select_from(Student).where(Student.status.in_(tuple(ACTIVE))))
        left_this_year = session.scalar(select(func.count()).select_from(Student).where(
            Student.status.not_in(tuple(ACTIVE)), Student.left_on >= academic_start(date.today())))
    assert left_this_year > 0  # the demo has the case the issue saw (288 against 290)

    overview = window.page("overview")
    figures = _overview_figures(overview)
    assert figures["Students studying or on leave"] == str(studying)
    assert "Students" not in figures  # no bare count that could mean anyone ever enrolled
    note = " ".join(label.text() for label in overview.findChildren(QLabel))
    assert "NEDB file also carries the students who left during this academic year" in note

    nedb_page = window.page("nedb")
    counted = int(re.search(r"all (\d+) students", nedb_page.changes_label.text()).group(1))
    assert counted == studying + left_this_year  # exactly the difference the overview explains
