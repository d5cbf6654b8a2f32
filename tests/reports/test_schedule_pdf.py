"""The process schedule read back as an official would read it: on its own page, with the college, the
curriculum, its own approval, the months over the weeks, week codes in Kazakh or Russian (never the app's
Latin letters), a legend, and a summary whose figures are the grid's own counts."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, Paragraph

from desktop.domain.curriculum import WEEK_TYPES, Control, Section
from desktop.domain.schedule import ACTIVITIES, layouts
from desktop.reports import finishing
from desktop.reports.blocks import DocumentStyles
from desktop.reports.curriculum_pdf import CurriculumDocument
from desktop.reports.schedule_pdf import (CODES, build_schedule_pdf, grid_cells, schedule_flowables,
                                          summary_cells)
from desktop.services import curricula
from desktop.services.demo_curricula import (dual_software_on_9_grades, software_on_9_grades,
                                             web_designer_on_11_grades)

COLLEGE = {"kk": "«Алатау жоғары колледжі» КМҚК", "ru": "КГКП «Высший колледж Алатау»"}
MONTHS = {"kk": ("Қыркүйек", "Қазан", "Қараша", "Желтоқсан", "Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр",
                 "Маусым", "Шілде", "Тамыз"),
          "ru": ("Сентябрь", "Октябрь", "Ноябрь", "Декабрь", "Январь", "Февраль", "Март", "Апрель", "Май", "Июнь",
                 "Июль", "Август")}
WEEK_CODES = {"kk": ("Т", "КП", "АА", "ҚА", "Д"), "ru": ("Т", "ПП", "ПА", "ИА", "К")}


def document(language: str, status: str = "approved") -> CurriculumDocument:
    return CurriculumDocument(
        software_on_9_grades(language), COLLEGE[language], "Серікова Айгүл Маратқызы",
        "Бағдарламалық қамтамасыз ету" if language == "kk" else "Программное обеспечение",
        {"3W06130102": "Веб-дизайнер", "4S06130103": "Техник-программист"}, status,
        "Серікова А.М." if status == "approved" else "", datetime(2025, 8, 28, 10) if status == "approved" else None)


def pages_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize("language, approve, signed", [
    ("kk", "БЕКІТЕМІН", "«28» тамыз 2025 ж."), ("ru", "УТВЕРЖДАЮ", "«28» августа 2025 г.")])
def test_the_schedule_prints_its_form_in_the_documents_language(tmp_path, language, approve, signed):
    path = tmp_path / f"schedule-{language}.pdf"
    build_schedule_pdf(path, document(language), language)
    pages = pages_of(path)
    assert len(pages) == 1
    text = pages[0]
    title = "ОҚУ ПРОЦЕСІНІҢ КЕСТЕСІ" if language == "kk" else "ГРАФИК УЧЕБНОГО ПРОЦЕССА"
    director = "Колледж директоры" if language == "kk" else "Директор колледжа"
    for expected in (title, COLLEGE[language], software_on_9_grades(language).title, "06130100", "4S06130103",
                     approve, director, "Серікова Айгүл Маратқызы", signed, finishing.stamp_place(language),
                     "2025–2029", finishing.PAGE_OF[language].format(page=1, pages=1), *MONTHS[language]):
        assert expected in text, expected
    words = set(re.findall(r"\w+", text))
    assert set(WEEK_CODES[language]) <= words
    # none of the grid's internal Latin letters is printed as a week
    assert not words & (set(WEEK_TYPES) - {"-"})
    assert finishing.DRAFT[language] not in text


def course_rows(cells: list[list[str]]) -> list[list[str]]:
    """The rows of week codes: each course has its months, its days and its codes, in that order."""
    return cells[3::3]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_grid_prints_codes_never_the_internal_letters(language):
    cells = grid_cells(document(language), language)
    assert cells[1][2] == MONTHS[language][0]  # week 1 starts on 1 September
    assert cells[2][2:7] == ["1", "8", "15", "22", "29"]  # September 2025's weeks start on these days
    printed = {cell for row in course_rows(cells) for cell in row[2:]}
    assert printed <= set(WEEK_CODES[language]) | {""}
    assert [row[0].split()[0] for row in cells[1::3]] == ["I", "II", "III", "IV"]


def expected_days(year: int) -> list[str]:
    return [str((date(year, 9, 1) + timedelta(weeks=n)).day) for n in range(52)]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_each_course_prints_the_calendar_of_its_own_study_year(tmp_path, language):
    """Course III of the 2025 intake studies in 2027-2028: its weeks after February start a day earlier than
    course I's (29 February 2028), and its row says so; every course's months and days are its own year's."""
    path = tmp_path / f"schedule-{language}.pdf"
    build_schedule_pdf(path, document(language), language)
    lines = [line.strip() for line in pages_of(path)[0].splitlines()]
    days_label = "Күні" if language == "kk" else "Числа"
    for course, start in (("I", 2025), ("II", 2026), ("III", 2027), ("IV", 2028)):
        at = lines.index(course)
        assert lines[at + 1] == f"{start}–{start + 1}"
        months = lines[at + 3:at + 15]
        assert months == list(MONTHS[language])
        assert lines[at + 15] == days_label
        assert lines[at + 16:at + 68] == expected_days(start), course
    assert expected_days(2027) != expected_days(2025)  # the leap day moves the spring's weeks
    assert expected_days(2027)[26] == "1" and expected_days(2025)[26] == "2"  # March 2028 vs March 2026


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_summary_figures_are_the_grids_counts(language):
    doc = document(language)
    grid, summary = grid_cells(doc, language), summary_cells(doc, language)
    for course_row, year_row in zip(course_rows(grid), summary[1:-1]):
        figures = [int(n) for n in year_row[1:]]
        by_code = [course_row[2:].count(CODES[letter][language == "ru"]) for letter in ACTIVITIES]
        assert figures[2:-1] == by_code
        assert figures[-1] == sum(by_code) == figures[0] + figures[1] + by_code[-1]  # semesters + holidays
    columns = list(zip(*[[int(n) for n in row[1:]] for row in summary[1:-1]]))
    assert [int(n) for n in summary[-1][1:]] == [sum(column) for column in columns]
    # the demo: three years of 19 + 1 weeks a semester (720 hours at 36 a week) and 12 of holidays; the last one
    # 19 + 1 in the autumn, 12 weeks of practice and 3 of final attestation in the spring
    assert summary[1][1:] == ["20", "20", "38", "0", "2", "0", "12", "52"]
    assert summary[3][1:] == ["20", "20", "37", "0", "3", "0", "12", "52"]  # and the qualification exam's week
    assert summary[4][1:] == ["20", "15", "19", "12", "1", "3", "2", "37"]


