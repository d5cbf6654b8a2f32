"""Whom the overview counts and whom NEDB's contingent file carries: the file's students are exactly those studying
or on leave plus those who left since 1 September, so the two pages' figures add up."""
from datetime import date, timedelta

from desktop.domain.contingent import academic_start
from desktop.services import nedb
from desktop.services.overview import get_overview, student_counts


def test_the_file_carries_the_students_studying_and_this_years_leavers(demo_db):
    counts = student_counts(demo_db)
    assert counts.left_this_year > 0 and counts.studying > 0
    changes = nedb.changes_since_last_export(demo_db)
    assert changes.since is None  # nothing exchanged in the demo: every student of the file is "added"
    assert len(changes.added) == counts.in_nedb_file == counts.studying + counts.left_this_year
    overview = get_overview(demo_db)
    assert (overview.students, overview.left_this_year) == (counts.studying, counts.left_this_year)


def test_leavers_of_an_earlier_year_are_not_counted(demo_db):
    today = date.today()
    a_year_on = academic_start(today) + timedelta(days=400)  # next academic year: this year's leavers are history
    assert student_counts(demo_db, a_year_on).left_this_year == 0
    assert student_counts(demo_db, a_year_on).studying == student_counts(demo_db, today).studying
