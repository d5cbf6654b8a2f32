"""The dual-training contract read back as the enterprise's lawyer reads it: every section of the form, both
parties' details with bank details, separate signature lines with the stamp places, page X of Y, dates in words,
the codes in the document's language; a draft with blanks and the DRAFT mark; a terminated contract marked."""
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.reports.dual_contract_text import TEXT
from desktop.reports.dual_pdf import build_contract_pdf
from desktop.services import dual_lists

SIGNATURE_WORDS = {"kk": ("(қолы)", "М.О."), "ru": ("(подпись)", "М.П.")}


def pages_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def contract(demo_db, status: str):
    row = next(c for c in dual_lists.list_contracts(demo_db) if c.status == status)
    return dual_lists.contract_document(demo_db, row.id)


def printed(document, language, tmp_path) -> list[str]:
    path = tmp_path / f"{document.status}-{language}.pdf"
    build_contract_pdf(path, document, language)
    return pages_of(path)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_section_and_both_parties_details_are_printed(demo_db, tmp_path, language):
    document = contract(demo_db, "signed")
    pages = printed(document, language, tmp_path)
    text = "\n".join(pages)
    flat = " ".join(text.split())
    for _, heading, _ in TEXT[language]["sections"]:
        assert heading in flat, heading
    words = TEXT[language]
    assert words["details"] in flat
    # both parties' details, bank details included
    for value in (document.college_bin, document.enterprise_bin, *document.college_bank[:2],
                  *document.enterprise_bank[:2], document.student_iin, document.representative_iin,
                  document.enterprise_signatory, document.director, document.representative):
        assert value and value in flat, value
    for label in ("account", "bik", "bank"):
        assert flat.count(f"{words[label]}:") >= 2
    # the place and the date of signing, the date in words
    assert {"kk": "«28» тамыз 2026 ж.", "ru": "«28» августа 2026 г."}[language] in flat
    assert {"kk": "Қонаев қ.", "ru": "г. Конаев"}[language] in flat
    # separate signature lines: college, enterprise, student, legal representative; stamp places for the first two
    hint, stamp = SIGNATURE_WORDS[language]
    contract_pages = " ".join(pages[:-1])
    assert contract_pages.count(hint) == 4 and contract_pages.count(stamp) == 2
    assert words["representative_party"] in flat
    # page X of Y on every page
    for number, page in enumerate(pages, start=1):
        expected = {"kk": f"{number}-бет, барлығы {len(pages)}", "ru": f"Страница {number} из {len(pages)}"}[language]
        assert expected in page
        assert document.number in page  # the identity line
    assert "—" not in flat.replace(" — ", " ")  # no dash for a missing value


def test_russian_contract_has_russian_codes_and_names(demo_db, tmp_path):
    document = contract(demo_db, "signed")  # a year's contract: КМ 01 and КМ 02
    flat = " ".join(" ".join(printed(document, "ru", tmp_path)).split())
    assert "ПМ 01" in flat and "ПМ 02" in flat and "КМ 0" not in flat
    assert "Настройка и обслуживание компьютерных систем" in flat
    assert "Компьютерлік" not in flat and "ЖШС" not in flat and "ТОО «Алатау Софт»" in flat
    assert not re.search(r"\b[A-Za-z]{4,}\b", flat.replace("KCJBKZKX", "").replace("HCSKKZKA", "")), \
        re.findall(r"\b[A-Za-z]{4,}\b", flat)  # no English word; the BIC codes only


def test_the_appendix_is_signed_by_the_head_and_the_mentor(demo_db, tmp_path):
    document = contract(demo_db, "appendix_issued")
    for language in ("kk", "ru"):
        appendix = " ".join(printed(document, language, tmp_path)[-1].split())
        words = TEXT[language]
        for expected in (words["head"], words["mentor"], document.enterprise_signatory, document.mentor,
                         SIGNATURE_WORDS[language][1], words["appendix_periods"], words["appendix_modules"],
                         {"kk": "«09» қараша 2026 ж.", "ru": "«09» ноября 2026 г."}[language], "36", "72"):
            assert expected in appendix, (language, expected)


