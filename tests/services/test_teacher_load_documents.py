"""The load documents' data filled from the distribution: cards per teacher with their rows by semester and
subgroup, hours by funding on the tarification list, a department's summary, the fulfilment report with the
services' figures (a replacement counted toward the class, apart for the one who gave it); a tarification list
written and read back; the files written whole or not at all."""
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from teacher_load_college import small_college

from desktop.reports.tarification_pdf import build_tarification_pdf
from desktop.services import contingent, teacher_load as load, teacher_load_actual as actual, \
    teacher_load_documents as docs
from desktop.services.teacher_load_actual import ActualEntry

YEAR = 2026


@pytest.fixture
def college(db):
    college = small_college(db)
    group = contingent.get_group(db, college["second"])
    contingent.save_group(db, group.__class__(**{**group.__dict__, "funding": "paid"}), college["second"])
    units = load.year_plan(db, YEAR).units
    first = [u.key for u in units if u.group_id == college["first"]]
    second = [u.key for u in units if u.group_id == college["second"]]
    load.assign(db, YEAR, first, college["abenova"])
    load.assign(db, YEAR, second, college["kim"])
    practice = next(k for k in first if k[1] == "kz" and k[2] == 1 and k[3] == "practice")
    load.split(db, YEAR, practice, college["abenova"], college["baimukhanov"])
    return college


def test_each_teacher_gets_a_card_of_rows_by_semester_and_subgroup(db, college):
    cards = {c.teacher: c for c in docs.load_cards(db, YEAR, "ru")}
    assert list(cards) == ["Әбенова Сәуле", "Баймұханов Ерлан", "Ким Ольга"]  # Ә with А, as the alphabet has it
    abenova = cards["Әбенова Сәуле"]
    kz = [r for r in abenova.rows if r.row_code == "ООД 01"]  # the Russian card writes ЖБП as Russian does
    assert [(r.semester, r.subgroup, r.theory, r.practice) for r in kz] == [(1, None, 21, 0), (1, 1, 0, 43),
                                                                           (2, None, 19, 37)]
    assert abenova.total == 148 and abenova.department == "Языки"  # subgroup 1's practice for the whole group's
    assert [(r.subgroup, r.practice) for r in cards["Баймұханов Ерлан"].rows] == [(2, 43)]
    kim = cards["Ким Ольга"]
    assert kim.rate == Decimal("1.5") and {r.funding for r in kim.rows} == {"extra"}
    practice_rows = [r for r in kim.rows if r.row_code == "ПП"]  # КП in Kazakh
    assert [(r.semester, r.practice_supervision) for r in practice_rows] == [(2, 216)]


def test_the_tarification_list_splits_hours_by_funding_and_reads_back(db, college, tmp_path):
    doc = docs.tarification_list(db, YEAR, "ru")
    lines = {t.name: t for t in doc.teachers}
    assert (lines["Ким Ольга"].hours_budget, lines["Ким Ольга"].hours_extra) == (0, 444)
    assert (lines["Әбенова Сәуле"].hours_budget, lines["Әбенова Сәуле"].hours_extra) == (148, 0)
    assert doc.academic_year == "2026–2027" and doc.as_of == date(2026, 9, 1)
    build_tarification_pdf(tmp_path / "t.pdf", doc, "ru")
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "t.pdf").pages)
    assert "Ким Ольга" in text and "444" in text


def test_a_departments_summary_holds_its_teachers_cards(db, college):
    summary = docs.department_summary(db, YEAR, "kk", college["it"])
    assert summary.department == "Ақпараттық технологиялар"
    assert [c.teacher for c in summary.cards] == ["Баймұханов Ерлан", "Ким Ольга"]


def test_the_fulfilment_report_counts_a_replacement_toward_the_class_and_apart_for_the_one_who_gave_it(db, college):
    b1 = next(u for u in load.year_plan(db, YEAR).units if u.row_key == "b1")
    actual.record_hours(db, YEAR, [ActualEntry(date(2026, 9, 1), *b1.key, 0, college["kim"], 60),
                                   ActualEntry(date(2026, 10, 1), *b1.key, 0, college["abenova"], 12)])
    report = docs.fulfilment_report(db, YEAR, "ru", semester=1)
    rows = {(r.teacher, r.row_code): r for r in report.rows}
    kim = rows[("Ким Ольга", "БМ 1")]
    assert kim.by_month == {9: 60, 10: 12}  # the class was held: Kim's plan is done, 12 hours of it by Abenova
    assert (kim.plan, kim.done, kim.not_done, kim.over_plan, kim.replaced, kim.replacements) == (72, 72, 0, 0, 12, 0)
    abenova = rows[("Әбенова Сәуле", "БМ 1")]
    assert (abenova.plan, abenova.done, abenova.replacements) == (0, 0, 12)
    assert [r.teacher for r in docs.fulfilment_report(db, YEAR, "ru", 1, college["languages"]).rows] \
        == ["Әбенова Сәуле"] * len([r for r in report.rows if r.teacher == "Әбенова Сәуле"])


