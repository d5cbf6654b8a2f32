"""Demonstration-exam marking: judgement averaging, totals and grade boundaries, over every case."""
import json
from decimal import Decimal

import pytest
from hypothesis import assume, given, strategies as st

from desktop.domain.exams import (Aspect, AspectKind, GradingScale, MarkingError, aspect_mark, passed, scheme_problems,
                                  total_mark)
from desktop.paths import resource_path

SCALE = GradingScale.from_dict(json.loads(resource_path("grading", "national-letter-scale.json").read_text("utf-8")))


@st.composite
def schemes(draw):
    """Aspects whose maxima are whole or half marks summing to exactly 100."""
    count = draw(st.integers(1, 12))
    cuts = sorted(draw(st.lists(st.integers(1, 199), min_size=count - 1, max_size=count - 1, unique=True)))
    halves = [b - a for a, b in zip([0, *cuts], [*cuts, 200])]
    kinds = draw(st.lists(st.sampled_from(list(AspectKind)), min_size=count, max_size=count))
    return [Aspect(f"A{n}", kind, Decimal(h) / 2) for n, (h, kind) in enumerate(zip(halves, kinds))]


def scores_for(draw, aspects):
    scores = {}
    for aspect in aspects:
        if aspect.kind == AspectKind.JUDGEMENT:
            scores[aspect.code] = tuple(draw(st.lists(st.integers(0, 3), min_size=3, max_size=3)))
        else:
            steps = int(aspect.max_mark * 2)
            scores[aspect.code] = (Decimal(draw(st.integers(0, steps))) / 2,)
    return scores


@given(st.data())
def test_a_valid_scheme_sums_to_100_and_totals_stay_within_it(data):
    aspects = data.draw(schemes())
    assert scheme_problems(aspects) == []
    scores = scores_for(data.draw, aspects)
    total = total_mark(aspects, scores)
    assert Decimal(0) <= total <= Decimal(100)
    full = {a.code: ((3, 3, 3) if a.kind == AspectKind.JUDGEMENT else (a.max_mark,)) for a in aspects}
    assert total_mark(aspects, full) == Decimal("100.00")
    assert total_mark(aspects, {}) == Decimal("0.00")


@given(st.lists(st.integers(0, 3), min_size=3, max_size=3), st.integers(1, 20))
def test_judgement_is_the_mean_of_three_judges_over_three(judges, maximum):
    aspect = Aspect("J", AspectKind.JUDGEMENT, Decimal(maximum))
    assert aspect_mark(aspect, tuple(judges)) == Decimal(maximum) * sum(judges) / 9


def test_bad_scores_are_refused_with_the_aspect_named():
    j, m = Aspect("J1", AspectKind.JUDGEMENT, Decimal(6)), Aspect("M1", AspectKind.MEASUREMENT, Decimal(4))
    for aspect, scores, code in ((j, (1, 2), "exam.three_judges"), (j, (1, 2, 4), "exam.judgement_0_3"),
                                 (m, (5,), "exam.score_out_of_range"), (m, (1, 2), "exam.one_score")):
        with pytest.raises(MarkingError) as error:
            aspect_mark(aspect, scores)
        assert (error.value.code, error.value.aspect) == (code, aspect.code)
    problems = scheme_problems([j, m, Aspect("J1", AspectKind.JUDGEMENT, Decimal(0))])
    assert {p.code for p in problems} == {"exam.repeated_aspect", "exam.bad_max", "exam.scheme_not_100"}


@pytest.mark.parametrize("total, letter, grade", [
    ("100", "A", "excellent"), ("95", "A", "excellent"), ("94.49", "A-", "excellent"), ("94.5", "A", "excellent"),
    ("90", "A-", "excellent"), ("89", "B+", "good"), ("75", "B-", "good"), ("74.99", "B-", "good"),
    ("74", "C+", "satisfactory"), ("50", "D", "satisfactory"), ("49.49", "F", "unsatisfactory"), ("0", "F", "unsatisfactory"),
])
def test_grade_boundaries_of_the_national_scale(total, letter, grade):
    band = SCALE.band(Decimal(total))
    assert (band.letter, band.grade) == (letter, grade)


@given(st.integers(0, 10000))
def test_every_total_falls_in_exactly_one_band(hundredths):
    total = Decimal(hundredths) / 100
    rounded = int((total + Decimal("0.5")) // 1)
    assume(rounded <= 100)
    matching = [b for b in SCALE.bands if b.low <= rounded <= b.high]
    assert len(matching) == 1 and SCALE.band(total) == matching[0]


def test_the_pass_mark_is_a_parameter():
    assert passed(Decimal("60"), Decimal("60")) and not passed(Decimal("59.99"), Decimal("60"))
    assert passed(Decimal("45"), Decimal("40"))


@given(st.data())
def test_a_printed_row_adds_up_to_its_total(data):
    """The protocol prints each aspect's mark to hundredths and the total beside them: the expert group checking a
    row by hand gets the total printed (46,83 was printed after marks adding up to 46,84)."""
    aspects = data.draw(schemes())
    scores = scores_for(data.draw, aspects)
    printed = [aspect_mark(a, scores[a.code]).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP") for a in aspects]
    assert total_mark(aspects, scores) == sum(printed, Decimal("0.00"))


def test_the_row_the_demo_printed_wrong():
    aspects = [Aspect("A", AspectKind.MEASUREMENT, Decimal(20)), Aspect("B", AspectKind.MEASUREMENT, Decimal(25)),
               Aspect("C", AspectKind.JUDGEMENT, Decimal(15)), Aspect("D", AspectKind.MEASUREMENT, Decimal(25)),
               Aspect("E", AspectKind.JUDGEMENT, Decimal(15))]
    scores = {"A": (Decimal("5.5"),), "B": (Decimal("16.5"),), "C": (2, 1, 1), "D": (Decimal("11.5"),),
              "E": (1, 2, 1)}
    assert total_mark(aspects, scores) == Decimal("46.84")  # 5,5 + 16,5 + 6,67 + 11,5 + 6,67
