"""The report pack as the regional education department reads it: page X of Y and the pack's identity on every
page, contents whose page numbers are where each section starts, decimal commas, nothing in English, charts with
their scales and never alone on a page, the signatures on the page of the table they close."""
import re
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.services import report_pack

TODAY = date(2026, 11, 22)
SECTIONS = {"kk": ("Көрсеткіштер және ұлттық нысаналы мәндер", "Контингент", "Студенттер қозғалысы", "Дуальды оқыту",
                   "Демонстрациялық емтихандар", "Түлектерді жұмысқа орналастыру"),
            "ru": ("Показатели и национальные целевые значения", "Контингент", "Движение студентов",
                   "Дуальное обучение", "Демонстрационные экзамены", "Трудоустройство выпускников")}
PAGE_OF = {"kk": r"(\d+)-бет, барлығы (\d+)", "ru": r"Страница (\d+) из (\d+)"}
IDENTITY = {"kk": "Алатау жоғары политехникалық колледжі — Мемлекеттік есептер жинағы, 2026 жыл",
            "ru": "Высший политехнический колледж «Алатау» — Пакет государственной отчётности, 2026 год"}
CHARTS = {"kk": ("Колледж көрсеткіштері мен нысаналы мәндер", "Курстар бойынша контингент",
                 "Түлектердің мәртебесі бойынша бөлінуі"),
          "ru": ("Показатели колледжа и целевые значения", "Контингент по курсам",
                 "Распределение выпускников по статусу")}


def pages_of(path) -> list[str]:
    return [page.extract_text().replace("\u00a0", " ") for page in PdfReader(path).pages]


def contents_of(path) -> dict[str, int]:
    """The contents as printed: each line's title and the page number at its end (read as laid out)."""
    cover = PdfReader(path).pages[0].extract_text(extraction_mode="layout").replace("\u00a0", " ")
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^\s*(\d\. [^.\n]+?)\s+[ .]+\s(\d+)\s*$", cover, re.M)}


