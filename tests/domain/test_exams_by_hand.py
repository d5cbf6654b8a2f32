"""Demonstration-exam arithmetic on totals worked out by hand: half-up rounding to hundredths, the judges' whole
marks 0-3, the limits of a measurement and of a scheme, and every band edge of the national letter scale
(DOMAIN.md section 4: 95-100 A 4.0, 90-94 A- 3.67, ... 0-49 F 0)."""
from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from desktop.domain.exams import (Aspect, AspectKind as K, GradingScale, MarkingError, aspect_mark, passed,
                                  scheme_problems, total_mark)
from desktop.paths import resource_path



def scale() -> GradingScale:
    """Read in the test, not at import: a scale built once at import would hide a broken from_dict."""
    return GradingScale.from_dict(json.loads(resource_path("grading", "national-letter-scale.json").read_text("utf-8")))


M1, M2 = Aspect("M1", K.MEASUREMENT, D(40)), Aspect("M2", K.MEASUREMENT, D(30))
J1 = Aspect("J1", K.JUDGEMENT, D(30))
SCHEME = [M1, M2, J1]


@pytest.mark.parametrize("scores, total", [
    ({"M1": (D("12.345"),)}, "12.35"),  # half up: a bank would round this to 12.34
    ({"M1": (D("0.125"),)}, "0.13"),  # ... and this to 0.12
    ({"M1": (D("0.005"),)}, "0.01"),
    ({"M1": (D("0.004"),)}, "0.00"),
    ({"M1": (D("12.335"),)}, "12.34"),
    ({"M1": (D("10.125"),), "M2": (D("20.25"),)}, "30.38"),
    ({"J1": (3, 2, 3)}, "26.67"),  # 30 x 8/9 = 26.666...
    ({"J1": (1, 0, 0)}, "3.33"),  # 30 x 1/9 = 3.333...
    ({"J1": (2, 2, 1)}, "16.67"),  # 30 x 5/9 = 16.666...
    ({"M1": (D(38),), "M2": (D("25.5"),), "J1": (3, 2, 3)}, "90.17"),  # 38 + 25.5 + 26.666... = 90.1666...
    ({"M1": (D(40),), "M2": (D(30),), "J1": (3, 3, 3)}, "100.00"),
    ({}, "0.00"),  # nothing scored yet
])
def test_totals_are_rounded_half_up_to_hundredths(scores, total):
    assert total_mark(SCHEME, scores) == D(total)
    assert str(total_mark(SCHEME, scores)) == total


@pytest.mark.parametrize("judges, accepted", [
    ((0, 0, 0), True), ((3, 3, 3), True), ((1, 2, 3), True),
    ((2.5, 3, 3), False), ((D("2.5"), 3, 3), False), ((3, 3, 2.5), False),  # whole marks only
    ((-1, 3, 3), False), ((4, 3, 3), False), ((3, 3, 4), False),
    ((3, 3), False), ((3, 3, 3, 3), False),  # three judges
])
def test_a_judges_mark_is_a_whole_0_to_3(judges, accepted):
    if accepted:
        assert aspect_mark(J1, judges) == D(30) * sum(judges) / 9
    else:
        with pytest.raises(MarkingError) as refused:
            aspect_mark(J1, judges)
        assert refused.value.code == ("exam.three_judges" if len(judges) != 3 else "exam.judgement_0_3")
        assert (refused.value.aspect, refused.value.value) == ("J1", judges)


@pytest.mark.parametrize("score, accepted", [
    (D(0), True), (D("0.01"), True), (D(40), True), (D("39.99"), True), (D("40.01"), False), (D("-0.01"), False),
    (25.5, True), (41, False)])
def test_a_measurement_from_0_to_its_maximum(score, accepted):
    if accepted:
        assert aspect_mark(M1, (score,)) == D(str(score))
    else:
        with pytest.raises(MarkingError) as refused:
            aspect_mark(M1, (score,))
        assert (refused.value.code, refused.value.aspect, refused.value.value) == (
            "exam.score_out_of_range", "M1", D(str(score)))
    for wrong in ((score, score), ()):
        with pytest.raises(MarkingError) as refused:
            aspect_mark(M1, wrong)
        assert (refused.value.code, refused.value.aspect, refused.value.value) == ("exam.one_score", "M1", wrong)


