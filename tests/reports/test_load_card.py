"""The teacher's load card and the cycle commission's summary read back as the deputy director checks them:
every kind of hours by semester, the totals that are the rows' sums, the year against the rate's norm with the
excess or shortfall said in words, the signatures on the page of the last rows, in Kazakh and Russian."""
from __future__ import annotations

import re
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports.load_card_pdf import build_department_summary_pdf, build_load_card_pdf, status

sys.path.insert(0, str(Path(__file__).parent))
from test_load_samples import SIGNED, card, summary  # noqa: E402

CARD = {"kk": ("ОҚЫТУШЫНЫҢ ЖЕКЕ ОҚУ ЖҮКТЕМЕСІ", "2026–2027 оқу жылы", "1-семестр", "2-семестр", "Теория",
               "Практикалық, зертханалық", "Курстық жоба", "Консультация", "Емтихан", "Практика жетекшілігі",
               "1-семестр бойынша барлығы", "Жыл бойынша барлығы", "педагог-шебер", "(1-кіші топ)", "[бюдж. тыс]",
               "Оқытушы", "ПЦК төрағасы", "Директордың оқу ісі жөніндегі орынбасары", "«28» тамыз 2026 ж."),
        "ru": ("ИНДИВИДУАЛЬНАЯ УЧЕБНАЯ НАГРУЗКА ПРЕПОДАВАТЕЛЯ", "2026–2027 учебный год", "1-й семестр",
               "2-й семестр", "Теория", "Практические, лабораторные", "Курсовой проект", "Консультации", "Экзамены",
               "Руководство практикой", "Итого за 1-й семестр", "Итого за год", "педагог-мастер", "(1-я подгруппа)",
               "[внебюдж.]", "Преподаватель", "Председатель ПЦК", "Заместитель директора по учебной работе",
               "«28» августа 2026 г.")}
OVER = {"kk": "Нормадан артық: {h} сағат", "ru": "Сверх нормы: {h} ч."}
UNDER = {"kk": "Нормаға жетпейді: {h} сағат", "ru": "Недогрузка: {h} ч."}
PAGE_OF = {"kk": "1-бет, барлығы 1", "ru": "Страница 1 из 1"}


def text_of(path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text().replace("\u00a0", " ")) for p in PdfReader(path).pages]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_card_shows_each_kind_of_hours_and_the_excess_over_the_norm(tmp_path, language):
    path = tmp_path / "card.pdf"
    sample = card(language)
    build_load_card_pdf(path, [sample], language)
    pages = text_of(path)
    assert len(pages) == 1  # a ten-row card and its signatures on one page
    text = pages[0]
    for expected in (*CARD[language], PAGE_OF[language], sample.teacher, SIGNED.department_head,
                     SIGNED.deputy_director, "ПО-23-1", "ПМ 01"):
        assert expected in text, expected
    assert sample.total == 881 and sample.semester_total(1) == 394
    assert " 394 " in text and " 881 " in text and " 720 " in text
    assert OVER[language].format(h=161) in text
    assert "М.О." not in text and "М.П." not in text  # signed by the chair and the deputy: no seal goes there


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_card_under_its_rate_says_how_much_is_missing(tmp_path, language):
    path = tmp_path / "card.pdf"
    build_load_card_pdf(path, [card(language, rows=6, rate=Decimal("1.5"))], language)
    text = text_of(path)[0]
    sample = card(language, rows=6, rate=Decimal("1.5"))
    assert sample.norm == 1080
    assert UNDER[language].format(h=1080 - sample.total) in text and "(1,5)" in text


