"""A grade sheet's items matched to a curriculum's rows: codes in any spelling, then sections, subjects, names;
what is left named on both sides, never guessed."""
import random

import pytest
from hypothesis import given, strategies as st

from desktop.domain.curriculum import Row, Section
from desktop.domain.grading import national_scale
from desktop.domain.grading_match import (code_key, graded_rows, grades_by_row, match_items, missing_rows,
                                          similarity)
from desktop.domain.grading_sheet import ItemGrade, SheetItem, StudentRow


def item(key, code="", kk="", ru="", module="", section=None) -> SheetItem:
    return SheetItem(key, 1, 1, code, kk, ru or kk, module, section=section)


def row(id_, section, code, kk, ru="", parent=None, subject=None) -> Row:
    return Row(id_, section, code, kk, ru or kk, 72, parent=parent, subject=subject)


PLAN = [
    row("g1", Section.GENERAL, "ЖБП 01", "Қазақ тілі", "Казахский язык", subject="kazakh_language"),
    row("g2", Section.GENERAL, "ЖБП 02", "Дене шынықтыру", "Физическая культура", subject="physical_education"),
    row("b1", Section.BASIC, "БМ 01", "Дене қасиеттерін дамыту", "Развитие физических качеств"),
    row("k3", Section.PROFESSIONAL, "КМ 03", "Front-end web ресурстарды құру", "Разработка web-ресурсов"),
    row("o31", Section.PROFESSIONAL, "ОН 3.1", "Шаблондар жасау", "Создание шаблонов", parent="k3"),
    row("o32", Section.PROFESSIONAL, "ОН 3.2", "CSS пайдалану", "Использование CSS", parent="k3"),
    row("k4", Section.PROFESSIONAL, "КМ 04", "Графикалық дизайн", "Графический дизайн"),
    row("p41", Section.PROFESSIONAL, "", "Педагогика", "Педагогика", parent="k4"),
    row("k5", Section.PROFESSIONAL, "КМ 05", "Менеджмент", "Менеджмент"),
    row("p51", Section.PROFESSIONAL, "", "Педагогика", "Педагогика", parent="k5"),
    row("pr", Section.PRACTICE, "КП", "Кәсіптік практика", "Профессиональная практика"),
    row("fa", Section.FINAL, "ҚА", "Қорытынды аттестаттау", "Итоговая аттестация"),
    row("f1", Section.ELECTIVES, "Ф 01", "Риторика", "Риторика"),
    row("cons", Section.CONSULTATIONS, "К", "Консультациялар", "Консультации"),
]


@pytest.mark.parametrize(("written", "key"), [
    ("БМ1", "БМ 1"), ("БМ 01", "БМ 1"), ("БМ 1.", "БМ 1"), ("БМ.01", "БМ 1"), ("КМ 3", "КМ 3"), ("КМ 04", "КМ 4"),
    ("ПМ 03", "КМ 3"), ("ПМ-4", "КМ 4"), ("ОН 1.1", "ОН 1.1"), ("РО 1.1", "ОН 1.1"), ("ОН1.3", "ОН 1.3"),
    ("ОН 01.01", "ОН 1.1"), ("ООД 02", "ЖБП 2"), ("BM 1", "БМ 1"), ("KM 04", "КМ 4"), ("РО 2,3", "ОН 2.3"),
    ("Ф 00", "Ф 0"), ("", ""), ("Математика", ""), ("ОН 1.1 Бизнестің мақсаттары", "")])
def test_codes_are_compared_whatever_their_spelling(written, key):
    assert code_key(written) == key


SPELLINGS = [lambda p, n: f"{p}{n}", lambda p, n: f"{p} {n:02d}", lambda p, n: f"{p} {n}.", lambda p, n: f"{p}.{n:02d}",
             lambda p, n: f"{p}-{n}", lambda p, n: f" {p}  {n} "]


@given(st.sampled_from([("БМ", "БМ"), ("КМ", "КМ"), ("ПМ", "КМ"), ("ЖБП", "ЖБП"), ("ООД", "ЖБП")]),
       st.integers(0, 40), st.sampled_from(SPELLINGS), st.sampled_from(SPELLINGS))
def test_any_two_spellings_of_one_module_code_are_the_same_code(prefixes, number, first, second):
    written, kazakh = prefixes
    assert code_key(first(written, number)) == code_key(second(kazakh, number)) == f"{kazakh} {number}"


