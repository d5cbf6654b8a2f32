"""A college of any size for the contingent benchmarks: groups of 25 and students with valid IINs."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, literal, select

from desktop.domain.ids import make_iin
from desktop.models import Movement, Qualification, Specialty, Student, StudyGroup
from desktop.services.database import Database, open_database

SURNAMES = ["Ахметов", "Сейткали", "Жұмабаев", "Нұрланов", "Қасымов", "Әбенов", "Омаров", "Ким", "Иванов", "Байжанов"]
NAMES = ["Айгерім", "Ерлан", "Аружан", "Дана", "Арман", "Темірлан", "Мария", "Дамир", "Әсел", "Нұрсұлтан"]


def big_college(folder: Path, students: int) -> Database:
    db = open_database(folder / f"college-{students}.sqlite", folder / "backups")
    pick = random.Random(students)
    with db.session() as session:
        specialties = session.execute(select(Specialty.id, Specialty.code)).all()
        qualifications = {s: q for s, q in session.execute(select(Qualification.specialty_id, Qualification.id))}
        groups = []
        for number in range(students // 25 + 1):
            specialty_id, code = specialties[number % len(specialties)]
            intake = 2023 + number % 4
            groups.append({"code": f"{intake % 100}-{code[:4]}-{number}", "specialty_id": specialty_id,
                           "qualification_id": qualifications.get(specialty_id), "intake_year": intake,
                           "entry_base": "9", "language": "kk" if number % 3 else "ru", "study_form": "full_time",
                           "duration_months": 46, "curator": "", "funding": ""})
        session.execute(insert(StudyGroup), groups)
        group_ids = [gid for (gid,) in session.execute(select(StudyGroup.id).order_by(StudyGroup.id))]
        rows, serial = [], 0
        for n in range(students):
            born = date(2006, 1, 1) + timedelta(days=pick.randrange(2000))
            sex = "MF"[n % 2]
            iin = None
            while iin is None:
                serial += 1
                iin = make_iin(born, sex, serial % 10000)
            rows.append({"iin": iin, "surname": pick.choice(SURNAMES) + ("а" if sex == "F" else ""),
                         "given_name": pick.choice(NAMES), "patronymic": "", "birth_date": born, "sex": sex,
                         "group_id": group_ids[n // 25], "funding": pick.choice(["state_local", "paid"]),
                         "enrolled_on": date(2023, 8, 28), "status": "studying", "large_family": n % 7 == 0})
        seen, unique = set(), []
        for row in rows:  # a serial can repeat across 10,000 for the same birthday: keep IINs unique
            if row["iin"] not in seen:
                seen.add(row["iin"])
                unique.append(row)
        session.execute(insert(Student), unique)
        session.execute(insert(Movement).from_select(
            ["student_id", "kind", "on", "to_group_id", "reason"],
            select(Student.id, literal("admission"), Student.enrolled_on, Student.group_id, literal(""))))
    return db
