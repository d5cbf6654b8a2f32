"""Teacher load (issue #18): the departments (cycle commissions), the distribution of the curriculum's hours over
the teachers for an academic year, and the hours actually taught per month.

An assignment names one unit of the distribution (a group's curriculum row, a semester, a load component) and, for
a class split in two, the subgroup (0 = the whole group, 1 or 2). Its hours are a snapshot of the unit's hours when
it was assigned: the load itself is always counted from the curriculum as it is now, and a unit whose hours moved
since (or which is gone) is listed as a difference to resolve (services.teacher_load.differences).
"""
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Department(Base):
    """A cycle commission (цикловая методическая комиссия / циклдік әдістемелік комиссия)."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The commission's chair, who signs its teachers' load cards and its summary.
    head: Mapped[str] = mapped_column(String(200), default="", server_default="")


class LoadAssignment(Base):
    __tablename__ = "load_assignment"
    __table_args__ = (UniqueConstraint("year", "group_id", "row_key", "semester", "component", "subgroup"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the academic year's first calendar year: 2026 = 2026-2027
    group_id: Mapped[int] = mapped_column(ForeignKey("study_group.id", ondelete="CASCADE"), index=True)
    row_key: Mapped[str] = mapped_column(String(40))
    semester: Mapped[int] = mapped_column(Integer)  # counted from the start of study, as in the curriculum
    component: Mapped[str] = mapped_column(String(20))  # domain.teacher_load.COMPONENTS
    subgroup: Mapped[int] = mapped_column(Integer, default=0)
    # A teacher with load cannot be deleted: the load is unassigned first (a deleted teacher would drop hours silently).
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), index=True)
    hours: Mapped[int] = mapped_column(Integer)  # the unit's hours when assigned


class LoadActual(Base):
    """Hours actually taught in a month on one unit, by a teacher; replaced_id names the teacher of record when
    someone else taught instead."""

    __tablename__ = "load_actual"
    __table_args__ = (UniqueConstraint("year", "month", "group_id", "row_key", "semester", "component", "subgroup",
                                       "teacher_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[date] = mapped_column(Date)  # the month's first day
    group_id: Mapped[int] = mapped_column(ForeignKey("study_group.id", ondelete="CASCADE"), index=True)
    row_key: Mapped[str] = mapped_column(String(40))
    semester: Mapped[int] = mapped_column(Integer)
    component: Mapped[str] = mapped_column(String(20))
    subgroup: Mapped[int] = mapped_column(Integer, default=0)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), index=True)
    replaced_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="SET NULL"), default=None)
    hours: Mapped[int] = mapped_column(Integer)


class LoadUnitSeen(Base):
    """A unit of a group's curriculum as it was when the group's year was first distributed (or when a new unit was
    acknowledged): a unit the curriculum has now and this does not is a row added since (a difference to resolve)."""

    __tablename__ = "load_unit_seen"
    __table_args__ = (UniqueConstraint("year", "group_id", "row_key", "semester", "component"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    group_id: Mapped[int] = mapped_column(ForeignKey("study_group.id", ondelete="CASCADE"), index=True)
    row_key: Mapped[str] = mapped_column(String(40))
    semester: Mapped[int] = mapped_column(Integer)
    component: Mapped[str] = mapped_column(String(20))
