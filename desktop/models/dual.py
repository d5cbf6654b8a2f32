"""Dual training and employer partnerships: enterprises, mentors, contracts with their appendix, payments,
training on enterprise request and patronage memoranda (DOMAIN.md section 3)."""
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Versioned
from desktop.models.contingent import Student


class Enterprise(Base):
    __tablename__ = "enterprise"

    id: Mapped[int] = mapped_column(primary_key=True)
    bin: Mapped[str] = mapped_column(String(12), unique=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    size: Mapped[str] = mapped_column(String(10))  # domain.dual.EnterpriseSize
    sector: Mapped[str] = mapped_column(String(200), default="")
    agro_industrial: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(String(300), default="")
    contacts: Mapped[str] = mapped_column(Text, default="")  # contact people, one a line
    # Who signs the contracts for the enterprise, and its bank details, as the contract's last section prints them.
    signatory: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signatory_position_kk: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signatory_position_ru: Mapped[str] = mapped_column(String(200), default="", server_default="")
    bank_account: Mapped[str] = mapped_column(String(34), default="", server_default="")  # ИИК (IBAN)
    bank_bik: Mapped[str] = mapped_column(String(11), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="", server_default="")

    mentors: Mapped[list["Mentor"]] = relationship(back_populates="enterprise")


class Mentor(Base):
    __tablename__ = "mentor"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id", ondelete="RESTRICT"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")  # as written in Kazakh
    position_ru: Mapped[str] = mapped_column(String(200), default="", server_default="")
    qualification: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")

    enterprise: Mapped[Enterprise] = relationship(back_populates="mentors")


class DualContract(Versioned, Base):
    __tablename__ = "dual_contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    signed_on: Mapped[date | None] = mapped_column(Date)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="RESTRICT"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id", ondelete="RESTRICT"), index=True)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("mentor.id", ondelete="SET NULL"))
    representative: Mapped[str] = mapped_column(String(200), default="")  # for a student under 18
    representative_iin: Mapped[str] = mapped_column(String(12), default="", server_default="")
    specialty_code: Mapped[str] = mapped_column(String(8))
    qualification_code: Mapped[str] = mapped_column(String(12), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    termination_reason: Mapped[str] = mapped_column(String(300), default="")
    terminated_on: Mapped[date | None] = mapped_column(Date)
    appendix_issued_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)  # the End step's date (training completed)

    student: Mapped[Student] = relationship()
    enterprise: Mapped[Enterprise] = relationship()
    mentor: Mapped[Mentor | None] = relationship()
    modules: Mapped[list["ContractModule"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    periods: Mapped[list["ContractPeriod"]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                           order_by="ContractPeriod.starts_on")


class ContractModule(Base):
    """A module or learning outcome of the student's curriculum delivered at the enterprise."""

    __tablename__ = "contract_module"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("dual_contract.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))  # as the curriculum writes it in Kazakh
    name_ru: Mapped[str] = mapped_column(String(300), default="", server_default="")
    hours: Mapped[int] = mapped_column(Integer)


class ContractPeriod(Base):
    """A line of the contract's appendix: a period of production training or practice at the enterprise."""

    __tablename__ = "contract_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("dual_contract.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    hours: Mapped[int] = mapped_column(Integer)
    modules: Mapped[str] = mapped_column(String(300), default="")


class MentorPayment(Base):
    """The college's paid-services contract with a mentor (Civil Code ch. 33)."""

    __tablename__ = "mentor_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    signed_on: Mapped[date] = mapped_column(Date)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Numeric(12, 2))


class Reimbursement(Base):
    """The enterprise's costs of training, reimbursed by the college."""

    __tablename__ = "reimbursement"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id", ondelete="RESTRICT"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Numeric(12, 2))
    note: Mapped[str] = mapped_column(String(300), default="")


class EnterpriseRequest(Base):
    """Training on enterprise request: places by specialty and intake year, with an employment obligation."""

    __tablename__ = "enterprise_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    signed_on: Mapped[date] = mapped_column(Date)
    specialty_code: Mapped[str] = mapped_column(String(8))
    intake_year: Mapped[int] = mapped_column(Integer)
    places: Mapped[int] = mapped_column(Integer)
    employment_years: Mapped[int] = mapped_column(Integer, default=0)  # the graduates' obligation to work there


class Memorandum(Base):
    """A patronage memorandum with a large enterprise; sections holds the required ones it contains."""

    __tablename__ = "memorandum"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    signed_on: Mapped[date] = mapped_column(Date)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    sections: Mapped[str] = mapped_column(String(400), default="")  # codes of domain.dual.MEMORANDUM_SECTIONS
    material_aid: Mapped[float] = mapped_column(Numeric(14, 2), default=0)
