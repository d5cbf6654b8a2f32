"""The demo college: a separate database built from the data in resources/demo."""
from __future__ import annotations

import csv
import json
import random
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.models import CurriculumRecord, Movement, MovementOrder, Qualification, Specialty, Student, StudyGroup
from desktop.paths import resource_path
from desktop.services.college import CollegeProfileData, save_profile
from desktop.services.database import Database, open_database


# The deputy director for academic work, who compiles the demo's curricula and signs them as their compiler
# (invented, like every person of the demo); the profile in resources/demo/college.json predates the field
# and wins once it names one.
DEPUTY_DIRECTOR = "Байжанова Динара Ерланқызы"
CHIEF_ACCOUNTANT = "Омарова Ләззат Бақытжанқызы"  # signs the tarification list; invented too


def demo_data() -> dict:
    return json.loads(resource_path("demo", "college.json").read_text(encoding="utf-8"))


def demo_profile() -> CollegeProfileData:
    return CollegeProfileData(**{"deputy_director": DEPUTY_DIRECTOR, "chief_accountant": CHIEF_ACCOUNTANT,
                                 **demo_data()["profile"]})


def build_demo(path: Path, backups_root: Path, *, force: bool = False) -> Database:
    """Open the demo database, building it first when it is missing (or always, with force)."""
    if force:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    fresh = not path.exists()
    db = open_database(path, backups_root)
    if fresh:
        try:
            fill_demo(db)
        except BaseException:
            db.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
    return db


def fill_demo(db: Database) -> None:
    with db.bulk("demo"):  # the operation says what it was, in the reader's language
        _fill(db)


def _fill(db: Database) -> None:
    from desktop.services.demo_curricula import add_demo_curricula  # noqa: PLC0415

    data = demo_data()
    save_profile(db, demo_profile())
    add_demo_curricula(db, data["profile"]["director"])
    groups = add_people(db, data["groups"], "students.csv", 101)
    _demo_movements(db, groups)
    from desktop.services.demo_dual import add_demo_dual  # noqa: PLC0415

    add_demo_dual(db)
    from desktop.services.demo_exams import add_demo_exams  # noqa: PLC0415

    add_demo_exams(db)
    from desktop.services.demo_reports import add_demo_reporting  # noqa: PLC0415

    add_demo_reporting(db)
    from desktop.services.demo_load import add_demo_load  # noqa: PLC0415

    add_demo_load(db)
    from desktop.services.demo_grades import add_demo_grades  # noqa: PLC0415

    add_demo_grades(db)
    from desktop.services.demo_exams import add_demo_final_attestation, add_planned_final  # noqa: PLC0415

    # after the grades: the final attestation is scored as the grade sheet reads it; the 2027 one planned last,
    # so the protocols are numbered in the order of their dates
    add_demo_final_attestation(db)
    add_planned_final(db)


def add_people(db: Database, items: list[dict], csv_name: str, first_order: int) -> dict[str, StudyGroup]:
    """The groups of `items` and their students from a CSV in resources/demo, each admitted by an order."""
    with db.session() as session:
        specialties = {s.code: s for s in session.scalars(select(Specialty))}
        qualifications = {q.code: q for q in session.scalars(select(Qualification))}
        plans = session.scalars(select(CurriculumRecord).where(CurriculumRecord.status == "approved")).all()
        groups = {}
        for item in items:
            group = StudyGroup(**{k: v for k, v in item.items()
                                  if k not in ("specialty", "qualification", "graduated_on", "order")})
            group.specialty = specialties[item["specialty"]]
            group.qualification = qualifications[item["qualification"]]
            group.curriculum_id = _matching_plan(plans, item)
            session.add(group)
            groups[group.code] = group
        session.flush()
        orders = {}
        with open(resource_path("demo", csv_name), encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                group = groups[row["group"]]
                student = Student(
                    iin=row["iin"], surname=row["surname"], given_name=row["given_name"],
                    patronymic=row["patronymic"], birth_date=date.fromisoformat(row["birth_date"]),
                    sex=row["sex"], group=group, funding=row["funding"],
                    enrolled_on=date.fromisoformat(row["enrolled_on"]), status="studying",
                    prior_education=group.entry_base, **_details(row["iin"]))
                session.add(student)
                order = None
                if group.entry_base != "11":  # the 11-grade group's admission order is left for the check to find
                    order = orders.get(group.code)
                    if order is None:
                        order = orders[group.code] = MovementOrder(
                            number=f"{len(orders) + first_order}-к", signed_on=date(group.intake_year, 8, 30),
                            kind="admission", note=group.code)
                session.add(Movement(student=student, order=order, kind="admission", on=student.enrolled_on,
                                     to_group_id=group.id, reason=""))
    return groups


def _matching_plan(plans, group: dict) -> int | None:
    """The newest approved plan for the group's specialty, base and language from before its intake."""
    fitting = [p for p in plans if p.specialty_code == group["specialty"] and p.entry_base == group["entry_base"]
               and p.language == group["language"] and p.intake_year <= group["intake_year"]]
    return max(fitting, key=lambda p: p.intake_year).id if fitting else None


def _details(iin: str) -> dict:
    """Locality, social categories, needs and dormitory, spread over the students the same way every time."""
    pick = random.Random(iin)
    rural = pick.random() < 0.42
    return {"locality": "rural" if rural else "urban",
            "orphan": pick.random() < 0.02, "no_parental_care": pick.random() < 0.02,
            "disability": pick.random() < 0.03, "large_family": pick.random() < 0.18, "low_income": pick.random() < 0.1,
            "sen_category": "hearing" if pick.random() < 0.015 else "",
            "dormitory_needed": rural and pick.random() < 0.6, "scholarship": pick.random() < 0.55}


def _demo_movements(db: Database, groups: dict) -> None:
    """This year's orders: a transfer, two academic leaves, expulsions."""
    from desktop.services import movements  # noqa: PLC0415

    ids = {code: g.id for code, g in groups.items()}
    with db.session() as session:
        def members(code: str, count: int, skip: int = 0) -> list[int]:
            return list(session.scalars(select(Student.id).where(Student.group_id == ids[code])
                                        .order_by(Student.id).offset(skip).limit(count)))
        transfer, leave, expel = members("26УА-11к", 1), members("25ПО-21р", 2), members("24УА-31к", 2)
        sen = session.scalars(select(Student).where(Student.sen_category != "")).all()
        for student in sen:
            student.sen_curriculum = "special"
        for student in session.scalars(select(Student).where(Student.dormitory_needed)):
            student.dormitory_given = student.id % 4 != 0
    movements.apply_order(db, movements.OrderInput("214-к", date(2026, 10, 5), "transfer", date(2026, 10, 6),
                                                   ids["26ПО-11к"], note=""), transfer)
    # A year's leave for illness, ending the day before the date it started a year on.
    movements.apply_order(db, movements.OrderInput("220-к", date(2026, 10, 19), "leave", date(2026, 10, 20),
                                                   reason="health", until=date(2027, 10, 19)), leave)
    movements.apply_order(db, movements.OrderInput("231-к", date(2026, 11, 2), "expulsion", date(2026, 11, 3),
                                                   reason="own_wish"), expel)
