"""Counted nouns in the findings agree with their figure in Russian (61 кредит, 2 кредита, 25 кредитов,
1,5 кредита), Kazakh keeps the noun as it is after any number, and figures carry a decimal comma."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.rules import Finding, Severity, number
from desktop.domain.rules.texts import FindingTexts, local_figures, russian_plural
from desktop.paths import resource_path
from desktop.reports.finishing import figure
from curricula import RULES

TEXTS = FindingTexts(json.loads(resource_path("rules", "messages.json").read_text(encoding="utf-8")))


@given(st.integers(min_value=0, max_value=10**6))
def test_the_russian_rule_for_whole_numbers(n):
    expected = ("one" if n % 10 == 1 and n % 100 != 11
                else "few" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "many")
    assert russian_plural(n) == expected == russian_plural(str(n))


@given(st.integers(min_value=0, max_value=10**4), st.integers(min_value=1, max_value=99))
def test_a_fraction_takes_the_few_form(whole, hundredths):
    assert russian_plural(Decimal(whole) + Decimal(hundredths) / 100) == "few"


@pytest.mark.parametrize("n, word", [(1, "кредит"), (2, "кредита"), (5, "кредитов"), (11, "кредитов"),
                                     (12, "кредитов"), (21, "кредит"), (22, "кредита"), (61, "кредит"),
                                     (64, "кредита"), (111, "кредитов"), (1.5, "кредита"), (0, "кредитов")])
def test_year_load_names_its_credits_as_russian_does(n, word):
    finding = Finding("YEAR-LOAD", Severity.ERROR, "year_load.over", (), f"{n:g}", "60", "MR", {"year": 2})
    figure = f"{n:g}".replace(".", ",")
    assert TEXTS.message(finding, "ru", RULES) == f"2 курс: {figure} {word}, больше 60"
    assert TEXTS.message(finding, "kk", RULES) == f"2-курс: {figure} кредит, 60 кредиттен артық"


@pytest.mark.parametrize("code, found, allowed, params, sentence", [
    ("year_load.nothing_laid_out", "0", "1", {}, "Часы не распределены по семестрам (1 строка): внесите часы "
                                                 "каждой строки по семестрам"),
    ("year_load.nothing_laid_out", "0", "3", {}, "Часы не распределены по семестрам (3 строки): внесите часы "
                                                 "каждой строки по семестрам"),
    ("year_load.nothing_laid_out", "0", "14", {}, "Часы не распределены по семестрам (14 строк): внесите часы "
                                                  "каждой строки по семестрам"),
    ("schedule.too_many_weeks", "41", "40", {"year": 1}, "1 курс: 41 неделя, должно быть 40"),
    ("schedule.too_many_weeks", "43", "40", {"year": 1}, "1 курс: 43 недели, должно быть 40"),
    ("schedule.too_many_weeks", "45", "40", {"year": 1}, "1 курс: 45 недель, должно быть 40"),
    ("year_load.not_distributed", "1", "72", {}, "По семестрам распределено 1 час, в строке 72"),
    ("year_load.not_distributed", "24", "72", {}, "По семестрам распределено 24 часа, в строке 72"),
    ("year_load.not_distributed", "5472", "5480", {}, "По семестрам распределено 5\u00a0472 часа, в строке 5\u00a0480"),
    ("credit_unit.not_half_credits", "1.25", "× 0.5", {"hours": 30},
     "30 часов = 1,25 кредита: кредиты должны быть кратны половине"),
    ("year_load.short_year_too_short", "30.5", ">= 36", {"year": 4},
     "4 курс: 30,5 кредита; в неполном году должно быть не менее 36 кредитов"),
    ("year_load.beyond_last_year", "5", "4", {}, "Запланировано на 5 курс, а обучение длится 4 года"),
    ("distance.over", "21.5%", "<= 20%", {"hours": 1181}, "Дистанционное обучение 21,5% (1\u00a0181 час), допустимо не более 20%"),
    ("worker_quals.too_many", "2", "<= 1", {"codes": "3W1, 3W2"},
     "В программе СПО 2 рабочие квалификации (3W1, 3W2); допустимо не более 1"),
])
def test_every_counted_noun_agrees_in_russian(code, found, allowed, params, sentence):
    assert TEXTS.message(Finding("X", Severity.ERROR, code, (), found, allowed, "MR", params), "ru", RULES) == sentence


def test_kazakh_keeps_its_nouns_and_writes_a_decimal_comma():
    finding = Finding("YEAR-LOAD", Severity.ERROR, "year_load.short_year_too_short", (), "30.5", ">= 36", "MR",
                      {"year": 4})
    assert TEXTS.message(finding, "kk", RULES) == "4-курс: 30,5 кредит; толық емес жылда кемінде 36 кредит болуы керек"
    weeks = Finding("SCHEDULE-PARTS", Severity.ERROR, "schedule.too_many_weeks", (), "43", "40", "MR", {"year": 1})
    assert TEXTS.message(weeks, "kk", RULES) == "1-курс: 43 апта, 40 болуы керек"
    assert TEXTS.message(weeks, "en", RULES) == "Year 1: 43 weeks; there must be 40"


def test_codes_and_dates_are_not_taken_for_figures():
    assert local_figures("ОН 4.1", "ru") == "ОН 4.1" and local_figures("2025-07-15", "kk") == "15.07.2025"
    prefix = Finding("CLASSIFIER", Severity.WARNING, "classifier.prefix_mismatch", (), "4S07150101", "0613", "MR")
    assert TEXTS.message(prefix, "ru", RULES) == "Код 4S07150101 не начинается с цифр специальности 0613"
    bad = Finding("CLASSIFIER", Severity.ERROR, "classifier.bad_specialty", (), "12345", "########", "MR")
    assert TEXTS.message(bad, "kk", RULES) == "«12345» мамандық коды емес (8 цифр)"


def test_no_russian_message_writes_a_counted_noun_in_one_form_only():
    """Each number followed by кредит/час/неделя/строка in the Russian texts goes through the plural form."""
    import re

    data = json.loads(resource_path("rules", "messages.json").read_text(encoding="utf-8"))
    fixed = re.compile(r"\{\w+\} (кредит|час|недел|строк|год|лет)")
    assert [code for code, entry in data["messages"].items() if fixed.search(entry["ru"])] == []


@given(st.decimals(min_value=0, max_value=10**5, places=2, allow_nan=False, allow_infinity=False))
def test_figures_in_findings_are_written_as_the_printed_documents_write_them(value):
    written = number(float(value))  # as the rules write a figure into a finding: "4.5", "5472"
    for language in ("kk", "ru"):
        assert local_figures(written, language) == figure(float(written))
    assert local_figures(written, "en") == written


def test_a_source_reads_as_document_and_lines_in_each_language():
    source = "MR 2022-2023, MR l.394-400"
    assert [TEXTS.source(source, language) for language in ("kk", "ru", "en")] == [
        "Әдістемелік ұсынымдар 2022-2023, 394-400 жолдар", "Методические рекомендации 2022-2023, строки 394-400",
        "Methodological recommendations 2022-2023, lines 394-400"]
    assert TEXTS.source("MR 2022-2023, MR l.269", "kk") == "Әдістемелік ұсынымдар 2022-2023, 269-жол"
    assert TEXTS.source("DOMAIN.md section 3", "ru") == "DOMAIN.md section 3"  # not a citation of lines
