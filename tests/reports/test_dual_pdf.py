"""The dual-training contract and report on paper, read back in Kazakh and Russian; the workbooks' sheets."""
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.reports.dual_pdf import build_contract_pdf
from desktop.services import dual_lists, dual_report


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_contract_and_its_appendix_in_both_languages(demo_db, tmp_path):
    # the appendix handed over: an autumn-only contract of ОН 1.1 (72 hours, two weeks of 36)
    contract = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "appendix_issued")
    document = dual_lists.contract_document(demo_db, contract.id)
    for language, words in (("kk", ("ДУАЛЬДЫ ОҚЫТУ ТУРАЛЫ ШАРТ", "шартқа ҚОСЫМША", "БСН: 990340004720", "Тәлімгер",
                                    "өндірістік оқыту", "Қосымша білім алушыға берілді", "ОН 1.1", "Қонаев қ.",
                                    "«Алатау Софт» ЖШС", "тестілеу бөлімінің басшысы")),
                            ("ru", ("ДОГОВОР О ДУАЛЬНОМ ОБУЧЕНИИ", "ПРИЛОЖЕНИЕ к договору", "БИН: 990340004720",
                                    "Наставник", "производственное обучение", "Приложение выдано обучающемуся",
                                    "РО 1.1", "г. Конаев", "ТОО «Алатау Софт»", "руководитель отдела тестирования"))):
        path = tmp_path / f"contract-{language}.pdf"
        build_contract_pdf(path, document, language)
        text = text_of(path)
        for expected in (*words, document.number, document.student_iin, document.enterprise_bin, "72", "36"):
            assert expected in text, (language, expected)
        assert "■" not in text and "—" not in text.replace(" — Д", "")  # the identity line's dash only
        assert path.stat().st_mode & 0o077 == 0


def test_the_report_and_the_monitoring_sheet(demo_db, tmp_path):
    report = dual_report.dual_report(demo_db)
    pdf, xlsx, monitoring = tmp_path / "r.pdf", tmp_path / "r.xlsx", tmp_path / "m.xlsx"
    dual_report.write_dual_report(pdf, report, "ru", "pdf")
    text = text_of(pdf)
    assert "ОТЧЁТ О ДУАЛЬНОМ ОБУЧЕНИИ" in text and "Обучающиеся по госзаказу" in text and "Д-02/2026" in text
    assert "Д-01/2026" not in text  # the draft: no contract yet
    dual_report.write_dual_report(xlsx, report, "kk", "xlsx")
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Дуальды оқытумен қамту", "Шарттар", "Тәлімгерлер", "Төлемдер"]
    assert book["Шарттар"].max_row - 1 == len(report.contracts) == 23  # 24 made, one a draft
    assert [row[1] for row in book["Төлемдер"].iter_rows(min_row=2, values_only=True)] == [600000.0, 450000.0, 1050000.0]
    dual_report.write_monitoring(demo_db, monitoring)
    book = load_workbook(monitoring)
    assert book.sheetnames == ["Предприятия", "Меморандумы", "Целевая подготовка"]
    assert book["Предприятия"].max_row == 5
    assert book["Меморандумы"]["H3"].value == 2500000.0
