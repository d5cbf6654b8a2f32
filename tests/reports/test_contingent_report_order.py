"""The registrar's report lists groups by code (П-2 before П-10) and students by the alphabet of the document's
language, in the PDF and the workbook alike, not in the database's code-point order."""
from datetime import date

from alphabet import KAZAKH_ORDER, RUSSIAN_ORDER, enrol_named
from contingent import add_group
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from desktop.exchange.contingent_report_xlsx import write_contingent_report
from desktop.models import Student
from desktop.reports.contingent_pdf import build_contingent_pdf
from desktop.services.contingent_reports import contingent_report

TODAY = date(2026, 11, 20)


def made(db):
    ids = enrol_named(db, add_group(db, "26ПО-2к"), sorted(KAZAKH_ORDER, reverse=True))
    ids += enrol_named(db, add_group(db, "26ПО-10к"), ["Әбенов", "Абаев"], start=5000)
    with db.session() as session:
        session.execute(update(Student).where(Student.id.in_(ids)).values(orphan=True))
    return contingent_report(db, TODAY, (date(2026, 8, 1), TODAY))


def test_groups_by_code_and_students_by_the_kazakh_alphabet(db):
    report = made(db)
    assert [line.group_code for line in report.movement] == ["26ПО-2к", "26ПО-10к"]
    assert [s.name.split()[0] for s in report.category_students] == KAZAKH_ORDER + ["Абаев", "Әбенов"]


def test_the_printed_and_the_workbook_lists_follow_them(db, tmp_path):
    report = made(db)
    build_contingent_pdf(tmp_path / "r.pdf", report, "kk", ("categories",))
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    places = [text.index(f"{surname} ") for surname in KAZAKH_ORDER]
    assert places == sorted(places)
    write_contingent_report(tmp_path / "r.xlsx", report, "kk")
    cells = [str(v).split()[0] for sheet in load_workbook(tmp_path / "r.xlsx").worksheets
             for row in sheet.iter_rows(values_only=True) for v in row[:1] if v and str(v).split()[0] in KAZAKH_ORDER]
    assert cells == KAZAKH_ORDER + ["Абаев", "Әбенов"]


def test_a_russian_document_lists_them_by_the_russian_order(db, tmp_path):
    report = made(db)
    assert [s.name.split()[0] for s in report.in_order("ru").category_students] == RUSSIAN_ORDER + ["Абаев", "Әбенов"]
    build_contingent_pdf(tmp_path / "r.pdf", report, "ru", ("categories",))
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    places = [text.index(f"{surname} ") for surname in RUSSIAN_ORDER]
    assert places == sorted(places)
