"""What the state reports need beyond the other records: graduates' employment, the teachers' last
qualification upgrade, and the library's textbook counts (DOMAIN.md section 6)."""
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class GraduateEmployment(Base):
    """A graduate's status within 12 months of graduation, with its date, employer and evidence."""

    __tablename__ = "graduate_employment"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(30))  # domain.indicators.STATUSES
    on: Mapped[date] = mapped_column(Date)
    employer: Mapped[str] = mapped_column(String(300), default="")
    evidence: Mapped[str] = mapped_column(String(20), default="self_reported")  # confirmed, self_reported


class Teacher(Base):
    __tablename__ = "teacher"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    last_upgrade_on: Mapped[date | None] = mapped_column(Date)


class LibraryCount(Base):
    """Textbooks the library holds in a year: all and those in Kazakh."""

    __tablename__ = "library_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    textbooks: Mapped[int] = mapped_column(Integer)
    kazakh_textbooks: Mapped[int] = mapped_column(Integer)
