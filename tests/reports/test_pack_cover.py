"""The pack's cover as the regional department reads it: the college's identification number under the
abbreviation of the document's language (БСН / БИН) and the region in that language, nothing of the other."""
from datetime import date

from pypdf import PdfReader

from desktop.reports.pack_blocks import own_half
from desktop.services import report_pack


def test_the_cover_speaks_the_documents_language_only(demo_db, tmp_path):
    for language, wanted, foreign in (("kk", "БСН 990340004720 · Алматы облысы · Қонаев қ.", ("БИН", "Алматинская")),
                                      ("ru", "БИН 990340004720 · Алматинская область · г. Конаев", ("БСН", "облысы"))):
        pdf = report_pack.make_pack(demo_db, tmp_path / language, 2026, language, date(2026, 11, 22))[0]
        cover = " ".join(PdfReader(pdf).pages[0].extract_text().split())
        assert wanted in cover, language
        for word in foreign:
            assert word not in cover, (language, word)


def test_a_number_under_both_abbreviations_keeps_the_one_of_the_language():
    assert own_half("БСН / БИН 990340004720", "kk") == "БСН 990340004720"
    assert own_half("БСН / БИН 990340004720", "ru") == "БИН 990340004720"
    assert own_half("Алматы облысы / Алматинская область", "ru") == "Алматинская область"
