from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base


class Specialty(Base):
    __tablename__ = "specialty"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]

    qualifications: Mapped[list["Qualification"]] = relationship(back_populates="specialty")


class Qualification(Base):
    __tablename__ = "qualification"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    specialty_id: Mapped[int] = mapped_column(ForeignKey("specialty.id", ondelete="RESTRICT"), index=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    level: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]

    specialty: Mapped[Specialty] = relationship(back_populates="qualifications")
