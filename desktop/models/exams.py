"""Demonstration exams: marking schemes, sessions with their panel and candidates, scores (DOMAIN.md s. 4)."""
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Versioned


class MarkingScheme(Base):
    """Aspects with maximum marks summing to 100; reused by the sessions of the same competence."""

    __tablename__ = "marking_scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    competence: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))

    aspects: Mapped[list["SchemeAspect"]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                         order_by="SchemeAspect.position")


class SchemeAspect(Base):
    __tablename__ = "scheme_aspect"
    __table_args__ = (UniqueConstraint("scheme_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("marking_scheme.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))  # domain.exams.AspectKind
    max_mark: Mapped[float] = mapped_column(Numeric(5, 2))
    description: Mapped[str] = mapped_column(String(500), default="")


class ExamSession(Versioned, Base):
    __tablename__ = "exam_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # intermediate, final, qualification
    form: Mapped[str] = mapped_column(String(20))  # practical, demonstration
    qualification_code: Mapped[str] = mapped_column(String(12))
    competence: Mapped[str] = mapped_column(String(200), default="")
    scheme_id: Mapped[int | None] = mapped_column(ForeignKey("marking_scheme.id", ondelete="RESTRICT"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    venue_type: Mapped[str] = mapped_column(String(30))
    venue_name: Mapped[str] = mapped_column(String(300), default="")
    infrastructure: Mapped[str] = mapped_column(Text, default="")
    cost_consumables: Mapped[float] = mapped_column(Numeric(12, 2), default=0)
    cost_venue: Mapped[float] = mapped_column(Numeric(12, 2), default=0)
    cost_experts: Mapped[float] = mapped_column(Numeric(12, 2), default=0)
    tasks: Mapped[list] = mapped_column(JSON, default=list)  # the task variants
    drawn_task: Mapped[str] = mapped_column(String(300), default="")
    drawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    pass_mark: Mapped[float] = mapped_column(Numeric(5, 2), default=50)
    status: Mapped[str] = mapped_column(String(20), default="planned")  # planned, held

    scheme: Mapped[MarkingScheme | None] = relationship()
    experts: Mapped[list["ExamExpert"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    candidates: Mapped[list["ExamCandidate"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class ExamExpert(Base):
    __tablename__ = "exam_expert"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("exam_session.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))  # chief, expert, technical, employer
    organisation: Mapped[str] = mapped_column(String(300), default="")
    certificate: Mapped[str] = mapped_column(String(100), default="")


class ExamCandidate(Versioned, Base):
    __tablename__ = "exam_candidate"
    __table_args__ = (UniqueConstraint("session_id", "student_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("exam_session.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="RESTRICT"), index=True)
    absent: Mapped[bool] = mapped_column(Boolean, default=False)
    retake: Mapped[bool] = mapped_column(Boolean, default=False)
    scores: Mapped[dict] = mapped_column(JSON, default=dict)  # {aspect code: [score] or [j1, j2, j3]}
    total: Mapped[float | None] = mapped_column(Numeric(5, 2))
    letter: Mapped[str] = mapped_column(String(3), default="")
    passed: Mapped[bool | None] = mapped_column(Boolean)
