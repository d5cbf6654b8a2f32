"""The demo college's demonstration exams: a finished qualification exam with results and awarded qualifications,
the 2026 graduates' final attestation held, and a planned final attestation for 2027 (created in that order, so the
protocols' numbers follow their dates)."""
from __future__ import annotations

import random
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from desktop.domain.exams import Aspect, AspectKind as K, total_mark
from desktop.models import Student, StudyGroup
from desktop.services import exams, grades
from desktop.services.database import Database
from desktop.services.demo import demo_profile

ASPECTS = (Aspect("A", K.MEASUREMENT, Decimal(20), "Жоба құрылымы / Структура проекта"),
           Aspect("B", K.MEASUREMENT, Decimal(25), "Беттеу / Вёрстка"),
           Aspect("C", K.JUDGEMENT, Decimal(15), "Дизайн / Дизайн"),
           Aspect("D", K.MEASUREMENT, Decimal(25), "Бағдарламалау / Программирование"),
           Aspect("E", K.JUDGEMENT, Decimal(15), "Пайдаланушыға ыңғайлылық / Удобство"))
# Names kept in both languages ("Kazakh / Russian"), so that each protocol prints the one of its language.
ALATAU_SOFT = "«Алатау Софт» ЖШС / ТОО «Алатау Софт»"
COMPETENCE = "Веб-технологиялар / Веб-технологии"
# The web designer's (3W06130102) tasks, and the software developer's (4S06130103) of the final attestation: an
# application with its database rather than a landing page. Module letters are the marking scheme's own.
TASKS = ("A модулі: лендинг / Модуль A: лендинг", "B модулі: интернет-дүкен / Модуль B: интернет-магазин",
         "C модулі: жеке кабинет / Модуль C: личный кабинет")
FINAL_TASKS = ("A модулі: деректер қоры бар веб-қосымша / Модуль A: веб-приложение с базой данных",
               "B модулі: тапсырыстарды есепке алу жүйесі / Модуль B: система учёта заказов",
               "C модулі: қосымшаны тестілеу және құжаттау / Модуль C: тестирование и документирование приложения")
# The venue's name as the demo's competence centre calls itself, in Cyrillic in both languages.
CENTRE = "АТ құзыреттер орталығы / Центр компетенций ИТ"
# The qualification exam of 3W06130102 sits where the plan of 06130100 puts it: semester 5, in the attestation
# weeks that close it (weeks 19-20 of year 3, counted from 1 September). 23ПО-41р (intake 2023) sat it in January
# 2026; 24ПО-31к reaches it in January 2027.
QUALIFICATION_GROUP = "23ПО-41р"
QUALIFICATION_DAYS = (date(2026, 1, 12), date(2026, 1, 14))
# The qualification the 2027 final attestation awards: the one 23ПО-41р's plan prepares.
PLANNED_FINAL = "4S06130103"


def _college() -> str:
    """The college as the panel's organisation, named as its profile names it ("Kazakh / Russian")."""
    profile = demo_profile()
    return f"{profile.name_kk} / {profile.name_ru}"


COLLEGE = _college()
PANEL = (("Нұрланов Дәурен Асқарұлы", "chief", ALATAU_SOFT, "WSK-0412"),
         ("Ким Елена Викторовна", "expert", COLLEGE, "WSK-0877"),
         ("Әбенов Нұрлан Қайратұлы", "technical", COLLEGE, ""),
         ("Ким Андрей Сергеевич", "employer", ALATAU_SOFT, ""))


def _members(db: Database, code: str, count: int) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(Student.id).join(StudyGroup, Student.group_id == StudyGroup.id)
                                    .where(StudyGroup.code == code, Student.status == "studying")
                                    .order_by(Student.id).limit(count)))


def demo_marks(pick: random.Random) -> dict[str, list]:
    """One candidate's marks: a level of skill, and each aspect off it by its own chance (a candidate strong in
    layout may be weak in programming), so that no two aspects carry the same marks down the list."""
    skill = pick.uniform(0.35, 0.95)
    scores = {}
    for aspect in ASPECTS:
        level = min(1.0, max(0.0, skill + pick.gauss(0, 0.08)))
        if aspect.kind == K.JUDGEMENT:
            scores[aspect.code] = [max(0, min(3, round(3 * level + pick.uniform(-0.6, 0.6)))) for _ in range(3)]
        else:  # measured to half a mark
            scores[aspect.code] = [str((aspect.max_mark * Decimal(str(level)) * 2).quantize(Decimal(1)) / 2)]
    return scores


def _held(db: Database, data: exams.SessionData, drawn_on: datetime, candidates: list[int], absent: set[int],
          pick: random.Random) -> int:
    """A session that took place: its panel, the task drawn on its first morning, the marks, finished."""
    held = exams.create_session(db, data)
    for name, role, organisation, certificate in PANEL:
        exams.add_expert(db, held, name, role, organisation, certificate)
    exams.draw_task(db, held, pick, drawn_on)
    exams.add_candidates(db, held, candidates)
    for number, student_id in enumerate(candidates):
        if number in absent:
            exams.set_scores(db, held, student_id, {}, absent=True, today=data.ends_on)
        else:
            exams.set_scores(db, held, student_id, demo_marks(pick), today=data.ends_on)
    exams.finish_session(db, held, today=data.ends_on)
    return held


