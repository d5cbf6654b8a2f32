"""Starting curricula, the semester filler and the proposed week grid, each on a case worked out by hand."""
from __future__ import annotations

import json

from desktop.domain.curriculum import Control, ExamForm, Row, SemesterLoad, Section, YearSchedule
from desktop.domain.curriculum import Curriculum
from desktop.domain.ruleset import RuleSet
from desktop.domain.templates import (assemble, basic_rows, distribute, final_attestation, general_rows, module_rows,
                                      qualification_exam, schedule_for, starting_curriculum, year_hours_by_kind)
from desktop.paths import resource_path


def rules() -> RuleSet:
    return RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))


def r(key, hours, section=Section.PROFESSIONAL, **extra):
    return Row(key, section, key, key, key, hours, **extra)


def test_reserved_hours_are_left_free():
    placed = distribute([r("a", 700), r("b", 100)], 720, controls=False, reserved={1: 100, 2: 720})
    assert [row.semesters for row in placed] == [(SemesterLoad(1, 620), SemesterLoad(3, 80)), (SemesterLoad(3, 100),)]


def test_rows_fill_each_semester_before_the_next():
    placed = distribute([r("a", 300), r("m", 0), r("b", 500), r("c", 200), r("d", 440)], 720)
    # a: 300 of semester 1 (420 left); b: 420 there, 80 in semester 2 (640 left); c: 200 (440 left); d: 440, full
    assert [row.semesters for row in placed] == [
        (SemesterLoad(1, 300, Control.EXAM),), (),
        (SemesterLoad(1, 420), SemesterLoad(2, 80, Control.EXAM)),
        (SemesterLoad(2, 200, Control.EXAM),),
        (SemesterLoad(2, 440, Control.EXAM),)]
    after = distribute([r("a", 720), r("b", 10), r("c", 1)], 720, controls=False)
    assert [row.semesters for row in after] == [(SemesterLoad(1, 720),), (SemesterLoad(2, 10),), (SemesterLoad(2, 1),)]


def test_a_module_with_outcomes_is_laid_out_through_them():
    placed = distribute([r("m1", 200), r("m1.1", 120, parent="m1"), r("m1.2", 80, parent="m1")], 100)
    assert placed[0].semesters == ()
    assert [row.semesters for row in placed[1:]] == [
        (SemesterLoad(1, 100), SemesterLoad(2, 20, Control.EXAM)), (SemesterLoad(2, 80, Control.EXAM),)]


def test_hours_by_year_and_kind():
    rows = (r("m1", 300), r("m1.1", 300, semesters=(SemesterLoad(1, 100), SemesterLoad(3, 200)), parent="m1"),
            r("b1", 72, Section.BASIC, semesters=(SemesterLoad(2, 72),)),
            r("pp", 144, Section.PRACTICE, semesters=(SemesterLoad(4, 144),)),
            r("ia", 36, Section.INTERMEDIATE, semesters=(SemesterLoad(2, 36),)),
            r("fa", 108, Section.FINAL, semesters=(SemesterLoad(4, 108),)),
            r("k", 24, Section.CONSULTATIONS, semesters=(SemesterLoad(1, 24),)),
            r("f", 36, Section.ELECTIVES, semesters=(SemesterLoad(1, 36),)))
    # year 1: 100 + 72 in classes, 36 attestation; year 2: 200 in classes, 144 practice, 108 final attestation
    assert year_hours_by_kind(Curriculum("06130100", (), "11", "kk", years=2, rows=rows)) == {
        1: {"T": 172, "P": 0, "A": 36, "F": 0}, 2: {"T": 200, "P": 144, "A": 0, "F": 108}}


