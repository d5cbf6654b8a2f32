"""Wherever a page break falls, a table's total row keeps a data row with it, the signatures keep the rows above
them, and a heading starts a page with its table (read back page by page)."""
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from desktop.reports.blocks import DocumentStyles
from desktop.reports.pack_blocks import grid, signatures, with_heading


def laid_out(tmp_path, story) -> list[str]:
    path = tmp_path / "t.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return [page.extract_text() for page in PdfReader(path).pages]


def table(s, rows: int, signed: bool):
    data = [["Топ", "Саны"]] + [[f"row-{n}", n] for n in range(1, rows + 1)] + [["Барлығы", rows]]
    sign = (signatures([("Директор", "Сейтқалиев Ержан Болатұлы")], "kk", s.regular, date(2026, 12, 5)) if signed
            else None)
    return grid(data, [8 * 28.35, 3 * 28.35], s.regular, s.bold_font, totals=(rows + 1,), signatures=sign)


@pytest.mark.parametrize("signed", [False, True])
def test_a_total_row_and_the_signatures_never_stand_alone(tmp_path, signed):
    s = DocumentStyles()
    for above in range(0, 430, 12):  # the break falls on every row in turn
        pages = laid_out(tmp_path, [Spacer(1, above), table(s, 8, signed)])
        for text in pages:
            if "Барлығы" in text or "(қолы)" in text:
                assert text.count("row-") >= 1, (above, text)
        last = pages[-1]
        assert "Барлығы" in last or not signed
        if signed:
            assert "«05» желтоқсан 2026 ж." in last and "М.О." in last and "Сейтқалиев Ержан Болатұлы" in last


def test_a_heading_is_never_the_last_line_of_a_page(tmp_path):
    s = DocumentStyles()
    for above in range(280, 436, 8):
        for rows in (4, 40):  # a small table goes whole; a long one starts under its heading
            pages = laid_out(tmp_path, [Spacer(1, above), *with_heading([Paragraph("Тізім", s.bold)],
                                                                        table(s, rows, False))])
            holding = next(text for text in pages if "Тізім" in text)
            assert re.search(r"row-1\b", holding), (above, rows)


def test_counts_in_a_table_have_spaced_thousands(tmp_path):
    s = DocumentStyles()
    text = laid_out(tmp_path, [grid([["Топ", "Саны"], ["А", 1200], ["Барлығы", 1050000]], [200, 100], s.regular,
                                    s.bold_font, totals=(2,))])[0].replace("\u00a0", " ")
    assert "1 200" in text and "1 050 000" in text


def test_a_two_language_address_prints_its_half_in_the_documents_language():
    from desktop.reports.pack_blocks import own_half

    address = "Қонаев қ., Абай даңғылы, 17 / г. Конаев, пр. Абая, 17"
    assert own_half(address, "kk") == "Қонаев қ., Абай даңғылы, 17"
    assert own_half(address, "ru") == "г. Конаев, пр. Абая, 17"
    for text in ("г. Конаев, пр. Абая, 17", "a / b / c", "ул. Абая / 17"):  # one language, or not two halves
        assert own_half(text, "kk") == text and own_half(text, "ru") == text
