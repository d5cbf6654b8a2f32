"""The indicators from the records, each on a hand-built case with its numerator and denominator named; the records
behind each figure; graduates' employment by hand and from Excel; teachers and textbook counts."""
from datetime import date

import pytest
from contingent import add_group, enrol
from openpyxl import load_workbook

from desktop.services import college, employment, indicators, movements, report_records
from desktop.services.college import CollegeProfileData
from desktop.services.errors import ValidationFailed
from desktop.services.movements import OrderInput

DAY = date(2027, 11, 1)


def by_key(figures):
    return {f.key: f for f in figures}


def graduated(db, count=3, paid=1, on=date(2027, 6, 30)):
    group = add_group(db, "23ПО-41к", intake_year=2023)
    state = enrol(db, group, count, enrolled_on=date(2023, 8, 28))  # state order (local budget)
    others = enrol(db, group, paid, start=5000, funding="paid", enrolled_on=date(2023, 8, 28))
    movements.apply_order(db, OrderInput("1-в", on, "graduation", on), state + others)
    return state, others


def test_each_indicator_on_a_hand_built_college(db):
    state, paid = graduated(db)
    employment.set_employment(db, state[0], "employed_in_specialty", date(2027, 9, 1), "ТОО «Алатау Софт»", "confirmed")
    employment.set_employment(db, state[1], "not_employed", date(2027, 9, 1))
    employment.set_employment(db, paid[0], "employed_in_specialty", date(2027, 9, 1))  # not state order: not counted
    report_records.add_teacher(db, "Ким Елена", date(2025, 1, 10))
    report_records.add_teacher(db, "Әбенов Нұрлан", date(2023, 5, 1))  # more than 3 years before the day
    report_records.set_library_count(db, 2027, 1200, 540)
    college.save_profile(db, CollegeProfileData(name_kk="К", name_ru="К", has_ramps=True, has_light_signals=True,
                                                has_call_button=True, has_sanitary_unit=True))
    figures = by_key(indicators.figures(db, 2027, DAY))
    # employed state-order graduates / state-order graduates of 2027 (the third one's status is still unknown)
    assert (figures["employment"].numerator, figures["employment"].denominator) == (1, 3)
    assert figures["employment"].target == 75 and figures["employment"].meets is False
    # Kazakh-language textbooks / all textbooks of the year
    assert (figures["kazakh_textbooks"].numerator, figures["kazakh_textbooks"].denominator) == (540, 1200)
    assert figures["kazakh_textbooks"].percent == 45.0 and figures["kazakh_textbooks"].meets is False
    # teachers whose last upgrade is over 3 years old / teachers
    assert (figures["teacher_upgrade"].numerator, figures["teacher_upgrade"].denominator) == (1, 2)
    assert figures["teacher_upgrade"].meets is False
    # the college's own yes/no for indicators measured across colleges
    assert (figures["inclusive"].numerator, figures["inclusive"].denominator) == (1, 1)
    assert (figures["demo_exams"].numerator, figures["demo_exams"].denominator) == (0, 1)
    # state-order students under a dual contract in force / state-order students studying now (none left)
    assert figures["dual_coverage"].denominator == 0 and figures["dual_coverage"].percent is None
    assert [g.status for g in employment.graduates(db, 2027)].count("unknown") == 1
    assert [g.student_id for g in employment.unknown(db, 2027)] == [state[2]]


def test_past_years_have_figures_only_for_what_is_kept_by_date(db):
    state, _ = graduated(db, 2, 0, on=date(2026, 6, 30))
    employment.set_employment(db, state[0], "military", date(2026, 8, 1))
    report_records.set_library_count(db, 2026, 100, 30)
    found = indicators.history(db, [2026, 2027], DAY)
    # 2026: military service is not employment (State Program l.372-384): 0 of the 2 state-order graduates of
    # 2026 employed, 1 continuing / not available for work beside it (50 %)
    assert (found[2026]["employment"].numerator, found[2026]["employment"].denominator) == (0, 2)
    assert (found[2026]["employment"].continuing, found[2026]["employment"].continuing_percent) == (1, 50.0)
    assert found[2026]["employment"].target == 75  # the plan ends in 2025: its last target stands
    assert found[2026]["kazakh_textbooks"].percent == 30.0
    assert found[2026]["dual_coverage"] is None and found[2026]["teacher_upgrade"] is None
    assert found[2027]["dual_coverage"] is not None and found[2027]["employment"].denominator == 0


