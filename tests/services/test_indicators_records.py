"""The records behind the demonstration-exam figure say why each session counts: its candidates assessed and
whether it is counted as held, by the same rule as the figure (a planned session, or one to come, is not)."""
from datetime import date

from desktop.services import indicators


def _rows(db, year, today):
    found = indicators.records(db, "demo_exams", year, today)
    assert found.columns[-2:] == ("assessed", "counted_held")
    return {values[2]: values[-2:] for _, _, values in found.rows}


def test_the_2026_sessions_show_their_candidates_assessed_and_count_as_held(demo_db):
    # the final attestation of 22ПО-41к (24 of 24 scored) and the qualification exam of 23ПО-41р (9 of 10)
    assert _rows(demo_db, 2026, date(2026, 11, 22)) == {"4S06130103": (24, True), "3W06130102": (9, True)}
    figure = next(f for f in indicators.figures(demo_db, 2026, date(2026, 11, 22)) if f.key == "demo_exams")
    assert figure.numerator == 1


def test_a_planned_session_is_listed_and_not_counted(demo_db):
    assert _rows(demo_db, 2027, date(2027, 6, 20)) == {"4S06130103": (0, False)}


def test_a_session_counts_only_from_its_first_day(demo_db):
    # on 31 May 2026 the June final attestation had not taken place, the January exam had (read as of that day)
    assert _rows(demo_db, 2026, date(2026, 5, 31)) == {"4S06130103": (24, False), "3W06130102": (9, True)}