def add_demo_exams(db: Database) -> None:
    pick = random.Random(2026)
    scheme = exams.create_scheme(db, COMPETENCE, "Веб-технологиялар / Веб-технологии, 2026",
                                 list(ASPECTS))
    # the worker qualification at the end of semester 5, held at the competence centre
    starts_on, ends_on = QUALIFICATION_DAYS
    _held(db, exams.SessionData(
        "qualification", "demonstration", "3W06130102", starts_on, ends_on, "competence_centre",
        CENTRE, COMPETENCE, scheme, Decimal(50),
        "12 жұмыс орны: ДК, екі монитор, VS Code, Figma / 12 рабочих мест: ПК, два монитора, VS Code, Figma",
        TASKS,
        (Decimal("180000"), Decimal("120000"), Decimal("240000"))), datetime(2026, 1, 12, 9, 0),
        _members(db, QUALIFICATION_GROUP, 10), {7}, pick)


def add_planned_final(db: Database) -> None:
    """The 2027 final attestation of 23ПО-41р, planned: created after the 2026 one, so its protocol comes third."""
    scheme = exams.list_schemes(db)[0][0]
    planned = exams.create_session(db, exams.SessionData(
        "final", "demonstration", PLANNED_FINAL, date(2027, 6, 7), date(2027, 6, 9), "enterprise",
        "«Алатау Софт» ЖШС, Алматы / ТОО «Алатау Софт», Алматы", COMPETENCE, scheme, Decimal(50),
        tasks=FINAL_TASKS[:2]))
    exams.add_expert(db, planned, *PANEL[0])
    exams.add_candidates(db, planned, _members(db, "23ПО-41р", 26))


# The 2026 graduates of 22ПО-41к sat their final attestation as a demonstration exam at the enterprise, before the
# graduation order of 27.06.2026 (the first days of June: the dates are the demo's, not a rule).
FINAL_GROUP = "22ПО-41к"
FINAL_DAYS = (date(2026, 6, 1), date(2026, 6, 3))
FINAL_ROW = "fa"  # the final attestation's row of the group's plan


def marks_for(percent: int, pick: random.Random) -> dict[str, list]:
    """Marks whose total rounds to `percent`: the judges' scores drawn about that level, the measured aspects
    making up the rest in half marks, spread over them unevenly (the grade sheet's final-attestation percent is the
    exam's total, so the two agree)."""
    measured = [a for a in ASPECTS if a.kind == K.MEASUREMENT]
    room = sum(a.max_mark for a in measured)
    level = percent / 100
    for _ in range(50):
        scores = {a.code: [max(0, min(3, round(3 * level + pick.uniform(-0.6, 0.6)))) for _ in range(3)]
                  for a in ASPECTS if a.kind == K.JUDGEMENT}
        judged = total_mark(list(ASPECTS), {code: tuple(v) for code, v in scores.items()})
        rest = ((Decimal(percent) - judged) * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2
        if 0 <= rest <= room:
            break
    else:
        raise ValueError(f"no marks total {percent}")
    weights = [a.max_mark * Decimal(str(max(0.5, 1 + pick.gauss(0, 0.15)))) for a in measured]
    parts = [min(a.max_mark, (rest * w / sum(weights) * 2).quantize(Decimal(1)) / 2) for a, w in zip(measured, weights)]
    step = Decimal("0.5")
    while sum(parts) != rest:  # the rounding's remainder, half a mark at a time, where the aspect has room
        up = sum(parts) < rest
        i = next(i for i, (a, part) in enumerate(zip(measured, parts)) if (part < a.max_mark if up else part > 0))
        parts[i] += step if up else -step
    return scores | {a.code: [str(part)] for a, part in zip(measured, parts)}


def add_demo_final_attestation(db: Database) -> None:
    """The final attestation of 22ПО-41к held in the demonstration form, scored as its grade sheet reads: each
    graduate's final-attestation percent is their exam total; one whose sheet had no such grade
    would be absent (the demo has none: every graduate sat it).
    Run after the demo's final grades (services.demo_grades), whose sheet it follows; the qualification is
    recorded on each candidate who passed by finishing the session, as the Exams page does."""
    group_id = grades.find_group(db, FINAL_GROUP)
    grid = grades.grade_grid(db, group_id)
    scheme = exams.list_schemes(db)[0][0]
    with db.session() as session:
        qualification = session.get(StudyGroup, group_id).qualification.code
    starts_on, ends_on = FINAL_DAYS
    held = exams.create_session(db, exams.SessionData(
        "final", "demonstration", qualification, starts_on, ends_on, "enterprise",
        "«Алатау Софт» ЖШС, Алматы / ТОО «Алатау Софт», Алматы", COMPETENCE, scheme, Decimal(50),
        "12 жұмыс орны: ДК, екі монитор, VS Code, Figma / 12 рабочих мест: ПК, два монитора, VS Code, Figma",
        FINAL_TASKS, (Decimal("150000"), Decimal(0), Decimal("240000"))))
    for name, role, organisation, certificate in PANEL:
        exams.add_expert(db, held, name, role, organisation, certificate)
    pick = random.Random(20260601)
    exams.draw_task(db, held, pick, datetime(2026, 6, 1, 9, 0))
    exams.add_candidates(db, held, [s.id for s in grid.students])
    entries = []
    for student in grid.students:
        percent = grid.cells.get((student.id, FINAL_ROW))
        entries.append(exams.ScoreEntry(student.id, {}, absent=True) if percent is None
                       else exams.ScoreEntry(student.id, marks_for(int(percent), pick)))
    exams.set_all_scores(db, held, entries, today=ends_on)
    exams.finish_session(db, held, today=ends_on)
