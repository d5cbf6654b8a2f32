"""The demo college's past graduates with their employment, its teachers (with their last qualification upgrade)
and library counts: what the indicators and the report pack need."""
from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from desktop.models import Student
from desktop.services import employment, movements, report_records
from desktop.services.database import Database

TEACHERS = (("Ким Елена Викторовна", date(2025, 3, 14)), ("Әбенов Нұрлан Қайратұлы", date(2022, 11, 2)),
            ("Жұмабекова Айгүл Серікқызы", date(2024, 6, 20)), ("Петрова Ольга Ивановна", date(2023, 1, 30)),
            ("Сәрсенова Гүлнар Маратқызы", date(2026, 2, 9)), ("Иванова Татьяна Сергеевна", date(2024, 10, 15)),
            ("Бекова Сәуле Ержанқызы", date(2021, 5, 12)), ("Қасымова Жанар Бекқызы", date(2025, 9, 1)),
            ("Төлеуова Алия Нұрланқызы", date(2024, 4, 4)), ("Мұқанова Роза Талғатқызы", date(2023, 12, 11)))
# Names that read the same in Kazakh and Russian (the record keeps one name; the documents put its legal form in
# their language): a school named in one language only printed in the other language's pack.
EMPLOYERS = ("ТОО «Нұр Дата»", "ТОО «Алатау Софт»", "ТОО «Сарыарқа Есеп»", "ИП «Ермеков»",
             "ТОО «Қазақ Бухгалтер»", "ТОО «Дала Сервис»", "АО «Казпочта»")
# how the demo's graduates are spread over the statuses (weights), so that the figures look like a real college's
SPREAD = (("employed_in_specialty", 52), ("employed_outside", 12), ("further_study", 8), ("military", 5),
          ("parental_leave", 3), ("not_employed", 10), ("unknown", 10))


def add_demo_reporting(db: Database) -> None:
    from desktop.services.demo import add_people, demo_data  # noqa: PLC0415

    items = demo_data()["graduated_groups"]
    groups = add_people(db, items, "graduates.csv", 61)
    for item in items:
        graduated_on = date.fromisoformat(item["graduated_on"])
        with db.session() as session:
            members = list(session.scalars(select(Student.id).where(Student.group_id == groups[item["code"]].id)))
        movements.apply_order(db, movements.OrderInput(item["order"], graduated_on, "graduation", graduated_on),
                              members)
        _employment(db, members, graduated_on)
    for name, last_upgrade in TEACHERS:
        report_records.add_teacher(db, name, last_upgrade)
    report_records.set_library_count(db, 2024, 13800, 4970)
    report_records.set_library_count(db, 2025, 14200, 5680)
    report_records.set_library_count(db, 2026, 15100, 6790)


def _employment(db: Database, members: list[int], graduated_on: date) -> None:
    entries = {}
    for sid in members:
        pick = random.Random(sid * 7919)
        status = pick.choices([s for s, _ in SPREAD], [w for _, w in SPREAD])[0]
        if status == "unknown":
            continue
        on = min(graduated_on + timedelta(days=pick.randint(20, 140)), date(2026, 11, 20))
        employer = pick.choice(EMPLOYERS) if status.startswith("employed") else ""
        evidence = "confirmed" if pick.random() < 0.7 else "self_reported"
        entries[sid] = employment.EmploymentEntry(status, on, employer, evidence)
    employment.save_all(db, entries)
