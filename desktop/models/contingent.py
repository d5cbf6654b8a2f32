from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base
from desktop.models.classifier import Qualification, Specialty


class StudyGroup(Base):
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

    specialty: Mapped[Specialty] = relationship()
    qualification: Mapped[Qualification | None] = relationship()
    students: Mapped[list["Student"]] = relationship(back_populates="group")


class Student(Base):
    __tablename__ = "student"

    id: Mapped[int] = mapped_column(primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date]
    sex: Mapped[str] = mapped_column(String(1))  # "M" or "F"
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="RESTRICT"), index=True)
    funding: Mapped[str] = mapped_column(String(20))  # "state_republic", "state_local", "enterprise", "paid"
    enrolled_on: Mapped[date]

    group: Mapped[StudyGroup | None] = relationship(back_populates="students")
