"""The load documents' data filled from the distribution: cards per teacher with their rows by semester and
subgroup, hours by funding on the tarification list, a department's summary, the fulfilment report with the
replacement apart from the plan; and a tarification list written and read back."""
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
    kz = [r for r in abenova.rows if r.row_code == "ЖБП 01"]
    assert [(r.semester, r.subgroup, r.theory, r.practice) for r in kz] == [(1, None, 21, 0), (1, 1, 0, 43),
                                                                           (2, None, 19, 37)]
    assert abenova.total == 148 and abenova.department == "Языки"  # subgroup 1's practice for the whole group's
    assert [(r.subgroup, r.practice) for r in cards["Баймұханов Ерлан"].rows] == [(2, 43)]
    kim = cards["Ким Ольга"]
    assert kim.rate == Decimal("1.5") and {r.funding for r in kim.rows} == {"extra"}
    practice_rows = [r for r in kim.rows if r.row_code == "КП"]
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


def test_the_fulfilment_report_keeps_a_replacement_apart_from_the_plan(db, college):
    b1 = next(u for u in load.year_plan(db, YEAR).units if u.row_key == "b1")
    actual.record_hours(db, YEAR, [ActualEntry(date(2026, 9, 1), *b1.key, 0, college["kim"], 60),
                                   ActualEntry(date(2026, 10, 1), *b1.key, 0, college["abenova"], 12)])
    report = docs.fulfilment_report(db, YEAR, "ru", semester=1)
    rows = {(r.teacher, r.row_code): r for r in report.rows}
    assert (rows[("Ким Ольга", "БМ 1")].planned, rows[("Ким Ольга", "БМ 1")].actual) == ({1: 72}, {9: 60})
    assert rows[("Әбенова Сәуле", "БМ 1")].replacements == {10: 12}
    assert [r.teacher for r in docs.fulfilment_report(db, YEAR, "ru", department_id=college["languages"]).rows] \
        == ["Әбенова Сәуле"] * len([r for r in report.rows if r.teacher == "Әбенова Сәуле"])
