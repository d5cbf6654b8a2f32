"""The load fulfilment report read back: the months of the period over their hours, plan, done, not done, over
plan, the hours replacements gave and those given in colleagues' place per row, per teacher and for all, for the
year and for each semester, the line that says how to read them, the header on every page of a long report, the
signatures under the last rows."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports.load_fulfilment_pdf import build_fulfilment_pdf

sys.path.insert(0, str(Path(__file__).parent))
from test_load_samples import SIGNED, fulfilment_report  # noqa: E402

HEAD = {"kk": ("Айлар бойынша берілген сағат", "Берілді", "Жоспар", "Берілмеді", "Жоспар-", "Алмас-",
               "Басқаны алмас-"),
        "ru": ("Выдано часов по месяцам", "Выполнено", "План", "Не выполнено", "Сверх плана", "Выдали заменяю-",
               "Заменял других")}
LEGEND = {"kk": "Берілді — жоспар сағаттарының оқытушы өзі немесе оны алмастырушы бергені",
          "ru": "Выполнено — часы плана, выданные преподавателем или заменявшим его"}
MONTHS = {"kk": ("қыр", "қаз", "қар", "жел", "қаң", "ақп", "нау", "сәу", "мам", "мау"),
          "ru": ("сен", "окт", "ноя", "дек", "янв", "фев", "мар", "апр", "май", "июн")}


def pages_of(path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text().replace("\u00a0", " ")) for p in PdfReader(path).pages]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_year_report_sums_each_teacher_and_all(tmp_path, language):
    path = tmp_path / "year.pdf"
    report = fulfilment_report(language)
    build_fulfilment_pdf(path, report, language)
    text = " ".join(pages_of(path))
    title = {"kk": "ОҚУ ЖҮКТЕМЕСІНІҢ ОРЫНДАЛУЫ ТУРАЛЫ ЕСЕП", "ru": "ОТЧЁТ О ВЫПОЛНЕНИИ УЧЕБНОЙ НАГРУЗКИ"}[language]
    period = {"kk": "2026–2027 оқу жылы", "ru": "за 2026–2027 учебный год"}[language]
    for expected in (title, period, *HEAD[language], *MONTHS[language], LEGEND[language], SIGNED.deputy_director,
                     {"kk": "«12» қаңтар 2027 ж.", "ru": "«12» января 2027 г."}[language]):
        assert expected in text, expected
    assert {"kk": "М.О.", "ru": "М.П."}[language] not in text  # the deputy's report is not sealed
    # a plan of 1 680: 1 638 given, 42 not, 6 beyond it (the months' 1 644), 12 of them by replacements; 8 given
    # in colleagues' place apart
    assert re.search(r"(Жиыны|Итого) 204 204 204 204 138 138 138 138 138 138 1 680 1 638 42 6 12 8", text)
    # each teacher's total is the sum of the teacher's rows: the first one's rows plan 120, 128 and 136 hours and
    # were given 124, 128 and 132
    first = {"kk": "Әбілқасымов Нұрлан Серікұлы: барлығы", "ru": "Әбілқасымов Нұрлан Серікұлы: итого"}[language]
    assert re.search(rf"{first} 51 51 51 51 30 30 30 30 30 30 384 380 4 4 3 2", text)


@pytest.mark.parametrize("language, semester, months", [("ru", 1, ("сен", "окт", "ноя", "дек")),
                                                        ("kk", 2, ("қаң", "ақп", "нау", "сәу", "мам", "мау"))])
def test_a_semester_report_counts_its_months_and_its_plan_only(tmp_path, language, semester, months):
    path = tmp_path / "semester.pdf"
    build_fulfilment_pdf(path, fulfilment_report(language, semester), language)
    text = " ".join(pages_of(path))
    assert all(m in text for m in months)
    others = set(MONTHS[language]) - set(months)
    assert not any(re.search(rf"\b{m}\b", text) for m in others)
    expected = {1: "за 1-й семестр 2026–2027 учебного года", 2: "2026–2027 оқу жылының 2-семестрі"}[semester]
    assert expected in text
    if semester == 1:
        assert re.search(r"Итого 204 204 204 204 864 816 48 0 12 8", text)


def test_a_long_report_repeats_its_header_and_never_leaves_the_signatures_alone(tmp_path):
    path = tmp_path / "long.pdf"
    build_fulfilment_pdf(path, fulfilment_report("ru", teachers=60), "ru")
    pages = pages_of(path)
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert all(h in page for h in HEAD["ru"]), number
        assert f"Страница {number} из {len(pages)}" in page
    assert "Заместитель директора по учебной работе" in pages[-1] and "Итого" in pages[-1]
    assert re.search(r"ПО-2\d-1", pages[-1])


@pytest.mark.parametrize("language, semester", [("kk", None), ("ru", None), ("kk", 2), ("ru", 1)])
def test_no_header_word_runs_over_its_column(language, semester):
    from desktop.reports.load_blocks import LoadStyles
    from desktop.reports.load_fulfilment_pdf import fulfilment_flowables
    from test_load_samples import words_over_columns

    s = LoadStyles(7.5)
    table = fulfilment_flowables(fulfilment_report(language, semester), language, s)[-1]
    assert words_over_columns(table, s) == []


def test_a_college_sized_report_is_laid_out_a_page_at_a_time_with_every_row_once(tmp_path, monkeypatch):
    """A college's report runs to thousands of rows: built as one table, reportlab rebuilt the rest of it for every
    page and took minutes. Each page is built from about its own rows, and no row is lost or doubled between."""
    from desktop.reports import load_blocks

    built = []
    original = load_blocks.PagedRows._build

    def counted(self, width, height):
        found = original(self, width, height)
        built.append(len(found[0]._cellvalues))
        return found

    monkeypatch.setattr(load_blocks.PagedRows, "_build", counted)
    report = fulfilment_report("ru", teachers=200)
    path = tmp_path / "college.pdf"
    build_fulfilment_pdf(path, report, "ru")
    pages = pages_of(path)
    assert len(pages) > 10 and max(built) < 200  # 1 400 rows in all, never more than a few pages' worth at once
    assert len(re.findall(r"\bПО-2\d-1\b", " ".join(pages))) == len(report.rows)
    assert re.search(r"Итого 10 200 10 200 10 200 10 200 ", pages[-1])  # the grand total, on the last page
