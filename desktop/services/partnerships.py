"""What the college pays and agrees with enterprises: mentor service contracts, reimbursements, training on
enterprise request (eligibility checked) and patronage memoranda (required sections as a checklist)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.domain import dual as dd
from desktop.domain.contingent import academic_start
from desktop.domain.problems import FieldProblem
from desktop.models import Enterprise, EnterpriseRequest, Memorandum, Mentor, MentorPayment, Reimbursement
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed


def _period_problems(number: str, start: date, end: date, amount: Decimal) -> list[FieldProblem]:
    problems = []
    if not number.strip():
        problems.append(FieldProblem("contract_number", "field.required"))
    if end < start:
        problems.append(FieldProblem("period_to", "code.dates_reversed"))
    if amount <= 0:
        problems.append(FieldProblem("amount", "dual.bad_amount", {"value": str(amount)}))
    return problems


def add_mentor_payment(db: Database, mentor_id: int, number: str, signed_on: date, period: tuple[date, date],
                       amount: Decimal) -> int:
    problems = _period_problems(number, *period, Decimal(amount))
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        if session.get(Mentor, mentor_id) is None:
            raise NotFound(mentor_id)
        payment = MentorPayment(mentor_id=mentor_id, number=number.strip(), signed_on=signed_on,
                                period_from=period[0], period_to=period[1], amount=Decimal(amount))
        session.add(payment)
        session.flush()
        return payment.id


def add_reimbursement(db: Database, enterprise_id: int, paid_on: date, period: tuple[date, date], amount: Decimal,
                      note: str = "") -> int:
    problems = _period_problems("-", *period, Decimal(amount))
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        if session.get(Enterprise, enterprise_id) is None:
            raise NotFound(enterprise_id)
        record = Reimbursement(enterprise_id=enterprise_id, paid_on=paid_on, period_from=period[0],
                               period_to=period[1], amount=Decimal(amount), note=note.strip())
        session.add(record)
        session.flush()
        return record.id


@dataclass(frozen=True)
class PaymentTotals:
    mentors: Decimal
    reimbursements: Decimal

    @property
    def total(self) -> Decimal:
        return self.mentors + self.reimbursements


def totals(db: Database, start: date, end: date) -> PaymentTotals:
    """What was contracted with mentors and paid to enterprises for periods that begin within [start, end]."""
    with db.session() as session:
        mentors = session.scalar(select(func.coalesce(func.sum(MentorPayment.amount), 0))
                                 .where(MentorPayment.period_from.between(start, end)))
        paid = session.scalar(select(func.coalesce(func.sum(Reimbursement.amount), 0))
                              .where(Reimbursement.period_from.between(start, end)))
    return PaymentTotals(Decimal(mentors), Decimal(paid))


def academic_year_totals(db: Database, today: date | None = None) -> PaymentTotals:
    """The totals of the academic year a day belongs to (1 September to 31 August)."""
    start = academic_start(today or date.today())
    return totals(db, start, date(start.year + 1, 8, 31))


def add_enterprise_request(db: Database, enterprise_id: int, number: str, signed_on: date, specialty_code: str,
                           intake_year: int, places: int, employment_years: int) -> int:
    """Training on enterprise request: refused for a small or agro-industrial enterprise (MR l.573-630)."""
    with db.session() as session:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None:
            raise NotFound(enterprise_id)
        problems = []
        if not dd.may_train_on_request(enterprise.size, enterprise.agro_industrial):
            problems.append(FieldProblem("enterprise", "dual.not_eligible_for_request",
                                         {"name": enterprise.name_ru}))
        if places <= 0:
            problems.append(FieldProblem("places", "dual.bad_places", {"value": places}))
        if not number.strip():
            problems.append(FieldProblem("contract_number", "field.required"))
        if problems:
            raise ValidationFailed(problems)
        request = EnterpriseRequest(enterprise_id=enterprise_id, number=number.strip(), signed_on=signed_on,
                                    specialty_code=specialty_code, intake_year=intake_year, places=places,
                                    employment_years=employment_years)
        session.add(request)
        session.flush()
        return request.id


def add_memorandum(db: Database, enterprise_id: int, number: str, signed_on: date, valid: tuple[date, date],
                   sections: set[str], material_aid: Decimal = Decimal(0)) -> int:
    """A patronage memorandum: only with a large enterprise; the sections it lacks are named."""
    unknown = sections - set(dd.MEMORANDUM_SECTIONS)
    with db.session() as session:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None:
            raise NotFound(enterprise_id)
        problems = []
        if not dd.may_sign_memorandum(enterprise.size):
            problems.append(FieldProblem("enterprise", "dual.memorandum_needs_large", {"name": enterprise.name_ru}))
        if unknown:
            problems.append(FieldProblem("sections", "field.bad_choice", {"value": ", ".join(sorted(unknown))}))
        if valid[1] < valid[0]:
            problems.append(FieldProblem("valid_to", "code.dates_reversed"))
        if problems:
            raise ValidationFailed(problems)
        memo = Memorandum(enterprise_id=enterprise_id, number=number.strip(), signed_on=signed_on,
                          valid_from=valid[0], valid_to=valid[1],
                          sections=" ".join(s for s in dd.MEMORANDUM_SECTIONS if s in sections),
                          material_aid=Decimal(material_aid))
        session.add(memo)
        session.flush()
        return memo.id


def memorandum_gaps(db: Database, memorandum_id: int) -> list[str]:
    with db.session() as session:
        memo = session.get(Memorandum, memorandum_id)
        if memo is None:
            raise NotFound(memorandum_id)
        return dd.missing_sections(set(memo.sections.split()))
