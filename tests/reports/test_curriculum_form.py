"""The working curriculum prints as colleges submit it for approval, read back from the PDF in Kazakh and
Russian: the employer's agreement, the director's approval with the date in words and the stamp place (none on
a draft), the council's line, courses and semesters with their weeks, credits per semester, the control forms
in their columns, the hours' split, page X of Y, the document's codes, and no page left with a lone heading or
total."""
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.domain.curriculum import Control, Section, SemesterLoad, leaves
from desktop.reports.curriculum_blocks import COMPILED, DEPUTY
from desktop.reports.curriculum_pdf import build_curriculum_pdf, plan_cells
from desktop.reports.curriculum_plan import semester_weeks
from desktop.reports.finishing import date_in_words, figure, number
from desktop.services import college, curricula
from desktop.services.demo import DEPUTY_DIRECTOR, demo_data
from desktop.services.demo_curricula import approval_day

from .curriculum_plans import fill_plans

DIRECTOR = demo_data()["profile"]["director"]
WORDS = {
    "kk": {"approve": "БЕКІТЕМІН", "agreed": "КЕЛІСІЛДІ", "stamp": "М.О.", "draft": "ЖОБА", "total": "Барлығы",
           "council": "Педагогикалық кеңесте қаралды, хаттама № ___ «___» __________ 20__ ж.",
           "controls": ("Емтихан", "Сынақ", "Сарал. сынақ"), "page": "{page}-бет, барлығы {pages}",
           "course": "{n} курс", "semester": "{n} семестр", "weeks": "{n} апта", "employer": "Жұмыс беруші"},
    "ru": {"approve": "УТВЕРЖДАЮ", "agreed": "СОГЛАСОВАНО", "stamp": "М.П.", "draft": "ПРОЕКТ", "total": "Итого",
           "council": "Рассмотрено на педагогическом совете, протокол № ___ от «___» __________ 20__ г.",
           "controls": ("Экзамен", "Зачёт", "Диф. зачёт"), "page": "Страница {page} из {pages}",
           "course": "{n} курс", "semester": "{n} семестр", "weeks": "{n} нед.", "employer": "Работодатель"},
}
LANGUAGES = ("kk", "ru")


@pytest.fixture
def plans(db):
    return fill_plans(db)