def test_the_proposed_week_grid():
    # Changed with issue #15: the grid follows the plan semester by semester (desktop/domain/schedule.py):
    # attestation weeks only where the plan has attestation hours or exams, no fixed four final weeks.
    rows = (r("t1", 720, semesters=(SemesterLoad(1, 720),)), r("p1", 72, Section.PRACTICE, semesters=(SemesterLoad(2, 72),)),
            r("t2", 100, semesters=(SemesterLoad(3, 100),)))
    grid = schedule_for(Curriculum("06130100", (), "11", "kk", years=2, rows=rows))
    # year 1: 720/36 = 20 theory weeks in the autumn, 2 winter holiday weeks, 2 of practice in the spring, no
    # exam nor attestation row: no attestation week; 28 summer weeks make 52
    # year 2: 100/36 -> 3 theory weeks; the graduating year ends there, after its winter holidays
    assert grid == (YearSchedule(1, "T" * 20 + "HH" + "PP" + "H" * 28, 36), YearSchedule(2, "TTT" + "HH", 36))
    examined = schedule_for(Curriculum("06130100", (), "11", "kk", years=1, rows=(
        r("t", 360, semesters=(SemesterLoad(1, 360, Control.EXAM),)),
        r("ia", 72, Section.INTERMEDIATE, semesters=(SemesterLoad(2, 72),)),
        r("fa", 108, Section.FINAL, semesters=(SemesterLoad(2, 108, Control.EXAM),)))))
    # an exam closes semester 1: one attestation week; 72 attestation hours in semester 2: two weeks, then the
    # final attestation's 108 hours: three weeks
    assert examined[0].weeks == "T" * 10 + "A" + "HH" + "AA" + "FFF"
    empty = schedule_for(Curriculum("06130100", (), "11", "kk", years=1), hours_per_week=30)
    assert empty == (YearSchedule(1, "HH", 30),)
    # 50 theory weeks: room for the winter holidays, none left for the summer
    packed = schedule_for(Curriculum("06130100", (), "11", "kk", years=2, rows=(
        r("t", 36 * 50, semesters=(SemesterLoad(1, 36 * 50),)),)))
    assert packed[0].weeks == "T" * 50 + "HH"
    # 49 theory + 2 practice weeks = 51: one week of winter holidays left
    busy = schedule_for(Curriculum("06130100", (), "11", "kk", years=2, rows=(
        r("t", 36 * 49, semesters=(SemesterLoad(1, 36 * 49),)), r("p", 72, Section.PRACTICE,
                                                                   semesters=(SemesterLoad(2, 72),)))))
    assert busy[0].weeks == "T" * 49 + "H" + "PP"


def test_a_professional_module_and_its_outcomes():
    head, first, second = module_rows(2, "3W06130102", [144, 101])
    assert head == Row("m2", Section.PROFESSIONAL, "КМ 02", "Кәсіптік модуль 2", "Профессиональный модуль 2", 245,
                       qualification="3W06130102")
    assert first == Row("m2.1", Section.PROFESSIONAL, "ОН 2.1", "Оқыту нәтижесі 2.1", "Результат обучения 2.1", 144,
                        parent="m2", qualification="3W06130102", theory=72, practice=72)
    assert (second.code, second.theory, second.practice) == ("ОН 2.2", 50, 51)
    named = module_rows(11, "4S06130103", [48], "Атауы", "Название", [("Н", "Р")])
    assert [(row.code, row.name_kk, row.name_ru) for row in named] == [("КМ 11", "Атауы", "Название"),
                                                                          ("ОН 11.1", "Н", "Р")]


def test_a_starting_curriculum_on_the_nine_grade_base():
    start = starting_curriculum("06130100", ("3W06130102", "4S06130103"), "9", "kk", 4, rules())
    ids = [row.id for row in start.rows]
    assert ids == [f"g{n}" for n in range(1, 15)] + ["b1", "b2", "b3", "b4", "q1", "fa"]
    general = [row for row in start.rows if row.section is Section.GENERAL]
    assert sum(row.hours for row in general) == 1440  # 60 credits
    assert (general[0].code, general[0].subject, general[0].hours) == ("ЖБП 01", "kazakh_language", 96)
    assert (start.rule_set, start.intake_year, start.years, start.entry_base) == ("credit-modular-2022", 2025, 4, "9")
    assert start.row("q1") == qualification_exam("3W06130102", 1) and start.row("fa") == final_attestation()


