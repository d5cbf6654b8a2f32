"""The printed curriculum read back: the text is there, in Kazakh or Russian, with real numbers."""
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from desktop.services import curricula


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def ids(demo_db):
    return {s.status: s.id for s in curricula.list_curricula(demo_db)}


def test_the_kazakh_curriculum_prints_its_header_table_schedule_and_check(demo_db, ids, tmp_path):
    path = tmp_path / "kk.pdf"
    curricula.write_curriculum_pdf(demo_db, ids["approved"], path, "kk")
    text = " ".join(text_of(path).split())  # names wrap in their cells
    for expected in ("ЖҰМЫС ОҚУ ЖОСПАРЫ", "БЕКІТЕМІН", "Алатау жоғары политехникалық колледжі",
                     "06130100", "Бағдарламалық қамтамасыз ету", "4S06130103", "Қазақ тілі",
                     "Дене қасиеттерін дамыту және жетілдіру", "Міндетті оқу жүктемесі барлығы",
                     "ОҚУ ПРОЦЕСІНІҢ КЕСТЕСІ", "Барлық ережелер сақталған"):
        assert expected in text, expected
    assert "5 580" in text  # 232,5 credits of mandatory load, in hours, thousands spaced
    assert "■" not in text


def test_the_russian_draft_prints_its_findings(demo_db, ids, tmp_path):
    path = tmp_path / "ru.pdf"
    curricula.write_curriculum_pdf(demo_db, ids["draft"], path, "ru")
    text = " ".join(text_of(path).split())
    for expected in ("РАБОЧИЙ УЧЕБНЫЙ ПЛАН", "ПРОЕКТ", "Программное обеспечение", "Казахский язык",
                     "ПРОВЕРКА СООТВЕТСТВИЯ ПРАВИЛАМ", "Нет обязательного базового модуля: БМ 2",
                     "Предмет «Самопознание» исключён",
                     "Методические рекомендации 2022-2023, строки 93-127"):
        assert expected in text, expected


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_pages_render(demo_db, ids, tmp_path):
    path = tmp_path / "kk.pdf"
    curricula.write_curriculum_pdf(demo_db, ids["approved"], path, "kk")
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(path).pages) >= 3


@pytest.mark.parametrize("language, titles, rule_set", [
    ("kk", ("Базалық модульдер", "Алынып тасталған пәндер"), "Кредиттік-модульдік ережелер"),
    ("ru", ("Базовые модули", "Исключённые предметы"), "Кредитно-модульные правила")])
def test_the_rule_check_names_rules_and_rule_set_in_the_document_language(demo_db, ids, tmp_path, language,
                                                                         titles, rule_set):
    from desktop.domain.rules.engine import _ORDER
    from desktop.reports.curriculum_pdf import build_curriculum_pdf

    path = tmp_path / f"check-{language}.pdf"
    build_curriculum_pdf(path, curricula.curriculum_document(demo_db, ids["draft"], language), language, ("check",))
    text = " ".join(text_of(path).split())
    for title in titles:
        assert title in text, title
    assert rule_set in text
    assert not [rule for rule in _ORDER if rule in text]
    assert "credit-modular-2022" not in text


@pytest.mark.parametrize("language, base_words, cognate_words", [
    ("kk", "техникалық және кәсіптік білім", "(мәндес біліктілік бойынша)"),
    ("ru", "техническое и профессиональное образование", "(по родственной квалификации)")])
def test_a_cognate_intake_is_named_beside_the_entry_base(db, tmp_path, language, base_words, cognate_words):
    """MR l.260's own words: the 60-credit TVET-base volume is "by a cognate qualification"."""
    from dataclasses import replace

    from desktop.reports.curriculum_pdf import build_curriculum_pdf

    plan = curricula.create_from_template(db, "ТжКБ", "06130100", ("4S06130103",), "tvet", language, 1, 2025)
    for cognate in (False, True):
        curricula.save(db, plan, replace(curricula.get_curriculum(db, plan).curriculum, cognate=cognate))
        path = tmp_path / f"{language}-{cognate}.pdf"
        build_curriculum_pdf(path, curricula.curriculum_document(db, plan, language), language)
        text = " ".join(text_of(path).split())
        assert base_words in text and (cognate_words in text) is cognate
