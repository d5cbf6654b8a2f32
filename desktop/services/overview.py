"""The figures the first page shows about the open database, and whom NEDB's contingent file counts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from desktop.domain.contingent import ACTIVE, academic_start
from desktop.models import Qualification, Specialty, Student, StudyGroup
from desktop.models.backup import last_backup_time
from desktop.services.college import CollegeProfileData, get_profile
from desktop.services.database import Database


@dataclass(frozen=True)
class StudentCounts:
    """Students studying or on leave, and those who left (expelled, transferred, graduated) since this academic
    year began: NEDB's file carries both, so its count is their sum, larger than the students studying."""
    studying: int
    left_this_year: int

    @property
    def in_nedb_file(self) -> int:
        return self.studying + self.left_this_year


@dataclass(frozen=True)
class Overview:
    profile: CollegeProfileData | None
    specialties: int
    qualifications: int
    groups: int
    students: int  # studying or on leave: those who left stay in the records, not in the count
    last_backup: datetime | None
    left_this_year: int = 0


def student_counts(db: Database, today: date | None = None) -> StudentCounts:
    """The same students nedb_lines puts in the file: studying or on leave, or left on or after 1 September."""
    since = academic_start(today or date.today())
    with db.session() as session:
        studying = session.scalar(select(func.count()).select_from(Student).where(Student.status.in_(tuple(ACTIVE))))
        left = session.scalar(select(func.count()).select_from(Student).where(
            Student.status.not_in(tuple(ACTIVE)), Student.left_on >= since))
    return StudentCounts(studying, left)


def get_overview(db: Database, today: date | None = None) -> Overview:
    with db.session() as session:
        counts = [session.scalar(select(func.count()).select_from(model))
                  for model in (Specialty, Qualification, StudyGroup)]
    students = student_counts(db, today)
    last = last_backup_time(db.path, db.backups_root) if db.path else None
    return Overview(get_profile(db), *counts, students.studying, last, students.left_this_year)
