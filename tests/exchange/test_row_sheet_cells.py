"""The small rules of a curriculum typed in rows: names in one cell, semester headers, merged cells, and where
the years are taken from."""
from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop.domain.curriculum import Control, SemesterLoad
from desktop.domain.ruleset import RuleSet
from desktop.exchange.file_messages import FILE_MESSAGES
from desktop.exchange.row_sheet import read_row_sheet
from desktop.exchange.row_sheet_header import classify, split_names
from desktop.paths import resource_path

RULES = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))
KAZAKH = "әғқңөұүһі"
# Words as names are made of: Kazakh words hold at least one letter of their own, Russian words none.
kazakh_words = st.lists(st.tuples(st.text("абвгдеклмнорст", min_size=1, max_size=6), st.sampled_from(KAZAKH),
                                  st.text("абвгдеклмнорст", max_size=4)).map("".join), min_size=1, max_size=4)
russian_words = st.lists(st.text("абвгдеклмнорстуфхцчшщыэюя", min_size=2, max_size=8), min_size=1, max_size=4)


def _capital(words: list[str]) -> str:
    text = " ".join(words)
    return text[0].upper() + text[1:]


@given(kazakh_words, russian_words, st.sampled_from([" / ", "\n", " /\n", "  /  "]))
def test_a_cell_with_both_names_gives_each_language_its_own(kazakh, russian, separator):
    kk, ru = _capital(kazakh), _capital(russian)
    assert split_names(f"{kk}{separator}{ru}") == (kk, ru)


@given(russian_words)
def test_a_name_in_one_language_fills_both(words):
    name = _capital(words)
    assert split_names(name) == (name, name)


def test_the_same_name_in_both_languages_is_written_once():
    assert split_names("Математика\nМатематика") == ("Математика", "Математика")
    assert split_names("Физика / Физика") == ("Физика", "Физика")


def test_a_slash_inside_a_name_of_one_language_is_kept():
    assert split_names("Ақпараттық-коммуникациялық/цифрлық технологиялар") == (
        "Ақпараттық-коммуникациялық/цифрлық технологиялар",) * 2


def test_semester_headers_as_colleges_write_them():
    assert classify(["1 семестр"]) == ("semester", 1)
    assert classify(["3 сем."]) == ("semester", 3)
    assert classify(["iv"]) == ("semester", 4)
    assert classify(["семестр 5"]) == ("semester", 5)
    assert classify(["3 курс", "1 сем"]) == ("semester", 5)
    assert classify(["3 курс", "6 сем", "15 апта"]) == ("semester", 6)
    assert classify(["семестрлер", "2"]) == ("semester", 2)
    assert classify(["1 курс"]) is None  # a year's column, not a semester's
    assert classify(["15"]) is None  # a number of weeks without a semester above it


def test_other_header_cells_as_colleges_write_them():
    assert classify(["барлық сағат / всего часов"]) == ("hours",)
    assert classify(["оқу уақытының көлемі, сағат", "кредит"]) == ("credits",)
    assert classify(["оның ішінде", "зертханалық-практикалық / лабораторно-практические"]) == ("practice",)
    assert classify(["бақылау нысаны / форма контроля"]) == ("control", None)
    assert classify(["бақылау нысаны", "сараланған сынақ"])[1].value == "graded_test"
    assert classify(["бақылау нысаны", "бақылау жұмысы / контрольная работа"]) is None


def test_hours_merged_over_two_semesters_are_counted_once():
    book = Workbook()
    sheet = book.active
    for line in (["Индекс", "Атауы", "Сағат", "1 сем", "2 сем"], ["БМ 1", "Модуль", 96, 96], ["БМ 2", "Модуль", 48, 48]):
        sheet.append(line)
    sheet.merge_cells("D2:E2")
    sheet.merge_cells("D3:D4")  # a stray merge over the row below
    reading = read_row_sheet(sheet, "plan.xlsx", RULES.subject_key)
    assert [r.semesters for r in reading.curriculum.rows] == [(SemesterLoad(1, 96),), (SemesterLoad(1, 48),)]