def test_items_match_by_code_section_subject_and_name_and_report_the_rest():
    items = [item("C", kk="Қазақ тілі", ru="Казахский язык"), item("G", kk="Дене тәрбиесі", ru="Физическая культура"),
             item("K", "БМ1", "Дене қасиеттерін дамыту"), item("O", "РО 3.1", "Создание шаблонов"),
             item("S", "ОН 3.2", "CSS пайдалану"), item("W", kk="Педагогика", module="КМ 05"),
             item("AA", kk="Кәсіптік практика КМ3 ОН3.1; КМ4", section=Section.PRACTICE),
             item("AE", kk="Қорытынды аттестациялау: 4S06130105 бойынша", section=Section.FINAL),
             item("AI", kk="Курстық жұмыс")]
    subjects = {"дене тәрбиесі": "physical_education"}
    found = match_items(items, PLAN, lambda name: subjects.get(name.casefold()))
    assert found.mapping == {"C": "g1", "G": "g2", "K": "b1", "O": "o31", "S": "o32", "W": "p51", "AA": "pr",
                             "AE": "fa"}
    assert {m.item: m.by for m in found.matches} == {
        "C": "name", "G": "subject", "K": "code", "O": "code", "S": "code", "W": "name", "AA": "section",
        "AE": "section"}
    assert found.unmatched_items == ("AI",)
    assert found.uncovered_rows == ("p41", "f1")  # module heads with outcomes and consultations take no grade
    assert found.row_of("AI") is None


def test_a_subject_in_another_language_matches_without_the_rule_sets_subjects():
    found = match_items([item("G", kk="Дене тәрбиесі", ru="Физическая культура")], PLAN)
    assert found.mapping == {"G": "g2"} and found.matches[0].by == "name"


def test_names_with_a_typo_match_and_unlike_names_do_not():
    found = match_items([item("A", kk="Қазақ тiлi"), item("B", ru="Прграммное обеспечение", kk="")], PLAN)
    assert found.mapping == {"A": "g1"} and found.unmatched_items == ("B",)
    assert similarity("Қазақ тілі", "Қазақ әдебиеті") < 0.8 and similarity("РИТОРИКА.", "риторика") == 1.0


def test_a_code_names_one_row_once():
    found = match_items([item("A", "БМ 1", "Дене"), item("B", "БМ 01", "Дене қасиеттерін дамыту")], PLAN)
    assert found.mapping == {"A": "b1"} and found.unmatched_items == ("B",)


def test_sections_that_differ_never_match_by_name():
    found = match_items([item("A", kk="Риторика", section=Section.GENERAL)], PLAN)
    assert found.unmatched_items == ("A",) and "f1" in found.uncovered_rows


def test_graded_rows_leave_out_module_heads_and_consultations():
    assert [r.id for r in graded_rows(PLAN)] == ["g1", "g2", "b1", "o31", "o32", "p41", "p51", "pr", "fa", "f1"]


@given(st.integers(1, 12), st.integers(1, 6), st.randoms(use_true_random=False))
def test_every_outcome_matches_its_row_however_the_sheet_spells_and_orders_them(modules, outcomes, rng: random.Random):
    rows, items = [], []
    for m in range(1, modules + 1):
        rows.append(row(f"k{m}", Section.PROFESSIONAL, f"КМ {m:02d}", f"Модуль {m}"))
        for o in range(1, outcomes + 1):
            rows.append(row(f"o{m}.{o}", Section.PROFESSIONAL, f"ОН {m}.{o}", f"Нәтиже {m}.{o}", parent=f"k{m}"))
            prefix = rng.choice(["ОН", "РО"])
            code = rng.choice([f"{prefix} {m}.{o}", f"{prefix}{m}.{o}", f"{prefix} {m:02d}.{o}", f"{prefix} {m},{o}"])
            items.append(item(f"c{m}.{o}", code, f"Нәтиже {m}.{o}", module=rng.choice(["", f"КМ {m}", f"ПМ {m:02d}"])))
    rng.shuffle(items)
    found = match_items(items, rows)
    assert found.mapping == {i.key: "o" + i.key[1:] for i in items}
    assert found.unmatched_items == () and found.uncovered_rows == ()


def test_a_students_grades_by_row_and_what_is_missing():
    items = [item("K", "БМ1", "Дене"), item("O", "РО 3.1", "Шаблондар"), item("X", kk="Курстық жұмыс")]
    matching = match_items(items, PLAN)
    scale = national_scale()
    student = StudentRow(7, "Әбілқайыров Нұрсұлтан", (ItemGrade("K", scale.grade(91), 91),
                                                       ItemGrade("X", scale.grade(80), 80)))
    assert {r: g.percent for r, g in grades_by_row(student, matching).items()} == {"b1": 91}
    assert missing_rows(student, matching, PLAN) == ["g1", "g2", "o31", "o32", "p41", "p51", "pr", "fa", "f1"]
