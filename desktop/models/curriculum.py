from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Versioned


class CurriculumRecord(Versioned, Base):
    """A working curriculum; its rows and week grid hang from it. Status: draft, approved, archived."""

    __tablename__ = "curriculum"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    specialty_code: Mapped[str] = mapped_column(String(8))
    qualifications: Mapped[str] = mapped_column(String(200))  # codes separated by spaces
    entry_base: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2))
    study_form: Mapped[str] = mapped_column(String(20))
    intake_year: Mapped[int]
    years: Mapped[int]
    military: Mapped[bool] = mapped_column(default=False)
    cognate: Mapped[bool] = mapped_column(default=False, server_default=false())  # a cognate TVET qualification
    status: Mapped[str] = mapped_column(String(20), default="draft")
    version: Mapped[int] = mapped_column(default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("curriculum.id", ondelete="SET NULL"))
    rule_set: Mapped[str] = mapped_column(String(100))
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]

    rows: Mapped[list["CurriculumRowRecord"]] = relationship(
        back_populates="curriculum", cascade="all, delete-orphan", order_by="CurriculumRowRecord.position")
    weeks: Mapped[list["ScheduleYearRecord"]] = relationship(
        back_populates="curriculum", cascade="all, delete-orphan", order_by="ScheduleYearRecord.year")


class CurriculumRowRecord(Base):
    __tablename__ = "curriculum_row"
    __table_args__ = (UniqueConstraint("curriculum_id", "row_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curriculum.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    row_key: Mapped[str] = mapped_column(String(40))
    section: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(40))
    name_kk: Mapped[str] = mapped_column(String(600))
    name_ru: Mapped[str] = mapped_column(String(600))
    hours: Mapped[int]
    credits: Mapped[float | None]
    theory: Mapped[int] = mapped_column(default=0)
    practice: Mapped[int] = mapped_column(default=0)
    course_project: Mapped[int] = mapped_column(default=0)
    production: Mapped[int] = mapped_column(default=0)
    distance: Mapped[int] = mapped_column(default=0)
    parent_key: Mapped[str | None] = mapped_column(String(40))
    qualification: Mapped[str | None] = mapped_column(String(12))
    subject: Mapped[str | None] = mapped_column(String(60))
    basic_module: Mapped[int | None]
    merged_into: Mapped[str | None] = mapped_column(String(40))
    justification: Mapped[str] = mapped_column(String(600), default="")
    exam_form: Mapped[str | None] = mapped_column(String(30))
    # [[semester, hours, control or null], ...]: read and written whole with the row.
    semesters: Mapped[list] = mapped_column(JSON, default=list)

    curriculum: Mapped[CurriculumRecord] = relationship(back_populates="rows")


class ScheduleYearRecord(Base):
    __tablename__ = "schedule_year"
    __table_args__ = (UniqueConstraint("curriculum_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curriculum.id", ondelete="CASCADE"), index=True)
    year: Mapped[int]
    weeks: Mapped[str] = mapped_column(String(60))
    theory_hours_per_week: Mapped[int] = mapped_column(default=36)

    curriculum: Mapped[CurriculumRecord] = relationship(back_populates="weeks")
