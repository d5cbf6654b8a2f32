"""The load norms as a deputy director relies on them: the shipped file loads, every figure says where it comes
from and whether it is confirmed, and a broken copy is refused with every problem named."""
from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from desktop.domain.load_norms import CATEGORY_KEYS, FIGURES, LoadNorms, NormsError, norms_problems
from desktop.paths import resource_path

PATH = resource_path("load", "norms-2021.json")
DATA = json.loads(PATH.read_text(encoding="utf-8"))


def codes(data) -> set[str]:
    return {p.code for p in norms_problems(data)}


def test_the_shipped_norms_load_and_say_what_is_not_confirmed():
    norms = LoadNorms.load(PATH)
    assert norms.annual_hours == 720
    assert norms.figures["weekly_hours_per_rate"].value == 18
    # nothing was read from an act's own text: every figure is flagged and carries its source
    assert set(norms.unconfirmed()) >= set(FIGURES)
    assert all(f.source for f in norms.figures.values())
    assert [c.key for c in norms.categories] == list(CATEGORY_KEYS)
    assert norms.category("master").name("ru") == "педагог-мастер"
    assert norms.category("expert").name("kk") == "педагог-сарапшы"
    assert norms.category("").surcharge_percent == 0 and norms.category("").name("ru") == "без категории"
    assert "720" in norms.note and "not confirmed" in norms.note


def test_a_rate_carries_its_norm_and_the_load_is_over_or_under_it():
    norms = LoadNorms.load(PATH)
    assert norms.norm_hours(Decimal("0.5")) == 360
    assert norms.status(800, 1) == "over" and norms.status(700, 1) == "under" and norms.status(720, 1) == "norm"
    assert norms.rates_for(1080) == Decimal("1.50")
    assert norms.beyond_limits(1100) == "above_max"
    assert norms.beyond_limits(100) == "below_min"
    assert norms.beyond_limits(0) is None and norms.beyond_limits(900) is None


@given(hours=st.integers(min_value=0, max_value=3000), rate=st.sampled_from(["0.25", "0.5", "0.75", "1", "1.5"]))
def test_over_and_under_follow_the_difference_to_the_norm(hours, rate):
    norms = LoadNorms.from_dict(DATA)
    difference = hours - norms.norm_hours(rate)
    assert norms.status(hours, rate) == ("over" if difference > 0 else "under" if difference < 0 else "norm")


@given(name=st.sampled_from(FIGURES),
       value=st.one_of(st.integers(max_value=0), st.just("many"), st.none(), st.booleans(),
                       st.floats(allow_nan=True, allow_infinity=True).filter(lambda v: not v > 0 or v != v)))
def test_a_figure_that_is_not_a_positive_number_is_refused(name, value):
    broken = copy.deepcopy(DATA)
    broken["figures"][name]["value"] = value
    assert "load_norms.bad_figure" in codes(broken)
    with pytest.raises(NormsError):
        LoadNorms.from_dict(broken)


@given(name=st.sampled_from(FIGURES), drop=st.sampled_from(["source", "confirmed"]))
def test_a_figure_without_its_source_or_flag_is_refused(name, drop):
    broken = copy.deepcopy(DATA)
    del broken["figures"][name][drop]
    assert "load_norms.bad_figure" in codes(broken)


@given(weekly=st.integers(min_value=1, max_value=40), weeks=st.integers(min_value=1, max_value=52),
       annual=st.integers(min_value=1, max_value=3000))
def test_the_year_must_be_the_week_times_the_weeks(weekly, weeks, annual):
    data = copy.deepcopy(DATA)
    data["figures"]["weekly_hours_per_rate"]["value"] = weekly
    data["figures"]["teaching_weeks"]["value"] = weeks
    data["figures"]["annual_hours_per_rate"]["value"] = annual
    assert ("load_norms.year_not_weeks" in codes(data)) == (annual != weekly * weeks)


@given(low=st.floats(min_value=0.05, max_value=3), high=st.floats(min_value=0.05, max_value=3))
def test_the_smallest_load_may_not_exceed_the_largest(low, high):
    data = copy.deepcopy(DATA)
    data["figures"]["min_rates"]["value"], data["figures"]["max_rates"]["value"] = low, high
    assert ("load_norms.rates_reversed" in codes(data)) == (Decimal(str(low)) > Decimal(str(high)))


@given(surcharges=st.lists(st.integers(min_value=0, max_value=100), min_size=len(CATEGORY_KEYS),
                           max_size=len(CATEGORY_KEYS)))
def test_a_higher_category_never_earns_less(surcharges):
    data = copy.deepcopy(DATA)
    for category, value in zip(data["categories"], surcharges):
        category["surcharge_percent"] = value
    falls = any(b < a for a, b in zip(surcharges, surcharges[1:]))
    assert ("load_norms.surcharge_falls" in codes(data)) == falls


@given(index=st.integers(min_value=0, max_value=len(CATEGORY_KEYS) - 1),
       breakage=st.sampled_from(["no_kk", "no_ru", "negative", "over_100", "no_source", "flag_text"]))
def test_a_malformed_category_is_named(index, breakage):
    data = copy.deepcopy(DATA)
    category = data["categories"][index]
    change = {"no_kk": ("kk", ""), "no_ru": ("ru", " "), "negative": ("surcharge_percent", -5),
              "over_100": ("surcharge_percent", 150), "no_source": ("source", ""), "flag_text": ("confirmed", "yes")}
    field, value = change[breakage]
    category[field] = value
    problems = [p for p in norms_problems(data) if p.code == "load_norms.bad_category"]
    assert [p.params["category"] for p in problems] == [category["key"]]


def test_a_missing_category_or_figure_is_named_and_garbage_is_refused():
    data = copy.deepcopy(DATA)
    data["categories"] = [c for c in data["categories"] if c["key"] != "researcher"]
    del data["figures"]["teaching_weeks"]
    problems = norms_problems(data)
    assert {(p.code, tuple(p.params.values())) for p in problems} >= {
        ("load_norms.missing_category", ("researcher",)), ("load_norms.missing_figure", ("teaching_weeks",))}
    assert codes([]) == {"load_norms.norms_not_an_object"} and codes({"figures": 3}) == {"load_norms.norms_not_an_object"}