@pytest.mark.parametrize("semester, terms", [(None, (1, 2)), (1, (1,)), (2, (2,))])
def test_the_report_sums_to_the_figures_the_window_shows(db, college, semester, terms):
    """One arithmetic: each teacher's rows of the report add up to services.teacher_load_actual.fulfilment."""
    units = load.year_plan(db, YEAR).units
    b1 = next(u for u in units if u.row_key == "b1")
    kz = next(u for u in units if u.row_key == "kz" and u.semester == 2 and u.component == "theory")
    actual.record_hours(db, YEAR, [ActualEntry(date(2026, 9, 1), *b1.key, 0, college["kim"], 80),
                                   ActualEntry(date(2026, 10, 1), *b1.key, 0, college["abenova"], 4),
                                   ActualEntry(date(2027, 3, 1), *kz.key, 0, college["baimukhanov"], 6),
                                   ActualEntry(date(2027, 4, 1), *kz.key, 0, college["abenova"], 10)])
    figures = actual.fulfilment(db, YEAR, terms)
    report = docs.fulfilment_report(db, YEAR, "kk", semester=semester)
    names = {college[k]: n for k, n in (("kim", "Ким Ольга"), ("abenova", "Әбенова Сәуле"),
                                        ("baimukhanov", "Баймұханов Ерлан"))}
    for teacher_id, f in figures.teachers.items():
        rows = [r for r in report.rows if r.teacher == names[teacher_id]]
        assert sum(r.plan for r in rows) == f.planned
        assert sum(r.done for r in rows) == f.done and sum(r.not_done for r in rows) == f.not_done
        assert sum(r.over_plan for r in rows) == f.over
        assert sum(r.replaced for r in rows) == f.replaced_by_others
        assert sum(r.replacements for r in rows) == f.replacing
        assert sum(sum(r.by_month.values()) for r in rows) == f.done + f.over


def test_production_training_has_its_own_column(db, college):
    from desktop.reports import load_data as ld
    from desktop.services.teacher_load_documents import _FIELDS

    assert _FIELDS["production"] == "production"
    row = ld.LoadRow(1, "g", "ПМ 01", "s", theory=10, production=30)
    assert row.total == 40


@pytest.mark.parametrize("language, names", [
    ("kk", ["тарификациялық-тізім-2026-2027.pdf", "тарификациялық-тізім-2026-2027.xlsx"]),
    ("ru", ["тарификационный-список-2026-2027.pdf", "тарификационный-список-2026-2027.xlsx"])])
def test_the_files_are_named_in_the_documents_language(db, college, tmp_path, language, names):
    request = docs.Request("tarification", language, pdf=True, xlsx=True)
    assert docs.file_names(db, YEAR, request) == names
    written = docs.write(db, YEAR, request, tmp_path / "out")
    assert [p.name for p in written] == names and sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(names)
    summary = docs.Request("summary", language, department_id=college["it"])
    assert docs.file_names(db, YEAR, summary) == [{"kk": "ПЦК-жүктемесі-Ақпараттық-технологиялар-2026-2027.pdf",
                                                   "ru": "сводная-нагрузка-ПЦК-Информационные-технологии-2026-2027.pdf"}[language]]
    one = docs.Request("cards", language, teacher_ids=(college["kim"],))
    assert docs.file_names(db, YEAR, one)[0].endswith("нагрузка-Ким-2026-2027.pdf" if language == "ru"
                                                      else "жүктеме-Ким-2026-2027.pdf")
    autumn = docs.Request("fulfilment", language, semester=1)
    assert docs.file_names(db, YEAR, autumn) == [{"kk": "жүктеменің-орындалуы-1-семестр-2026-2027.pdf",
                                                  "ru": "выполнение-нагрузки-1-й-семестр-2026-2027.pdf"}[language]]


def test_a_file_that_cannot_be_replaced_leaves_the_old_one_and_no_part(db, college, tmp_path, monkeypatch):
    from pathlib import Path

    from desktop.services.errors import ValidationFailed

    target = tmp_path / "out" / "тарификационный-список-2026-2027.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the old list")

    def refuse(self, other):  # what Windows does while Excel or a viewer holds the file open
        raise PermissionError(13, "Permission denied", str(self), None, str(other))

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(ValidationFailed) as failed:
        docs.write(db, YEAR, docs.Request("tarification", "ru"), target.parent)
    problem = failed.value.problems[0]
    assert problem.code == "file.cannot_write" and str(target) in problem.params["detail"]
    assert [p.name for p in target.parent.iterdir()] == [target.name] and target.read_bytes() == b"the old list"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_word_of_the_demos_documents_runs_over_its_column(demo_db, language):
    """The demo college's real names read as the official reads them: «мастер производственного обучения»,
    «26ПО-11р(11)», «информационно-коммуникационных» each whole in its column (or broken after a hyphen)."""
    import sys
    from pathlib import Path

    from desktop.reports.load_blocks import LoadStyles
    from desktop.reports.load_card_pdf import card_flowables, summary_flowables
    from desktop.reports.load_fulfilment_pdf import fulfilment_flowables
    from desktop.reports.tarification_pdf import tarification_flowables

    sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))
    from test_load_samples import words_over_columns

    s7, s8, s75 = LoadStyles(7), LoadStyles(8), LoadStyles(7.5)
    grids = [(tarification_flowables(docs.tarification_list(demo_db, YEAR, language), language, s7)[-1], s7),
             (fulfilment_flowables(docs.fulfilment_report(demo_db, YEAR, language), language, s75)[-1], s75)]
    grids += [(card_flowables(card, language, s8)[-1], s8) for card in docs.load_cards(demo_db, YEAR, language)]
    for department, _, _ in docs.printable(demo_db, YEAR).departments:
        grids.append((summary_flowables(docs.department_summary(demo_db, YEAR, language, department), language,
                                        s8)[-1], s8))
    assert [found for table, s in grids for found in words_over_columns(table, s, body=True)] == []