def test_the_records_behind_each_figure(db):
    state, _ = graduated(db, 2, 0)
    employment.set_employment(db, state[0], "further_study", date(2027, 9, 1), evidence="confirmed")
    group = add_group(db, "26ПО-11к")
    enrol(db, group, 2, start=7000)
    report_records.add_teacher(db, "Ким Елена", None)
    rows = indicators.records(db, "employment", 2027).rows
    assert [(kind, values[3]) for kind, _, values in rows].count(("student", "further_study")) == 1
    # each row says whether it is counted in the figure or shown beside it: further study is beside it
    assert indicators.records(db, "employment", 2027).columns[4:6] == ("counted", "continuing")
    assert sorted(values[4:6] for *_, values in rows) == [(False, False), (False, True)]
    assert len(indicators.records(db, "dual_coverage", 2027).rows) == 2  # state-order students studying now
    assert all(values[2] is False for _, _, values in indicators.records(db, "dual_coverage", 2027).rows)
    assert [values for *_, values in indicators.records(db, "teacher_upgrade", 2027, DAY).rows] == [
        ("Ким Елена", None, True)]  # no upgrade recorded counts as overdue
    assert {values[0] for *_, values in indicators.records(db, "inclusive", 2027).rows} == {
        "has_ramps", "has_light_signals", "has_call_button", "has_sanitary_unit"}


def test_only_a_graduate_gets_an_employment_status_and_counts_must_add_up(db):
    group = add_group(db)
    [sid] = enrol(db, group)
    with pytest.raises(ValidationFailed) as error:
        employment.set_employment(db, sid, "astronaut", date(2027, 1, 1))
    assert {p.code for p in error.value.problems} == {"field.bad_choice", "report.not_a_graduate"}
    with pytest.raises(ValidationFailed):
        report_records.set_library_count(db, 2027, 100, 120)


def test_a_status_needs_a_date_not_before_graduation_and_unknown_clears_it(db):
    state, _ = graduated(db, 1, 0)
    with pytest.raises(ValidationFailed) as error:
        employment.set_employment(db, state[0], "employed_outside", date(2027, 5, 1))
    assert [p.code for p in error.value.problems] == ["report.before_graduation"]
    with pytest.raises(ValidationFailed) as error:  # beyond the first year after graduation
        employment.set_employment(db, state[0], "employed_outside", date(2028, 7, 1))
    assert [p.code for p in error.value.problems] == ["report.after_first_year"]
    with pytest.raises(ValidationFailed) as error:
        employment.set_employment(db, state[0], "employed_outside", None)
    assert [p.field for p in error.value.problems] == ["on"]
    employment.set_employment(db, state[0], "employed_outside", date(2027, 8, 1), "  ТОО «Б»  ")
    assert employment.graduates(db, 2027)[0].employer == "ТОО «Б»"
    employment.set_employment(db, state[0], "unknown", None)
    assert employment.graduates(db, 2027)[0].status == "unknown"


