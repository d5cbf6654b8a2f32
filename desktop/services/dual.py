"""Dual training: enterprises, mentors, contracts through their life, the appendix, and the checks and
coverage figures of DOMAIN.md section 3. Payments, requests and memoranda are in services.partnerships."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from desktop.domain import dual as dd
from desktop.domain.collation import code_key, name_key
from desktop.domain.contingent import ACTIVE, STATE_ORDER, study_year
from desktop.domain.ids import bin_problems, iin_problems
from desktop.domain.problems import FieldProblem
from desktop.models import (ContractModule, ContractPeriod, CurriculumRowRecord, DualContract, Enterprise, Mentor,
                            Specialty, Student, StudyGroup)
from desktop.services.database import Database
from desktop.services.dual_details import bank_problems, clean_account
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.text_limits import phone_problems, text_problems
from desktop.services.versions import check_version

PERIOD_KINDS = ("production_training", "introductory", "educational", "technological", "production", "pre_diploma")


@dataclass(frozen=True)
class EnterpriseData:
    bin: str = ""
    name_kk: str = ""
    name_ru: str = ""
    size: str = "medium"
    sector: str = ""
    agro_industrial: bool = False
    address: str = ""
    contacts: str = ""
    # who signs for the enterprise and where its money is: the contract's details section prints them
    signatory: str = ""
    signatory_position_kk: str = ""
    signatory_position_ru: str = ""
    bank_account: str = ""
    bank_bik: str = ""
    bank_name: str = ""


def enterprise_problems(data: EnterpriseData) -> list[FieldProblem]:
    problems = [FieldProblem(name, "field.required") for name in ("name_kk", "name_ru") if not getattr(data, name).strip()]
    problems += bank_problems(data.bank_account, data.bank_bik)
    # the details the contract prints: no longer than their columns, no hidden characters
    problems += text_problems(data.__dict__, {name: getattr(Enterprise, name) for name in (
        "signatory", "signatory_position_kk", "signatory_position_ru", "bank_account", "bank_bik", "bank_name")})
    if data.signatory.strip() and not (data.signatory_position_kk.strip() and data.signatory_position_ru.strip()):
        # the contract names the signatory with the position, in the language it is printed in
        problems += [FieldProblem(name, "field.required") for name in ("signatory_position_kk", "signatory_position_ru")
                     if not getattr(data, name).strip()]
    problems += [FieldProblem("bin", p.value, {"value": data.bin}) for p in bin_problems(data.bin)]
    if data.size not in {s.value for s in dd.EnterpriseSize}:
        problems.append(FieldProblem("size", "field.bad_choice", {"value": data.size}))
    return problems


def save_enterprise(db: Database, data: EnterpriseData, enterprise_id: int | None = None) -> int:
    data = EnterpriseData(**{k: v.strip() if isinstance(v, str) else v for k, v in data.__dict__.items()})
    data = EnterpriseData(**{**data.__dict__, "bank_account": clean_account(data.bank_account),
                             "bank_bik": data.bank_bik.upper()})
    problems = enterprise_problems(data)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        other = session.scalar(select(Enterprise.id).where(Enterprise.bin == data.bin))
        if other is not None and other != enterprise_id:
            raise ValidationFailed([FieldProblem("bin", "enterprise.duplicate_bin", {"value": data.bin})])
        enterprise = session.get(Enterprise, enterprise_id) if enterprise_id else Enterprise()
        if enterprise is None:
            raise NotFound(enterprise_id)
        for name, value in data.__dict__.items():
            setattr(enterprise, name, value)
        session.add(enterprise)
        session.flush()
        return enterprise.id


def _check_mentor(full_name: str, phone: str) -> None:
    problems = [FieldProblem("full_name", "field.required")] if not full_name.strip() else []
    problems += phone_problems("phone", phone)
    if problems:
        raise ValidationFailed(problems)


def save_mentor(db: Database, enterprise_id: int, full_name: str, position: str = "", qualification: str = "",
                phone: str = "", position_ru: str = "") -> int:
    """A mentor of the enterprise; the position in Kazakh and, for the Russian contract, in Russian."""
    _check_mentor(full_name, phone)
    with db.session() as session:
        if session.get(Enterprise, enterprise_id) is None:
            raise NotFound(enterprise_id)
        mentor = Mentor(enterprise_id=enterprise_id, full_name=full_name.strip(), position=position.strip(),
                        qualification=qualification.strip(), phone=phone.strip(), position_ru=position_ru.strip())
        session.add(mentor)
        session.flush()
        return mentor.id


@dataclass(frozen=True)
class ContractData:
    number: str
    student_id: int
    enterprise_id: int
    starts_on: date
    ends_on: date
    mentor_id: int | None = None
    representative: str = ""
    modules: tuple[tuple[str, str, int], ...] = ()  # (code, name, hours) of the curriculum delivered there
    representative_iin: str = ""
    module_names_ru: tuple[str, ...] = ()  # the modules' names in Russian, in the order of modules ("" unknown)
    # as read (contract_data): given back to update_contract, so no save is lost
    version: int | None = field(default=None, compare=False)


def _contract_problems(session, data: ContractData, contract_id: int | None = None) -> list[FieldProblem]:
    problems = []
    if not data.number.strip():
        problems.append(FieldProblem("contract_number", "field.required"))
    if data.ends_on <= data.starts_on:
        problems.append(FieldProblem("ends_on", "code.dates_reversed"))
    if session.get(Student, data.student_id) is None:
        problems.append(FieldProblem("student", "field.required"))
    if session.get(Enterprise, data.enterprise_id) is None:
        problems.append(FieldProblem("enterprise", "field.required"))
    if data.mentor_id is not None:
        mentor = session.get(Mentor, data.mentor_id)
        if mentor is None or mentor.enterprise_id != data.enterprise_id:
            problems.append(FieldProblem("mentor", "dual.mentor_elsewhere"))
    open_one = session.scalar(select(DualContract.number).where(
        DualContract.student_id == data.student_id, DualContract.id != (contract_id or 0),
        DualContract.status.in_((dd.ContractStatus.DRAFT.value, *dd.ACTIVE_CONTRACTS))))
    if open_one is not None:
        problems.append(FieldProblem("student", "dual.already_contracted", {"number": open_one}))
    # The number names the contract in the three parties' files and in the reports: one contract, one number.
    # Compared here, not in SQL: SQLite's lower() folds ASCII letters only, and the numbers are Cyrillic.
    wanted = data.number.strip().casefold()
    if wanted and any(n.strip().casefold() == wanted for n in session.scalars(
            select(DualContract.number).where(DualContract.id != (contract_id or 0)))):
        problems.append(FieldProblem("contract_number", "dual.number_taken", {"number": data.number.strip()}))
    seen: set[str] = set()
    for code, name, hours in data.modules:
        if hours <= 0:
            problems.append(FieldProblem("modules", "dual.bad_hours", {"code": code, "value": hours}))
        # a module twice would count its hours twice in the contract and in the dual-training share
        if code.strip() and code.strip().casefold() in seen:
            problems.append(FieldProblem("modules", "dual.repeated_module", {"code": code.strip()}))
        seen.add(code.strip().casefold())
    problems += text_problems({"representative": data.representative}, {"representative": DualContract.representative})
    for name_ru in data.module_names_ru:
        problems += text_problems({"modules": name_ru or ""}, {"modules": ContractModule.name_ru})
    if data.representative_iin.strip():
        problems += [FieldProblem("representative_iin", p.value, {"value": data.representative_iin})
                     for p in iin_problems(data.representative_iin.strip())]
        if not data.representative.strip():
            problems.append(FieldProblem("representative", "field.required"))
    return problems


def contract_problems(db: Database, data: ContractData, contract_id: int | None = None) -> list[FieldProblem]:
    """Everything that would refuse the contract, found in one pass without saving: the dialog adds the cells it
    could not read and tells them all at once (it had told the module hours, then at the next Save the IIN)."""
    with db.session() as session:
        return _contract_problems(session, data, contract_id)


def _modules(data: ContractData) -> list[ContractModule]:
    names_ru = tuple(data.module_names_ru) + ("",) * len(data.modules)
    return [ContractModule(code=c, name=n, hours=h, name_ru=(ru or "").strip())
            for (c, n, h), ru in zip(data.modules, names_ru)]


def next_contract_number(db: Database, year: int) -> str:
    """The number to offer for a new contract: Д-NN/year, one past the highest of that form used in the year."""
    suffix = f"/{year}"
    with db.session() as session:
        used = session.scalars(select(DualContract.number).where(DualContract.number.like(f"Д-%{suffix}")))
        highest = max((int(n[2:-len(suffix)]) for n in used if n[2:-len(suffix)].isascii()
                       and n[2:-len(suffix)].isdigit()), default=0)
    return f"Д-{highest + 1:02d}{suffix}"


def create_contract(db: Database, data: ContractData) -> int:
    """A draft contract for a student: the specialty and qualification come from the student's group."""
    with db.session() as session:
        problems = _contract_problems(session, data)
        if problems:
            raise ValidationFailed(problems)
        student = session.get(Student, data.student_id)
        group = student.group
        contract = DualContract(
            number=data.number.strip(), student_id=data.student_id, enterprise_id=data.enterprise_id,
            mentor_id=data.mentor_id, representative=data.representative.strip(),
            representative_iin=data.representative_iin.strip(),
            specialty_code=group.specialty.code if group else "",
            qualification_code=group.qualification.code if group and group.qualification else "",
            starts_on=data.starts_on, ends_on=data.ends_on, status=dd.ContractStatus.DRAFT.value)
        contract.modules = _modules(data)
        session.add(contract)
        session.flush()
        return contract.id


