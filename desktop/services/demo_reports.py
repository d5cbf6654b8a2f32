"""The demo college's teachers (with their last qualification upgrade) and library counts, for the indicators."""
from __future__ import annotations

from datetime import date

from desktop.services import indicators
from desktop.services.database import Database

TEACHERS = (("Ким Елена Викторовна", date(2025, 3, 14)), ("Әбенов Нұрлан Қайратұлы", date(2022, 11, 2)),
            ("Жұмабекова Айгүл Серікқызы", date(2024, 6, 20)), ("Петрова Ольга Ивановна", date(2023, 1, 30)),
            ("Сәрсенова Гүлнар Маратқызы", date(2026, 2, 9)), ("Иванова Татьяна Сергеевна", date(2024, 10, 15)),
            ("Бекова Сәуле Ержанқызы", date(2021, 5, 12)), ("Қасымова Жанар Бекқызы", date(2025, 9, 1)),
            ("Төлеуова Алия Нұрланқызы", date(2024, 4, 4)), ("Мұқанова Роза Талғатқызы", date(2023, 12, 11)))


def add_demo_reporting(db: Database) -> None:
    for name, last_upgrade in TEACHERS:
        indicators.add_teacher(db, name, last_upgrade)
    indicators.set_library_count(db, 2025, 14200, 5680)
    indicators.set_library_count(db, 2026, 15100, 6790)