def _plan(title: str):
    book = Workbook()
    sheet = book.active
    for line in ([title], ["Индекс", "Атауы", "Сағат"], ["БМ 1", "Модуль", 96]):
        sheet.append(line)
    return sheet


def test_a_range_too_wide_for_a_cohort_is_not_its_years():
    reading = read_row_sheet(_plan("Стратегия 2020-2030"), "2024-2027 ПО.xlsx", RULES.subject_key)
    assert (reading.intake_year_source, reading.curriculum.intake_year, reading.curriculum.years) == (
        "file_name", 2024, 3)


def test_the_sheet_tab_counts_as_the_sheet():
    sheet = _plan("Жұмыс оқу жоспары")
    sheet.title = "ПО 2025-2029"
    reading = read_row_sheet(sheet, "plan.xlsx", RULES.subject_key)
    assert (reading.intake_year_source, reading.curriculum.intake_year) == ("sheet", 2025)


# Cells a row-written plan is made of, and things people leave in them.
CELL = st.one_of(
    st.none(),
    st.sampled_from(["Индекс", "Атауы / Наименование", "Барлық сағат", "Кредит", "Теория", "1 курс", "2 сем", "I",
                     "Бақылау нысаны", "емтихан", "Э-2", "сынақ 1,3", "дифф. зачет", "Барлығы / Итого",
                     "ЖБП бойынша барлығы", "Базалық модульдер", "Кәсіптік модульдер / Профессиональные модули",
                     "Аралық аттестаттау", "БМ 1", "КМ 04", "ОН 1.1", "РО 2.3", "ПМ 3", "ООД 01", "Ф 00", "НВТП",
                     "Дипломалды практика", "Өндірістік практика (КМ 04)", "96с-4к", "36с-1,5к", "3W06130102",
                     "2022-2026", "Математика", "x", "", " / ", "\n"]),
    st.integers(-5, 20_000), st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12))


HEADER = ["Индекс", "Атауы / Наименование", "Барлық сағат", "Кредит", "1 сем", "2 сем", "Бақылау нысаны", "II"]


@given(st.one_of(st.none(), st.permutations(HEADER)), st.lists(st.lists(CELL, max_size=9), max_size=14),
       st.lists(st.tuples(st.integers(1, 14), st.integers(1, 9), st.integers(0, 2), st.integers(0, 2)), max_size=3))
def test_any_sheet_gives_a_reading_or_nothing_and_never_fails(header, lines, merges):
    book = Workbook()
    sheet = book.active
    for line in ([header] if header else []) + lines:
        sheet.append(line)
    for row, column, down, across in merges:
        try:
            sheet.merge_cells(start_row=row, start_column=column, end_row=row + down, end_column=column + across)
        except ValueError:
            pass
    reading = read_row_sheet(sheet, "2022-2026.xlsx", RULES.subject_key)
    if reading is not None:
        curriculum = reading.curriculum
        assert 1 <= curriculum.years <= 6
        assert all(0 <= row.hours <= 10_000 * 50 for row in curriculum.rows)
        assert all(p.code in FILE_MESSAGES for p in reading.problems)


def test_autumn_and_spring_under_a_course_and_weekly_hours_left_aside():
    assert classify(["2 курс", "күзгі / осенний"]) == ("semester", 3)
    assert classify(["2 курс", "көктемгі / весенний"]) == ("semester", 4)
    assert classify(["1 сем", "аптасына сағат / часов в неделю"]) is None
    assert classify(["1 сем", "барлығы"]) == ("semester", 1)


def test_course_work_beside_the_controls_is_not_a_control():
    book = Workbook()
    sheet = book.active
    for line in (["Индекс", "Атауы", "Бақылау нысаны", "Сағат", "1 сем"], ["БМ 1", "Модуль", "емтихан, КЖ", 96, 96],
                 ["БМ 2", "Модуль", "курстық жұмыс", 48, 48]):
        sheet.append(line)
    reading = read_row_sheet(sheet, "plan.xlsx", RULES.subject_key)
    assert reading.problems == ()
    assert [r.semesters[0].control for r in reading.curriculum.rows] == [Control.EXAM, None]