def contract_data(db: Database, contract_id: int) -> ContractData:
    with db.session() as session:
        c = session.get(DualContract, contract_id)
        if c is None:
            raise NotFound(contract_id)
        return ContractData(c.number, c.student_id, c.enterprise_id, c.starts_on, c.ends_on, c.mentor_id,
                            c.representative, tuple((m.code, m.name, m.hours) for m in c.modules),
                            c.representative_iin, tuple(m.name_ru for m in c.modules), c.row_version)


def contract_fields(data: ContractData) -> dict:
    """The contract's columns as `data` would write them: what a refused save shows against the stored ones."""
    return {"number": data.number.strip(), "enterprise_id": data.enterprise_id, "mentor_id": data.mentor_id,
            "starts_on": data.starts_on, "ends_on": data.ends_on, "representative": data.representative.strip(),
            "representative_iin": data.representative_iin.strip()}


def _contract(session, contract_id: int, version: int | None, data: dict | None = None) -> DualContract:
    contract = session.get(DualContract, contract_id)
    if contract is None:
        raise NotFound(contract_id)
    check_version(session, contract, version, data)
    return contract


def _touch(contract: DualContract) -> None:
    """The contract's version moves on even when only its modules or periods (rows of their own) change: else a
    second editor's modules would overwrite the first's unseen. SQLAlchemy writes a version set by hand as it is,
    still checking the one read."""
    contract.row_version = contract.row_version + 1


