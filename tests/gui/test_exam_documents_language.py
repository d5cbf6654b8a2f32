"""The exam page saves the results workbook in the print language, as it prints the protocol: Russian in a Russian
interface, Kazakh otherwise, or the language asked for."""
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader


@pytest.mark.parametrize(("interface", "sheet", "title"), [("ru", "Результаты", "ПРОТОКОЛ №"),
                                                           ("kk", "Нәтижелер", "ХАТТАМАСЫ №"),
                                                           ("en", "Нәтижелер", "ХАТТАМАСЫ №")])
def test_the_results_and_the_protocol_follow_the_print_language(make_window, demo_db, tmp_path, interface, sheet,
                                                                 title):
    page = make_window(demo_db, interface).page("exams")
    row = next(n for n, s in enumerate(page.session_model.rows()) if s.status == "held")
    page.sessions.selectRow(row)
    assert load_workbook(page.save_results(str(tmp_path / "r.xlsx"))).sheetnames[0] == sheet
    assert title in PdfReader(page.print_protocol(str(tmp_path / "p.pdf"))).pages[0].extract_text()
    assert load_workbook(page.save_results(str(tmp_path / "ru.xlsx"), "ru")).sheetnames[0] == "Результаты"
