"""The small domain helpers at their edges, expected values by hand: hours-credits text and section codes as
colleges type them, the academic calendar and NEDB rounds, numbers made for tests and demos (IIN, BIN),
a curriculum's level, classifier validity dates, the engine's order, and the refusals' own words."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import contingent as dc
from desktop.domain import dual as dd
from desktop.domain.classifier import is_valid_on, validity_problems, CodeProblem
from desktop.domain.contingent_report import ContingentLine, ContingentReport
from desktop.domain.curriculum import Curriculum, Level, Row, SemesterLoad, Section, leaves
from desktop.domain.ids import bin_problems, iin_facts, iin_problems, make_bin, make_iin
from desktop.domain.rules import Finding, Severity, number
from desktop.domain.rules.engine import _sorted_rows, errors
from desktop.domain.sheet_text import is_outcome, normal_code, parse_hours_credits, section_of, split_code


@pytest.mark.parametrize("text, parsed", [
    ("96с-4к", (96, 4.0)), ("96 сағ - 4 кр", (96, 4.0)), ("96ч-4кр", (96, 4.0)), ("72 h / 3 cr", (72, 3.0)),
    ("36с-1,5к", (36, 1.5)), ("36с–1.5к", (36, 1.5)), ("  120  ", (120, None)), ("120с", (120, None)),
    (0, (0, None)), (0.0, (0, None)), (24.0, (24, None)), (24.5, None), (-1, None), (True, None), (None, None),
    ("", None), ("сағат", None), ("96с-к", None), ("-96", None)])
def test_hours_and_credits_as_typed(text, parsed):
    assert parse_hours_credits(text) == parsed


@pytest.mark.parametrize("text, split", [
    ("ЖБП 01 Қазақ тілі", ("ЖБП", "01")), ("ООД\n3 Математика", ("ООД", "3")), ("бм 2.", ("БМ", "2")),
    ("ОН 1,2 Нәтиже", ("ОН", "1.2")), ("РО 2. 3", ("РО", "2.3")), ("КП", ("КП", "")), ("Ф", ("Ф", "")),
    ("12 Математика", ("", "")), ("", ("", ""))])
def test_codes_as_typed(text, split):
    assert split_code(text) == split


@pytest.mark.parametrize("prefix, number, code", [
    ("ООД", "1", "ЖБП 01"), ("ЖБП", "12", "ЖБП 12"), ("ПМ", "4", "КМ 04"), ("РО", "4.1", "ОН 4.1"),
    ("ИА", "", "ҚА"), ("ПА", "2", "АА 2"), ("Ф", "3", "Ф 03"), ("БМ", "1", "БМ 1"), ("КМ", "1.1", "КМ 1.1"),
    ("К", "", "К")])
def test_codes_as_this_program_writes_them(prefix, number, code):
    assert normal_code(prefix, number) == code


def test_which_section_a_prefix_opens():
    table = {"ЖБ": Section.GENERAL, "КП": Section.PRACTICE, "ӨО": Section.PRACTICE, "АА": Section.INTERMEDIATE,
             "КЭ": Section.INTERMEDIATE, "ҚА": Section.FINAL, "ИА": Section.FINAL, "КОНС": Section.CONSULTATIONS,
             "ОН": Section.PROFESSIONAL, "ХХ": None, "": None}
    assert {prefix: section_of(prefix) for prefix in table} == table
    assert is_outcome("ОН") and is_outcome("РО") and not is_outcome("КМ")


@pytest.mark.parametrize("day, start, year, round_", [
    (date(2026, 8, 31), date(2025, 9, 1), "2025-2026", "2026-spring"),
    (date(2026, 9, 1), date(2026, 9, 1), "2026-2027", "2026-autumn"),
    (date(2027, 1, 1), date(2026, 9, 1), "2026-2027", "2026-autumn"),
    (date(2027, 4, 30), date(2026, 9, 1), "2026-2027", "2027-spring"),
    (date(2027, 5, 1), date(2026, 9, 1), "2026-2027", "2027-spring"),
    (date(2027, 11, 1), date(2027, 9, 1), "2027-2028", "2027-autumn"),
])
def test_the_academic_year_and_the_last_nedb_round(day, start, year, round_):
    assert (dc.academic_start(day), dc.academic_year(day), dc.last_round(day)) == (start, year, round_)
    assert dc.study_year(start.year, day) == 1 and dc.study_year(start.year - 2, day) == 3


def test_numbers_made_for_demos_are_the_ones_expected():
    # 2007-05-17, male, serial 12: 070517 5 0012, check digit by hand: 0+14+0+20+5+42+35+0+0+10+22 = 148 = 13*11+5
    assert make_iin(date(2007, 5, 17), "M", 12) == "070517500125"
    assert make_iin(date(1999, 12, 31), "F", 3)[:11] == "99123140003"
    assert make_iin(date(1850, 1, 2), "F", 1)[6] == "2"
    # 2005, March, resident legal entity (4), division 0, serial 1: 0503 4 0 00001 + check digit
    value = make_bin(5, 3, 4, 0, 1) or ""
    assert value[:11] == "05034000001" and bin_problems(value) == []
    assert make_bin(2026, 12, 6, 3, 99999)[:11] == "26126399999"
    assert iin_facts("070517500125").birth_date == date(2007, 5, 17)
    assert iin_problems("07051750012") == iin_problems("0705175001250") == iin_problems("0705175001a5")


@pytest.mark.parametrize("quals, level, workers", [
    (("3W06130102",), Level.WORKER, ("3W06130102",)), (("3W06130102", "4S06130103"), Level.MID_LEVEL, ("3W06130102",)),
    (("4S06130103",), Level.MID_LEVEL, ()), (("5AB06130101", "4S06130103"), Level.APPLIED_BACHELOR, ()),
    ((), Level.WORKER, ())])
def test_the_level_of_a_curriculum_is_its_highest_qualification(quals, level, workers):
    curriculum = Curriculum("06130100", quals, "9", "kk")
    assert (curriculum.level, curriculum.worker_qualifications) == (level, workers)


def test_rows_by_key_and_the_rows_that_carry_hours():
    rows = (Row("m1", Section.PROFESSIONAL, "КМ 01", "", "", 96), Row("m1.1", Section.PROFESSIONAL, "ОН 1.1", "", "", 96,
                                                                      parent="m1"),
            Row("b1", Section.BASIC, "БМ 1", "", "", 240))
    curriculum = Curriculum("06130100", (), "9", "kk", rows=rows)
    assert curriculum.row("b1") is rows[2] and [row.id for row in leaves(curriculum)] == ["m1.1", "b1"]
    with pytest.raises(KeyError) as missing:
        curriculum.row("x9")
    assert missing.value.args == ("x9",)
    assert [SemesterLoad(n, 1).year for n in (1, 2, 3, 4, 7, 8)] == [1, 1, 2, 2, 4, 4]


@pytest.mark.parametrize("start, end, day, problems, valid", [
    (date(2024, 1, 1), date(2025, 7, 15), date(2025, 7, 15), [], True),
    (date(2024, 1, 1), date(2025, 7, 15), date(2025, 7, 16), [], False),
    (date(2024, 1, 1), date(2025, 7, 15), date(2024, 1, 1), [], True),
    (date(2024, 1, 1), date(2025, 7, 15), date(2023, 12, 31), [], False),
    (date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 1), [], True),
    (date(2024, 1, 2), date(2024, 1, 1), date(2024, 1, 1), [CodeProblem.DATES_REVERSED], False),
    (None, date(2024, 1, 1), date(1990, 1, 1), [], True), (date(2024, 1, 1), None, date(2099, 1, 1), [], True),
    (None, None, date(2024, 1, 1), [], True)])
def test_classifier_validity_dates(start, end, day, problems, valid):
    assert validity_problems(start, end) == problems and is_valid_on(day, start, end) is valid


def test_engine_sorts_a_findings_rows_and_keeps_errors():
    finding = Finding("YEAR-LOAD", Severity.ERROR, "year_load.over", ("b", "a"), "61", "60")
    assert _sorted_rows(finding).rows == ("a", "b") and _sorted_rows(_sorted_rows(finding)) == _sorted_rows(finding)
    ordered = Finding("YEAR-LOAD", Severity.ERROR, "year_load.over", ("a", "b"))
    assert _sorted_rows(ordered) is ordered
    warning = Finding("CLASSIFIER", Severity.WARNING, "classifier.prefix_mismatch")
    assert errors([warning, finding]) == [finding]
    assert [number(v) for v in (60, 60.0, 4.5, 59.999, 1 / 3, 0)] == ["60", "60", "4.5", "60", "0.33", "0"]


def test_the_refusals_say_what_was_refused():
    assert str(dc.MovementNotAllowed(dc.MovementKind.GRADUATION, dc.Status.ACADEMIC_LEAVE)) == \
        "graduation is not allowed for a student who is academic_leave"
    assert str(dd.StepNotAllowed(dd.ContractStep.SIGN, dd.ContractStatus.ENDED)) == \
        "sign is not allowed for a contract that is ended"


def test_the_contingent_reports_lines_add_up():
    line = ContingentLine("06130100", "Бағдарламалық", "Программное", 2, "kk", "full_time", (12, 3, 0, 5))
    assert line.total == 20
    report = ContingentReport("Колледж", "Колледж РУ", "Директор", date(2026, 10, 1),
                              (date(2025, 9, 1), date(2026, 8, 31)), [line])
    assert (report.college_name("ru"), report.college_name("kk"), report.college_name("en")) == (
        "Колледж РУ", "Колледж", "Колледж")


def test_hours_up_to_the_sheets_limit():
    from desktop.domain.sheet_text import MAX_HOURS

    for text in (MAX_HOURS, f"{MAX_HOURS}", f"{MAX_HOURS}с-4к"):
        assert parse_hours_credits(text)[0] == MAX_HOURS
    for text in (MAX_HOURS + 1, f"{MAX_HOURS + 1}", f"{MAX_HOURS + 1}с-4к", float("inf"), float("nan")):
        assert parse_hours_credits(text) is None


def test_no_number_is_made_where_no_check_digit_exists():
    def weighted(first11):
        total = sum(int(d) * w for d, w in zip(first11, range(1, 12))) % 11
        if total == 10:
            total = sum(int(d) * w for d, w in zip(first11, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
        return total

    serial = next(n for n in range(100000) if weighted(f"050340{n:05d}") == 10)
    assert make_bin(5, 3, 4, 0, serial) is None
    serial = next(n for n in range(10000) if weighted(f"0705175{n:04d}") == 10)
    assert make_iin(date(2007, 5, 17), "M", serial) is None


def test_codes_as_typed_and_parsed():
    from desktop.domain.classifier import QualificationKind, normalize_code, parse_qualification

    assert normalize_code(None) == "" and normalize_code(" 4с 0613 0103 ") == "4S06130103"
    assert normalize_code("5АВ06130101") == "5AB06130101"
    parsed = parse_qualification("5AB06130101")
    assert (parsed.code, parsed.level, parsed.kind, parsed.digits, parsed.specialty_prefix) == (
        "5AB06130101", 5, QualificationKind.APPLIED_BACHELOR, "06130101", "061301")
