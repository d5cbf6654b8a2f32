"""What the state reports need beyond the other records: graduates' employment, the teachers' last
qualification upgrade, and the library's textbook counts (DOMAIN.md section 6)."""
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Versioned


class GraduateEmployment(Versioned, Base):
    """A graduate's status within 12 months of graduation, with its date, employer and evidence."""

    __tablename__ = "graduate_employment"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(30))  # domain.indicators.STATUSES
    on: Mapped[date] = mapped_column(Date)
    employer: Mapped[str] = mapped_column(String(300), default="")
    evidence: Mapped[str] = mapped_column(String(20), default="self_reported")  # confirmed, self_reported


class Teacher(Versioned, Base):
    __tablename__ = "teacher"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    last_upgrade_on: Mapped[date | None] = mapped_column(Date)
    # What the tarification list needs (issue #18); empty for a teacher entered before it.
    position: Mapped[str] = mapped_column(String(200), default="", server_default="")
    subject: Mapped[str] = mapped_column(String(300), default="", server_default="")  # subject or cycle taught
    education: Mapped[str] = mapped_column(String(20), default="", server_default="")  # services.teachers.EDUCATION
    diploma_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    diploma_on: Mapped[date | None] = mapped_column(Date, default=None)
    category: Mapped[str] = mapped_column(String(20), default="", server_default="")  # services.teachers.CATEGORIES
    category_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Experience is either counted from a start date (it then grows by itself) or entered as whole years.
    experience_since: Mapped[date | None] = mapped_column(Date, default=None)
    experience_years: Mapped[int | None] = mapped_column(Integer, default=None)
    # Rates held: 1.0, 0.5, 1.5... kept exact (a float would print 0.49999).
    rate: Mapped[Decimal] = mapped_column(Numeric(4, 2), default=Decimal("1"), server_default="1")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True, default=None)


class LibraryCount(Base):
    """Textbooks the library holds in a year: all and those in Kazakh."""

    __tablename__ = "library_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    textbooks: Mapped[int] = mapped_column(Integer)
    kazakh_textbooks: Mapped[int] = mapped_column(Integer)