def test_employment_goes_to_excel_and_comes_back(db, tmp_path):
    state, paid = graduated(db, 2, 1)
    employment.set_employment(db, state[0], "employed_in_specialty", date(2027, 9, 1), "ТОО «А»", "confirmed")
    sheet = tmp_path / "graduates.xlsx"
    assert employment.export_employment(db, sheet, 2027, "ru") == 3
    book = load_workbook(sheet)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:4] == ("ЖСН / ИИН", "Выпускник", "Группа", "Статус")
    assert sorted(r[3] for r in rows[1:]) == ["неизвестно", "неизвестно", "трудоустроен по специальности"]
    # the coordinator fills in two rows, in Kazakh and in English, and brings the sheet back
    iins = {g.student_id: g.iin for g in employment.graduates(db, 2027)}
    for row in book.active.iter_rows(min_row=2):
        if row[0].value == iins[state[1]]:
            row[3].value, row[4].value, row[6].value = "әскери қызметте", date(2027, 7, 1), "құжатпен расталған"
        if row[0].value == iins[paid[0]]:
            row[3].value, row[4].value, row[5].value = "employed outside the specialty", "15.08.2027", "ИП «Б»"
    book.save(sheet)
    assert employment.import_employment(db, sheet, 2027) == 3
    found = {g.student_id: g for g in employment.graduates(db, 2027)}
    assert (found[state[1]].status, found[state[1]].on, found[state[1]].evidence) == (
        "military", date(2027, 7, 1), "confirmed")
    assert (found[paid[0]].status, found[paid[0]].employer) == ("employed_outside", "ИП «Б»")
    assert found[state[0]].employer == "ТОО «А»"  # the row written out comes back unchanged


def test_a_bad_employment_sheet_names_row_and_column_and_writes_nothing(db, tmp_path):
    state, _ = graduated(db, 2, 0)
    sheet = tmp_path / "graduates.xlsx"
    employment.export_employment(db, sheet, 2027, "kk")
    book = load_workbook(sheet)
    rows = list(book.active.iter_rows(min_row=2))
    rows[0][3].value, rows[0][4].value = "мамандығы бойынша жұмыс істейді", date(2027, 9, 1)
    rows[1][3].value, rows[1][4].value = "космонавт", "вчера"
    book.active.append(["123456789012", "", "", "белгісіз"])
    book.save(sheet)
    with pytest.raises(ValidationFailed) as error:
        employment.import_employment(db, sheet, 2027)
    where = {(p.row, p.column, p.code) for p in error.value.problems}
    assert (3, "D", "field.bad_choice") in where and (3, "E", "file.bad_date") in where
    assert any(p.row == 4 and p.column == "A" for p in error.value.problems)  # not a valid IIN
    assert [g.status for g in employment.graduates(db, 2027)] == ["unknown", "unknown"]  # nothing written


def test_teachers_are_kept_with_a_valid_unique_iin(db):
    first = report_records.add_teacher(db, "Ким Елена", date(2024, 1, 1))
    with pytest.raises(ValidationFailed) as error:
        report_records.add_teacher(db, " ", None, "123")
    assert {p.field for p in error.value.problems} == {"full_name", "iin"}
    report_records.update_teacher(db, first, "Ким Елена Викторовна", date(2026, 2, 1))
    assert [(t.full_name, t.last_upgrade_on) for t in report_records.list_teachers(db)] == [
        ("Ким Елена Викторовна", date(2026, 2, 1))]
    report_records.delete_teacher(db, first)
    assert report_records.list_teachers(db) == []
    report_records.set_library_count(db, 2026, 10, 5)
    report_records.set_library_count(db, 2026, 12, 6)  # the same year is replaced
    assert report_records.library_counts(db) == [(2026, 12, 6)]


def test_the_colleges_own_targets_file_overrides_the_shipped_one(paths, caplog):
    own = paths.config / indicators.TARGETS_FILE
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text('{"indicators": {"employment": {"targets": {"2026": 80}}}}', encoding="utf-8")
    indicators.targets.cache_clear()
    try:
        assert indicators.target_of("employment", 2027) == 80 and indicators.target_of("dual_coverage", 2026) == 35
        own.write_text("not json", encoding="utf-8")
        indicators.targets.cache_clear()
        assert indicators.target_of("employment", 2027) == 75 and "shipped targets are used" in caplog.text
    finally:
        own.unlink()
        indicators.targets.cache_clear()
