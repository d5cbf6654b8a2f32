"""The report pack writes every enterprise's and employer's legal form in its own language: a Kazakh pack has
ЖШС, АҚ, ЖК where the records say ТОО, АО, ИП (a graduate's employer is typed as free text, an enterprise's
Kazakh name may have been copied from the Russian one), and a Russian pack the reverse."""
import re
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from desktop.models import Enterprise, GraduateEmployment
from desktop.services import report_pack

TODAY = date(2026, 11, 22)
RUSSIAN_FORMS = re.compile(r"(?<!\w)(ТОО|АО|ИП|КГУ|ГККП)(?!\w)")
KAZAKH_FORMS = re.compile(r"(?<!\w)(ЖШС|АҚ|ЖК|КММ|МКҚК)(?!\w)")


def words_of(pdf) -> str:
    return " ".join(" ".join(page.extract_text().replace("\u00a0", " ") for page in PdfReader(pdf).pages).split())


def cells_of(xlsx) -> str:
    book = load_workbook(xlsx)
    return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                     for v in row if v is not None)


def test_a_kazakh_pack_has_kazakh_forms(demo_db, tmp_path):
    with demo_db.session() as session:  # a Kazakh name copied from the Russian one, form and all
        session.execute(update(Enterprise).where(Enterprise.name_ru == "ТОО «Алатау Софт»")
                        .values(name_kk="ТОО «Алатау Софт»"))
    pdf, xlsx = report_pack.make_pack(demo_db, tmp_path, 2026, "kk", TODAY)
    text, cells = words_of(pdf), cells_of(xlsx)
    # the demo's graduates work at ТОО «Алатау Софт», АО «Казпочта», ИП «Ермеков»: in Kazakh words
    for kazakh in ("«Алатау Софт» ЖШС", "«Казпочта» АҚ", "ЖК «Ермеков»"):
        assert kazakh in text and kazakh in cells, kazakh
    assert not RUSSIAN_FORMS.findall(text) and not RUSSIAN_FORMS.findall(cells)


def test_a_russian_pack_has_russian_forms(demo_db, tmp_path):
    with demo_db.session() as session:  # employers typed in Kazakh
        session.execute(update(GraduateEmployment).where(GraduateEmployment.employer == "ТОО «Алатау Софт»")
                        .values(employer="«Береке» ЖШС"))
        session.execute(update(GraduateEmployment).where(GraduateEmployment.employer == "АО «Казпочта»")
                        .values(employer="«Қазпошта» акционерлік қоғамы"))
    pdf, xlsx = report_pack.make_pack(demo_db, tmp_path, 2026, "ru", TODAY)
    text, cells = words_of(pdf), cells_of(xlsx)
    assert "ТОО «Береке»" in text and "ТОО «Береке»" in cells
    assert "Акционерное общество «Қазпошта»" in cells  # the workbook's cells are not wrapped
    assert not KAZAKH_FORMS.findall(text) and not KAZAKH_FORMS.findall(cells)