def test_the_chief_accountant_and_the_departments_chair_sign_by_name(demo_db, tmp_path):
    """The demo's chief accountant under the tarification list, each commission's chair under its teachers' cards
    and its summary (blank lines only where no name is entered)."""
    from desktop.reports.load_card_pdf import build_department_summary_pdf
    from desktop.services import teachers
    from desktop.services.demo import CHIEF_ACCOUNTANT

    build_tarification_pdf(tmp_path / "t.pdf", docs.tarification_list(demo_db, YEAR, "kk"), "kk")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "t.pdf").pages)
    assert "Омарова Л.Б." in text or CHIEF_ACCOUNTANT in text
    it = next(d for d in teachers.list_departments(demo_db) if d.name_kk == "Ақпараттық технологиялар")
    assert it.head == "Ким Елена Викторовна"
    summary = docs.department_summary(demo_db, YEAR, "ru", it.id)
    assert summary.signatories.department_head == "Ким Елена Викторовна"
    assert {c.signatories.department_head for c in summary.cards} == {"Ким Елена Викторовна"}
    build_department_summary_pdf(tmp_path / "s.pdf", summary, "ru")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "s.pdf").pages)
    assert "Ким Е.В." in text or "Ким Елена Викторовна" in text
    teachers.rename_department(demo_db, it.id, it.name_kk, it.name_ru, "")  # no chair: a line to sign on
    assert docs.department_summary(demo_db, YEAR, "ru", it.id).signatories.department_head == ""
    assert docs.fulfilment_report(demo_db, YEAR, "kk", department_id=it.id).signatories.chief_accountant == \
        CHIEF_ACCOUNTANT


def _month_totals(report):
    """The Итого row's month cells as the PDF prints them (load_fulfilment_pdf sums the rows' months)."""
    return [sum(r.by_month.get(m, 0) for r in report.rows) for m in report.months]


def test_the_years_report_has_each_month_once_and_its_months_add_up_to_the_hours_done(db, college):
    """January holds hours of both semesters' rows: one January column, the month totals the «Выполнено» total."""
    a, first = college["abenova"], college["first"]
    actual.record_hours(db, YEAR, [ActualEntry(date(2026, 9, 1), first, "kz", 1, "theory", 0, a, 10),
                                   ActualEntry(date(2027, 1, 1), first, "kz", 1, "theory", 0, a, 5),
                                   ActualEntry(date(2027, 1, 1), first, "kz", 2, "theory", 0, a, 6),
                                   ActualEntry(date(2027, 2, 1), first, "kz", 2, "theory", 0, a, 7)])
    report = docs.fulfilment_report(db, YEAR, "ru")
    assert report.months == (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)
    kz = next(r for r in report.rows if r.teacher == "Әбенова Сәуле" and r.row_code == "ООД 01")
    assert kz.by_month == {9: 10, 1: 11, 2: 7}
    done = sum(r.done for r in report.rows)
    assert sum(r.over_plan for r in report.rows) == 0 and sum(_month_totals(report)) == done == 28
    autumn = docs.fulfilment_report(db, YEAR, "ru", semester=1)
    assert autumn.months == (9, 10, 11, 12, 1) and sum(_month_totals(autumn)) == 15


def test_hours_stored_in_another_semesters_months_still_give_each_month_once(db, college):
    """Data kept before the months were checked (September on a spring row) does not repeat September."""
    from desktop.models import LoadActual  # noqa: PLC0415

    with db.session() as session:
        for month, semester, hours in ((date(2026, 9, 1), 2, 8), (date(2026, 12, 1), 2, 4),
                                       (date(2026, 9, 1), 1, 3)):
            session.add(LoadActual(year=YEAR, month=month, group_id=college["first"], row_key="kz",
                                   semester=semester, component="theory", subgroup=0, teacher_id=college["abenova"],
                                   hours=hours))
    report = docs.fulfilment_report(db, YEAR, "kk")
    assert len(report.months) == len(set(report.months)) and report.months[:4] == (9, 10, 11, 12)
    assert sum(_month_totals(report)) == sum(r.done + r.over_plan for r in report.rows) == 15