def test_half_hours_print_with_a_decimal_comma_and_over_under_follow_the_norm(tmp_path):
    sample = card("ru", rows=2)
    half = replace(sample, rows=[replace(sample.rows[0], theory=Decimal("36.5"))] + sample.rows[1:])
    path = tmp_path / "card.pdf"
    build_load_card_pdf(path, [half], "ru")
    assert "36,5" in text_of(path)[0] and "36.5" not in text_of(path)[0]
    assert (status(800, 720), status(700, 720), status(720, 720)) == ("over", "under", "norm")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_summary_lists_each_teacher_against_the_norm_and_signs_under_the_total(tmp_path, language):
    path = tmp_path / "summary.pdf"
    sample = summary(language)
    build_department_summary_pdf(path, sample, language)
    text = " ".join(text_of(path))
    title = {"kk": "ПЦК ОҚУ ЖҮКТЕМЕСІНІҢ ЖИЫНТЫҒЫ", "ru": "СВОДНАЯ НАГРУЗКА ПЦК"}[language]
    marks = {"kk": ("артық", "кем"), "ru": ("сверх нормы", "недогрузка")}[language]
    for expected in (title, "Информатика", *marks, SIGNED.department_head, SIGNED.deputy_director,
                     *(c.teacher for c in sample.cards), {"kk": "Жиыны", "ru": "Итого"}[language]):
        assert expected in text, expected
    total = sum(c.total for c in sample.cards)
    assert f" {total:,}".replace(",", " ") in text and " 5,5 " in text  # rates 1 + 1,5 + 1 + 1 + 1


def test_the_summary_with_cards_puts_each_card_on_its_own_pages(tmp_path):
    path = tmp_path / "summary-cards.pdf"
    sample = summary("ru", teachers=3)
    build_department_summary_pdf(path, sample, "ru", with_cards=True)
    pages = text_of(path)
    assert len(pages) == 4
    for page, c in zip(pages[1:], sample.cards):
        assert "ИНДИВИДУАЛЬНАЯ УЧЕБНАЯ НАГРУЗКА ПРЕПОДАВАТЕЛЯ" in page and c.teacher in page
        assert re.search(r"Страница \d из 4", page)


def test_a_long_card_repeats_its_header_and_keeps_a_row_of_hours_above_the_signatures(tmp_path):
    path = tmp_path / "long-card.pdf"
    build_load_card_pdf(path, [card("ru", rows=70)], "ru")
    pages = text_of(path)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert "Наименование дисциплины / модуля" in page and "Руководство практикой" in page, number
        assert f"Страница {number} из {len(pages)}" in page
    assert "Председатель ПЦК" in pages[-1] and re.search(r"ПО-2\d-1 ПМ 0\d", pages[-1])


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_header_word_of_the_card_or_the_summary_runs_over_its_column(language):
    from desktop.reports.load_blocks import LoadStyles
    from desktop.reports.load_card_pdf import card_flowables, summary_flowables
    from test_load_samples import words_over_columns

    s = LoadStyles(8)
    card_table = card_flowables(card(language), language, s)[-1]
    summary_table = summary_flowables(summary(language), language, s)[-1]
    assert words_over_columns(card_table, s) == [] and words_over_columns(summary_table, s) == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_production_training_has_its_own_column_on_the_card_and_the_summary(tmp_path, language):
    sample = card(language, rows=4)
    workshop = replace(sample, rows=[replace(sample.rows[0], production=Decimal(54))] + sample.rows[1:])
    path = tmp_path / "card.pdf"
    build_load_card_pdf(path, [workshop], language)
    text = text_of(path)[0]
    head = {"kk": "Өндірістік оқыту", "ru": "Производ- ственное обучение"}[language]
    assert head in text and workshop.total == sample.total + 54
    assert " 54 " in text
    summary_path = tmp_path / "summary.pdf"
    build_department_summary_pdf(summary_path, replace(summary(language, teachers=1), cards=[workshop]), language)
    summary_text = text_of(summary_path)[0]
    of = {"kk": "оның ішінде өндірістік оқыту", "ru": "в т.ч. производ- ственное обучение"}[language]
    assert of in summary_text and f" {workshop.total} 54 " in summary_text.replace("\u00a0", " ")