def pages_of(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def printed(db, plan_id, language, tmp_path, parts=("plan", "schedule", "check")) -> list[str]:
    path = tmp_path / f"{plan_id}-{language}-{'-'.join(parts)}.pdf"
    build_curriculum_pdf(path, curricula.curriculum_document(db, plan_id, language), language, parts)
    return pages_of(path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_approved_plan_carries_the_directors_approval_the_employers_agreement_and_the_council(
        db, plans, tmp_path, language):
    words = WORDS[language]
    first = printed(db, plans["nine"], language, tmp_path)[0]
    plan = curricula.get_curriculum(db, plans["nine"])
    approved = date_in_words(plan.approved_at.date(), language)
    for expected in (words["approve"], DIRECTOR, approved, words["agreed"], words["employer"], words["council"]):
        assert expected in first, expected
    assert first.count(words["stamp"]) == 2  # the director's and the employer's
    assert words["draft"] not in first
    assert approved == ("«20» маусым 2025 ж." if language == "kk" else "«20» июня 2025 г.")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plan_is_signed_by_its_compiler_the_deputy_director_named_in_the_profile(db, plans, tmp_path, language):
    """«Құрастырған: оқу ісі жөніндегі директордың орынбасары» / «Составил: заместитель директора по учебной
    работе» under the plan, with the deputy's name from the college profile; a line to write it on without one."""
    text = " ".join(" ".join(printed(db, plans["nine"], language, tmp_path, ("plan",))).split())
    assert f"{COMPILED[language]} {DEPUTY[language]}" in text
    assert f"______________________ {DEPUTY_DIRECTOR}" in text
    profile = college.get_profile(db)
    college.save_profile(db, replace(profile, deputy_director=""))
    text = " ".join(" ".join(printed(db, plans["dual"], language, tmp_path, ("plan",))).split())
    assert f"{COMPILED[language]} {DEPUTY[language]}" in text and DEPUTY_DIRECTOR not in text
    assert ("(қолы, аты-жөні)" if language == "kk" else "(подпись, Ф.И.О.)") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_is_marked_on_every_page_and_has_nothing_to_sign(db, plans, tmp_path, language):
    words = WORDS[language]
    pages = printed(db, plans["draft"], language, tmp_path)
    assert all(words["draft"] in page for page in pages)
    text = " ".join(pages)
    for absent in (words["approve"], words["agreed"], words["stamp"], DIRECTOR):
        assert absent not in text, absent


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_says_which_of_how_many_and_whose_plan_it_is(db, plans, tmp_path, language):
    pages = printed(db, plans["nine"], language, tmp_path)
    assert len(pages) >= 4
    for n, page in enumerate(pages, start=1):
        assert WORDS[language]["page"].format(page=n, pages=len(pages)) in page
        assert "06130100" in page and "2025" in page


@pytest.mark.parametrize("key", ["nine", "eleven", "dual"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_course_and_semester_is_headed_with_its_weeks(db, plans, tmp_path, language, key):
    words = WORDS[language]
    plan = curricula.get_curriculum(db, plans[key]).curriculum
    weeks = semester_weeks(plan)
    assert len(weeks) == 2 * plan.years and all(weeks.values())
    pages = printed(db, plans[key], language, tmp_path, ("plan",))
    for page in pages[:-1]:  # the last page closes the plan with the weeks' summary
        for n in range(1, plan.years + 1):
            assert words["course"].format(n=n) in page
        for n, count in weeks.items():
            assert f"{words['semester'].format(n=n)} {words['weeks'].format(n=count)}" in page
        for control in words["controls"]:
            assert control in page


def _body_rows(db, plan_id, language):
    doc = curricula.curriculum_document(db, plan_id, language)
    data, _, _, _ = plan_cells(doc, language)
    return doc.curriculum, [row for row in data[3:] if row[1] or row[0]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_row_gives_each_semesters_credits_beside_its_hours(db, plans, language):
    plan, rows = _body_rows(db, plans["nine"], language)
    semesters = 2 * plan.years
    checked = 0
    for row in rows:
        for n in range(semesters):
            hours, credits = row[12 + 2 * n], row[13 + 2 * n]
            assert bool(hours) == bool(credits), row[:2]
            if hours:
                assert credits == figure(int(hours.replace("\u00a0", "")) / 24)
                checked += 1
    assert checked > 60
    assert "4,5" in {cell for row in rows for cell in row}  # 108 h of the final attestation: a decimal comma


def test_exams_tests_and_graded_tests_print_in_their_own_columns(db, plans, tmp_path):
    stored = curricula.get_curriculum(db, plans["nine"]).curriculum
    changed = []
    for row in stored.rows:
        if row.id == "g7":  # informatics: a test in semester 2
            row = replace(row, semesters=tuple(replace(l, control=Control.TEST) for l in row.semesters))
        if row.id == "g9":  # physical culture over two semesters: a graded test in 1, an exam in 2
            row = replace(row, semesters=(SemesterLoad(1, 60, Control.GRADED_TEST), SemesterLoad(2, 60, Control.EXAM)))
        changed.append(row)
    doc = replace(curricula.curriculum_document(db, plans["nine"], "ru"), curriculum=replace(stored, rows=tuple(changed)))
    data, _, _, _ = plan_cells(doc, "ru")
    by_code = {row[0]: row for row in data[3:]}
    assert by_code["ООД 07"][2:5] == ["", "2", ""]
    assert by_code["ООД 09"][2:5] == ["2", "", "1"]
    assert by_code["ООД 01"][2:5] == ["1", "", ""]


@pytest.mark.parametrize("key", ["nine", "eleven", "dual", "draft"])
def test_theory_and_practice_add_up_to_the_hours_of_every_row_that_has_them(db, plans, key):
    plan, rows = _body_rows(db, plans[key], "kk")
    value = lambda cell: int(cell.replace("\u00a0", "")) if cell else 0  # noqa: E731
    split_rows = [row for row in rows if row[1] and any(row[7:11])]  # not the totals: they hold exams too
    assert split_rows
    for row in split_rows:
        assert sum(value(c) for c in row[7:11]) == value(row[6]), row[:2]
    # Only rows that are exams or attestation, not lessons, print no split (a module's is its outcomes').
    for row in leaves(plan):
        has_split = row.theory + row.practice + row.course_project + row.production
        if row.section not in (Section.INTERMEDIATE, Section.FINAL):
            assert has_split == row.hours or row.subject == "general_exams", row.code
        else:
            assert not has_split, row.code


def test_the_demo_plans_lessons_split_whole_into_theory_and_practice():
    from desktop.services.demo_curricula import software_on_9_grades

    plan = software_on_9_grades()
    parents = {row.parent for row in plan.rows if row.parent}
    lessons = [row for row in plan.rows if row.id not in parents and row.section in (
        Section.GENERAL, Section.BASIC, Section.PROFESSIONAL, Section.PRACTICE) and row.subject != "general_exams"]
    split = sum(row.theory + row.practice + row.course_project + row.production for row in lessons)
    # all but exams and attestation: the general-education exams, a week of intermediate attestation in each of
    # seven semesters, the qualification exam and the final attestation
    assert split == sum(row.hours for row in lessons) == 5580 - 72 - 7 * 36 - 36 - 108
    assert sum(row.theory for row in lessons) == sum(row.practice for row in lessons) == (5112 - 432) // 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_codes_are_the_documents_own(db, plans, tmp_path, language):
    text = " ".join(printed(db, plans["nine"], language, tmp_path, ("plan",)))
    if language == "ru":
        for code in ("ООД 01", "БМ 1", "ПМ 01", "РО 1.1", "ПА", "ПП", "КЭ 1", "ИА"):
            assert re.search(rf"(^| ){re.escape(code)}( |$)", text), code
        assert not re.search(r"(^| )(ЖБП|КМ|ОН|АА|ҚА|КП|БЕ)( \d|$| )", text)
    else:
        for code in ("ЖБП 01", "КМ 01", "ОН 1.1", "АА", "ҚА", "БЕ 1"):
            assert code in text, code
    assert not re.search(r"\b(Total|Exam|Credits|Hours|Semester|Draft)\b", text)


@pytest.mark.parametrize("key", ["nine", "eleven", "dual", "draft"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_holds_only_a_heading_or_a_total(db, plans, tmp_path, language, key):
    from desktop.reports.labels import LABELS, SECTIONS, pick

    path = tmp_path / f"{key}-{language}.pdf"
    build_curriculum_pdf(path, curricula.curriculum_document(db, plans[key], language), language, ("plan",))
    headings = {pick(SECTIONS, k, language) for k in SECTIONS}
    totals = {pick(LABELS, "total", language), pick(LABELS, "mandatory_total", language)}
    short = pick(LABELS, "credits_short", language)
    pages = [page.extract_text().split("\n") for page in PdfReader(path).pages]
    for number_, lines in enumerate(pages, start=1):
        lines = [line.strip() for line in lines]
        if short not in lines:  # the closing page: the weeks' summary and the signature together
            assert pick(LABELS, "weeks_summary", language) in lines
            assert any(line.startswith(COMPILED[language]) for line in lines)
            continue
        body = lines[len(lines) - lines[::-1].index(short):-2]  # after the header, before identity and page
        assert body[0] not in totals, number_
        assert body[-1] not in headings, number_
        assert any(re.match(r"^(ЖБП|ООД|БМ|КМ|ПМ|ОН|РО|АА|ПА|КП|ПП|БЕ|КЭ|ҚА|ИА)\b", line) for line in body)


def test_the_demo_approves_its_plans_before_their_intake_begins_study(db, plans):
    for key in ("nine", "eleven", "dual"):
        stored = curricula.get_curriculum(db, plans[key])
        assert stored.approved_at.date() < date(stored.curriculum.intake_year, 9, 1)
        assert stored.approved_at == approval_day(stored.curriculum)


def test_the_demo_outcomes_are_named_as_outcomes_not_numbered(db, plans):
    for key in ("nine", "eleven", "dual"):
        plan = curricula.get_curriculum(db, plans[key]).curriculum
        outcomes = [row for row in plan.rows if row.parent]
        assert outcomes
        for row in outcomes:
            assert "нәтиже" not in row.name_kk.lower() and "результат" not in row.name_ru.lower(), row.code
            assert len(row.name_kk.split()) >= 3 and len(row.name_ru.split()) >= 3
    assert curricula.get_curriculum(db, plans["nine"]).curriculum.row("m1.1").name_kk == (
        "Компьютерлік жүйелердің аппараттық құрамын анықтау")


def test_thousands_are_spaced_in_the_totals(db, plans, tmp_path):
    text = " ".join(printed(db, plans["nine"], "kk", tmp_path, ("plan",)))
    assert number(5580).replace("\u00a0", " ") in text.replace("\u00a0", " ")


@pytest.mark.parametrize("key", ["nine", "eleven", "dual", "draft"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_cell_fits_its_column(db, plans, language, key):
    """The attestation held every semester reads "1–7", not "1, 2, 3, 4, 5, 6, 7" running over the name."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.reports.curriculum_style import CELL_SIZE, _Styles

    s = _Styles()
    document = curricula.curriculum_document(db, plans[key], language)
    data, _, widths, _ = plan_cells(document, language, s)
    for row in data[3:]:
        for column in (2, 3, 4):
            assert stringWidth(row[column], s.bold, CELL_SIZE) <= widths[column] - 4, (row[0], row[column])
    attestation = next(row for row in data[3:] if row[0] in ("АА", "ПА"))
    assert attestation[2] == f"1–{2 * document.curriculum.years - 1}"  # every semester but the last


def test_semesters_in_a_row_are_written_as_a_range():
    from desktop.reports.curriculum_plan import semester_list

    assert [semester_list(s) for s in ({1, 2, 3, 4, 5, 6, 7}, {3, 4}, {1, 2, 3, 5}, {8}, set())] == [
        "1–7", "3, 4", "1–3, 5", "8", ""]


def test_the_weeks_summary_numbers_courses_as_the_schedule_does(db, plans):
    from desktop.reports.curriculum_blocks import weeks_summary
    from desktop.reports.curriculum_style import _Styles

    table = weeks_summary(curricula.curriculum_document(db, plans["nine"], "ru"), "ru", _Styles())
    rows = table._cellvalues
    assert [row[0] for row in rows[1:-1]] == ["I", "II", "III", "IV"]
    assert [row[1] for row in rows[1:-1]] == ["20 + 20", "20 + 20", "20 + 20", "20 + 15"]  # 720 hours in 20 weeks
