"""The registrar's report: figures on a hand-built contingent, the PDF read back, the workbook's totals."""
from datetime import date

from contingent import add_group, enrol
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.exchange.contingent_report_xlsx import write_contingent_report
from desktop.reports.contingent_pdf import build_contingent_pdf
from desktop.services import movements
from desktop.domain.contingent_report import FUNDINGS
from desktop.services.contingent_reports import contingent_report
from desktop.services.movements import OrderInput

TODAY = date(2026, 11, 20)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def hand_built(db):
    """Group A: 3 local-budget and 1 paid student; 1 transferred to B, 1 expelled, 1 on leave; B: 2 republican."""
    a, b = add_group(db, "26ПО-11к"), add_group(db, "25ПО-21р", intake_year=2025)
    local = enrol(db, a, 3, start=1000)
    paid = enrol(db, a, 1, start=2000, funding="paid", large_family=True)
    enrol(db, b, 2, start=3000, funding="state_republic", sen_category="hearing", sen_curriculum="special")
    movements.apply_order(db, OrderInput("1-к", date(2026, 10, 1), "transfer", date(2026, 10, 1), b), local[:1])
    movements.apply_order(db, OrderInput("2-к", date(2026, 10, 5), "expulsion", date(2026, 10, 5), reason="own_wish"),
                          local[1:2])
    movements.apply_order(db, OrderInput("3-к", date(2026, 11, 2), "leave", date(2026, 11, 2), reason="health"), paid)
    return contingent_report(db, TODAY, (date(2026, 9, 1), TODAY))


def test_the_figures_of_a_hand_built_contingent(db):
    report = hand_built(db)
    lines = {(l.course, l.language): l for l in report.contingent}
    first, second = lines[(1, "kk")], lines[(2, "kk")]
    # course 1 = group A now: one local-budget student left of three, plus the paid one on leave
    assert dict(zip(FUNDINGS, first.by_funding)) == {"state_republic": 0, "state_local": 1, "enterprise": 0, "paid": 1}
    # course 2 = group B: two republican-budget students and the one transferred in from A
    assert dict(zip(FUNDINGS, second.by_funding)) == {"state_republic": 2, "state_local": 1, "enterprise": 0, "paid": 0}
    movement = {line.group_code: line for line in report.movement}
    a, b = movement["26ПО-11к"], movement["25ПО-21р"]
    # all were enrolled on 28 August, before the period
    assert (a.at_start, a.transferred_out, a.expelled, a.on_leave, a.at_end) == (4, 1, 1, 1, 2)
    assert (b.at_start, b.transferred_in, b.at_end) == (2, 1, 3)
    assert [(o.number, o.kind, o.students) for o in report.orders] == [("1-к", "transfer", 1), ("2-к", "expulsion", 1),
                                                                      ("3-к", "leave", 1)]
    assert report.category_counts == {"large_family": 1, "sen": 2, "sen:hearing": 2}
    assert len(report.category_students) == 3


def test_the_pdf_reads_back_in_kazakh_and_in_russian(db, tmp_path):
    report = hand_built(db)
    for language, words in (("kk", ("СТУДЕНТТЕР КОНТИНГЕНТІ", "КОНТИНГЕНТ ҚОЗҒАЛЫСЫ", "тапсырыс (ЖБ)",
                                    "Кезең: 01.09.2026 – 20.11.2026", "есту қабілеті бұзылған", "шығару")),
                            ("ru", ("КОНТИНГЕНТ СТУДЕНТОВ", "ДВИЖЕНИЕ КОНТИНГЕНТА", "(МБ)", "Итого по колледжу",
                                    "нарушение слуха", "отчисление", "Программное обеспечение"))):
        path = tmp_path / f"{language}.pdf"
        build_contingent_pdf(path, report, language)
        text = text_of(path)
        for expected in words:
            assert expected in text, (language, expected)
        assert "■" not in text


def test_the_workbook_has_a_sheet_per_report_with_totals(db, tmp_path):
    report = hand_built(db)
    path = tmp_path / "report.xlsx"
    write_contingent_report(path, report, "ru")
    assert path.stat().st_mode & 0o077 == 0  # it names students: the owner alone may read it
    book = load_workbook(path)
    assert book.sheetnames == ["Контингент студентов", "Движение контингента", "Приказы", "Категория"]
    totals = list(book["Контингент студентов"].iter_rows(values_only=True))[-1]
    assert totals[0] == "Итого по колледжу" and totals[-1] == 5
    movement_totals = list(book["Движение контингента"].iter_rows(values_only=True))[-1]
    assert movement_totals[1] == 6 and movement_totals[-1] == 5


def test_every_page_is_numbered_and_each_part_is_signed_on_the_page_of_its_table(db, tmp_path):
    import re

    report = hand_built(db)
    report.director = "Сейтқалиев Ержан Болатұлы"
    for language, page_of, stamp, day, total in (
            ("kk", r"(\d+)-бет, барлығы (\d+)", "М.О.", "«20» қараша 2026 ж.", "Колледж бойынша барлығы"),
            ("ru", r"Страница (\d+) из (\d+)", "М.П.", "«20» ноября 2026 г.", "Итого по колледжу")):
        path = tmp_path / f"{language}.pdf"
        build_contingent_pdf(path, report, language)
        pages = [page.extract_text() for page in PdfReader(path).pages]
        for number, text in enumerate(pages, start=1):
            assert re.search(page_of, text).groups() == (str(number), str(len(pages)))
            assert "20.11.2026" in text  # the report's day, in the identity line of every page
            assert not re.findall(r"[A-Za-z]{3,}", text)
        signed = [text for text in pages if stamp in text]
        assert len(signed) == 3  # contingent, movement, categories: each closed by the signatures
        for text in signed:
            assert day in text and "Сейтқалиев Ержан Болатұлы" in text
        assert total in signed[0] and "26ПО-11к" in signed[1]  # the total row and a group row beside them


def test_the_movement_headings_say_which_way_a_transfer_went(db, tmp_path):
    """Issue #15: «Переведено в / Переведено из» read either way; the movement table says who came in by transfer
    and who left by it, in Russian as in Kazakh."""
    report = hand_built(db)
    for language, came, left in (("ru", "Прибыло переводом", "Выбыло переводом"),
                                 ("kk", "Ауыстырылып келді", "Ауыстырылып кетті")):
        path = tmp_path / f"movement-{language}.pdf"
        build_contingent_pdf(path, report, language, ("movement",))
        text = " ".join(text_of(path).split())
        assert came in text and left in text and "Переведено" not in text, language