def test_a_starting_curriculum_on_the_eleven_grade_base_for_workers():
    start = starting_curriculum("06130100", ("3W06130101", "3W06130102"), "11", "ru", 2, rules(), intake_year=2026)
    assert [row.id for row in start.rows] == ["b1", "b2", "b3", "q1", "q2", "fa"]
    assert [row.qualification for row in start.rows if row.section is Section.INTERMEDIATE] == ["3W06130101",
                                                                                                 "3W06130102"]
    assert start.intake_year == 2026


def test_the_rows_a_template_starts_from():
    ru = general_rows("ru")
    assert [(row.id, row.code, row.subject) for row in ru[:3]] == [
        ("g1", "ЖБП 01", "russian_language"), ("g2", "ЖБП 02", "russian_literature"),
        ("g3", "ЖБП 03", "kazakh_language_and_literature")]
    assert (ru[-1].code, ru[-1].subject, ru[-1].hours) == ("ЖБП 14", "general_exams", 72)
    assert [(row.id, row.code, row.basic_module, row.hours) for row in basic_rows(True)] == [
        ("b1", "БМ 1", 1, 240), ("b2", "БМ 2", 2, 72), ("b3", "БМ 3", 3, 72), ("b4", "БМ 4", 4, 24)]
    assert len(basic_rows(False)) == 3
    exam = qualification_exam("3W06130102", 2, ExamForm.PRACTICAL_WORK)
    assert exam == Row("q2", Section.INTERMEDIATE, "БЕ 2", "3W06130102 біліктілік емтиханы",
                       "Квалификационный экзамен 3W06130102", 24, qualification="3W06130102",
                       exam_form=ExamForm.PRACTICAL_WORK)
    assert final_attestation(96).hours == 96
    assert final_attestation() == Row("fa", Section.FINAL, "ҚА", "Қорытынды аттестаттау", "Итоговая аттестация", 108)
    assert [row.name_ru for row in ru[:3]] == ["Русский язык", "Русская литература", "Казахский язык и литература"]
    assert [row.name_kk for row in ru[:3]] == ["Орыс тілі", "Орыс әдебиеті", "Қазақ тілі және әдебиеті"]
    assert [row.name_ru.split()[:3] for row in basic_rows(True)] == [
        ["Развитие", "и", "совершенствование"], ["Применение", "информационно-коммуникационных", "и"],
        ["Применение", "базовых", "знаний"], ["Применение", "основ", "социальных"]]
    assert [row.name_kk.split()[0] for row in basic_rows(True)] == ["Дене", "Ақпараттық-коммуникациялық",
                                                                    "Экономиканың", "Қоғам"]


def test_a_whole_curriculum_in_the_usual_order():
    start = starting_curriculum("06130100", ("3W06130102",), "11", "ru", 2, rules())
    whole = assemble(start, module_rows(1, "3W06130102", [720, 360]), 432, 144, semester_hours=720)
    assert [row.id for row in whole.rows] == ["b1", "b2", "b3", "m1", "m1.1", "m1.2", "ia", "pp", "q1", "fa"]
    assert whole.row("pp") == Row("pp", Section.PRACTICE, "КП", "Кәсіптік практика", "Профессиональная практика", 432,
                                  production=432, semesters=whole.row("pp").semesters)
    assert whole.row("ia") == Row("ia", Section.INTERMEDIATE, "АА", "Аралық аттестаттау", "Промежуточная аттестация",
                                  144, semesters=whole.row("ia").semesters)
    # 240 + 72 + 72 = 384 in semester 1, then 336 of m1.1 fill it; 384 of m1.1 open semester 2
    assert whole.row("m1.1").semesters == (SemesterLoad(1, 336), SemesterLoad(2, 384, Control.EXAM))
    # m1.2: 336 fill semester 2, 24 open semester 3; its exam follows there (MR l.946-950), before the
    # attestation and practice; the final attestation in the last semester (MR l.220-222), not after them
    assert whole.row("m1.2").semesters == (SemesterLoad(2, 336), SemesterLoad(3, 24, Control.EXAM))
    assert whole.row("q1").semesters == (SemesterLoad(3, 24, Control.EXAM),)
    assert whole.row("fa").semesters == (SemesterLoad(4, 108, Control.EXAM),)
    assert whole.schedule == schedule_for(whole)
