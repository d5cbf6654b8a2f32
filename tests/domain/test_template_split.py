"""A new curriculum's lessons come with a theory / laboratory-practical split that adds up to their hours
(halves: the template's default, the recommendations set no share); exams and attestation have none."""
import pytest

from desktop.domain.curriculum import Curriculum, Section
from desktop.domain.templates import halves, starting_curriculum
from desktop.services import curricula


@pytest.mark.parametrize("base, language", [("9", "kk"), ("9", "ru"), ("11", "ru"), ("tvet", "kk")])
def test_every_lesson_of_the_template_splits_its_hours(base, language):
    rules = curricula.rule_set_for(Curriculum("06130100", (), base, language, intake_year=2025))
    plan = starting_curriculum("06130100", ("3W06130102", "4S06130103"), base, language, 3, rules)
    lessons = [row for row in plan.rows if row.section in (Section.GENERAL, Section.BASIC)]
    assert lessons
    for row in lessons:
        if row.subject == "general_exams":
            assert row.theory == row.practice == 0
        else:
            assert (row.theory, row.practice) == (row.hours // 2, row.hours - row.hours // 2), row.code
    for row in plan.rows:
        if row.section in (Section.INTERMEDIATE, Section.FINAL):
            assert row.theory == row.practice == 0, row.code


@pytest.mark.parametrize("hours", [0, 1, 24, 72, 97, 240])
def test_halves_add_up(hours):
    split = halves(hours)
    assert split["theory"] + split["practice"] == hours and 0 <= split["practice"] - split["theory"] <= 1