def update_contract(db: Database, contract_id: int, data: ContractData, version: int | None = None) -> None:
    """Change a draft before it is signed; once signed, only the mentor may change (set_mentor). `version`: the one
    its editor read (refused with StaleRecord when someone saved the contract since)."""
    with db.session() as session:
        contract = _contract(session, contract_id, version, contract_fields(data))
        if contract.status != dd.ContractStatus.DRAFT.value:
            raise ValidationFailed([FieldProblem("status", "dual.step_not_allowed", {"status": contract.status})])
        problems = _contract_problems(session, data, contract_id)
        if problems:
            raise ValidationFailed(problems)
        with session.no_autoflush:  # one flush: one entry of the change log with the modules under the contract
            for name, value in contract_fields(data).items():
                setattr(contract, name, value)
            contract.modules = _modules(data)
            _touch(contract)


def set_mentor(db: Database, contract_id: int, mentor_id: int | None, version: int | None = None) -> None:
    """A contract in force may get another mentor of the same enterprise."""
    with db.session() as session:
        contract = _contract(session, contract_id, version, {"mentor_id": mentor_id})
        mentor = session.get(Mentor, mentor_id) if mentor_id is not None else None
        if mentor_id is not None and (mentor is None or mentor.enterprise_id != contract.enterprise_id):
            raise ValidationFailed([FieldProblem("mentor", "dual.mentor_elsewhere")])
        contract.mentor_id = mentor_id


