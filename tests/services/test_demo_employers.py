"""The demo graduates' employers print in either language's pack without a word of the other language."""
from datetime import date

from pypdf import PdfReader

from desktop.services import report_pack


def test_the_packs_employers_are_in_the_documents_language(demo_db, tmp_path):
    for language, foreign in (("kk", ("Средняя школа", "ТОО", "ИП «")), ("ru", ("мектеп", "ЖШС", "ЖК «"))):
        pdf = report_pack.make_pack(demo_db, tmp_path / language, 2026, language, date(2026, 11, 22))[0]
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "Алатау Софт" in text and "Нұр Дата" in text
        for word in foreign:
            assert word not in text, (language, word)
