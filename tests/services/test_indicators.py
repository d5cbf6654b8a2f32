"""The indicators from the records, each on a hand-built case with its numerator and denominator named."""
from datetime import date

import pytest
from contingent import add_group, enrol

from desktop.services import college, indicators, movements
from desktop.services.college import CollegeProfileData
from desktop.services.errors import ValidationFailed
from desktop.services.movements import OrderInput


def by_key(figures):
    return {f.key: f for f in figures}


def test_each_indicator_on_a_hand_built_college(db):
    group = add_group(db, "23ПО-41к", intake_year=2023)
    state = enrol(db, group, 3)  # state order (local budget)
    paid = enrol(db, group, 1, start=5000, funding="paid")
    movements.apply_order(db, OrderInput("1-в", date(2027, 6, 30), "graduation", date(2027, 6, 30)), state + paid)
    indicators.set_employment(db, state[0], "employed_in_specialty", date(2027, 9, 1), "ТОО «Алатау Софт»", "confirmed")
    indicators.set_employment(db, state[1], "not_employed", date(2027, 9, 1))
    indicators.set_employment(db, paid[0], "employed_in_specialty", date(2027, 9, 1))  # not state order: not counted
    indicators.add_teacher(db, "Ким Елена", date(2025, 1, 10))
    indicators.add_teacher(db, "Әбенов Нұрлан", date(2023, 5, 1))  # more than 3 years before the day
    indicators.set_library_count(db, 2027, 1200, 540)
    college.save_profile(db, CollegeProfileData(name_kk="К", name_ru="К", has_ramps=True, has_light_signals=True,
                                                has_call_button=True, has_sanitary_unit=True))
    figures = by_key(indicators.figures(db, 2027, date(2027, 11, 1)))
    # employed state-order graduates / state-order graduates of 2027 (the third one's status is still unknown)
    assert (figures["employment"].numerator, figures["employment"].denominator) == (1, 3)
    assert figures["employment"].target == 75 and figures["employment"].meets is False
    # Kazakh-language textbooks / all textbooks of the year
    assert (figures["kazakh_textbooks"].numerator, figures["kazakh_textbooks"].denominator) == (540, 1200)
    assert figures["kazakh_textbooks"].percent == 45.0 and figures["kazakh_textbooks"].meets is False
    # teachers whose last upgrade is over 3 years old / teachers
    assert (figures["teacher_upgrade"].numerator, figures["teacher_upgrade"].denominator) == (1, 2)
    assert figures["teacher_upgrade"].meets is False
    # the college's own yes/no for indicators measured across colleges
    assert (figures["inclusive"].numerator, figures["inclusive"].denominator) == (1, 1)
    assert (figures["demo_exams"].numerator, figures["demo_exams"].denominator) == (0, 1)
    # state-order students under a dual contract in force / state-order students studying now (none left)
    assert figures["dual_coverage"].denominator == 0 and figures["dual_coverage"].percent is None
    assert [g[3] for g in indicators.graduates(db, 2027)].count("unknown") == 1


def test_only_a_graduate_gets_an_employment_status_and_counts_must_add_up(db):
    group = add_group(db)
    [sid] = enrol(db, group)
    with pytest.raises(ValidationFailed) as error:
        indicators.set_employment(db, sid, "astronaut", date(2027, 1, 1))
    assert {p.code for p in error.value.problems} == {"field.bad_choice", "report.not_a_graduate"}
    with pytest.raises(ValidationFailed):
        indicators.set_library_count(db, 2027, 100, 120)
