"""The approved curriculum's first page: the employer's «КЕЛІСІЛДІ / СОГЛАСОВАНО» names the partner enterprise and
its head when the plan's groups train at one enterprise under dual contracts (issue #15 found it blank on the dual
plan), and stays blank lines to fill by hand for a plan with no such partner."""
import pytest
from pypdf import PdfReader

from desktop.services import curricula


def first_page(db, curriculum_id, language, tmp_path) -> str:
    path = tmp_path / f"{curriculum_id}-{language}.pdf"
    curricula.write_curriculum_pdf(db, curriculum_id, path, language)
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def plan_id(db, words: str) -> int:
    return next(row.id for row in curricula.list_curricula(db) if words in row.title and row.status == "approved")


@pytest.mark.parametrize("language, agreed", [
    ("kk", ("Бас директор, «Алатау Софт» ЖШС", "Әбдірахманов Талғат Серікұлы")),
    ("ru", ("Генеральный директор, ТОО «Алатау Софт»", "Әбдірахманов Талғат Серікұлы"))])
def test_the_dual_plan_is_agreed_by_its_partner_enterprise(demo_db, tmp_path, language, agreed):
    text = first_page(demo_db, plan_id(demo_db, "дуальное"), language, tmp_path)
    assert all(part in text for part in agreed), text[:600]


def test_a_plan_without_a_partner_keeps_blank_lines(demo_db, tmp_path):
    text = first_page(demo_db, plan_id(demo_db, "Веб-дизайнер"), "ru", tmp_path)
    assert "Алатау Софт" not in text and "(должность, организация)" in text and "(подпись, Ф.И.О.)" in text
