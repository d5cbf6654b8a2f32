"""The dual-training report on its own, read back: page X of Y, the college and the report's day on every page,
payments with a decimal comma and spaced thousands, the director's signature with the stamp place and the date in
words on the page of the last contracts listed, nothing in English."""
import re
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.services import dual_report


@pytest.mark.parametrize("language, page_of, words", [
    ("kk", r"(\d+)-бет, барлығы (\d+)", ("ДУАЛЬДЫ ОҚЫТУ ТУРАЛЫ ЕСЕП", "М.О.", "«22» қараша 2026 ж.", "Барлығы")),
    ("ru", r"Страница (\d+) из (\d+)", ("ОТЧЁТ О ДУАЛЬНОМ ОБУЧЕНИИ", "М.П.", "«22» ноября 2026 г.", "Итого"))])
def test_the_dual_report_prints_as_accepted(demo_db, tmp_path, language, page_of, words):
    path = tmp_path / "dual.pdf"
    dual_report.write_dual_report(path, dual_report.dual_report(demo_db, date(2026, 11, 22)), language, "pdf")
    pages = [page.extract_text().replace("\u00a0", " ") for page in PdfReader(path).pages]
    for number, text in enumerate(pages, start=1):
        assert re.search(page_of, text).groups() == (str(number), str(len(pages)))
        assert "22.11.2026" in text
        assert not re.findall(r"[A-Za-z]{3,}", text)
        assert not re.findall(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])", text)  # 52,6 and 600 000,00, never a point
    text = "\n".join(pages)
    assert all(word in text for word in words) and "52,6" in text
    assert "1 050 000,00" in text
    last = pages[-1]  # the signatures close the list of contracts, its last rows on their page
    assert "Д-24/2026" in last and "Сейтқалиев Ержан Болатұлы" in last
    # issue #15: the deputy director signs by name (the college profile's), not on a blank line
    assert "Байжанова Динара Ерланқызы" in " ".join(last.split())


def test_a_kazakh_report_names_the_enterprise_in_kazakh(demo_db, tmp_path):
    from openpyxl import load_workbook

    report = dual_report.dual_report(demo_db, date(2026, 11, 22))
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "d.xlsx"
    dual_report.write_dual_report(pdf, report, "kk", "pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "«Алатау Софт» ЖШС" in text and "ТОО" not in text
    dual_report.write_dual_report(xlsx, report, "kk", "xlsx")
    assert load_workbook(xlsx)["Шарттар"]["C2"].value == "«Алатау Софт» ЖШС"


def test_namesakes_are_told_apart_and_a_draft_is_not_a_contract(demo_db, tmp_path):
    """Issue #15: «Әбенов Дамир» printed twice (two students of 25ПО-21р), and the draft Д-01 (0 hours, «проект»)
    listed among the contracts."""
    report = dual_report.dual_report(demo_db, date(2026, 11, 22))
    assert all(c.status != "draft" for c in report.contracts)
    names = [c.student for c in report.contracts]
    assert len(names) == len(set(names))
    assert {"Әбенов Дамир Маратұлы", "Әбенов Дамир Бекзатұлы"} <= set(names)
    path = tmp_path / "dual.pdf"
    dual_report.write_dual_report(path, report, "ru", "pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Әбенов Дамир Маратұлы" in text and "Әбенов Дамир Бекзатұлы" in text and "Д-01/2026" not in text


@pytest.mark.parametrize("language, name", [("kk", "06130100 Бағдарламалық қамтамасыз ету"),
                                            ("ru", "06130100 Программное обеспечение")])
def test_the_coverage_names_each_specialty(demo_db, tmp_path, language, name):
    """Issue #15: the coverage table printed the specialty's code alone."""
    path = tmp_path / f"dual-{language}.pdf"
    dual_report.write_dual_report(path, dual_report.dual_report(demo_db, date(2026, 11, 22)), language, "pdf")
    assert name in " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
