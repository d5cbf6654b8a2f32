"""Who may do what: the roles of a college's staff, the areas of the records, and which role reads and
changes which area. Pure: the services enforce it on every write, the views hide what a role may not do."""
from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    DIRECTOR = "director"
    DEPUTY = "deputy_director"  # deputy director for academic work
    REGISTRAR = "registrar"
    DUAL = "dual_coordinator"
    EXAMS = "exam_organiser"
    CURATOR = "curator"
    ADMIN = "administrator"
    # The one user of a local file without sign-in: everything, as before there were users.
    OWNER = "owner"


class Area(str, Enum):
    COLLEGE = "college"  # the college's profile
    CLASSIFIER = "classifier"
    CURRICULA = "curricula"
    LOAD = "load"  # teachers, departments, teacher load
    CONTINGENT = "contingent"  # groups, students, movements, NEDB
    GRADES = "grades"  # final grades, diplomas and supplements
    EMPLOYMENT = "employment"
    DUAL = "dual"
    EXAMS = "exams"
    REPORTS = "reports"  # what the state reports need beyond the other records
    USERS = "users"
    BACKUPS = "backups"
    JOURNAL = "journal"  # the audit log and the holds: written by every change, never edited


ROLES_SIGNING_IN = [r for r in Role if r is not Role.OWNER]

WRITES: dict[Role, frozenset[Area]] = {
    Role.DIRECTOR: frozenset(),
    Role.DEPUTY: frozenset({Area.CURRICULA, Area.LOAD, Area.CLASSIFIER, Area.REPORTS}),
    Role.REGISTRAR: frozenset({Area.CONTINGENT, Area.GRADES, Area.EMPLOYMENT, Area.REPORTS}),
    Role.DUAL: frozenset({Area.DUAL, Area.EMPLOYMENT}),
    Role.EXAMS: frozenset({Area.EXAMS}),
    Role.CURATOR: frozenset(),
    Role.ADMIN: frozenset({Area.USERS, Area.BACKUPS, Area.COLLEGE}),
    Role.OWNER: frozenset(Area),
}
# A curator reads only their own groups' students and grades; everybody else reads every record but the users.
CURATOR_READS = frozenset({Area.CONTINGENT, Area.GRADES})

AREA_OF_TABLE: dict[str, Area] = {
    "college_profile": Area.COLLEGE,
    "specialty": Area.CLASSIFIER, "qualification": Area.CLASSIFIER,
    "curriculum": Area.CURRICULA, "curriculum_row": Area.CURRICULA, "schedule_year": Area.CURRICULA,
    "teacher": Area.LOAD, "department": Area.LOAD, "load_assignment": Area.LOAD, "load_actual": Area.LOAD,
    "load_unit_seen": Area.LOAD,
    "study_group": Area.CONTINGENT, "student": Area.CONTINGENT, "movement_order": Area.CONTINGENT,
    "movement": Area.CONTINGENT, "student_qualification": Area.CONTINGENT, "nedb_submission": Area.CONTINGENT,
    "grading_scale": Area.GRADES, "final_grade": Area.GRADES, "issued_document": Area.GRADES,
    "graduate_employment": Area.EMPLOYMENT,
    "enterprise": Area.DUAL, "mentor": Area.DUAL, "dual_contract": Area.DUAL, "contract_module": Area.DUAL,
    "contract_period": Area.DUAL, "mentor_payment": Area.DUAL, "reimbursement": Area.DUAL,
    "enterprise_request": Area.DUAL, "memorandum": Area.DUAL,
    "marking_scheme": Area.EXAMS, "scheme_aspect": Area.EXAMS, "exam_session": Area.EXAMS,
    "exam_expert": Area.EXAMS, "exam_candidate": Area.EXAMS,
    "library_count": Area.REPORTS,
    "app_user": Area.USERS, "user_group": Area.USERS, "database_setting": Area.USERS,
    "audit_entry": Area.JOURNAL, "record_hold": Area.JOURNAL,
}


def may_write(role: Role, area: Area) -> bool:
    return area is Area.JOURNAL or area in WRITES[role]


def may_read(role: Role, area: Area) -> bool:
    if role is Role.CURATOR:
        return area in CURATOR_READS or area is Area.JOURNAL
    if area is Area.USERS:
        return role in (Role.ADMIN, Role.OWNER)
    return True


def area_of(table: str) -> Area:
    """The area of a table; a table nobody placed is the administrator's, so that forgetting one refuses."""
    return AREA_OF_TABLE.get(table, Area.USERS)
