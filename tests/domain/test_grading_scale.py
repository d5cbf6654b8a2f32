"""The grading scale as data: every percent in exactly one band, letters agreeing with percents, a college's
edited scale, pass/fail rows, and the averages a diploma supplement prints."""
import copy
import json
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from desktop.domain.grading import (FAILED, PASSED, GRADING_MESSAGES, GradeKind, GradingError, GradingScale,
                                    ScaleError, average_mark, average_percent, average_points, national_scale,
                                    parse_percent, scale_problems)
from desktop.paths import resource_path

NATIONAL = json.loads(resource_path("grading", "national.json").read_text("utf-8"))
SCALE = national_scale()


def codes(data) -> list[str]:
    return [p.code for p in scale_problems(data)]


def test_the_national_scale_is_the_one_of_the_domain_reference():
    table = [(b.low, b.high, b.letter, b.points, b.traditional) for b in SCALE.bands]
    assert table == [
        (95, 100, "A", Decimal("4.0"), "excellent"), (90, 94, "A-", Decimal("3.67"), "excellent"),
        (85, 89, "B+", Decimal("3.33"), "good"), (80, 84, "B", Decimal("3.0"), "good"),
        (75, 79, "B-", Decimal("2.67"), "good"), (70, 74, "C+", Decimal("2.33"), "satisfactory"),
        (65, 69, "C", Decimal("2.0"), "satisfactory"), (60, 64, "C-", Decimal("1.67"), "satisfactory"),
        (55, 59, "D+", Decimal("1.33"), "satisfactory"), (50, 54, "D", Decimal("1.0"), "satisfactory"),
        (0, 49, "F", Decimal("0.0"), "unsatisfactory")]
    words = {t.key: (t.mark, t.kk, t.ru, t.en) for t in SCALE.traditional}
    assert words == {"excellent": (5, "өте жақсы", "отлично", "excellent"),
                     "good": (4, "жақсы", "хорошо", "good"),
                     "satisfactory": (3, "қанағаттанарлық", "удовлетворительно", "satisfactory"),
                     "unsatisfactory": (2, "қанағаттанарлықсыз", "неудовлетворительно", "unsatisfactory")}
    assert "70" in NATIONAL["note"] and "75" in NATIONAL["note"] and NATIONAL["source"]


@given(st.integers(0, 100))
def test_every_percent_falls_in_exactly_one_band_of_the_national_scale(percent):
    assert sum(1 for b in SCALE.bands if b.low <= percent <= b.high) == 1
    grade = SCALE.grade(percent)
    assert grade.kind is GradeKind.SCALED and grade.percent == percent
    assert grade.passed == (percent >= 50)


@given(st.integers(0, 100), st.integers(0, 100))
def test_a_higher_percent_never_gets_a_lower_letter_or_fewer_points(a, b):
    low, high = sorted((a, b))
    assert SCALE.grade(high).points >= SCALE.grade(low).points
    order = [band.letter for band in SCALE.bands]
    assert order.index(SCALE.grade(high).letter) <= order.index(SCALE.grade(low).letter)


@st.composite
def valid_scales(draw):
    """Any scale a college could make: cut points over 0-100, points falling with the percent, letters unique."""
    cuts = sorted(draw(st.lists(st.integers(1, 100), min_size=1, max_size=12, unique=True)))
    edges = [0, *cuts, 101]
    points = sorted(draw(st.lists(st.integers(0, 400), min_size=len(edges) - 1, max_size=len(edges) - 1)))
    keys = ["unsatisfactory", "satisfactory", "good", "excellent"]
    kinds = sorted(draw(st.lists(st.integers(0, 3), min_size=len(edges) - 1, max_size=len(edges) - 1)))
    bands = [{"from": lo, "to": hi - 1, "letter": f"L{i}", "points": p / 100, "traditional": keys[k]}
             for i, (lo, hi, p, k) in enumerate(zip(edges, edges[1:], points, kinds))]
    data = copy.deepcopy(NATIONAL)
    data["bands"] = list(reversed(bands)) if draw(st.booleans()) else bands
    return data


