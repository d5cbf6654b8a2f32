"""The rule-check report read back: it names the curriculum, each rule by its name, the severity in words, the
rows in the document's codes and the source as document and lines, with Russian plurals and "page X of Y"."""
import json

import pytest
from pypdf import PdfReader

from desktop.paths import resource_path
from desktop.reports.rule_check_pdf import build_rule_check_pdf, findings_flowables, rows_in, source_in_words
from desktop.services import curricula


def text_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture
def ids(demo_db):
    return {s.status: s.id for s in curricula.list_curricula(demo_db)}


@pytest.mark.parametrize("language, words", [
    ("ru", ("ПРОВЕРКА СООТВЕТСТВИЯ ПРАВИЛАМ", "Рабочий учебный план:", "Специальность:", "Квалификации:",
            "Год приёма:", "Проверено по правилам:", "Базовые модули", "ошибка", "Методические рекомендации",
            "строки 93-127", "Страница 1 из")),
    ("kk", ("ЕРЕЖЕЛЕРГЕ СӘЙКЕСТІГІН ТЕКСЕРУ", "Жұмыс оқу жоспары:", "Мамандық:", "Біліктіліктер:",
            "Қабылдау жылы:", "Тексерілген ережелер:", "Базалық модульдер", "қате", "Әдістемелік ұсынымдар",
            "93-127 жолдар", "1-бет, барлығы")),
])
def test_the_report_alone_names_the_curriculum_rules_and_sources(demo_db, ids, tmp_path, language, words):
    doc = curricula.curriculum_document(demo_db, ids["draft"], language)
    path = tmp_path / f"check-{language}.pdf"
    build_rule_check_pdf(path, doc, language)
    pages = text_of(path)
    text = "\n".join(pages)
    for expected in words + (doc.curriculum.specialty, str(doc.curriculum.intake_year), doc.curriculum.title.split()[0]):
        assert expected in text, expected
    assert all(page.count(doc.college_name.split()[0]) >= 1 for page in pages)  # the identity on every page
    # Nothing of the rule set's shorthand or of the rule ids is left for people to decode.
    for shorthand in ("MR ", " l.", "BASIC-MODULES", "GENED-", "error", "warning"):
        assert shorthand not in text, shorthand


def test_the_summary_counts_in_russian_words(demo_db, ids, tmp_path):
    doc = curricula.curriculum_document(demo_db, ids["draft"], "ru")
    errors = sum(f.error for f in doc.findings)
    path = tmp_path / "ru.pdf"
    build_rule_check_pdf(path, doc, "ru")
    word = {1: "ошибка", 2: "ошибки", 3: "ошибки", 4: "ошибки"}.get(errors % 100 if errors % 100 < 20 else errors % 10,
                                                                   "ошибок")
    assert f"Найдено: {errors} {word}," in text_of(path)[0]


def test_russian_rows_carry_russian_codes(demo_db, ids):
    doc = curricula.curriculum_document(demo_db, ids["draft"], "ru")
    printed = [rows_in(f.rows, "ru") for f in doc.findings]
    assert not any(code in line for line in printed for code in ("ЖБП", "КМ ", "ОН "))
    assert rows_in("ЖБП 01, КМ 04, ОН 4.1", "ru") == "ООД 01, ПМ 04, РО 4.1"
    assert rows_in("", "kk") == "бүкіл жоспар" and rows_in("", "ru") == "весь план"


def test_a_clean_curriculum_says_so(demo_db, ids, tmp_path):
    doc = curricula.curriculum_document(demo_db, ids["approved"], "kk")
    assert doc.findings == ()
    path = tmp_path / "clean.pdf"
    build_rule_check_pdf(path, doc, "kk")
    assert "Барлық ережелер сақталған. Қате де, ескерту де жоқ." in text_of(path)[0]


def test_every_source_of_the_rule_set_reads_in_words():
    rules = json.loads(resource_path("rules", "credit-modular-2022.json").read_text(encoding="utf-8"))
    for rule, where in rules["sources"].items():
        source = f"{rules['document']}, {where}"
        for language in ("kk", "ru"):
            words = source_in_words(source, language)
            assert "MR" not in words and "l." not in words, (rule, language, words)
    assert source_in_words("MR 2022-2023, MR l.212-222", "kk") == "Әдістемелік ұсынымдар 2022-2023, 212-222 жолдар"
    assert source_in_words("MR 2022-2023, MR l.212-222", "ru") == "Методические рекомендации 2022-2023, строки 212-222"
    assert source_in_words("MR 2022-2023, MR l.269", "ru") == "Методические рекомендации 2022-2023, строка 269"
    assert source_in_words("MR 2022-2023, MR l.269", "kk") == "Әдістемелік ұсынымдар 2022-2023, 269-жол"
    assert source_in_words("Order No. 50", "ru") == "Order No. 50"  # another form: as the rule set wrote it


def test_the_report_starts_a_page_with_either_styles(demo_db, ids):
    from reportlab.platypus import PageBreakIfNotEmpty

    from desktop.reports.blocks import DocumentStyles
    from desktop.reports.curriculum_pdf import _Styles

    doc = curricula.curriculum_document(demo_db, ids["draft"], "ru")
    for styles in (_Styles(), DocumentStyles()):
        parts = findings_flowables(doc, "ru", styles)
        assert isinstance(parts[0], PageBreakIfNotEmpty) and len(parts) == 3


def test_a_long_report_repeats_its_header_and_numbers_its_pages(demo_db, ids, tmp_path):
    from dataclasses import replace

    doc = curricula.curriculum_document(demo_db, ids["draft"], "ru")
    long = replace(doc, findings=doc.findings * 12)
    path = tmp_path / "long.pdf"
    build_rule_check_pdf(path, long, "ru")
    pages = text_of(path)
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Страница {number} из {len(pages)}" in page and "Замечание" in page and "Источник" in page
    errors = sum(f.error for f in long.findings)
    assert (errors, len(long.findings) - errors) == (84, 12)  # the demo draft's 7 errors and 1 warning, 12 times
    assert "Найдено: 84 ошибки, 12 предупреждений." in pages[0]