@pytest.mark.parametrize("maxima, problems", [
    ((D(40), D(30), D(30)), set()),
    ((D(40), D(30), D("29.99")), {"exam.scheme_not_100"}),
    ((D(40), D(30), D("30.01")), {"exam.scheme_not_100"}),
    ((D(100), D(0)), {"exam.bad_max"}),
    ((D(110), D(-10)), {"exam.bad_max"}),
    ((D("0.01"), D("99.99")), set()),
])
def test_a_scheme_of_positive_maxima_summing_to_100(maxima, problems):
    aspects = [Aspect(f"A{n}", K.MEASUREMENT, m) for n, m in enumerate(maxima)]
    assert {p.code for p in scheme_problems(aspects)} == problems
    total = sum(maxima, D(0))
    assert [(p.aspect, p.value) for p in scheme_problems(aspects) if p.code == "exam.bad_max"] == [
        (a.code, a.max_mark) for a in aspects if a.max_mark <= 0]
    if "exam.scheme_not_100" in problems:
        assert [(p.aspect, p.value) for p in scheme_problems(aspects) if p.code == "exam.scheme_not_100"] == [
            ("", total)]


def test_an_aspect_twice_in_a_scheme():
    twice = [Aspect("A", K.MEASUREMENT, D(50)), Aspect("A", K.JUDGEMENT, D(50))]
    assert [(p.code, p.aspect) for p in scheme_problems(twice)] == [("exam.repeated_aspect", "A")]
    assert str(MarkingError("exam.bad_max", "A", D(0))) == "exam.bad_max A 0"
    assert (MarkingError("exam.x").aspect, MarkingError("exam.x").value) == ("", None)


def test_a_scale_read_from_its_data():
    data = {"bands": [{"from": 50, "to": 100, "letter": "P", "points": 1.0, "grade": "pass"},
                      {"from": 0, "to": 49, "letter": "F", "points": 0.0, "grade": "fail"}]}
    own = GradingScale.from_dict(data)
    assert [(b.low, b.high, b.letter, b.points, b.grade) for b in own.bands] == [
        (50, 100, "P", 1.0, "pass"), (0, 49, "F", 0.0, "fail")]
    assert own.band(D("49.5")).letter == "P" and own.band(D("49.49")).letter == "F"
    assert [b.letter for b in scale().bands] == [letter for _, _, letter, _, _ in BANDS]


BANDS = [(95, 100, "A", 4.0, "excellent"), (90, 94, "A-", 3.67, "excellent"), (85, 89, "B+", 3.33, "good"),
         (80, 84, "B", 3.0, "good"), (75, 79, "B-", 2.67, "good"), (70, 74, "C+", 2.33, "satisfactory"),
         (65, 69, "C", 2.0, "satisfactory"), (60, 64, "C-", 1.67, "satisfactory"), (55, 59, "D+", 1.33, "satisfactory"),
         (50, 54, "D", 1.0, "satisfactory"), (0, 49, "F", 0.0, "unsatisfactory")]
EDGES = [(total, letter, points, grade) for low, high, letter, points, grade in BANDS
         for total in (D(low), D(high), D(low) - D("0.5"), D(high) + D("0.49")) if D(0) <= total <= D(100)]


@pytest.mark.parametrize("total, letter, points, grade", EDGES, ids=[str(e[0]) for e in EDGES])
def test_every_edge_of_the_letter_scale(total, letter, points, grade):
    # a whole-number band takes totals rounded half up: 84.5 is 85 (B+), 84.49 is 84 (B)
    band = scale().band(total)
    assert (band.letter, band.points, band.grade) == (letter, points, grade)


@pytest.mark.parametrize("total", [D("100.5"), D(101), D("-0.51"), D(-1)])
def test_a_total_off_the_scale_is_refused(total):
    with pytest.raises(MarkingError) as refused:
        scale().band(total)
    assert (refused.value.code, refused.value.aspect, refused.value.value) == ("exam.off_scale", "", total)


@pytest.mark.parametrize("total, pass_mark, result", [
    ("60", "60", True), ("59.99", "60", False), ("60.01", "60", True), ("0", "0", True), ("100", "100", True)])
def test_passing_is_reaching_the_pass_mark(total, pass_mark, result):
    assert passed(D(total), D(pass_mark)) is result
