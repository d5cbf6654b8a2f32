"""The classifier shipped with the application (resources/classifier/classifier.json) is one a new
database can take as it is: valid codes, each qualification under a shipped specialty, no code twice,
both names present, and the withdrawals the 2022-2023 recommendations announce (MR l.315-386)."""
import json
from collections import Counter
from datetime import date

import pytest

from desktop.domain import classifier as rules
from desktop.paths import resource_path

DATA = json.loads(resource_path("classifier", "classifier.json").read_text(encoding="utf-8"))
SPECIALTIES = DATA["specialties"]
QUALIFICATIONS = DATA["qualifications"]
ALL = SPECIALTIES + QUALIFICATIONS


def test_the_data_says_what_it_is_and_where_it_comes_from():
    assert DATA["about"].strip()
    assert SPECIALTIES and QUALIFICATIONS


@pytest.mark.parametrize("item", SPECIALTIES, ids=lambda item: item["code"])
def test_every_specialty_code_is_eight_digits(item):
    assert rules.is_specialty_code(item["code"]), item


@pytest.mark.parametrize("item", QUALIFICATIONS, ids=lambda item: item["code"])
def test_every_qualification_sits_under_a_shipped_specialty(item):
    parsed = rules.parse_qualification(item["code"])
    assert parsed is not None, item
    owners = [s["code"] for s in SPECIALTIES if rules.qualification_matches_specialty(item["code"], s["code"])]
    assert len(owners) == 1, (item["code"], owners)


def test_no_code_is_shipped_twice():
    assert [code for code, n in Counter(i["code"] for i in ALL).items() if n > 1] == []


@pytest.mark.parametrize("item", ALL, ids=lambda item: item["code"])
def test_every_entry_has_its_kazakh_and_russian_name_and_readable_dates(item):
    assert item["name_kk"].strip() == item["name_kk"] and item["name_kk"]
    assert item["name_ru"].strip() == item["name_ru"] and item["name_ru"]
    valid_from, valid_to = (date.fromisoformat(item[f]) if item.get(f) else None for f in ("valid_from", "valid_to"))
    assert rules.validity_problems(valid_from, valid_to) == []


def test_the_withdrawals_of_the_recommendations_are_kept_with_their_last_day():
    # MR l.317-386: 3W01120101 is withdrawn and specialty 01140400 removed by law; both apply until 2025-07-15.
    last_day = {i["code"]: i.get("valid_to") for i in ALL}
    assert last_day["3W01120101"] == "2025-07-15"
    assert last_day["01140400"] == "2025-07-15"
