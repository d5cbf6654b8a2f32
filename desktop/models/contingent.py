"""Groups, students, the orders that move them, the qualifications they earn, and NEDB submissions.

A student's status and group are caches of the fold of their movements (domain.contingent.fold);
the services write both in the same transaction as the movement, and never otherwise.
"""
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Versioned
from desktop.models.classifier import Qualification, Specialty


class StudyGroup(Versioned, Base):
    __tablename__ = "study_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    specialty_id: Mapped[int] = mapped_column(ForeignKey("specialty.id", ondelete="RESTRICT"), index=True)
    qualification_id: Mapped[int | None] = mapped_column(
        ForeignKey("qualification.id", ondelete="RESTRICT"), index=True)
    intake_year: Mapped[int]
    entry_base: Mapped[str] = mapped_column(String(10))  # "9" or "11" grades, "tvet"
    language: Mapped[str] = mapped_column(String(2))  # "kk" or "ru"
    study_form: Mapped[str] = mapped_column(String(20))  # "full_time", "part_time"
    duration_months: Mapped[int]
    curator: Mapped[str] = mapped_column(String(200), default="")
    curriculum_id: Mapped[int | None] = mapped_column(
        ForeignKey("curriculum.id", ondelete="SET NULL"), index=True, default=None)
    funding: Mapped[str] = mapped_column(String(20), default="")  # the usual funding of its students
    dual: Mapped[bool] = mapped_column(Boolean, default=False)  # trained in the dual form: each student needs a contract

    specialty: Mapped[Specialty] = relationship()
    qualification: Mapped[Qualification | None] = relationship()
    students: Mapped[list["Student"]] = relationship(back_populates="group")


class Student(Versioned, Base):
    __tablename__ = "student"

    id: Mapped[int] = mapped_column(primary_key=True)
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)  # foreign citizens may have none yet
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None]
    sex: Mapped[str] = mapped_column(String(1))  # "M" or "F"
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="RESTRICT"), index=True)
    funding: Mapped[str] = mapped_column(String(20))  # domain.contingent.Funding
    enrolled_on: Mapped[date]
    citizenship: Mapped[str] = mapped_column(String(2), default="KZ")
    locality: Mapped[str] = mapped_column(String(10), default="urban")
    prior_education: Mapped[str] = mapped_column(String(10), default="9")
    enrolment_kind: Mapped[str] = mapped_column(String(20), default="general")
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    no_parental_care: Mapped[bool] = mapped_column(Boolean, default=False)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    large_family: Mapped[bool] = mapped_column(Boolean, default=False)
    low_income: Mapped[bool] = mapped_column(Boolean, default=False)
    sen_category: Mapped[str] = mapped_column(String(30), default="")
    sen_curriculum: Mapped[str] = mapped_column(String(20), default="")
    dormitory_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    dormitory_given: Mapped[bool] = mapped_column(Boolean, default=False)
    scholarship: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(20), default="studying", index=True)
    left_on: Mapped[date | None] = mapped_column(default=None)
    leaving_reason: Mapped[str] = mapped_column(String(200), default="")
    # While on academic leave: when it ends and why (domain.contingent.LeaveReason), from the leave's movement.
    leave_until: Mapped[date | None] = mapped_column(Date, default=None)
    leave_reason: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # The National Education Database's own ids for this student's row, kept to send them back.
    nedb_ei: Mapped[str] = mapped_column(String(40), default="")
    nedb_id: Mapped[str] = mapped_column(String(40), default="")

    group: Mapped[StudyGroup | None] = relationship(back_populates="students")
    movements: Mapped[list["Movement"]] = relationship(back_populates="student", order_by="Movement.on",
                                                       cascade="all, delete-orphan", passive_deletes=True)
    qualifications: Mapped[list["StudentQualification"]] = relationship(
        back_populates="student", cascade="all, delete-orphan", passive_deletes=True)


class MovementOrder(Base):
    """A director's order (number and date) that moves one or more students."""

    __tablename__ = "movement_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    signed_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(300), default="")

    movements: Mapped[list["Movement"]] = relationship(back_populates="order")


class Movement(Base):
    __tablename__ = "movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("movement_order.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    from_group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="RESTRICT"))
    to_group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="RESTRICT"))
    reason: Mapped[str] = mapped_column(String(200), default="")  # a leave's: a domain.contingent.LeaveReason
    until: Mapped[date | None] = mapped_column(Date, default=None)  # a leave's end

    student: Mapped[Student] = relationship(back_populates="movements")
    order: Mapped[MovementOrder | None] = relationship(back_populates="movements")


class StudentQualification(Base):
    __tablename__ = "student_qualification"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), index=True)
    qualification_id: Mapped[int] = mapped_column(ForeignKey("qualification.id", ondelete="RESTRICT"))
    awarded_on: Mapped[date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(String(200), default="")
    exam_session_id: Mapped[int | None] = mapped_column(ForeignKey("exam_session.id", ondelete="SET NULL"), default=None)

    student: Mapped[Student] = relationship(back_populates="qualifications")
    qualification: Mapped[Qualification] = relationship()


class NedbSubmission(Base):
    """One file sent to or received from NEDB; the snapshot lets the next round show what changed."""

    __tablename__ = "nedb_submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    round: Mapped[str] = mapped_column(String(20))  # "2026-autumn"
    direction: Mapped[str] = mapped_column(String(10))  # "export" or "import"
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    total: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer)
    changed: Mapped[int] = mapped_column(Integer)
    left: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON {student key: digest of the exported row}
