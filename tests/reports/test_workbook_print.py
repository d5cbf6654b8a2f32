"""The workbooks people print (the pack's, the registrar's, the dual-training report's, the employment sheet) read
back for their print setup: A4 landscape fitted to the width, the header rows repeated and frozen, the college and
the document in the page header, "page X of Y" in the footer, whole sheet names, numbers shown as rounded, the
Kazakh and Russian words, and nothing in English."""
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.exchange.contingent_report_xlsx import write_contingent_report
from desktop.exchange.print_setup import sheet_title
from desktop.services import dual_report, employment, report_pack
from desktop.services.contingent_reports import contingent_report

TODAY = date(2026, 11, 22)
FOOTER = {"kk": "&P-бет, барлығы &N", "ru": "Страница &P из &N"}


def assert_print_ready(book, language: str, college: str) -> None:
    for sheet in book.worksheets:
        where = sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0, where
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, where
        assert sheet.page_setup.orientation in ("landscape", "portrait") and sheet.page_setup.paperSize == 9, where
        header = int(sheet.print_title_rows.split(":")[-1].strip("$"))
        assert sheet.freeze_panes == f"A{header + 1}", where
        assert sheet.oddFooter.right.text == FOOTER[language], where
        assert sheet.oddHeader.left.text.startswith(college), where
        assert all(sheet.column_dimensions[c].width >= 8 for c in "ABC"), where
        assert len(sheet.title) <= 31
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not re.findall(r"[A-Za-z]{3,}", value.replace("info@alatau-college.example.kz", "")), \
                        (where, value)


@pytest.mark.parametrize("language, college, first_head", [
    ("kk", "Алатау жоғары политехникалық колледжі", "Көрсеткіш"),
    ("ru", "Высший политехнический колледж «Алатау»", "Показатель")])
def test_the_pack_workbook_prints_in_its_language(demo_db, tmp_path, language, college, first_head):
    _, xlsx = report_pack.make_pack(demo_db, tmp_path, 2026, language, TODAY)
    book = load_workbook(xlsx)
    assert_print_ready(book, language, college)
    first = book.worksheets[0]
    assert first.title == {"kk": "Көрсеткіштер", "ru": "Показатели"}[language]  # whole, not cut at 31 characters
    assert first["A3"].value == first_head and first.print_title_rows == "$1:$3"
    assert first.page_setup.orientation == "landscape"
    percent = first["D4"]
    assert percent.value == 57.1 and percent.number_format == "0.0"  # stored as shown: one decimal
    payments = book.worksheets[book.sheetnames.index({"kk": "Төлемдер", "ru": "Выплаты"}[language])]
    assert payments["B4"].value == 1050000.0 and payments["B4"].number_format == "#,##0.00"
    coverage = book.worksheets[5]
    assert all(c.value is None or round(c.value, 1) == c.value for c in coverage["C"][1:])


def test_the_registrar_workbook_prints_in_kazakh(demo_db, tmp_path):
    path = tmp_path / "c.xlsx"
    write_contingent_report(path, contingent_report(demo_db, TODAY), "kk")
    book = load_workbook(path)
    assert_print_ready(book, "kk", "Алатау жоғары политехникалық колледжі")
    assert book.worksheets[0].print_title_rows == "$1:$2" and book.worksheets[0]["A2"].value == "Мамандық"


def test_the_dual_report_and_the_employment_sheet_print_in_russian(demo_db, tmp_path):
    path = tmp_path / "d.xlsx"
    dual_report.write_dual_report(path, dual_report.dual_report(demo_db, TODAY), "ru", "xlsx")
    assert_print_ready(load_workbook(path), "ru", "Высший политехнический колледж «Алатау»")
    path = tmp_path / "e.xlsx"
    employment.export_employment(demo_db, path, 2026, "ru")
    book = load_workbook(path)
    assert_print_ready(book, "ru", "Высший политехнический колледж «Алатау» — Выпускники 2026 года")
    assert book.active["B1"].value == "Выпускник" and book.active.freeze_panes == "A2"
    assert employment.import_employment(demo_db, path, 2026) > 0  # the print-ready sheet still reads back


def test_a_sheet_name_is_never_cut_mid_word():
    assert sheet_title("Показатели") == "Показатели"
    with pytest.raises(ValueError):
        sheet_title("Показатели и национальные целевые значения")