def step(db: Database, contract_id: int, action: dd.ContractStep, on: date, reason: str = "",
         version: int | None = None) -> str:
    """Sign, issue the appendix, end or terminate; returns the new status. Signing a minor's contract needs
    the legal representative; issuing the appendix needs its periods; terminating needs a reason. `version`: the
    contract as the list showed it (a step over a contract changed since is refused)."""
    with db.session() as session:
        contract = _contract(session, contract_id, version)
        try:
            status = dd.next_status(dd.ContractStatus(contract.status), action)
        except dd.StepNotAllowed as exc:
            raise ValidationFailed([FieldProblem("status", "dual.step_not_allowed",
                                                 {"step": action.value, "status": exc.status.value})]) from exc
        if action == dd.ContractStep.SIGN:
            if dd.needs_representative(contract.student.birth_date, on) and not contract.representative:
                raise ValidationFailed([FieldProblem("representative", "dual.minor_needs_representative")])
            contract.signed_on = on
        elif action == dd.ContractStep.ISSUE_APPENDIX:
            if not contract.periods:
                raise ValidationFailed([FieldProblem("periods", "dual.appendix_empty")])
            contract.appendix_issued_on = on
        elif action == dd.ContractStep.TERMINATE:
            if not reason.strip():
                raise ValidationFailed([FieldProblem("reason", "field.required")])
            contract.termination_reason = reason.strip()
            contract.terminated_on = on  # printed on the contract with the reason
        elif action == dd.ContractStep.END:
            contract.ended_on = on
        contract.status = status.value
        return status.value


# A plausibility check, not a legal rule: no act found so far caps the academic hours of a day at the enterprise
# (unconfirmed; DOMAIN.md and the rules data have none). Eight a day flags a typo such as 216 hours in one day.
PLAUSIBLE_HOURS_A_DAY = 8


def period_warnings(periods: list[tuple[str, date, date, int, str]]) -> list[FieldProblem]:
    """Lines of an appendix with more hours than their days allow at PLAUSIBLE_HOURS_A_DAY: told, not refused."""
    warnings = []
    for number, (kind, start, end, hours, _) in enumerate(periods, start=1):
        days = (end - start).days + 1
        if days > 0 and hours > days * PLAUSIBLE_HOURS_A_DAY:
            warnings.append(FieldProblem("hours", "dual.hours_beyond_days",
                                         {"hours": hours, "days": days, "most": days * PLAUSIBLE_HOURS_A_DAY},
                                         row=number))
    return warnings


def set_periods(db: Database, contract_id: int, periods: list[tuple[str, date, date, int, str]],
                version: int | None = None) -> None:
    """The appendix as the enterprise filled it: (kind, start, end, hours, modules) lines, replaced whole;
    refused with StaleRecord when the contract was saved by someone else since `version` was read."""
    problems = []
    for number, (kind, start, end, hours, _) in enumerate(periods, start=1):
        if kind not in PERIOD_KINDS:
            problems.append(FieldProblem("kind", "field.bad_choice", {"value": kind}, row=number))
        if end < start:
            problems.append(FieldProblem("ends_on", "code.dates_reversed", row=number))
        if hours <= 0:
            problems.append(FieldProblem("hours", "dual.bad_hours", {"code": kind, "value": hours}, row=number))
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        contract = _contract(session, contract_id, version)
        if contract.status == dd.ContractStatus.APPENDIX_ISSUED.value:
            raise ValidationFailed([FieldProblem("periods", "dual.appendix_issued")])
        with session.no_autoflush:
            contract.periods = [ContractPeriod(kind=k, starts_on=s, ends_on=e, hours=h, modules=m.strip())
                                for k, s, e, h, m in periods]
            _touch(contract)


def share_threshold(on: date) -> float:
    """The least share of practical training at the enterprise, from the rule set in force on the day."""
    from desktop.domain.ruleset import pick_rule_set  # noqa: PLC0415
    from desktop.services.curricula import rule_sets  # noqa: PLC0415

    return float(pick_rule_set(list(rule_sets()), on)["dual_enterprise_share_min"])


