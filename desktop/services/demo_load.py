"""The demo college's teacher load: its teachers (those demo_reports adds) with their tarification fields, three
departments, the 2026-2027 distribution of every group's curriculum (languages and informatics split by
subgroup), a few rows left without a teacher, one teacher over the norm (Иванова, on half a rate), and the hours
taught in September to November with one replacement.

Names, diploma numbers and dates are made up for the demonstration.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import date
from decimal import Decimal

from desktop.services import teacher_load as load, teacher_load_actual as actual, teachers
from desktop.services.database import Database
from desktop.services.teacher_load import Change

YEAR = 2026
# (name in Kazakh, in Russian, chair): each chair one of its own teachers, as colleges do.
DEPARTMENTS = (("Жалпы білім беретін пәндер", "Общеобразовательные дисциплины", "Бекова Сәуле Ержанқызы"),
               ("Тілдер", "Языки", "Жұмабекова Айгүл Серікқызы"),
               ("Ақпараттық технологиялар", "Информационные технологии", "Ким Елена Викторовна"))
# name -> (department, position, subject, education, category, category awarded, teaching since, rate)
STAFF = {
    "Ким Елена Викторовна": (2, "оқытушы", "Компьютерлік жүйелер, бағдарламалау", "master", "expert",
                             date(2023, 5, 30), date(2004, 9, 1), "1.5"),
    "Әбенов Нұрлан Қайратұлы": (2, "оқытушы", "Веб-әзірлеу", "higher", "moderator", date(2024, 12, 25),
                                date(2015, 9, 1), "1"),
    "Жұмабекова Айгүл Серікқызы": (1, "оқытушы", "Қазақ тілі мен әдебиеті", "master", "researcher",
                                   date(2022, 6, 10), date(2001, 9, 1), "1"),
    "Петрова Ольга Ивановна": (1, "преподаватель", "Русский язык и литература", "higher", "expert",
                               date(2021, 12, 20), date(1998, 9, 1), "1"),
    "Сәрсенова Гүлнар Маратқызы": (0, "оқытушы", "Математика, физика, АКТ негіздері", "higher", "pedagogue", date(2025, 6, 1),
                                   date(2019, 9, 1), "1"),
    "Иванова Татьяна Сергеевна": (1, "преподаватель", "Английский язык", "higher", "moderator",
                                  date(2023, 12, 22), date(2011, 9, 1), "0.5"),
    "Бекова Сәуле Ержанқызы": (0, "оқытушы", "Тарих, география, биология", "master", "master", date(2020, 5, 29),
                               date(1995, 9, 1), "1"),
    "Қасымова Жанар Бекқызы": (2, "өндірістік оқыту шебері", "Өндірістік оқыту", "tvet", "", None,
                               date(2022, 9, 1), "1"),
    "Төлеуова Алия Нұрланқызы": (0, "оқытушы", "Дене шынықтыру, АӘТД", "higher", "pedagogue", date(2024, 6, 14),
                                 date(2017, 9, 1), "1"),
    "Мұқанова Роза Талғатқызы": (1, "оқытушы", "Ағылшын тілі", "higher", "moderator", date(2025, 12, 19),
                                 date(2013, 9, 1), "1"),
}
# General subjects (the rule set's keys) -> teacher; a pair splits the practical hours by subgroup.
SUBJECTS = {"kazakh_language": "Жұмабекова Айгүл Серікқызы", "kazakh_literature": "Жұмабекова Айгүл Серікқызы",
            "russian_language_and_literature": "Петрова Ольга Ивановна",
            "foreign_language": ("Иванова Татьяна Сергеевна", "Мұқанова Роза Талғатқызы"),
            "history_of_kazakhstan": "Бекова Сәуле Ержанқызы", "geography": "Бекова Сәуле Ержанқызы",
            "biology": "Бекова Сәуле Ержанқызы", "general_exams": "Бекова Сәуле Ержанқызы",
            "mathematics": "Сәрсенова Гүлнар Маратқызы", "physics": "Сәрсенова Гүлнар Маратқызы",
            "graphics_and_design": "Сәрсенова Гүлнар Маратқызы",
            "informatics": ("Ким Елена Викторовна", "Әбенов Нұрлан Қайратұлы"),
            "military_training": "Төлеуова Алия Нұрланқызы", "physical_culture": "Төлеуова Алия Нұрланқызы"}
# Basic modules by number; Иванова's economics and social modules put her half rate over its norm.
BASIC = {"БМ 1": "Төлеуова Алия Нұрланқызы", "БМ 2": "Сәрсенова Гүлнар Маратқызы", "БМ 3": "Иванова Татьяна Сергеевна",
         "БМ 4": "Иванова Татьяна Сергеевна"}
# Left without a teacher: a new outcome nobody has been found for, and the spring attestation of the second year.
OPEN = {("26ПО-11р(11)", "ОН 3.2"), ("25ПО-21р", "АА", 4)}


def _staff(db: Database) -> dict[str, int]:
    departments = [teachers.add_department(db, kk, ru, head) for kk, ru, head in DEPARTMENTS]
    ids = {}
    for record in teachers.list_teachers(db):
        if record.full_name not in STAFF:
            continue
        department, position, subject, education, category, category_on, since, rate = STAFF[record.full_name]
        data = {k: v for k, v in asdict(record).items() if k in teachers.TeacherData.__dataclass_fields__}
        data.update(position=position, subject=subject, education=education, category=category,
                    category_on=category_on, experience_since=since, rate=Decimal(rate),
                    diploma_number=f"ЖБ-Б {1000000 + record.id * 7919 % 900000:07d}",
                    diploma_on=date(since.year, 6, 28), department_id=departments[department])
        teachers.update_teacher(db, record.id, teachers.TeacherData(**data), today=date(2026, 12, 1))
        ids[record.full_name] = record.id
    return ids


def _holder(line: load.UnitLine, subject: str | None):
    """The teacher (or subgroup pair) of a unit, or None to leave it open."""
    if (line.group_code, line.code) in OPEN or (line.group_code, line.code, line.semester) in OPEN:
        return None
    if line.component == "production":
        return "Қасымова Жанар Бекқызы"
    if line.component == "exams":
        return "Бекова Сәуле Ержанқызы" if line.group_code.startswith("26") else "Ким Елена Викторовна"
    if subject is not None:
        found = SUBJECTS.get(subject, "Сәрсенова Гүлнар Маратқызы")
        return found if isinstance(found, str) or line.component == "practice" else found[0]
    if line.code in BASIC:
        return BASIC[line.code]
    return "Әбенов Нұрлан Қайратұлы" if line.code.startswith("ОН 2") else "Ким Елена Викторовна"


def add_demo_load(db: Database) -> None:
    """Once: a database that has the year distributed already is left as it is."""
    if load.assignments(db, YEAR):
        return
    from sqlalchemy import select  # noqa: PLC0415

    from desktop.models import CurriculumRowRecord  # noqa: PLC0415

    ids = _staff(db)
    with db.session() as session:
        subjects = {(c, k): s for c, k, s in session.execute(
            select(CurriculumRowRecord.curriculum_id, CurriculumRowRecord.row_key, CurriculumRowRecord.subject))}
    plan = load.year_plan(db, YEAR)
    changes = []
    for group in plan.groups.values():
        for line in load.group_lines(db, YEAR, group.id):
            holder = _holder(line, subjects.get((group.curriculum_id, line.row_key)))
            if holder is None:
                continue
            if isinstance(holder, tuple):
                changes += [Change(*line.unit_key, 1, ids[holder[0]]), Change(*line.unit_key, 2, ids[holder[1]])]
            else:
                changes.append(Change(*line.unit_key, 0, ids[holder]))
    load.apply(db, YEAR, changes)
    _taught(db, ids)


def _taught(db: Database, ids: dict[str, int]) -> None:
    """September to November: a quarter of each autumn unit a month, and one October replacement for English."""
    entries = []
    for a in load.assignments(db, YEAR):
        if a.semester % 2 == 0:
            continue
        for month in (9, 10, 11):
            entries.append(actual.ActualEntry(date(YEAR, month, 1), *a.key, a.subgroup, a.teacher_id, a.hours // 4))
    english = next((e for e in entries if e.teacher_id == ids["Иванова Татьяна Сергеевна"] and e.month.month == 10
                    and e.component == "theory"), None)
    if english is not None and english.hours > 6:
        entries[entries.index(english)] = actual.ActualEntry(english.month, english.group_id, english.row_key,
                                                             english.semester, english.component, english.subgroup,
                                                             english.teacher_id, english.hours - 6)
        entries.append(actual.ActualEntry(english.month, english.group_id, english.row_key, english.semester,
                                          english.component, english.subgroup, ids["Мұқанова Роза Талғатқызы"], 6))
    actual.record_hours(db, YEAR, [e for e in entries if e.hours])