def test_a_draft_prints_blanks_and_the_draft_mark(demo_db, tmp_path):
    document = replace(contract(demo_db, "draft"), mentor="", mentor_position="", enterprise_signatory="",
                       enterprise_bank=("", "", ""), periods=())
    for language in ("kk", "ru"):
        pages = printed(document, language, tmp_path)
        flat = " ".join(" ".join(pages).split())
        assert {"kk": "ЖОБА", "ru": "ПРОЕКТ"}[language] in flat
        assert {"kk": "«___» __________ 20__ ж.", "ru": "«___» __________ 20__ г."}[language] in flat
        assert "______________________" in flat and "—" not in flat.replace(" — ", " ")


def test_a_terminated_contract_says_so_with_date_and_reason(demo_db, tmp_path):
    document = contract(demo_db, "terminated")
    assert document.terminated_on == date(2026, 11, 2)
    for language, expected in (("kk", "ШАРТ БҰЗЫЛДЫ: 02.11.2026. Себебі: тараптардың келісімі бойынша "
                                      "(бұйрық № 112-Б, 30.10.2026)"),
                               ("ru", "ДОГОВОР РАСТОРГНУТ: 02.11.2026. Причина: по соглашению сторон "
                                      "(приказ № 112-Б от 30.10.2026)")):
        pages = printed(document, language, tmp_path)
        assert expected in " ".join(pages[0].split())
        assert all({"kk": "бұзылды 02.11.2026", "ru": "расторгнут 02.11.2026"}[language] in p for p in pages)
        other = {"kk": "соглашению", "ru": "келісімі"}[language]
        assert other not in " ".join(pages)  # the reason in the document's language only


@pytest.mark.parametrize("status", ["draft", "signed", "terminated"])
def test_no_page_holds_only_the_signatures(demo_db, tmp_path, status):
    """The page with the parties' signatures also carries clauses of the contract above them."""
    document = contract(demo_db, status)
    for language in ("kk", "ru"):
        pages = printed(document, language, tmp_path)
        hint = SIGNATURE_WORDS[language][0]
        for page in pages[:-1]:
            if hint in page:
                assert re.search(r"^1?\d\.\d\. ", page, re.MULTILINE), page[:200]
        # the appendix starts on its own page and keeps its signatures with it
        assert TEXT[language]["head"] in pages[-1] and TEXT[language]["appendix_title"] in " ".join(pages[-1].split())


@pytest.mark.parametrize("modules", [1, 6, 12, 18, 26])
def test_wherever_the_details_fall_they_keep_a_clause_above_them(demo_db, tmp_path, modules):
    """More or fewer modules move the parties' details across page ends; they never stand alone on a page."""
    base = contract(demo_db, "signed")
    document = replace(base, modules=tuple((f"КМ {n:02d}", f"Модуль {n}", 24) for n in range(1, modules + 1)),
                       modules_ru=tuple(f"Модуль {n}" for n in range(1, modules + 1)))
    for language in ("kk", "ru"):
        pages = printed(document, language, tmp_path)
        hint = SIGNATURE_WORDS[language][0]
        holding = [page for page in pages[:-1] if hint in page]
        assert len(holding) == 1  # the four signature lines on one page
        assert re.search(r"^1?\d\.\d\. ", holding[0], re.MULTILINE)
        assert str(24 * modules) in " ".join(pages)  # the total of the modules' hours


def test_an_ended_contract_says_so_with_its_date(demo_db, tmp_path):
    """The End step's day (kept since migration 0011) is printed as the terminated one is: on top and on every
    page's identity line."""
    document = contract(demo_db, "ended")
    assert document.ended_on == date(2026, 11, 16)
    for language, expected, identity in (
            ("kk", "ШАРТ ОРЫНДАЛУЫНА БАЙЛАНЫСТЫ ТОҚТАТЫЛДЫ: 16.11.2026", "орындалды 16.11.2026"),
            ("ru", "ДОГОВОР ПРЕКРАЩЕН В СВЯЗИ С ИСПОЛНЕНИЕМ: 16.11.2026", "исполнен 16.11.2026")):
        pages = printed(document, language, tmp_path)
        assert expected in " ".join(pages[0].split())
        assert all(identity in p for p in pages)
        assert TEXT[language]["terminated"].split(":")[0] not in " ".join(pages)
    unknown = replace(document, ended_on=None)  # ended before the day was kept: a blank to fill in, no dash
    flat = " ".join(" ".join(printed(unknown, "ru", tmp_path)).split())
    assert "ДОГОВОР ПРЕКРАЩЕН В СВЯЗИ С ИСПОЛНЕНИЕМ: __________" in flat
