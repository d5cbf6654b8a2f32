"""Read side of dual training: the lists the Dual training page shows and the contract as it is printed."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.models import (ContractPeriod, DualContract, Enterprise, EnterpriseRequest, Memorandum, Mentor,
                            MentorPayment, Qualification, Reimbursement, Specialty, Student, StudyGroup)
from desktop.domain.collation import code_key, in_language, name_key
from desktop.domain.dual import needs_representative
from desktop.services.database import Database
from desktop.services.errors import NotFound


@dataclass(frozen=True)
class EnterpriseRow:
    id: int
    bin: str
    name_kk: str
    name_ru: str
    size: str
    sector: str
    agro_industrial: bool
    address: str
    contacts: str
    mentors: int
    contracts: int
    signatory: str = ""
    signatory_position_kk: str = ""
    signatory_position_ru: str = ""
    bank_account: str = ""
    bank_bik: str = ""
    bank_name: str = ""


@dataclass(frozen=True)
class MentorRow:
    id: int
    enterprise_id: int
    enterprise: str
    full_name: str
    position: str
    qualification: str
    phone: str
    students: int
    position_ru: str = ""
    enterprise_kk: str = ""  # the enterprise's Kazakh name; `enterprise` is the Russian one


@dataclass(frozen=True)
class ContractRow:
    id: int
    number: str
    signed_on: date | None
    student_id: int
    student: str
    group_code: str
    enterprise: str
    mentor: str
    starts_on: date
    ends_on: date
    status: str
    enterprise_hours: int
    appendix_issued_on: date | None
    enterprise_kk: str = ""  # the enterprise's Kazakh name; `enterprise` is the Russian one
    # the days the contract ended (the End step) or was terminated, for the status's tooltip and the report
    ended_on: date | None = None
    terminated_on: date | None = None
    # the contract's as listed: a step over a contract changed since is refused
    version: int | None = field(default=None, compare=False)


def list_enterprises(db: Database) -> list[EnterpriseRow]:
    mentors = select(Mentor.enterprise_id, func.count().label("n")).group_by(Mentor.enterprise_id).subquery()
    contracts = (select(DualContract.enterprise_id, func.count().label("n"))
                 .group_by(DualContract.enterprise_id).subquery())
    query = (select(Enterprise, func.coalesce(mentors.c.n, 0), func.coalesce(contracts.c.n, 0))
             .outerjoin(mentors, mentors.c.enterprise_id == Enterprise.id)
             .outerjoin(contracts, contracts.c.enterprise_id == Enterprise.id).order_by(Enterprise.name_ru))
    with db.session() as session:
        return sorted((EnterpriseRow(e.id, e.bin, e.name_kk, e.name_ru, e.size, e.sector, e.agro_industrial, e.address,
                              e.contacts, m, c, e.signatory, e.signatory_position_kk, e.signatory_position_ru,
                              e.bank_account, e.bank_bik, e.bank_name) for e, m, c in session.execute(query)),
                      key=lambda e: name_key(e.name_ru, "ru"))  # the database's order is by code point


def enterprise_data(row: EnterpriseRow):
    """The editable record of a listed enterprise."""
    from desktop.services.dual import EnterpriseData  # noqa: PLC0415

    return EnterpriseData(**{name: getattr(row, name) for name in EnterpriseData.__dataclass_fields__})


def list_mentors(db: Database, language: str = "kk") -> list[MentorRow]:
    """By enterprise and name in the alphabet of `language`, the enterprise named in that language."""
    students = (select(DualContract.mentor_id, func.count(func.distinct(DualContract.student_id)).label("n"))
                .group_by(DualContract.mentor_id).subquery())
    query = (select(Mentor, Enterprise.name_ru, func.coalesce(students.c.n, 0), Enterprise.name_kk).join(Enterprise)
             .outerjoin(students, students.c.mentor_id == Mentor.id))
    with db.session() as session:
        rows = [MentorRow(m.id, m.enterprise_id, name, m.full_name, m.position, m.qualification, m.phone, n,
                          m.position_ru, name_kk)
                for m, name, n, name_kk in session.execute(query)]
    return sorted(rows, key=lambda m: (name_key(in_language(language, m.enterprise_kk, m.enterprise), language),
                                       name_key(m.full_name, language)))


def list_contracts(db: Database) -> list[ContractRow]:
    hours = (select(ContractPeriod.contract_id, func.sum(ContractPeriod.hours).label("h"))
             .group_by(ContractPeriod.contract_id).subquery())
    query = (select(DualContract, Student.surname, Student.given_name, StudyGroup.code, Enterprise.name_ru,
                    Mentor.full_name, func.coalesce(hours.c.h, 0), Enterprise.name_kk)
             .join(Student, DualContract.student_id == Student.id)
             .outerjoin(StudyGroup, Student.group_id == StudyGroup.id)
             .join(Enterprise, DualContract.enterprise_id == Enterprise.id)
             .outerjoin(Mentor, DualContract.mentor_id == Mentor.id)
             .outerjoin(hours, hours.c.contract_id == DualContract.id))
    with db.session() as session:
        rows = [ContractRow(c.id, c.number, c.signed_on, c.student_id, f"{surname} {given}", code or "", enterprise,
                            mentor or "", c.starts_on, c.ends_on, c.status, h, c.appendix_issued_on, enterprise_kk,
                            c.ended_on, c.terminated_on, c.row_version)
                for c, surname, given, code, enterprise, mentor, h, enterprise_kk in session.execute(query)]
    # the newest first, then by number as a reader counts (Д-2 before Д-10; SQL compares code points)
    return sorted(rows, key=lambda c: (-c.starts_on.toordinal(), code_key(c.number)))


@dataclass(frozen=True)
class ContractDocument:
    """Everything the printed contract and its appendix show."""

    number: str
    signed_on: date | None
    status: str
    college_name_kk: str
    college_name_ru: str
    college_bin: str
    college_address: str
    director: str
    enterprise_name_kk: str
    enterprise_name_ru: str
    enterprise_bin: str
    enterprise_address: str
    student_name: str
    student_iin: str
    student_birth_date: date | None
    representative: str
    group_code: str
    specialty: tuple[str, str, str]  # code, name kk, name ru
    qualification: tuple[str, str, str]
    mentor: str
    mentor_position: str  # in Kazakh
    starts_on: date
    ends_on: date
    modules: tuple[tuple[str, str, int], ...]
    periods: tuple[tuple[str, date, date, int, str], ...]
    appendix_issued_on: date | None
    # what the model form's details, signatures and states need besides (empty when not recorded: blanks)
    modules_ru: tuple[str, ...] = ()  # the modules' names in Russian, in the order of modules
    college_locality: tuple[str, str] = ("", "")  # kk, ru
    college_bank: tuple[str, str, str] = ("", "", "")  # account (IBAN), BIC, bank (as Kazakh documents print it)
    college_bank_ru: str = ""  # the bank as Russian documents print it (the one name kept when it reads the same)
    college_phone: str = ""
    enterprise_signatory: str = ""
    enterprise_signatory_position: tuple[str, str] = ("", "")  # kk, ru
    enterprise_bank: tuple[str, str, str] = ("", "", "")
    student_phone: str = ""
    representative_iin: str = ""
    minor: bool = False  # under 18 on the day of signing (or of the start, for a draft)
    terminated_on: date | None = None
    termination_reason: str = ""
    mentor_position_ru: str = ""
    ended_on: date | None = None  # the End step's day: the contract prints as ended on it
    student_sex: str = ""  # "M" or "F": the Russian contract's words about the student agree with it
    # the contract's as read: the appendix saved over it gives it back
    version: int | None = field(default=None, compare=False)


def contract_document(db: Database, contract_id: int) -> ContractDocument:
    from desktop.services.college import get_profile  # noqa: PLC0415

    profile = get_profile(db)
    with db.session() as session:
        c = session.get(DualContract, contract_id)
        if c is None:
            raise NotFound(contract_id)
        specialty = session.scalar(select(Specialty).where(Specialty.code == c.specialty_code))
        qualification = session.scalar(select(Qualification).where(Qualification.code == c.qualification_code))
        s = c.student
        return ContractDocument(
            c.number, c.signed_on, c.status, profile.name_kk if profile else "", profile.name_ru if profile else "",
            profile.bin if profile else "", profile.address if profile else "", profile.director if profile else "",
            c.enterprise.name_kk, c.enterprise.name_ru, c.enterprise.bin, c.enterprise.address,
            " ".join(p for p in (s.surname, s.given_name, s.patronymic) if p), s.iin or "", s.birth_date,
            c.representative, s.group.code if s.group else "",
            (c.specialty_code, specialty.name_kk if specialty else "", specialty.name_ru if specialty else ""),
            (c.qualification_code, qualification.name_kk if qualification else "",
             qualification.name_ru if qualification else ""),
            c.mentor.full_name if c.mentor else "", c.mentor.position if c.mentor else "", c.starts_on, c.ends_on,
            tuple((m.code, m.name, m.hours) for m in c.modules),
            tuple((p.kind, p.starts_on, p.ends_on, p.hours, p.modules) for p in c.periods), c.appendix_issued_on,
            modules_ru=tuple(m.name_ru for m in c.modules),
            college_locality=(profile.locality_kk, profile.locality_ru) if profile else ("", ""),
            college_bank=(profile.bank_account, profile.bank_bik, profile.bank_name) if profile else ("", "", ""),
            college_bank_ru=profile.bank_name_in("ru") if profile else "",
            college_phone=profile.phone if profile else "",
            enterprise_signatory=c.enterprise.signatory,
            enterprise_signatory_position=(c.enterprise.signatory_position_kk, c.enterprise.signatory_position_ru),
            enterprise_bank=(c.enterprise.bank_account, c.enterprise.bank_bik, c.enterprise.bank_name),
            student_phone=s.phone, representative_iin=c.representative_iin,
            minor=needs_representative(s.birth_date, c.signed_on or c.starts_on),
            terminated_on=c.terminated_on, termination_reason=c.termination_reason,
            mentor_position_ru=c.mentor.position_ru if c.mentor else "", ended_on=c.ended_on,
            student_sex=s.sex or "", version=c.row_version)


@dataclass(frozen=True)
class PaymentRow:
    kind: str  # "mentor" or "reimbursement"
    who: str
    number: str
    on: date
    period_from: date
    period_to: date
    amount: Decimal


def list_payments(db: Database) -> list[PaymentRow]:
    with db.session() as session:
        mentors = [PaymentRow("mentor", m.full_name, p.number, p.signed_on, p.period_from, p.period_to, p.amount)
                   for p, m in session.execute(select(MentorPayment, Mentor).join(Mentor))]
        paid = [PaymentRow("reimbursement", e.name_ru, r.note, r.paid_on, r.period_from, r.period_to, r.amount)
                for r, e in session.execute(select(Reimbursement, Enterprise).join(Enterprise))]
    return sorted(mentors + paid, key=lambda p: (p.on, p.kind), reverse=True)


@dataclass(frozen=True)
class AgreementRow:
    kind: str  # "request" or "memorandum"
    id: int
    enterprise: str
    number: str
    signed_on: date
    details: dict


def list_agreements(db: Database) -> list[AgreementRow]:
    with db.session() as session:
        requests = [AgreementRow("request", r.id, e.name_ru, r.number, r.signed_on,
                                 {"specialty": r.specialty_code, "intake_year": r.intake_year, "places": r.places,
                                  "employment_years": r.employment_years})
                    for r, e in session.execute(select(EnterpriseRequest, Enterprise).join(Enterprise))]
        memoranda = [AgreementRow("memorandum", m.id, e.name_ru, m.number, m.signed_on,
                                  {"valid_from": m.valid_from, "valid_to": m.valid_to, "sections": m.sections.split(),
                                   "material_aid": m.material_aid})
                     for m, e in session.execute(select(Memorandum, Enterprise).join(Enterprise))]
    return sorted(requests + memoranda, key=lambda a: a.signed_on, reverse=True)
