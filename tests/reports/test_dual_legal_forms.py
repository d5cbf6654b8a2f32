"""An enterprise entered with one language's legal form, or in one language only, prints with the form of the
document's language: in the contract (where the Russian words "именуемое / от имени которого" agree with the form
as printed) and in the standalone dual-training report, PDF and workbook. The college's bank prints under its
Russian name in a Russian contract."""
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.reports.dual_pdf import build_contract_pdf
from desktop.services import dual_lists, dual_report


def flat_text(document, language, tmp_path) -> str:
    path = tmp_path / f"contract-{language}.pdf"
    build_contract_pdf(path, document, language)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def signed(demo_db):
    row = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "signed")
    return dual_lists.contract_document(demo_db, row.id)


@pytest.mark.parametrize("kk, ru, in_kk, in_ru", [
    # entered in Kazakh only: the Russian contract writes ТОО before the name, and agrees with it
    ("«Алатау Софт» ЖШС", "", "«Алатау Софт» ЖШС", "ТОО «Алатау Софт», именуемое в дальнейшем «Предприятие», "
                                                   "от имени которого"),
    # entered with the Russian form in both fields: the Kazakh contract writes ЖШС after the name
    ("ТОО «Алатау Софт»", "ТОО «Алатау Софт»", "«Алатау Софт» ЖШС", "ТОО «Алатау Софт», именуемое"),
    # a person's form: ИП in Russian (именуемый, a man's word), ЖК before the name in Kazakh
    ("", "ИП «Шағын Веб»", "ЖК «Шағын Веб»", "ИП «Шағын Веб», именуемый в дальнейшем «Предприятие»"),
    ("«Шағын Веб» ЖК", "", "«Шағын Веб» ЖК", "ИП «Шағын Веб», именуемый в дальнейшем «Предприятие»")])
def test_the_contract_names_the_enterprise_with_the_documents_legal_form(demo_db, tmp_path, kk, ru, in_kk, in_ru):
    document = replace(signed(demo_db), enterprise_name_kk=kk, enterprise_name_ru=ru)
    text_kk, text_ru = flat_text(document, "kk", tmp_path), flat_text(document, "ru", tmp_path)
    assert in_kk in text_kk and "ТОО" not in text_kk and " ИП " not in text_kk
    assert in_ru in text_ru and "ЖШС" not in text_ru and "ЖК" not in text_ru


def test_the_colleges_bank_prints_in_the_documents_language(demo_db, tmp_path):
    document = replace(signed(demo_db), college_bank=("KZ000", "HSBKKZKX", "«Қазақстан Халық Банкі» АҚ"),
                       college_bank_ru="АО «Народный Банк Казахстана»")
    assert "Банк: АО «Народный Банк Казахстана»" in flat_text(document, "ru", tmp_path)
    assert "«Қазақстан Халық Банкі» АҚ" in flat_text(document, "kk", tmp_path)
    one_name = replace(document, college_bank=("KZ000", "KCJBKZKX", "«Банк ЦентрКредит»"), college_bank_ru="")
    assert "«Банк ЦентрКредит»" in flat_text(one_name, "ru", tmp_path)  # a bank named alike keeps its one name


def test_the_document_keeps_the_russian_name_of_the_colleges_bank(demo_db):
    from desktop.services.college import get_profile, save_profile

    save_profile(demo_db, replace(get_profile(demo_db), bank_name="«Қазақстан Халық Банкі» АҚ",
                                  bank_name_ru="АО «Народный Банк Казахстана»"))
    document = signed(demo_db)
    assert (document.college_bank[2], document.college_bank_ru) == ("«Қазақстан Халық Банкі» АҚ",
                                                                    "АО «Народный Банк Казахстана»")


def test_the_standalone_report_writes_the_form_of_its_language(demo_db, tmp_path):
    report = dual_report.dual_report(demo_db, date(2026, 11, 22))
    # as if the enterprise had been entered in Russian only (the Kazakh name empty)
    report = replace(report, kazakh_names={})
    assert report.enterprise_name("ТОО «Алатау Софт»", "kk") == "«Алатау Софт» ЖШС"
    assert report.enterprise_name("«Алатау Софт» ЖШС", "ru") == "ТОО «Алатау Софт»"
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "d.xlsx"
    dual_report.write_dual_report(pdf, report, "kk", "pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "«Алатау Софт» ЖШС" in text and "ТОО" not in text
    dual_report.write_dual_report(xlsx, report, "kk", "xlsx")
    cells = [str(cell) for sheet in load_workbook(xlsx).worksheets for row in sheet.iter_rows(values_only=True)
             for cell in row if cell]
    assert "«Алатау Софт» ЖШС" in cells and not [cell for cell in cells if "ТОО" in cell]