@given(valid_scales(), st.integers(0, 100))
def test_every_percent_falls_in_exactly_one_band_of_any_valid_scale(data, percent):
    assert scale_problems(data) == []
    scale = GradingScale.from_dict(data)
    assert sum(1 for b in scale.bands if b.low <= percent <= b.high) == 1
    band = scale.band(percent)
    assert scale.grade(percent).letter == band.letter and band.low <= percent <= band.high


def test_a_college_where_good_starts_at_70_edits_one_band_and_keeps_the_rest():
    data = copy.deepcopy(NATIONAL)
    next(b for b in data["bands"] if b["letter"] == "C+")["traditional"] = "good"
    scale = GradingScale.from_dict(data)
    assert scale.grade(70).traditional == "good" and scale.grade(69).traditional == "satisfactory"
    assert SCALE.grade(70).traditional == "satisfactory"  # the national scale itself is untouched
    assert scale.word(scale.grade(72), "kk") == "жақсы" and scale.word(scale.grade(72), "ru") == "хорошо"
    assert GradingScale.from_dict(scale.to_dict()) == scale  # stored as JSON, read back the same


@pytest.mark.parametrize(("edit", "expected"), [
    (lambda d: d["bands"].pop(3), ["grading.gap"]),  # 80-84 in no band
    (lambda d: d["bands"][1].update({"from": 88}), ["grading.overlap"]),
    (lambda d: d["bands"][2].update({"letter": "A"}), ["grading.repeated_letter"]),
    (lambda d: d["bands"][4].update({"points": 3.5}), ["grading.points_rise"]),
    (lambda d: d["bands"][0].update({"to": 110}), ["grading.band_outside"]),
    (lambda d: d["bands"][5].update({"traditional": "fair"}), ["grading.unknown_traditional"]),
    (lambda d: d["bands"][9].update({"traditional": "excellent"}), ["grading.traditional_rise"]),
    (lambda d: d["bands"][0].update({"from": "ninety-five"}), ["grading.bad_band"]),
    (lambda d: d.update({"bands": []}), ["grading.no_bands"]),
    (lambda d: d["traditional"]["good"].pop("ru"), ["grading.bad_traditional"]),
])
def test_a_broken_scale_is_refused_with_what_is_wrong(edit, expected):
    data = copy.deepcopy(NATIONAL)
    edit(data)
    assert sorted(set(codes(data))) == expected
    with pytest.raises(ScaleError) as refused:
        GradingScale.from_dict(data)
    assert [p.code for p in refused.value.problems] == codes(data)


def test_a_gap_and_an_overlap_name_their_percents():
    data = copy.deepcopy(NATIONAL)
    data["bands"][3].update({"from": 82})  # B 82-84: 80-81 in none
    data["bands"][6].update({"to": 72})  # C 65-72: 70-72 twice
    found = {p.code: p.params for p in scale_problems(data)}
    assert found["grading.gap"] == {"low": 80, "high": 81}
    assert found["grading.overlap"] == {"low": 70, "high": 72, "first": "C+", "second": "C"}
    assert all(code in GRADING_MESSAGES for code in found)


@pytest.mark.parametrize(("value", "whole"), [
    (85, 85), (0, 0), (100, 100), ("85", 85), (" 85 ", 85), ("84,5", 85), ("84.5", 85), (84.49, 84), (94.5, 95),
    (Decimal("49.5"), 50), ("85%", 85), (85.0, 85), ("100,0", 100)])
def test_percents_are_whole_numbers_rounded_half_up(value, whole):
    assert parse_percent(value) == whole


@pytest.mark.parametrize(("value", "code"), [
    ("жақсы", "grading.not_a_percent"), ("", "grading.not_a_percent"), (None, "grading.not_a_percent"),
    (True, "grading.not_a_percent"), (float("nan"), "grading.not_a_percent"), ("8 5", "grading.not_a_percent"),
    (101, "grading.percent_out_of_range"), (-1, "grading.percent_out_of_range"),
    ("100,4", "grading.percent_out_of_range"), (100.6, "grading.percent_out_of_range")])
