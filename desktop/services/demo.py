"""The demo college: a separate database built from the data in resources/demo."""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.models import Qualification, Specialty, Student, StudyGroup
from desktop.paths import resource_path
from desktop.services.college import CollegeProfileData, save_profile
from desktop.services.database import Database, open_database


def demo_data() -> dict:
    return json.loads(resource_path("demo", "college.json").read_text(encoding="utf-8"))


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
    from desktop.services.demo_curricula import add_demo_curricula  # noqa: PLC0415

    data = demo_data()
    save_profile(db, CollegeProfileData(**data["profile"]))
    add_demo_curricula(db, data["profile"]["director"])
    with db.session() as session:
        specialties = {s.code: s for s in session.scalars(select(Specialty))}
        qualifications = {q.code: q for q in session.scalars(select(Qualification))}
        groups = {}
        for item in data["groups"]:
            group = StudyGroup(**{k: v for k, v in item.items() if k not in ("specialty", "qualification")})
            group.specialty = specialties[item["specialty"]]
            group.qualification = qualifications[item["qualification"]]
            session.add(group)
            groups[group.code] = group
        with open(resource_path("demo", "students.csv"), encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                session.add(Student(
                    iin=row["iin"], surname=row["surname"], given_name=row["given_name"],
                    patronymic=row["patronymic"], birth_date=date.fromisoformat(row["birth_date"]),
                    sex=row["sex"], group=groups[row["group"]], funding=row["funding"],
                    enrolled_on=date.fromisoformat(row["enrolled_on"])))
