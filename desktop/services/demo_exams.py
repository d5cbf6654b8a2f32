"""The demo college's demonstration exams: a finished qualification exam with results and awarded qualifications,
and a planned final attestation."""
from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.exams import Aspect, AspectKind as K
from desktop.models import Student, StudyGroup
from desktop.services import exams
from desktop.services.database import Database

ASPECTS = (Aspect("A", K.MEASUREMENT, Decimal(20), "Жоба құрылымы / Структура проекта"),
           Aspect("B", K.MEASUREMENT, Decimal(25), "Бет беттеу / Вёрстка"),
           Aspect("C", K.JUDGEMENT, Decimal(15), "Дизайн / Дизайн"),
           Aspect("D", K.MEASUREMENT, Decimal(25), "Бағдарламалау / Программирование"),
           Aspect("E", K.JUDGEMENT, Decimal(15), "Пайдаланушыға ыңғайлылық / Удобство"))
# Names kept in both languages ("Kazakh / Russian"), so that each protocol prints the one of its language.
ALATAU_SOFT = "«Алатау Софт» ЖШС / ТОО «Алатау Софт»"
COLLEGE = "Алатау жоғары политехникалық колледжі / Алатауский высший политехнический колледж"
COMPETENCE = "Веб-технологиялар / Веб-технологии"
TASKS = ("A модулі: лендинг / Модуль A: лендинг", "B модулі: интернет-дүкен / Модуль B: интернет-магазин",
         "C модулі: жеке кабинет / Модуль C: личный кабинет")
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
    # the worker qualification of the second year, held at the competence centre
    _held(db, exams.SessionData(
        "qualification", "demonstration", "3W06130102", date(2026, 6, 10), date(2026, 6, 12), "competence_centre",
        "IT құзыреттілік орталығы / Центр компетенций IT", COMPETENCE, scheme, Decimal(50),
        "12 жұмыс орны: ДК, екі монитор, VS Code, Figma / 12 рабочих мест: ПК, два монитора, VS Code, Figma",
        TASKS,
        (Decimal("180000"), Decimal("120000"), Decimal("240000"))), datetime(2026, 6, 10, 9, 0),
        _members(db, "24ПО-31к", 10), {7}, pick)
    planned = exams.create_session(db, exams.SessionData(
        "final", "demonstration", "4S06130105", date(2027, 6, 7), date(2027, 6, 9), "enterprise",
        "«Алатау Софт» ЖШС, Алматы / ТОО «Алатау Софт», Алматы", COMPETENCE, scheme, Decimal(50), tasks=TASKS[:2]))
    exams.add_expert(db, planned, *PANEL[0])
    exams.add_candidates(db, planned, _members(db, "23ПО-41р", 26))
