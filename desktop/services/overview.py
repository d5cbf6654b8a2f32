"""The figures the first page shows about the open database."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop.domain.contingent import ACTIVE
from desktop.models import Qualification, Specialty, Student, StudyGroup
from desktop.models.backup import last_backup_time
from desktop.services.college import CollegeProfileData, get_profile
from desktop.services.database import Database


@dataclass(frozen=True)
class Overview:
    profile: CollegeProfileData | None
    specialties: int
    qualifications: int
    groups: int
    students: int
    last_backup: datetime | None


def get_overview(db: Database) -> Overview:
    with db.session() as session:
        counts = [session.scalar(select(func.count()).select_from(model))
                  for model in (Specialty, Qualification, StudyGroup)]
        # students who study now (or are on leave): those who left stay in the records, not in the count
        counts.append(session.scalar(select(func.count()).select_from(Student)
                                     .where(Student.status.in_(tuple(ACTIVE)))))
    last = last_backup_time(db.path, db.backups_root) if db.path else None
    return Overview(get_profile(db), *counts, last)
