"""Builders for contingent tests: groups and students with valid IINs on a real database."""
from datetime import date

from desktop.domain.ids import make_iin
from desktop.services import contingent, students
from desktop.services.contingent import GroupData
from desktop.services.students import StudentData


def add_group(db, code="26ПО-11к", intake_year=2026, specialty="06130100", qualification="4S06130103", **extra) -> int:
    return contingent.save_group(db, GroupData(code, specialty, qualification, intake_year, "9", "kk", "full_time",
                                               46, "Curator", **extra))


def person(serial: int, born: date = date(2010, 5, 17), sex: str = "F", **extra) -> StudentData:
    iin = None
    while iin is None:
        iin = make_iin(born, sex, serial)
        serial += 1
    values = dict(iin=iin, surname=f"Сейткали{serial}", given_name="Аружан", patronymic="Серікқызы",
                  birth_date=born, sex=sex, enrolled_on=date(2026, 8, 28), funding="state_local")
    values.update(extra)
    return StudentData(**values)


def enrol(db, group_id: int, count: int = 1, start: int = 1000, **extra) -> list[int]:
    return [students.create_student(db, person(start + n * 3, **extra), group_id, ("101-к", date(2026, 8, 30)))
            for n in range(count)]
