"""The check before an NEDB round: every problem that would make the submission wrong, each naming its record.

Only students who are studying or on leave are checked (those who left are history); groups are
checked when someone studies in them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select

from desktop.domain.collation import code_key, name_key
from desktop.domain.contingent import ACTIVE, Status
from desktop.domain.ids import iin_problems
from desktop.models import Movement, Qualification, Specialty, Student, StudyGroup
from desktop.services.database import Database


@dataclass(frozen=True)
class PreflightIssue:
    code: str
    target: str  # "student" or "group": which record opens to fix it
    target_id: int
    subject: str  # the student's name or the group's code, as the list shows it
    params: dict = field(default_factory=dict)


def _expired(entry, intake_year: int) -> bool:
    return entry is not None and entry.valid_to is not None and entry.valid_to < date(intake_year, 9, 1)


def preflight(db: Database, language: str = "kk") -> list[PreflightIssue]:
    """The problems, students by surname and given name in the alphabet of `language` (the interface's), groups
    by code (П-2 before П-10); the database orders by code point, which put Әбенов after Төлеуов."""
    by_name = lambda row: name_key(f"{row.surname}\x01{row.given_name}", language)  # noqa: E731
    issues: list[PreflightIssue] = []
    with db.session() as session:
        groups = {g.id: g for g in session.scalars(select(StudyGroup))}
        students = sorted(session.execute(select(Student.id, Student.iin, Student.surname, Student.given_name,
                                                 Student.birth_date, Student.sex, Student.group_id)
                                          .where(Student.status.in_(tuple(ACTIVE)))).all(), key=by_name)
        people: dict[tuple, list] = {}
        used_groups = set()
        for sid, iin, surname, given, born, sex, group_id in students:
            name = f"{surname} {given}"
            if not iin:
                issues.append(PreflightIssue("preflight.no_iin", "student", sid, name))
            else:
                for problem in iin_problems(iin, born, sex):
                    issues.append(PreflightIssue("preflight.bad_iin", "student", sid, name,
                                                 {"problem": problem.value}))
            if born is None:
                issues.append(PreflightIssue("preflight.no_birth_date", "student", sid, name))
            if group_id is None:
                issues.append(PreflightIssue("preflight.no_group", "student", sid, name))
            else:
                used_groups.add(group_id)
            people.setdefault((surname.casefold(), given.casefold(), born), []).append((sid, name, group_id))
        for same in people.values():
            codes = sorted({groups[g].code for _, _, g in same if g in groups},
                           key=lambda code: code_key(code, language))
            if len(same) > 1 and same[0][2] is not None:
                for sid, name, _ in same:
                    issues.append(PreflightIssue("preflight.two_groups", "student", sid, name,
                                                 {"groups": ", ".join(codes)}))
        qualifications = {q.id: q for q in session.scalars(select(Qualification))}
        specialties = {s.id: s for s in session.scalars(select(Specialty))}
        for gid in sorted(used_groups, key=lambda g: code_key(groups[g].code, language)):
            group = groups[gid]
            if group.curriculum_id is None:
                issues.append(PreflightIssue("preflight.no_curriculum", "group", gid, group.code))
            specialty = specialties.get(group.specialty_id)
            qualification = qualifications.get(group.qualification_id)
            if _expired(specialty, group.intake_year):
                issues.append(PreflightIssue("preflight.code_expired", "group", gid, group.code, {"code": specialty.code}))
            if qualification is None:
                issues.append(PreflightIssue("preflight.no_qualification", "group", gid, group.code))
            elif _expired(qualification, group.intake_year):
                issues.append(PreflightIssue("preflight.code_expired", "group", gid, group.code,
                                             {"code": qualification.code}))
        orderless = sorted(session.execute(
            select(Movement.student_id, Movement.kind, Student.surname, Student.given_name).join(Student)
            .where(Movement.order_id.is_(None), Student.status.in_(tuple(ACTIVE)))
            .order_by(Movement.on, Movement.id)).all(), key=by_name)  # a student's moves in their order
        for sid, kind, surname, given in orderless:
            issues.append(PreflightIssue("preflight.no_order", "student", sid, f"{surname} {given}", {"kind": kind}))
        # NEDB asks for a leave's end and reason; leaves recorded before they were asked for (or read from a file
        # that had neither) lack them.
        on_leave = sorted(session.execute(select(Student.id, Student.surname, Student.given_name)
                                          .where(Student.status == Status.ACADEMIC_LEAVE.value,
                                                 or_(Student.leave_until.is_(None), Student.leave_reason == "")))
                          .all(), key=by_name)
        for sid, surname, given in on_leave:
            issues.append(PreflightIssue("preflight.leave_details", "student", sid, f"{surname} {given}"))
    return issues
