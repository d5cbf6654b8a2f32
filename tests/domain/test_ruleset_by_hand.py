"""The rule set as data: read inside each test (one read once at import would hide a broken reader), its numbers
as the recommendations give them, subject names however colleges space and case them, and which set is in force
on a day."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.ruleset import RuleSet, pick_rule_set
from desktop.paths import resource_path


def shipped() -> RuleSet:
    return RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))


def test_the_shipped_rule_set_holds_the_recommendations_numbers():
    rules = shipped()
    assert (rules.id, rules.valid_from, rules.document) == ("credit-modular-2022", date(2022, 9, 1), "MR 2022-2023")
    assert rules.hours_per_credit == 24 and rules.credits(36) == 1.5 and rules.credits(1440) == 60
    assert rules["year_credits"] == 60 and rules["short_year_min_credits"] == 36
    assert rules.mandatory_sections == {"general", "basic", "professional", "practice", "intermediate", "final"}
    assert rules.source("TOTAL-RANGE") == "MR 2022-2023, MR l.238-261"
    assert rules.title_in("ru").startswith("Кредитно-модульные") and rules.title_in("en") == rules.title
    assert rules.title.startswith("Credit-modular rules, methodological recommendations 2022-2023")


@pytest.mark.parametrize("level, base, bounds", [
    ("worker", "9", (120, 180)), ("worker", "11", (60, 120)), ("mid_level", "9", (180, 240)),
    ("mid_level", "11", (120, 180)), ("mid_level", "tvet", None), ("applied_bachelor", "9", (60, 180)),
    ("applied_bachelor", "tvet", (60, 180)), ("worker", "tvet", None), ("mid_level", "12", None)])
def test_total_ranges_by_level_and_base(level, base, bounds):
    assert shipped().total_range(level, base) == bounds


@pytest.mark.parametrize("level, base, bounds, asks", [
    ("mid_level", "tvet", (60, 60), True),  # MR l.258-260: «60 кредит (мәндес біліктілік бойынша)»
    ("applied_bachelor", "tvet", (60, 180), False), ("mid_level", "11", (120, 180), False),
    ("worker", "tvet", None, False)])
def test_a_cognate_qualification_changes_only_the_tvet_base_mid_level_range(level, base, bounds, asks):
    assert shipped().total_range(level, base, cognate=True) == bounds
    assert shipped().asks_cognate(level, base) is asks


@pytest.mark.parametrize("name, key", [
    ("Математика", "mathematics"), ("  математика  ", "mathematics"), ("МАТЕМАТИКА", "mathematics"),
    ("Қазақстан  тарихы", "history_of_kazakhstan"), ("История\tКазахстана", "history_of_kazakhstan"),
    ("Алгебра и начала анализа", "mathematics"), ("Өзін-өзі тану", "self_knowledge"),
    ("Математика 2", None), ("", None), ("Программирование", None)])
def test_a_subject_is_known_by_its_name_however_spaced_or_cased(name, key):
    assert shipped().subject_key(name) == key


def test_the_set_in_force_on_a_day_is_the_newest_already_valid():
    old = shipped()
    new = replace(old, id="credit-modular-2024", valid_from=date(2024, 9, 1))
    assert pick_rule_set([old, new], date(2024, 9, 1)) is new
    assert pick_rule_set([new, old], date(2024, 8, 31)) is old
    assert pick_rule_set([old, new], date(2022, 9, 1)) is old
    with pytest.raises(LookupError, match="no rule set in force on 2022-08-31"):
        pick_rule_set([old, new], date(2022, 8, 31))
    with pytest.raises(LookupError):
        pick_rule_set([], date(2030, 1, 1))


def test_a_rule_set_of_its_own_numbers():
    data = json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8"))
    data.update(id="own", valid_from="2026-09-01", hours_per_credit=30, mandatory_sections=["basic"])
    data["general_education"] = dict(data["general_education"], subject_names={"logic": ["Логика", "Logic"]})
    own = RuleSet.from_dict(data)
    assert (own.id, own.valid_from, own.credits(45)) == ("own", date(2026, 9, 1), 1.5)
    assert own.mandatory_sections == {"basic"} and own.subject_key(" logic ") == "logic"
    assert own.subject_key("Математика") is None


# --- findings as sentences (resources/rules/messages.json) --------------------------------------------------
TEXTS = {
    "rules": {"TOTAL-RANGE": {"kk": "Кредиттер", "ru": "Кредиты", "en": "Credits"}},
    "severities": {"error": {"kk": "қате", "ru": "ошибка", "en": "error"}},
    "week_types": {"final_attestation": {"kk": "қорытынды", "ru": "итоговая", "en": "final"}},
    "levels": {"worker": {"kk": "жұмысшы", "ru": "рабочий", "en": "worker"}},
    "messages": {
        "m.plain": {"kk": "{found} / {allowed}", "ru": "{found} из {allowed}", "en": "{found} of {allowed}"},
        "m.subject": {"kk": "Жоқ: {subject}", "ru": "Нет: {subject}", "en": "No {subject}"},
        "m.part": {"kk": "{year}: {part}", "ru": "{year}: {part}", "en": "{year}: {part}"},
        "m.level": {"kk": "{level} ({found})", "ru": "{level} ({found})", "en": "{level} ({found})"},
    },
}


@pytest.mark.parametrize("code, params, language, sentence", [
    ("m.plain", {}, "ru", "62 из 60"), ("m.plain", {}, "en", "62 of 60"),
    ("m.subject", {"subject": "history_of_kazakhstan"}, "kk", "Жоқ: Қазақстан тарихы"),
    ("m.subject", {"subject": "history_of_kazakhstan"}, "ru", "Нет: История Казахстана"),
    ("m.subject", {"subject": "history_of_kazakhstan"}, "en", "No Қазақстан тарихы"),
    ("m.subject", {"subject": "informatics"}, "ru", "Нет: Информатика"),  # one name for both languages
    ("m.subject", {"subject": "astronomy"}, "ru", "Нет: astronomy"),  # a subject the set does not name
    ("m.part", {"year": 2, "part": "final_attestation"}, "kk", "2: қорытынды"),
    ("m.part", {"year": 2, "part": "holidays"}, "en", "2: holidays"),  # no words for it: its key
    ("m.level", {"level": "worker"}, "ru", "рабочий (62)"),
    ("m.unknown", {}, "kk", "m.unknown"),
])
def test_a_finding_as_a_sentence(code, params, language, sentence):
    from desktop.domain.rules import Finding, Severity
    from desktop.domain.rules.texts import FindingTexts

    finding = Finding("TOTAL-RANGE", Severity.ERROR, code, (), "62", "60", "MR", params)
    assert FindingTexts(TEXTS).message(finding, language, shipped()) == sentence
    assert finding.params == params  # the finding itself keeps its keys


def test_rule_titles_and_severities_in_each_language():
    from desktop.domain.rules.texts import FindingTexts

    texts = FindingTexts(TEXTS)
    assert [texts.rule_title("TOTAL-RANGE", lang) for lang in ("kk", "ru", "en")] == ["Кредиттер", "Кредиты", "Credits"]
    assert texts.rule_title("YEAR-LOAD", "kk") == "YEAR-LOAD" and texts.severity("warning", "ru") == "warning"
    assert texts.severity("error", "ru") == "ошибка"
