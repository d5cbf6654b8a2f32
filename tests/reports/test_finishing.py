"""The finishing every printed document shares, read back as the official reads it."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, strategies as st
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from desktop.reports import finishing
from desktop.reports.blocks import DocumentStyles


def test_numbers_have_a_decimal_comma_and_spaced_thousands():
    nbsp = finishing.THOUSANDS
    assert finishing.number(1050000, 2) == f"1{nbsp}050{nbsp}000,00"
    assert finishing.number(74.25, 1) == "74,3"  # half up, as the figures were summed
    assert finishing.number(-1234.5) == f"-1{nbsp}235"
    assert finishing.number(0, 2) == "0,00" and finishing.number(None) == ""
    assert [finishing.figure(v) for v in (61, 74.3, 1.25, 2.0)] == ["61", "74,3", "1,25", "2"]


@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
       st.integers(0, 3))
def test_a_printed_number_reads_back_as_the_rounded_value(value, decimals):
    text = finishing.number(value, decimals)
    assert "." not in text and (decimals == 0) == ("," not in text)
    back = Decimal(text.replace(finishing.THOUSANDS, "").replace(",", "."))
    assert abs(back - value) <= Decimal(1).scaleb(-decimals) / 2
    whole = text.lstrip("-").split(",")[0].split(finishing.THOUSANDS)
    assert 1 <= len(whole[0]) <= 3 and all(len(group) == 3 for group in whole[1:])


def test_dates_in_signature_blocks_are_written_in_words():
    assert finishing.date_in_words(date(2026, 12, 5), "kk") == "«05» желтоқсан 2026 ж."
    assert finishing.date_in_words(date(2026, 12, 5), "ru") == "«05» декабря 2026 г."
    assert finishing.date_in_words(date(2027, 1, 31), "ru") == "«31» января 2027 г."
    assert finishing.date_in_words(None, "kk") == "«___» __________ 20__ ж."
    assert finishing.short_date(date(2026, 12, 5)) == "05.12.2026" and finishing.short_date(None) == ""


def test_russian_documents_write_russian_codes():
    assert [finishing.code_in(c, "ru") for c in ("ЖБП 01", "КМ 04", "ОН 4.1", "АА", "ҚА", "БМ 1", "Ф 01", "БЕ 2")] == [
        "ООД 01", "ПМ 04", "РО 4.1", "ПА", "ИА", "БМ 1", "Ф 01", "КЭ 2"]
    assert finishing.code_in("КМ 04", "kk") == "КМ 04"
    assert finishing.code_in("КМА 1", "ru") == "КМА 1"  # not a code of ours: left as written


def test_every_page_has_the_identity_and_page_x_of_y(tmp_path):
    s = DocumentStyles()
    for language, page_of in (("kk", "{n}-бет, барлығы 3"), ("ru", "Страница {n} из 3")):
        path = tmp_path / f"{language}.pdf"
        story = [Paragraph("Бірінші бет", s.text), PageBreak(), Paragraph("Екінші", s.text), PageBreak(),
                 Paragraph("Үшінші", s.text)]  # a story is consumed by its layout
        finishing.build(path, story, language, "Колледж — Шарт № 7", title="t", draft=language == "ru")
        pages = [p.extract_text() for p in PdfReader(path).pages]
        assert len(pages) == 3
        for n, text in enumerate(pages, start=1):
            assert "Колледж — Шарт № 7" in text and page_of.format(n=n) in text
        assert ("ПРОЕКТ" in pages[0]) == (language == "ru")