@pytest.fixture(scope="module")
def packs(tmp_path_factory, demo_template):
    """Both languages' packs of the demo college, made once (the demo is only read)."""
    from desktop.models.backup import copy_database
    from desktop.services.database import open_database

    folder = tmp_path_factory.mktemp("packs")
    copy_database(demo_template, folder / "demo.sqlite")
    db = open_database(folder / "demo.sqlite", folder / "backups")
    made = {}
    for language in ("kk", "ru"):
        pdf = report_pack.make_pack(db, folder, 2026, language, TODAY)[0]
        made[language], made[f"{language}-contents"] = pages_of(pdf), contents_of(pdf)
    db.close()
    return made


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_page_says_page_x_of_y_and_whose_pack_it_is(packs, language):
    pages = packs[language]
    for number, text in enumerate(pages, start=1):
        assert re.search(PAGE_OF[language], text).groups() == (str(number), str(len(pages))), number
        assert IDENTITY[language] in " ".join(text.split()), number


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_contents_give_the_page_each_section_starts_on(packs, language):
    pages, contents = packs[language], packs[f"{language}-contents"]
    assert len(contents) == len(SECTIONS[language])
    for number, title in enumerate(SECTIONS[language], start=1):
        listed = contents[f"{number}. {title}"]
        starts = next(index for index, text in enumerate(pages[1:], start=2)
                      if f"{number}. {title}" in " ".join(text.split()))
        assert listed == starts, title


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_numbers_have_a_decimal_comma_and_nothing_is_in_english(packs, language):
    text = "\n".join(packs[language])
    assert "57,1" in text and "1 050 000,00" in text  # the employment figure, the dual-training payments
    # a point between digits is a date's (05.10.2026) or nothing: no 57.1, no 600 000.00
    assert not re.findall(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])", text)
    english = set(re.findall(r"[A-Za-z]{3,}", text.replace("info@alatau-college.example.kz", "")))
    assert not english


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_each_section_holds_the_pack_year_only(packs, language):
    text = "\n".join(packs[language])
    sessions = re.findall(r"\d\d\.\d\d\.(\d{4}) – \d\d\.\d\d\.\d{4}", text)
    assert sessions and set(sessions) == {"2026"}
    # the final attestation planned for 07.06.2027 is not there; the one held on 01.06.2026 is
    assert "07.06.2027" not in text and "01.06.2026 – 03.06.2026" in text


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_chart_and_no_signatures_alone_on_a_page(packs, language):
    signature = {"kk": "(қолы)", "ru": "(подпись)"}[language]
    for number, text in enumerate(packs[language], start=1):
        body = [line for line in text.splitlines()
                if line.strip() and IDENTITY[language] not in " ".join(line.split())
                and not re.search(PAGE_OF[language], line)]
        for title in CHARTS[language]:
            if title in text:  # the chart's page has a section heading or a table besides the chart
                assert re.search(r"^\s*\d\. ", text, re.M) or len(body) > 40, (number, title)
        if signature in text:
            before = body[:next(i for i, line in enumerate(body) if signature in line)]
            assert sum(1 for line in before if re.match(r"\s*\d{2}[А-ЯӘҒҚҢӨҰҮІ]{2}-\d{2}", line)) >= 2, number
            assert {"kk": "«22» қараша 2026 ж.", "ru": "«22» ноября 2026 г."}[language] in text
            assert {"kk": "М.О.", "ru": "М.П."}[language] in text
            assert "Сейтқалиев Ержан Болатұлы" in text


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_word_of_a_table_fits_its_column(demo_db, language):
    """No word is cut across two lines of a cell and none runs out of it: every cell's longest word is narrower
    than its column (the cells' words are never split, so this is what keeps them in)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table

    from desktop.reports.contingent_pdf import ContingentStyles, categories_flowables
    from desktop.reports.pack_pdf import _Pack

    pack = _Pack(report_pack.collect(demo_db, 2026, TODAY), language)
    story = [f for part in (pack.indicators, pack.contingent, pack.movement, pack.dual, pack.exams, pack.employment)
             for f in part()]
    story += categories_flowables(pack.data.contingent, language, ContingentStyles())
    flat = []
    while story:
        item = story.pop(0)
        story[:0] = getattr(item, "_content", [])  # what a KeepTogether holds
        flat.append(item)
    tables = [f for f in flat if isinstance(f, Table)]
    assert len(tables) >= 10
    for table in tables:
        for row in table._cellvalues:
            for column, cell in enumerate(row):
                if isinstance(cell, Paragraph):
                    style = cell.style
                    room = table._colWidths[column] - 12  # the cell's padding, 6 points each side
                    widest = max((stringWidth(w, style.fontName, style.fontSize)
                                  for w in cell.getPlainText().split()), default=0)
                    assert widest <= room, (cell.getPlainText(), widest, room)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_director_and_the_deputy_sign_by_name(packs, language):
    """Issue #15: «Заместитель директора ____» although the college profile names the deputy director."""
    text = " ".join(" ".join(packs[language]).split())
    assert "Сейтқалиев Ержан Болатұлы" in text and "Байжанова Динара Ерланқызы" in text


@pytest.mark.parametrize("language, names", [
    ("kk", ("06130100 Бағдарламалық қамтамасыз ету", "3W06130102 Веб-дизайнер", "04110100 Есеп және аудит")),
    ("ru", ("06130100 Программное обеспечение", "3W06130102 Веб-дизайнер", "04110100 Учет и аудит"))])
def test_specialties_and_qualifications_are_named_beside_their_codes(packs, language, names):
    """Issue #15: the dual coverage (§4) and the exam results (§5) printed codes only."""
    text = " ".join(" ".join(packs[language]).split())
    for name in names:
        assert name in text, name
