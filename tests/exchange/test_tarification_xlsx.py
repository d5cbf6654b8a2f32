"""The tarification workbook as the accountant opens and prints it: A4 landscape fitted to the width, both header
rows repeated and frozen, the college and the document in the page header, page X of Y, the same figures as the
PDF (rates, pay to the tiyn), the approval and the signatures, whole words in Kazakh or Russian."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.exchange.tarification_xlsx import write_tarification

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))
from test_load_samples import SIGNED, tarification  # noqa: E402

FOOTER = {"kk": "&P-бет, барлығы &N", "ru": "Страница &P из &N"}
WORDS = {"kk": ("Тарификациялық тізім", "БЕКІТЕМІН", "М.О.", "Бас бухгалтер", "бюджеттен тыс", "«28» тамыз 2026 ж.",
                "Жиыны"),
         "ru": ("Тарификационный список", "УТВЕРЖДАЮ", "М.П.", "Главный бухгалтер", "внебюджет",
                "«28» августа 2026 г.", "Итого")}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_workbook_is_ready_to_print_in_its_language(tmp_path, language):
    path = tmp_path / "tarification.xlsx"
    write_tarification(path, tarification(language, 40), language)
    sheet = load_workbook(path).active
    assert sheet.title == WORDS[language][0]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$7:$8" and sheet.freeze_panes == "A9"
    assert sheet.oddHeader.left.text.startswith(tarification(language).college_name.replace("&", "&&"))
    assert sheet.oddFooter.right.text == FOOTER[language]
    assert sheet.column_dimensions["B"].width >= 25 and sheet.column_dimensions["D"].width >= 30
    values = [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    text = " | ".join(values)
    for expected in (*WORDS[language][1:], SIGNED.director, SIGNED.chief_accountant, SIGNED.deputy_director):
        assert expected in text, expected
    first = [c.value for c in sheet[9]]
    assert first[1] == "Әбілқасымов Нұрлан Серікұлы" and first[8] == 640 and first[9] == 0.89
    assert first[13] == 165640.44 and sheet.cell(9, 14).number_format == "#,##0.00"
    total = next(r for r in sheet.iter_rows(min_row=9) if r[1].value == WORDS[language][6])
    # the totals are SUM formulas over the rows (the rates' too, as the PDF sums the printed rates)
    assert total[1].font.b and total[8].value == "=SUM(I9:I48)" and total[9].value == "=SUM(J9:J48)"
    assert total[13].value == "=SUM(N9:N48)" and total[12].value is None  # the salary of a rate is no sum
    # whole hours without ",0"; the half hour of the fourth teacher keeps its decimal
    assert sheet.cell(9, 9).number_format == "#,##0" and total[8].number_format == "#,##0.0"
    assert sheet.cell(12, 8).value == 72.5 and sheet.cell(12, 8).number_format == "#,##0.0"
    assert sheet.cell(9, 8).number_format == "#,##0"
    captions = [r for r in sheet.iter_rows(min_row=total[0].row, values_only=True)
                if r[4] == {"kk": "(қолы)", "ru": "(подпись)"}[language]]
    assert len(captions) == 2  # under the chief accountant's and the deputy director's lines, as in the PDF


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_draft_workbook_says_so_in_its_title_and_on_every_printed_page(tmp_path, language):
    from dataclasses import replace

    from desktop.reports.load_data import TARIFICATION_FORM

    path = tmp_path / "draft.xlsx"
    write_tarification(path, replace(tarification(language, 3), draft=True), language)
    book = load_workbook(path)
    mark = {"kk": "ЖОБА", "ru": "ПРОЕКТ"}[language]
    assert book.active.oddHeader.center.text == mark
    assert any(mark in str(v) for row in book.active.iter_rows(max_row=6, values_only=True) for v in row if v)
    # the layout is the colleges' practice, said in the file rather than on the sheet the director signs
    assert book.properties.description == TARIFICATION_FORM
    final = tmp_path / "final.xlsx"
    write_tarification(final, tarification(language, 3), language)
    assert not load_workbook(final).active.oddHeader.center.text
