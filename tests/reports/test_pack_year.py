"""Every section of a year's report pack holds that year only: the demo plans a final attestation for June 2027,
and the 2026 pack must not count its candidates, list its session or a contract that starts in 2027."""
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.services import report_pack

TODAY = date(2026, 11, 22)
FINAL = "4S06130103"  # the qualification of the demo's final attestations: held 01.06.2026, planned 07.06.2027


def test_the_2026_pack_holds_no_2027_session(demo_db, tmp_path):
    data = report_pack.collect(demo_db, 2026, TODAY)
    # the sessions held in June 2026: the second year's qualification exam and the graduates' final attestation
    assert [r.qualification for r in data.exam_results] == ["3W06130102", FINAL]
    assert sum(r.candidates for r in data.exam_results) == 10 + 24  # not the 26 candidates planned for 2027
    assert all(s.starts_on.year == 2026 for s in data.exam_sessions)
    # the share assessed by a demonstration exam is of the year's 50 graduates (22ПО-41к sat the final attestation,
    # all of them present; 23УА-31р sat none), not of those graduating in 2027
    assert (data.assessed.assessed, data.assessed.graduating) == (24, 50)
    pdf, xlsx = report_pack.make_pack(demo_db, tmp_path, 2026, "ru", TODAY)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "07.06.2027" not in text and "01.06.2026" in text
    cells = {str(v) for row in load_workbook(xlsx)["Демонстрационные экзамены"].iter_rows(values_only=True)
             for v in row if v is not None}
    assert not any("2027" in cell for cell in cells)


def test_the_2027_pack_holds_the_2027_session_only(demo_db):
    data = report_pack.collect(demo_db, 2027, date(2027, 6, 20))
    assert [r.qualification for r in data.exam_results] == [FINAL]
    assert [s.qualification for s in data.exam_sessions] == [FINAL]


def test_a_contract_of_another_year_is_not_in_the_pack(demo_db):
    data = report_pack.collect(demo_db, 2025, date(2026, 11, 22))
    # every demo contract runs 01.09.2026 - 30.06.2027: none was in force in 2025
    assert data.dual.contracts == []
    assert data.made_on == date(2026, 11, 22) and data.on == date(2025, 12, 31)


def test_a_new_college_with_no_records_gets_a_whole_pack(db, tmp_path):
    from pypdf import PdfReader

    for language in ("kk", "ru"):
        pdf, xlsx = report_pack.make_pack(db, tmp_path, 2026, language, TODAY)
        pages = PdfReader(pdf).pages
        assert len(pages) >= 6 and {"kk": "барлығы", "ru": "из"}[language] in pages[-1].extract_text()


def test_the_payments_are_those_of_the_packs_year(demo_db):
    from decimal import Decimal

    # the demo's payments are for periods from September 2026: the 2026 pack has them, the 2025 pack none
    assert report_pack.collect(demo_db, 2026, TODAY).dual.totals.total == Decimal("1050000")
    assert report_pack.collect(demo_db, 2025, TODAY).dual.totals.total == 0