@dataclass(frozen=True)
class DualIssue:
    code: str
    target: str  # "contract" or "student"
    target_id: int
    subject: str
    params: dict = field(default_factory=dict)


def checks(db: Database, threshold: float | None = None, today: date | None = None,
           within_days: int = 30) -> list[DualIssue]:
    """Shares under the threshold (warnings; the rule set's unless given: each contract's hours at the enterprise
    against the practical training of the modules it covers, domain.dual.contract_share), contracts expiring or
    ended without an appendix, and students of dual groups without a contract in force."""
    today = today or date.today()
    threshold = share_threshold(today) if threshold is None else threshold
    issues = []
    with db.session() as session:
        curriculum_rows = defaultdict(list)
        for cid, *row in session.execute(
                select(CurriculumRowRecord.curriculum_id, CurriculumRowRecord.row_key, CurriculumRowRecord.code,
                       CurriculumRowRecord.section, CurriculumRowRecord.parent_key, CurriculumRowRecord.hours,
                       CurriculumRowRecord.production)):
            curriculum_rows[cid].append(tuple(row))
        lines = defaultdict(list)  # the contract's modules: what it places at the enterprise
        for cid, code, hours in session.execute(select(ContractModule.contract_id, ContractModule.code,
                                                       ContractModule.hours)):
            lines[cid].append((code, hours))
        appendix = dict(session.execute(select(ContractPeriod.contract_id, func.sum(ContractPeriod.hours))
                                        .group_by(ContractPeriod.contract_id)).all())
        contracted = set()
        query = (select(DualContract, Student.surname, Student.given_name, StudyGroup.curriculum_id)
                 .join(Student, DualContract.student_id == Student.id)
                 .outerjoin(StudyGroup, Student.group_id == StudyGroup.id))
        for contract, surname, given, curriculum_id in session.execute(query):
            name = f"{surname} {given} — № {contract.number}"
            if contract.status in dd.ACTIVE_CONTRACTS:
                contracted.add(contract.student_id)
            # the appendix is what took place once it is final (handed over, or the contract ended with it filled)
            final = contract.status in (dd.ContractStatus.APPENDIX_ISSUED.value, dd.ContractStatus.ENDED.value)
            share = dd.contract_share(lines[contract.id], curriculum_rows.get(curriculum_id, ()),
                                      appendix.get(contract.id) if final else None)
            if contract.status != dd.ContractStatus.TERMINATED.value and share.below(threshold):
                issues.append(DualIssue("dual.share_low", "contract", contract.id, name, {
                    "share": round(100 * share.ratio), "threshold": round(100 * threshold),
                    "hours": share.enterprise_hours, "practical": share.practical_hours}))
            if dd.expiring(contract.ends_on, contract.status, today, within_days):
                issues.append(DualIssue("dual.expiring", "contract", contract.id, name,
                                        {"date": contract.ends_on.strftime("%d.%m.%Y")}))
            if contract.status == dd.ContractStatus.ENDED.value and contract.appendix_issued_on is None:
                issues.append(DualIssue("dual.ended_without_appendix", "contract", contract.id, name))
        # by group and surname in the Kazakh alphabet (the database orders by code point: Әбенов after Төлеуов)
        uncovered = sorted(session.execute(
            select(Student.id, Student.surname, Student.given_name, StudyGroup.code)
            .join(StudyGroup, Student.group_id == StudyGroup.id)
            .where(StudyGroup.dual.is_(True), Student.status.in_(tuple(ACTIVE)))).all(),
            key=lambda r: (code_key(r.code), name_key(r.surname), name_key(r.given_name), r.id))
        for sid, surname, given, code in uncovered:
            if sid not in contracted:
                issues.append(DualIssue("dual.no_contract", "student", sid, f"{surname} {given}", {"group": code}))
    return issues


@dataclass(frozen=True)
class CoverageLine:
    specialty_code: str
    specialty_name_kk: str
    specialty_name_ru: str
    course: int
    state_order: dd.Coverage
    everyone: dd.Coverage


