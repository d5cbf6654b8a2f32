"""The tarification list read back as the chief accountant reads it: its title, the director's approval with the
date in words and the stamp place, every column's header on every page (150 teachers run over many), hours and
money with decimal commas, the totals, the chief accountant's and the deputy director's signatures on the page of
the table's last rows, page X of Y."""
from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports import finishing
from desktop.reports.load_data import TarifiedTeacher
from desktop.reports.tarification_pdf import build_tarification_pdf, pay

sys.path.insert(0, str(Path(__file__).parent))
from test_load_samples import SIGNED, tarification  # noqa: E402

HEADERS = {"kk": ("Тегі, аты, әкесінің аты", "Лауазымы, оқытатын пәні", "Санаты, берілген күні", "бюджеттен",
                  "Коэффициенттер", "Айлықақы, теңге"),
           "ru": ("Фамилия, имя, отчество", "Должность, преподаваемый предмет", "Категория, дата присвоения",
                  "внебюджет", "Коэффициенты", "Заработная плата в месяц, тенге")}
PARTS = {"kk": ("ТАРИФИКАЦИЯЛЫҚ ТІЗІМ", "БЕКІТЕМІН", "Колледж директоры", "«28» тамыз 2026 ж.", "М.О.", "Бас бухгалтер",
                "Директордың оқу ісі жөніндегі орынбасары", "педагог-шебер", "педагог-сарапшы", "санатсыз",
                "2026–2027 оқу жылы", "Бір мөлшерлеме — жылына 720 сағат", "01.09.2026 жағдай бойынша", "Жиыны",
                "3 ж. 0 ай"),
         "ru": ("ТАРИФИКАЦИОННЫЙ СПИСОК", "УТВЕРЖДАЮ", "Директор колледжа", "«28» августа 2026 г.", "М.П.",
                "Главный бухгалтер", "Заместитель директора по учебной работе", "педагог-мастер", "педагог-эксперт",
                "без категории", "на 2026–2027 учебный год", "Ставка — 720 часов в год", "по состоянию на 01.09.2026",
                "Итого", "3 л. 0 мес.")}
PAGE_OF = {"kk": r"(\d+)-бет, барлығы (\d+)", "ru": r"Страница (\d+) из (\d+)"}


def pages_of(path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text().replace("\u00a0", " ")) for page in PdfReader(path).pages]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_list_prints_every_required_part_in_its_language(tmp_path, language):
    path = tmp_path / f"tarification-{language}.pdf"
    doc = tarification(language)
    build_tarification_pdf(path, doc, language)
    text = " ".join(pages_of(path))
    for expected in (*PARTS[language], *HEADERS[language], doc.college_name, SIGNED.director,
                     SIGNED.chief_accountant, SIGNED.deputy_director, "Әбілқасымов Нұрлан", "№ ЖБ-Б 1200345",
                     "20.06.2005", "15.05.2022"):
        assert expected in text, expected
    # hours and money with decimal commas and spaced thousands: 832,5 hours; 186 345,50 tenge a rate
    assert "832,5" in text and "186 345,50" in text and "1 790 909,64" in text
    assert "832.5" not in text and "186345" not in text


def test_the_pay_is_the_rate_salary_for_the_load_with_the_category_surcharge():
    teacher = TarifiedTeacher("", "", hours_budget=Decimal(900), category_percent=30,
                              salary_per_rate=Decimal("200000"))
    assert pay(teacher, 720) == (Decimal("250000.00"), Decimal("75000.00"), Decimal("325000.00"))
    assert pay(TarifiedTeacher("", ""), 720) is None


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_150_teachers_repeat_the_header_on_every_page_and_end_with_rows_above_the_signatures(tmp_path, language):
    path = tmp_path / "long.pdf"
    build_tarification_pdf(path, tarification(language, 150), language)
    pages = pages_of(path)
    assert len(pages) > 5
    for number, text in enumerate(pages, start=1):
        for header in HEADERS[language]:
            assert header in text, (number, header)
        page, total = map(int, re.search(PAGE_OF[language], text).groups())
        assert (page, total) == (number, len(pages))
        assert "Алатау" in text and "2026–2027" in text  # the identity line on every page
    last = pages[-1]
    assert PARTS[language][5] in last and finishing.stamp_place(language) in last
    # the signatures stand under teachers' rows and the total, never alone on the page
    assert re.search(r"\b1[45]\d [^\d]", last) and PARTS[language][13] in last
    assert all(PARTS[language][5] not in page for page in pages[:-1])


def test_an_unapproved_draft_leaves_the_date_to_fill_and_says_it_is_a_draft(tmp_path):
    doc = tarification("ru", approved=False, salary=False)
    path = tmp_path / "draft.pdf"
    from dataclasses import replace
    build_tarification_pdf(path, replace(doc, draft=True), "ru")
    text = " ".join(pages_of(path))
    assert "«___» __________ 20__ г." in text and "ПРОЕКТ" in text
    assert "186 345,50" not in text  # no salary known: the pay columns are left for the accountant


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_header_word_runs_over_its_column(language):
    """Noto Sans is wide and the list has sixteen columns: every word of every header (hyphenated where the label
    says) fits the width of its column, or of the columns it spans."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.reports.load_blocks import LoadStyles
    from desktop.reports.tarification_pdf import WIDTHS, _head

    s = LoadStyles(7)
    rows, spans = _head(language, s)
    span_of = {start: end for start, end in spans}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not hasattr(cell, "text"):
                continue
            end = span_of.get((c, r), (c, r))
            room = sum(WIDTHS[c:end[0] + 1]) * cm - 3
            for line in cell.text.split("<br/>"):
                for piece in line.split():
                    assert stringWidth(piece, s.bold, s.head.fontSize) <= room, (piece, c)


def test_the_keys_the_staff_records_keep_print_as_words(tmp_path):
    """services.teachers keeps no category as "" and knows a doctorate: both print in words, never as keys."""
    from dataclasses import replace
    doc = tarification("ru", count=1)
    teacher = replace(doc.teachers[0], category="", category_date=None, education="doctorate")
    path = tmp_path / "keys.pdf"
    build_tarification_pdf(path, replace(doc, teachers=[teacher]), "ru")
    text = " ".join(pages_of(path))
    assert "без категории" in text and "послевузовское (докторантура)" in text and "doctorate" not in text


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_header_word_keeps_a_point_of_air_in_its_column(language):
    from desktop.reports.load_blocks import LoadStyles
    from desktop.reports.tarification_pdf import tarification_flowables
    from test_load_samples import words_over_columns

    s = LoadStyles(7)
    assert words_over_columns(tarification_flowables(tarification(language), language, s)[-1], s) == []


def test_the_total_of_the_rates_is_the_sum_of_the_rates_printed(tmp_path):
    """Three teachers of 250 hours at 720 an rate: 0,35 each, 1,05 in all (not 750 / 720 = 1,04)."""
    from dataclasses import replace

    sample = tarification("ru", 3)
    doc = replace(sample, teachers=[replace(t, hours_budget=Decimal(250), hours_extra=Decimal(0))
                                    for t in sample.teachers])
    build_tarification_pdf(tmp_path / "t.pdf", doc, "ru")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "t.pdf").pages)
    assert text.count("0,35") >= 3 and "1,05" in text and "1,04" not in text
