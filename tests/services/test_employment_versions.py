"""Two workstations recording the same graduates' employment: the second list's save is refused, nothing lost."""
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.indicators import EmploymentEntry
from desktop.domain.roles import Role
from desktop.models import Student
from desktop.services import employment
from desktop.services.actors import AccessDenied, Actor
from desktop.services.database import open_database
from desktop.services.versions import StaleRecord


@pytest.fixture
def year(demo_db):
    with demo_db.session() as session:
        return session.scalar(select(Student.left_on).where(Student.status == "graduated").limit(1)).year


def test_a_list_read_before_anothers_save_is_refused_whole(demo_db, paths, year):
    other = open_database(demo_db.path, paths.backups)
    other.actor = Actor("dana", "Дана Әлиқызы", Role.DUAL, workstation="DUAL-PC")
    try:
        mine, theirs = employment.graduates(demo_db, year), employment.graduates(other, year)
        graduate = mine[0]
        day = graduate.graduated_on
        employment.save_all(other, {graduate.student_id: EmploymentEntry("employed_in_specialty", day, "ТОО «Береке»", "confirmed")},
                            versions={graduate.student_id: theirs[0].row_version})
        with pytest.raises(StaleRecord) as refused:
            employment.save_all(demo_db, {graduate.student_id: EmploymentEntry("military", day, "", "self_reported"),
                                          mine[1].student_id: EmploymentEntry("military", day, "", "self_reported")},
                                versions={g.student_id: g.row_version for g in mine[:2]})
        assert refused.value.by == "Дана Әлиқызы"
        now = {g.student_id: g for g in employment.graduates(demo_db, year)}
        assert now[graduate.student_id].employer == "ТОО «Береке»"
        assert now[mine[1].student_id].status == mine[1].status  # the other row of the refused save is untouched
    finally:
        other.close()


def test_an_exam_organiser_may_not_record_employment(demo_db, year):
    graduate = employment.graduates(demo_db, year)[0]
    demo_db.actor = Actor("e", "E", Role.EXAMS)
    with pytest.raises(AccessDenied):
        employment.set_employment(demo_db, graduate.student_id, "employed_in_specialty", date(year, 12, 1), "ТОО")