def coverage_figures(db: Database, today: date | None = None) -> tuple[dd.Coverage, dd.Coverage, list[CoverageLine]]:
    """The college's coverage by dual training (state-order students, all students) and by specialty and course."""
    today = today or date.today()
    with db.session() as session:
        under_contract = set(session.scalars(select(DualContract.student_id)
                                             .where(DualContract.status.in_(tuple(dd.ACTIVE_CONTRACTS)))))
        rows = session.execute(
            select(Student.id, Student.funding, Specialty.code, Specialty.name_kk, Specialty.name_ru,
                   StudyGroup.intake_year)
            .join(StudyGroup, Student.group_id == StudyGroup.id).join(Specialty, StudyGroup.specialty_id == Specialty.id)
            .where(Student.status.in_(tuple(ACTIVE)))).all()
    everyone = [(sid, funding in STATE_ORDER) for sid, funding, *_ in rows]
    total_state, total_all = dd.coverage(everyone, under_contract)
    groups: dict[tuple, list] = defaultdict(list)
    names = {}
    for sid, funding, code, kk, ru, intake in rows:
        key = (code, study_year(intake, today))
        names[code] = (kk, ru)
        groups[key].append((sid, funding in STATE_ORDER))
    lines = [CoverageLine(code, *names[code], course, *dd.coverage(members, under_contract))
             for (code, course), members in sorted(groups.items())]
    return total_state, total_all, lines


def delete_draft(db: Database, contract_id: int) -> None:
    """A draft never signed may go; a signed contract is history and is ended or terminated instead."""
    with db.session() as session:
        contract = session.get(DualContract, contract_id)
        if contract is None:
            return
        if contract.status != dd.ContractStatus.DRAFT.value:
            raise ValidationFailed([FieldProblem("status", "dual.step_not_allowed", {"status": contract.status})])
        session.delete(contract)


def update_mentor(db: Database, mentor_id: int, full_name: str, position: str = "", qualification: str = "",
                  phone: str = "", position_ru: str = "") -> None:
    _check_mentor(full_name, phone)
    with db.session() as session:
        mentor = session.get(Mentor, mentor_id)
        if mentor is None:
            raise NotFound(mentor_id)
        mentor.full_name, mentor.position = full_name.strip(), position.strip()
        mentor.qualification, mentor.phone = qualification.strip(), phone.strip()
        mentor.position_ru = position_ru.strip()


def undo_step(db: Database, contract_id: int, action: dd.ContractStep, previous: str) -> None:
    """Take back a step just made (the page's undo): the contract returns to `previous` and the step's date goes.
    Refused when the contract has moved on since (it is no longer in the status that step led to)."""
    with db.session() as session:
        contract = session.get(DualContract, contract_id)
        if contract is None:
            raise NotFound(contract_id)
        if contract.status != dd.next_status(dd.ContractStatus(previous), action).value:
            raise ValidationFailed([FieldProblem("status", "dual.step_not_allowed",
                                                 {"step": action.value, "status": contract.status})])
        if action == dd.ContractStep.SIGN:
            contract.signed_on = None
        elif action == dd.ContractStep.ISSUE_APPENDIX:
            contract.appendix_issued_on = None
        elif action == dd.ContractStep.TERMINATE:
            contract.termination_reason, contract.terminated_on = "", None
        elif action == dd.ContractStep.END:
            contract.ended_on = None
        contract.status = previous


@dataclass(frozen=True)
class PlanModule:
    code: str
    name_kk: str
    name_ru: str
    hours: int


def plan_modules(db: Database, contract_id: int) -> list[PlanModule]:
    """The professional modules and practices of the student's working curriculum (top-level rows, with their
    hours): what the appendix's periods are picked from. Empty when the group has no curriculum."""
    from desktop.services import curricula  # noqa: PLC0415

    with db.session() as session:
        contract = session.get(DualContract, contract_id)
        if contract is None:
            raise NotFound(contract_id)
        group = contract.student.group
        curriculum_id = group.curriculum_id if group is not None else None
    if curriculum_id is None:
        return []
    plan = curricula.get_curriculum(db, curriculum_id).curriculum
    return [PlanModule(r.code, r.name_kk, r.name_ru, r.hours) for r in plan.rows
            if r.section.value in ("professional", "practice") and r.parent is None]
