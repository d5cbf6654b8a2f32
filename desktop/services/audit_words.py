"""The words of the change log: kinds of records, their fields, actions, and a change said as a person reads it
("Phone: was «», became «+7 701 123 4567»"). No Qt here: the texts are marked for the catalogues and translated by the
`tr(context, source)` the caller gives (QCoreApplication.translate in the window; a catalogue of the language
chosen for an export file otherwise).

Field names reuse the "Fields" texts the cards already show (the same English source in the same context is one
entry of the catalogue, translated once); choices reuse "Choices"."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from desktop.domain.role_words import ROLE_NAMES
from desktop.services.grade_texts import FIELDS as GRADE_FIELDS
from desktop.services.load_texts import FIELDS as LOAD_FIELDS
from desktop.services.users_texts import FIELDS as USER_FIELDS
from desktop.domain.roles import Role
from desktop.domain.problems import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
W, F, CH, ROLES = "AuditWords", "Fields", "Choices", "Roles"


def english(_context: str, source: str) -> str:
    return source


KINDS = {
    "college_profile": QT_TRANSLATE_NOOP("AuditWords", "College profile"),
    "specialty": QT_TRANSLATE_NOOP("AuditWords", "Specialty"),
    "qualification": QT_TRANSLATE_NOOP("AuditWords", "Qualification"),
    "curriculum": QT_TRANSLATE_NOOP("AuditWords", "Curriculum"),
    "curriculum_row": QT_TRANSLATE_NOOP("AuditWords", "Curriculum row"),
    "schedule_year": QT_TRANSLATE_NOOP("AuditWords", "Year of the study schedule"),
    "teacher": QT_TRANSLATE_NOOP("AuditWords", "Teacher"),
    "department": QT_TRANSLATE_NOOP("AuditWords", "Department"),
    "load_assignment": QT_TRANSLATE_NOOP("AuditWords", "Teacher load"),
    "load_actual": QT_TRANSLATE_NOOP("AuditWords", "Hours taught"),
    "load_unit_seen": QT_TRANSLATE_NOOP("AuditWords", "Load row seen"),
    "study_group": QT_TRANSLATE_NOOP("AuditWords", "Group"),
    "student": QT_TRANSLATE_NOOP("AuditWords", "Student"),
    "movement_order": QT_TRANSLATE_NOOP("AuditWords", "Order"),
    "movement": QT_TRANSLATE_NOOP("AuditWords", "Movement"),
    "student_qualification": QT_TRANSLATE_NOOP("AuditWords", "Qualification awarded"),
    "nedb_submission": QT_TRANSLATE_NOOP("AuditWords", "NEDB exchange"),
    "grading_scale": QT_TRANSLATE_NOOP("AuditWords", "Grading scale"),
    "final_grade": QT_TRANSLATE_NOOP("AuditWords", "Final grade"),
    "issued_document": QT_TRANSLATE_NOOP("AuditWords", "Diploma or supplement"),
    "graduate_employment": QT_TRANSLATE_NOOP("AuditWords", "Graduate's employment"),
    "enterprise": QT_TRANSLATE_NOOP("AuditWords", "Enterprise"),
    "mentor": QT_TRANSLATE_NOOP("AuditWords", "Mentor"),
    "dual_contract": QT_TRANSLATE_NOOP("AuditWords", "Dual training contract"),
    "contract_module": QT_TRANSLATE_NOOP("AuditWords", "Module of a contract"),
    "contract_period": QT_TRANSLATE_NOOP("AuditWords", "Period of a contract"),
    "mentor_payment": QT_TRANSLATE_NOOP("AuditWords", "Payment to a mentor"),
    "reimbursement": QT_TRANSLATE_NOOP("AuditWords", "Reimbursement"),
    "enterprise_request": QT_TRANSLATE_NOOP("AuditWords", "Enterprise's request"),
    "memorandum": QT_TRANSLATE_NOOP("AuditWords", "Memorandum"),
    "marking_scheme": QT_TRANSLATE_NOOP("AuditWords", "Marking scheme"),
    "scheme_aspect": QT_TRANSLATE_NOOP("AuditWords", "Aspect of a marking scheme"),
    "exam_session": QT_TRANSLATE_NOOP("AuditWords", "Exam session"),
    "exam_expert": QT_TRANSLATE_NOOP("AuditWords", "Exam expert"),
    "exam_candidate": QT_TRANSLATE_NOOP("AuditWords", "Exam candidate"),
    "library_count": QT_TRANSLATE_NOOP("AuditWords", "Library count"),
    "app_user": QT_TRANSLATE_NOOP("AuditWords", "User"),
    "user_group": QT_TRANSLATE_NOOP("AuditWords", "Curator's group"),
    "database_setting": QT_TRANSLATE_NOOP("AuditWords", "Database setting"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditWords", "Change log entry"),
    "record_hold": QT_TRANSLATE_NOOP("AuditWords", "Record held for editing"),
}
# What a bulk entry did (journal.bulk's operation codes).
OPERATIONS = {
    "demo": QT_TRANSLATE_NOOP("AuditWords", "Demo college filled in"),
    "classifier_seed": QT_TRANSLATE_NOOP("AuditWords", "Classifier shipped with the program"),
    "classifier_import": QT_TRANSLATE_NOOP("AuditWords", "Classifier import"),
    "nedb_import": QT_TRANSLATE_NOOP("AuditWords", "NEDB import"),
    "student_import": QT_TRANSLATE_NOOP("AuditWords", "Students import"),
    "grade_import": QT_TRANSLATE_NOOP("AuditWords", "Grades import"),
    "load_import": QT_TRANSLATE_NOOP("AuditWords", "Teacher load import"),
    "curriculum_import": QT_TRANSLATE_NOOP("AuditWords", "Curriculum import"),
    "movement_order": QT_TRANSLATE_NOOP("AuditWords", "Order"),
    "load_accept_changes": QT_TRANSLATE_NOOP("AuditWords", "Changes of the curricula taken into the load"),
    "load_copy_last_year": QT_TRANSLATE_NOOP("AuditWords", "Load copied from last year"),
    "load_clear_year": QT_TRANSLATE_NOOP("AuditWords", "Load of the year cleared"),
    "load_hours": QT_TRANSLATE_NOOP("AuditWords", "Hours taught entered"),
    "load_hours_import": QT_TRANSLATE_NOOP("AuditWords", "Hours taught import"),
    "employment_import": QT_TRANSLATE_NOOP("AuditWords", "Employment import"),
    "exam_scores_import": QT_TRANSLATE_NOOP("AuditWords", "Exam scores import"),
    "exam_candidates": QT_TRANSLATE_NOOP("AuditWords", "Candidates added to an exam session"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditWords", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditWords", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditWords", "Deleted"),
    "bulk": QT_TRANSLATE_NOOP("AuditWords", "Import or order"),
}
COUNTED = {
    "create": QT_TRANSLATE_NOOP("AuditWords", "{kind}: {count} created"),
    "update": QT_TRANSLATE_NOOP("AuditWords", "{kind}: {count} changed"),
    "delete": QT_TRANSLATE_NOOP("AuditWords", "{kind}: {count} deleted"),
}
FIELD_NAMES = {
    # the load's, the grades' and the users' own field names (the same sources), then the rest
    **LOAD_FIELDS, **GRADE_FIELDS, **USER_FIELDS,
    # the student's card (views/contingent/texts.FIELDS: same sources)
    "iin": QT_TRANSLATE_NOOP("Fields", "IIN"),
    "surname": QT_TRANSLATE_NOOP("Fields", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("Fields", "Patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "citizenship": QT_TRANSLATE_NOOP("Fields", "Citizenship"),
    "locality": QT_TRANSLATE_NOOP("Fields", "Locality"),
    "prior_education": QT_TRANSLATE_NOOP("Fields", "Prior education"),
    "enrolment_kind": QT_TRANSLATE_NOOP("Fields", "Kind of enrolment"),
    "enrolled_on": QT_TRANSLATE_NOOP("Fields", "Enrolment date"),
    "funding": QT_TRANSLATE_NOOP("Fields", "Funding"),
    "orphan": QT_TRANSLATE_NOOP("Fields", "Orphan"),
    "no_parental_care": QT_TRANSLATE_NOOP("Fields", "Without parental care"),
    "disability": QT_TRANSLATE_NOOP("Fields", "Disability"),
    "large_family": QT_TRANSLATE_NOOP("Fields", "Large family"),
    "low_income": QT_TRANSLATE_NOOP("Fields", "Low-income family"),
    "sen_category": QT_TRANSLATE_NOOP("Fields", "Special educational needs"),
    "sen_curriculum": QT_TRANSLATE_NOOP("Fields", "Curriculum for special needs"),
    "dormitory_needed": QT_TRANSLATE_NOOP("Fields", "Needs a dormitory place"),
    "dormitory_given": QT_TRANSLATE_NOOP("Fields", "Dormitory place given"),
    "scholarship": QT_TRANSLATE_NOOP("Fields", "Scholarship"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "left_on": QT_TRANSLATE_NOOP("Fields", "Leaving date"),
    "leaving_reason": QT_TRANSLATE_NOOP("Fields", "Leaving reason"),
    "leave_until": QT_TRANSLATE_NOOP("Fields", "Leave ends on"),
    "leave_reason": QT_TRANSLATE_NOOP("Fields", "Leave reason"),
    "nedb_ei": QT_TRANSLATE_NOOP("Fields", "NEDB record (EI)"),
    "nedb_id": QT_TRANSLATE_NOOP("Fields", "NEDB contingent id"),
    "group_id": QT_TRANSLATE_NOOP("Fields", "Group"),
    # groups, movements, orders
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "specialty_id": QT_TRANSLATE_NOOP("Fields", "Specialty"),
    "specialty_code": QT_TRANSLATE_NOOP("Fields", "Specialty"),
    "qualification_id": QT_TRANSLATE_NOOP("Fields", "Qualification"),
    "qualification_code": QT_TRANSLATE_NOOP("Fields", "Qualification"),
    "intake_year": QT_TRANSLATE_NOOP("Fields", "Intake year"),
    "entry_base": QT_TRANSLATE_NOOP("Fields", "Entry base"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language of instruction"),
    "study_form": QT_TRANSLATE_NOOP("Fields", "Form of study"),
    "duration_months": QT_TRANSLATE_NOOP("Fields", "Duration of study"),
    "curator": QT_TRANSLATE_NOOP("Fields", "Curator"),
    "dual": QT_TRANSLATE_NOOP("Fields", "Dual training"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "order_id": QT_TRANSLATE_NOOP("Fields", "Order number"),
    "from_group_id": QT_TRANSLATE_NOOP("Fields", "From the group"),
    "to_group_id": QT_TRANSLATE_NOOP("Fields", "Into the group"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "until": QT_TRANSLATE_NOOP("Fields", "Leave ends on"),
    "signed_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    # curricula
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "qualifications": QT_TRANSLATE_NOOP("Fields", "Qualifications"),
    "years": QT_TRANSLATE_NOOP("Fields", "Years of study"),
    "rule_set": QT_TRANSLATE_NOOP("Fields", "Rule set"),
    "approved_by": QT_TRANSLATE_NOOP("Fields", "Approved by"),
    "curriculum_id": QT_TRANSLATE_NOOP("Fields", "Curriculum"),
    "section": QT_TRANSLATE_NOOP("Fields", "Section"),
    "name_ru": QT_TRANSLATE_NOOP("Fields", "Name in Russian"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "Name in English"),
    "credits": QT_TRANSLATE_NOOP("Fields", "Credits"),
    "theory": QT_TRANSLATE_NOOP("Fields", "Theory"),
    "practice": QT_TRANSLATE_NOOP("Fields", "Laboratory and practical lessons"),
    "course_project": QT_TRANSLATE_NOOP("Fields", "Course project"),
    "production": QT_TRANSLATE_NOOP("Fields", "Production training"),
    "distance": QT_TRANSLATE_NOOP("Fields", "At a distance"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "merged_into": QT_TRANSLATE_NOOP("Fields", "Merged into"),
    "justification": QT_TRANSLATE_NOOP("Fields", "Justification"),
    "exam_form": QT_TRANSLATE_NOOP("Fields", "Form of the exam"),
    "weeks": QT_TRANSLATE_NOOP("Fields", "Weeks"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    # teachers and load
    "teacher_id": QT_TRANSLATE_NOOP("Fields", "Teacher"),
    # college, enterprises, dual training
    "bin": QT_TRANSLATE_NOOP("Fields", "BIN"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "director": QT_TRANSLATE_NOOP("Fields", "Director"),
    "deputy_director": QT_TRANSLATE_NOOP("Fields", "Deputy director for academic work"),
    "chief_accountant": QT_TRANSLATE_NOOP("Fields", "Chief accountant"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "bank_account": QT_TRANSLATE_NOOP("Fields", "Account (IIK, IBAN)"),
    "bank_bik": QT_TRANSLATE_NOOP("Fields", "Bank BIC"),
    "bank_name": QT_TRANSLATE_NOOP("Fields", "Bank"),
    "bank_name_ru": QT_TRANSLATE_NOOP("Fields", "Bank, in Russian"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size"),
    "signatory": QT_TRANSLATE_NOOP("Fields", "Signs for the enterprise (full name)"),
    "signatory_position_kk": QT_TRANSLATE_NOOP("Fields", "Signatory's position in Kazakh"),
    "signatory_position_ru": QT_TRANSLATE_NOOP("Fields", "Signatory's position in Russian"),
    "student_id": QT_TRANSLATE_NOOP("Fields", "Student"),
    "enterprise_id": QT_TRANSLATE_NOOP("Fields", "Enterprise"),
    "mentor_id": QT_TRANSLATE_NOOP("Fields", "Mentor"),
    "representative": QT_TRANSLATE_NOOP("Fields", "Legal representative"),
    "representative_iin": QT_TRANSLATE_NOOP("Fields", "Legal representative's IIN"),
    "starts_on": QT_TRANSLATE_NOOP("Fields", "Start"),
    "ends_on": QT_TRANSLATE_NOOP("Fields", "End"),
    "valid_from": QT_TRANSLATE_NOOP("Fields", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "period_to": QT_TRANSLATE_NOOP("Fields", "Period end"),
    "places": QT_TRANSLATE_NOOP("Fields", "Places"),
    "sections": QT_TRANSLATE_NOOP("Fields", "Sections"),
    "modules": QT_TRANSLATE_NOOP("Fields", "Modules at the enterprise"),
    "employer": QT_TRANSLATE_NOOP("Fields", "Employer"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    # exams, grades, documents
    "competence": QT_TRANSLATE_NOOP("Fields", "Competence"),
    "form": QT_TRANSLATE_NOOP("Fields", "Form"),
    "scheme_id": QT_TRANSLATE_NOOP("Fields", "Marking scheme"),
    "tasks": QT_TRANSLATE_NOOP("Fields", "Tasks"),
    "pass_mark": QT_TRANSLATE_NOOP("Fields", "Pass mark"),
    "venue_name": QT_TRANSLATE_NOOP("Fields", "Venue"),
    "scores": QT_TRANSLATE_NOOP("Fields", "Score"),
    "letter": QT_TRANSLATE_NOOP("Fields", "Grade"),
    "absent": QT_TRANSLATE_NOOP("Fields", "Absent"),
    "passed": QT_TRANSLATE_NOOP("Fields", "Passed"),
    "percent": QT_TRANSLATE_NOOP("Fields", "Percent"),
    "awarded_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    # users
    "password_hash": QT_TRANSLATE_NOOP("Fields", "Password"),
    "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("Fields", "Changed"),
    "user_id": QT_TRANSLATE_NOOP("Fields", "User"),
    "key": QT_TRANSLATE_NOOP("Fields", "Setting"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
}
# Stored values said in words (views/contingent/texts.CHOICES: same sources), for the fields that hold them.
CHOICES = {
    "kk": QT_TRANSLATE_NOOP("Choices", "Kazakh"), "ru": QT_TRANSLATE_NOOP("Choices", "Russian"),
    "full_time": QT_TRANSLATE_NOOP("Choices", "full-time"), "part_time": QT_TRANSLATE_NOOP("Choices", "part-time"),
    "9": QT_TRANSLATE_NOOP("Choices", "9 grades"), "11": QT_TRANSLATE_NOOP("Choices", "11 grades"),
    "M": QT_TRANSLATE_NOOP("Choices", "male"), "F": QT_TRANSLATE_NOOP("Choices", "female"),
    "state_republic": QT_TRANSLATE_NOOP("Choices", "state order (republican budget)"),
    "state_local": QT_TRANSLATE_NOOP("Choices", "state order (local budget)"),
    "enterprise": QT_TRANSLATE_NOOP("Choices", "enterprise order"),
    "paid": QT_TRANSLATE_NOOP("Choices", "paid"),
    "urban": QT_TRANSLATE_NOOP("Choices", "urban"), "rural": QT_TRANSLATE_NOOP("Choices", "rural"),
    "general": QT_TRANSLATE_NOOP("Choices", "general admission"),
    "transfer": QT_TRANSLATE_NOOP("Choices", "transfer"),
    "reinstatement": QT_TRANSLATE_NOOP("Choices", "reinstatement"),
    "studying": QT_TRANSLATE_NOOP("Choices", "studying"),
    "academic_leave": QT_TRANSLATE_NOOP("Choices", "on academic leave"),
    "expelled": QT_TRANSLATE_NOOP("Choices", "expelled"),
    "graduated": QT_TRANSLATE_NOOP("Choices", "graduated"),
    "not_enrolled": QT_TRANSLATE_NOOP("Choices", "not enrolled"),
    "admission": QT_TRANSLATE_NOOP("Choices", "admission"),
    "leave": QT_TRANSLATE_NOOP("Choices", "academic leave"),
    "return": QT_TRANSLATE_NOOP("Choices", "return from leave"),
    "expulsion": QT_TRANSLATE_NOOP("Choices", "expulsion"),
    "graduation": QT_TRANSLATE_NOOP("Choices", "graduation"),
    "own_wish": QT_TRANSLATE_NOOP("Choices", "at own request"),
    "academic_failure": QT_TRANSLATE_NOOP("Choices", "academic failure"),
    "transfer_out": QT_TRANSLATE_NOOP("Choices", "transfer to another college"),
    "discipline": QT_TRANSLATE_NOOP("Choices", "breach of the college rules"),
    "health": QT_TRANSLATE_NOOP("Choices", "health"),
    "military": QT_TRANSLATE_NOOP("Choices", "military service"),
    "death": QT_TRANSLATE_NOOP("Choices", "death"),
    "other": QT_TRANSLATE_NOOP("Choices", "other"),
}
CHOICE_FIELDS = frozenset({"sex", "locality", "funding", "study_form", "language", "entry_base", "prior_education",
                           "enrolment_kind", "leaving_reason", "leave_reason", "reason"})
STUDENT_STATUSES = frozenset({"studying", "academic_leave", "expelled", "graduated", "not_enrolled"})
MOVEMENT_KINDS = frozenset({"admission", "transfer", "reinstatement", "leave", "return", "expulsion", "graduation"})
OTHER = {
    "yes": QT_TRANSLATE_NOOP("AuditWords", "yes"),
    "no": QT_TRANSLATE_NOOP("AuditWords", "no"),
    # no arrow: the shipped Noto Sans has none, and the words match the export's Was and Became columns
    "change": QT_TRANSLATE_NOOP("AuditWords", "{field}: was «{old}», became «{new}»"),
    "empty": QT_TRANSLATE_NOOP("AuditWords", "(empty)"),
    "sign_in": QT_TRANSLATE_NOOP("AuditWords", "Ask for sign-in on this database"),
    "value": QT_TRANSLATE_NOOP("AuditWords", "{field}: «{value}»"),
    "detail": QT_TRANSLATE_NOOP("AuditWords", "{kind} № {id} — {action}"),
    "detail_no_id": QT_TRANSLATE_NOOP("AuditWords", "{kind} — {action}"),
    "rows": QT_TRANSLATE_NOOP("AuditWords", "Rows in the file"),
    "record_no": QT_TRANSLATE_NOOP("AuditWords", "№ {id}"),
}
# The export file's column headings and its sheet.
HEADINGS = (QT_TRANSLATE_NOOP("AuditWords", "Date"), QT_TRANSLATE_NOOP("AuditWords", "User"),
            QT_TRANSLATE_NOOP("AuditWords", "Computer"), QT_TRANSLATE_NOOP("AuditWords", "Action"),
            QT_TRANSLATE_NOOP("AuditWords", "Record kind"), QT_TRANSLATE_NOOP("AuditWords", "Record"),
            QT_TRANSLATE_NOOP("AuditWords", "Field"), QT_TRANSLATE_NOOP("AuditWords", "Was"),
            QT_TRANSLATE_NOOP("AuditWords", "Became"))
SHEET = QT_TRANSLATE_NOOP("AuditWords", "Change log")

# A bulk entry's params: its own words, else a field's name.
PARAMS = {
    "rows": OTHER["rows"],
    "added": QT_TRANSLATE_NOOP("AuditWords", "Added"),
    "skipped": QT_TRANSLATE_NOOP("AuditWords", "Skipped"),
    "students": QT_TRANSLATE_NOOP("AuditWords", "Students"),
    "grades": QT_TRANSLATE_NOOP("AuditWords", "Grades"),
    "candidates": QT_TRANSLATE_NOOP("AuditWords", "Candidates"),
    "lines": QT_TRANSLATE_NOOP("AuditWords", "Lines"),
    "sheet": QT_TRANSLATE_NOOP("AuditWords", "Sheet"),
    "session_id": QT_TRANSLATE_NOOP("AuditWords", "Exam session"),
    "year": QT_TRANSLATE_NOOP("AuditWords", "Academic year"),
    "hours": QT_TRANSLATE_NOOP("AuditWords", "Hours"),
    "teachers": QT_TRANSLATE_NOOP("AuditWords", "Teachers"),
}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MOMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def kind_name(kind: str, tr: Translate = english) -> str:
    """A record's kind, or a bulk entry's operation, in words; an unknown one as its code."""
    if kind in KINDS:
        return tr(W, KINDS[kind])
    if kind in OPERATIONS:
        return tr(W, OPERATIONS[kind])
    return kind


ROLE_VALUES = frozenset(r.value for r in Role)


def field_name(name: str, tr: Translate = english) -> str:
    return tr(F, FIELD_NAMES[name]) if name in FIELD_NAMES else name


def action_name(action: str, tr: Translate = english) -> str:
    return tr(W, ACTIONS[action]) if action in ACTIONS else action


def word(key: str, tr: Translate = english) -> str:
    return tr(W, OTHER[key])


def shown(name: str, value, tr: Translate = english, names: dict | None = None, table: str | None = None) -> str:
    """A stored value as a person reads it: dates dd.mm.yyyy, yes/no, a decimal comma, a choice in words, and
    the group's code (or a student's name…) instead of the id a reference holds when `names` knows it."""
    if value is None or value == "":
        return ""
    if name == "role" and value in ROLE_VALUES:  # a user's role, as the users window names it
        return tr(ROLES, ROLE_NAMES[Role(value)])
    if name == "key" and value == "sign_in":  # the one database setting there is, in words
        return tr(W, OTHER["sign_in"])
    if name == "value" and table is None and value in ("0", "1"):
        return word("yes" if value == "1" else "no", tr)
    if isinstance(value, bool):
        return word("yes" if value else "no", tr)
    if table is not None and names is not None and isinstance(value, int):
        return names.get((table, value)) or tr(W, OTHER["record_no"]).format(id=value)
    if isinstance(value, float):
        value = str(value)
    if not isinstance(value, str):
        return str(value)
    if (day := _DAY.match(value)) is not None:
        return f"{day[3]}.{day[2]}.{day[1]}"
    if (moment := _MOMENT.match(value)) is not None:
        return f"{moment[3]}.{moment[2]}.{moment[1]} {moment[4]}:{moment[5]}"
    if _DECIMAL.match(value):
        return value.replace(".", ",")
    if value in CHOICES and (name in CHOICE_FIELDS or (name == "status" and value in STUDENT_STATUSES)
                             or (name == "kind" and value in MOVEMENT_KINDS)):
        return tr(CH, CHOICES[value])
    return value


def change_text(field: str, old: str, new: str, tr: Translate = english, action: str = "update") -> str:
    """'Phone: was «», became «+7 701 123 4567»' (the values already shown as words); a value of a record created
    or deleted alone: 'Surname: «Ахметова»'."""
    if action in ("create", "delete"):
        return tr(W, OTHER["value"]).format(field=field, value=new if action == "create" else old)
    empty = tr(W, OTHER["empty"])  # «» read as a typing slip; a word says the field was (or is now) blank
    return tr(W, OTHER["change"]).format(field=field, old=old or empty, new=new or empty)


def counted_text(kind: str, action: str, count: int, tr: Translate = english) -> str:
    template = COUNTED.get(action)
    name = kind_name(kind, tr)
    return tr(W, template).format(kind=name, count=count) if template else f"{name}: {action} {count}"


def param_name(name: str, tr: Translate = english) -> str:
    return tr(W, PARAMS[name]) if name in PARAMS else field_name(name, tr)


def sources() -> list[tuple[str, str]]:
    """Every (context, source) of these words: what a window translates ahead for a file in another language."""
    found = [(W, s) for table in (KINDS, OPERATIONS, ACTIONS, COUNTED, OTHER, PARAMS) for s in table.values()]
    found += [(W, s) for s in (*HEADINGS, SHEET)]
    found += [(F, s) for s in FIELD_NAMES.values()] + [(CH, s) for s in CHOICES.values()]
    found += [(ROLES, s) for s in ROLE_NAMES.values()]
    return sorted(set(found))


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    from desktop.cli_texts import finished_translations  # noqa: PLC0415

    return finished_translations(language, {W, F, CH, ROLES}) if language in ("kk", "ru") else {}


def in_language(language: str) -> Translate:
    """The words in `language` ("kk", "ru"; English otherwise) from the catalogue sources, for work without Qt."""
    table = _catalogue(language)
    return lambda context, source: table.get((context, source), source)