def test_the_schedule_stands_alone_on_its_page(tmp_path):
    s = DocumentStyles()
    flowables = schedule_flowables(document("ru"), "ru", s)
    assert isinstance(flowables[0], PageBreak)
    path = tmp_path / "pack.pdf"
    # a caller that breaks the page itself before it too: no blank page in between
    story = [Paragraph("План до графика", s.text), PageBreak(), *flowables, PageBreak(),
             Paragraph("Отчёт после графика", s.text)]
    finishing.build(path, story, "ru", "КГКП", title="x", pagesize=landscape(A4))
    pages = pages_of(path)
    assert len(pages) == 3
    assert "ГРАФИК УЧЕБНОГО ПРОЦЕССА" in pages[1]
    assert "План до графика" not in pages[1] and "Отчёт после графика" not in pages[1]


def test_a_draft_prints_the_mark_and_nothing_to_sign(tmp_path):
    path = tmp_path / "draft.pdf"
    build_schedule_pdf(path, document("kk", status="draft"), "kk")
    text = pages_of(path)[0]
    assert "ОҚУ ПРОЦЕСІНІҢ КЕСТЕСІ" in text and finishing.DRAFT["kk"] in text
    assert "БЕКІТЕМІН" not in text and finishing.stamp_place("kk") not in text


@pytest.mark.parametrize("make", [software_on_9_grades, web_designer_on_11_grades, dual_software_on_9_grades])
def test_the_demo_schedules_agree_with_their_plans(make):
    """Attestation weeks stand only in semesters whose plan rows hold intermediate attestation (its block, a
    qualification exam, or exams closing subjects); the final attestation only in the last semester; practice
    weeks exactly where the plan has practice hours."""
    plan = make()
    attested, practised, final = set(), set(), set()
    for row in plan.rows:
        for load in row.semesters:
            if row.section is Section.INTERMEDIATE or (load.control is Control.EXAM and row.section not in (
                    Section.PRACTICE, Section.FINAL, Section.CONSULTATIONS, Section.ELECTIVES)):
                attested.add(load.semester)
            if row.section is Section.PRACTICE:
                practised.add(load.semester)
            if row.section is Section.FINAL:
                final.add(load.semester)
    assert final == {2 * plan.years}
    for layout in layouts(plan):
        for semester, part in ((2 * layout.year - 1, layout.autumn), (2 * layout.year, layout.spring)):
            assert ("A" in part) == (semester in attested), semester
            assert ("P" in part) == (semester in practised), semester
            assert ("F" in part) == (semester in final), semester
    assert plan.schedule == tuple(curricula.propose_schedule(plan))


def test_the_demo_colleges_schedule_prints_from_the_database(demo_db, tmp_path):
    approved = next(s for s in curricula.list_curricula(demo_db) if s.status == "approved")
    for language in ("kk", "ru"):
        doc = curricula.curriculum_document(demo_db, approved.id, language)
        path = tmp_path / f"{language}.pdf"
        build_schedule_pdf(path, doc, language)
        text = "\n".join(pages_of(path))
        assert doc.college_name and doc.college_name in text
        assert ("БЕКІТЕМІН" if language == "kk" else "УТВЕРЖДАЮ") in text