def test_a_value_that_is_no_percent_is_refused_with_its_code(value, code):
    with pytest.raises(GradingError) as refused:
        parse_percent(value)
    assert refused.value.code == code and "value" in refused.value.params


def test_94_and_a_half_is_an_a_not_an_a_minus():
    assert SCALE.grade("94,5").letter == "A" and SCALE.grade(94.4).letter == "A-"


def test_pass_fail_rows_are_their_own_kind_and_print_in_each_language():
    passed, failed = SCALE.pass_fail_grade(True), SCALE.pass_fail_grade(False)
    assert passed.kind is GradeKind.PASS_FAIL and passed.percent is None and passed.letter == ""
    assert passed.passed and not failed.passed
    assert [SCALE.word(passed, lang) for lang in ("kk", "ru")] == ["сынақ", "зачтено"]
    assert [SCALE.word(failed, lang) for lang in ("kk", "ru")] == ["сынақ емес", "не зачтено"]


@pytest.mark.parametrize(("text", "key"), [
    ("жақсы", "good"), ("Хорошо", "good"), ("4", "good"), ("4 (жақсы)", "good"), ("5(отлично)", "excellent"),
    ("өте жақсы", "excellent"), ("3 (удовл.)", "satisfactory"), ("қанағаттанарлықсыз", "unsatisfactory"),
    ("2", "unsatisfactory"), ("сынақ", PASSED), ("Зачтено", PASSED), ("зачёт", PASSED), ("не зачтено", FAILED),
    ("сынақ емес", FAILED), ("5 - өте жақсы", "excellent"), ("4 (отлично)", None), ("7", None), ("жарайды", None), ("", None)])
def test_traditional_grades_are_read_as_sheets_write_them(text, key):
    assert SCALE.read_traditional(text) == key


def test_the_averages_weigh_each_grade_by_its_credits_and_leave_pass_fail_out():
    grades = [SCALE.grade(95), SCALE.grade(75), SCALE.pass_fail_grade(True), None]
    credits = [3, 1, 2, 5]
    assert average_points(grades, credits) == Decimal("3.67")  # (4*3 + 2.67) / 4 = 3.6675
    assert average_percent(grades, credits) == Decimal("90.00")
    assert average_points(grades) == Decimal("3.34")  # unweighted: (4 + 2.67) / 2 = 3.335
    assert average_mark(SCALE, grades, credits) == Decimal("4.75")
    assert average_points([SCALE.pass_fail_grade(True)]) is None and average_points([]) is None


def test_an_average_without_credits_for_a_graded_row_is_refused():
    with pytest.raises(ValueError):
        average_points([SCALE.grade(80)], [None])
    with pytest.raises(ValueError):
        average_points([SCALE.grade(80)], [1, 2])


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(1, 30)), min_size=1, max_size=40))
def test_the_average_points_lie_between_the_lowest_and_the_highest(rows):
    grades = [SCALE.grade(p) for p, _ in rows]
    average = average_points(grades, [c for _, c in rows])
    assert min(g.points for g in grades) <= average <= max(g.points for g in grades)


JUNK = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=12)


BANDS = st.lists(st.fixed_dictionaries({"from": JUNK | st.integers(-5, 105), "to": JUNK | st.integers(-5, 105),
                                        "letter": JUNK, "points": JUNK | st.floats(0, 4) | st.sampled_from([float("nan"), float("inf"), "NaN", True]),
                                        "traditional": JUNK | st.sampled_from(["good", "excellent"])}),
                 max_size=4)


@given(st.one_of(JUNK, st.fixed_dictionaries({"traditional": JUNK, "pass_fail": JUNK, "bands": JUNK}),
                 st.fixed_dictionaries({"traditional": st.just(NATIONAL["traditional"]), "bands": BANDS})))
def test_a_scale_of_any_shape_is_read_or_refused_with_problems_never_an_error(data):
    problems = scale_problems(data)
    if problems:
        with pytest.raises(ScaleError):
            GradingScale.from_dict(data)
    else:
        GradingScale.from_dict(data).grade(50)
