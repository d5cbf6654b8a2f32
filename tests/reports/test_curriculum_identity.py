"""The schedule and the rule-check report name their curriculum in the document's language: a title typed in the
other language (the demo's 2021 plan is titled in Russian, its 2025 plan in Kazakh) gives way to the plan's
description from the classifier."""
import pytest
from pypdf import PdfReader

from desktop.reports.curriculum_identity import title_language
from desktop.reports.rule_check_pdf import build_rule_check_pdf
from desktop.reports.schedule_pdf import build_schedule_pdf
from desktop.services import curricula


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def by_title(db, words: str) -> int:
    return next(s.id for s in curricula.list_curricula(db) if words in s.title)


@pytest.mark.parametrize("build", [build_schedule_pdf, build_rule_check_pdf])
def test_a_russian_title_is_not_printed_in_a_kazakh_document(demo_db, tmp_path, build):
    plan = by_title(demo_db, "на базе 9 классов, 2021")
    path = tmp_path / "kk.pdf"
    build(path, curricula.curriculum_document(demo_db, plan, "kk"), "kk")
    text = text_of(path)
    assert "Программное" not in text and "на базе" not in text
    assert "Жұмыс оқу жоспары: 06130100 Бағдарламалық қамтамасыз ету, 3W06130102 4S06130103, 2021" in text
    path = tmp_path / "ru.pdf"
    build(path, curricula.curriculum_document(demo_db, plan, "ru"), "ru")
    assert "Рабочий учебный план: 06130100 Программное обеспечение, на базе 9 классов, 2021" in text_of(path)


@pytest.mark.parametrize("build", [build_schedule_pdf, build_rule_check_pdf])
def test_a_kazakh_title_is_not_printed_in_a_russian_document(demo_db, tmp_path, build):
    plan = by_title(demo_db, "9 сынып негізінде, 2025")
    path = tmp_path / "ru.pdf"
    build(path, curricula.curriculum_document(demo_db, plan, "ru"), "ru")
    text = text_of(path)
    assert "негізінде" not in text and "Бағдарламалық" not in text
    assert "06130100 Программное обеспечение, 3W06130102 4S06130103, 2025" in text


def test_a_title_is_kazakh_by_the_letters_only_kazakh_has():
    assert title_language("06130100 Бағдарламалық қамтамасыз ету, 2025") == "kk"
    assert title_language("06130100 Программное обеспечение, 2021") == "ru"
