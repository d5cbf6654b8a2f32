"""Final grades, the college's grading scale and the register of issued diplomas and supplements (issue #17).

A final grade is kept per student and curriculum row (row_key): a whole percent for a scaled row, or passed for a
pass/fail row ("сынақ / зачтено"); the letter, points and traditional grade are never stored, they follow from the
percent through the college's scale when shown or printed, so an edited scale cannot leave stale letters behind.
"""
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base
from desktop.models.contingent import Student


class GradingScaleRecord(Base):
    """The college's edited scale (one row at most), in GradingScale.from_dict's shape; none = the national one."""

    __tablename__ = "grading_scale"

    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class FinalGrade(Base):
    __tablename__ = "final_grade"
    # One grade per student and row: a row_key is unique within a curriculum, and a student is graded on one plan.
    __table_args__ = (UniqueConstraint("student_id", "row_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), index=True)
    # The plan the row_key belongs to: a grade of another plan (the group moved to a new version) is reported by
    # the reconciliation instead of being silently read against rows it was not given for.
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curriculum.id", ondelete="RESTRICT"), index=True)
    row_key: Mapped[str] = mapped_column(String(40))
    percent: Mapped[int | None] = mapped_column(Integer)  # 0-100 for a scaled row
    passed: Mapped[bool | None] = mapped_column(Boolean)  # for a pass/fail row
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    student: Mapped[Student] = relationship()


class IssuedDocument(Base):
    """One blank of strict accountability: issued to a student, or spoiled (its number stays used for ever)."""

    __tablename__ = "issued_document"
    __table_args__ = (UniqueConstraint("kind", "series", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "diploma" or "supplement"
    series: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(20))  # digits kept as typed: leading zeros are part of it
    language: Mapped[str] = mapped_column(String(2), default="")  # a supplement copy's: "kk" or "ru"
    # None for a blank spoiled before it was filled in for anyone.
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id", ondelete="RESTRICT"), index=True)
    registration_number: Mapped[str] = mapped_column(String(40), default="")  # unique among issued: the service
    issued_on: Mapped[date | None] = mapped_column(Date)
    received_by: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="issued")  # "issued" or "spoiled"
    spoiled_reason: Mapped[str] = mapped_column(String(300), default="")
    # Set by the registrar: the honours rule could not be confirmed from the legal text (see services.diplomas).
    with_honours: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    student: Mapped[Student | None] = relationship()
