"""Words of the contingent screens: choices, message codes and field names, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

C = "Choices"
CHOICES = {
    "kk": QT_TRANSLATE_NOOP("Choices", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Choices", "Russian"),
    "full_time": QT_TRANSLATE_NOOP("Choices", "full-time"),
    "part_time": QT_TRANSLATE_NOOP("Choices", "part-time"),
    "9": QT_TRANSLATE_NOOP("Choices", "9 grades"),
    "11": QT_TRANSLATE_NOOP("Choices", "11 grades"),
    "tvet": QT_TRANSLATE_NOOP("Choices", "TVET"),
    "M": QT_TRANSLATE_NOOP("Choices", "male"),
    "F": QT_TRANSLATE_NOOP("Choices", "female"),
    "state_republic": QT_TRANSLATE_NOOP("Choices", "state order (republican budget)"),
    "state_local": QT_TRANSLATE_NOOP("Choices", "state order (local budget)"),
    "enterprise": QT_TRANSLATE_NOOP("Choices", "enterprise order"),
    "paid": QT_TRANSLATE_NOOP("Choices", "paid"),
    "urban": QT_TRANSLATE_NOOP("Choices", "urban"),
    "rural": QT_TRANSLATE_NOOP("Choices", "rural"),
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
    "orphan": QT_TRANSLATE_NOOP("Choices", "orphan"),
    "no_parental_care": QT_TRANSLATE_NOOP("Choices", "without parental care"),
    "disability": QT_TRANSLATE_NOOP("Choices", "with a disability"),
    "large_family": QT_TRANSLATE_NOOP("Choices", "from a large family"),
    "low_income": QT_TRANSLATE_NOOP("Choices", "from a low-income family"),
    "sen": QT_TRANSLATE_NOOP("Choices", "special educational needs"),
    "": QT_TRANSLATE_NOOP("Choices", "none"),
    "hearing": QT_TRANSLATE_NOOP("Choices", "hearing impairment"),
    "vision": QT_TRANSLATE_NOOP("Choices", "visual impairment"),
    "speech": QT_TRANSLATE_NOOP("Choices", "speech impairment"),
    "motor": QT_TRANSLATE_NOOP("Choices", "musculoskeletal disorder"),
    "intellectual": QT_TRANSLATE_NOOP("Choices", "intellectual disability"),
    "developmental_delay": QT_TRANSLATE_NOOP("Choices", "delayed mental development"),
    "autism": QT_TRANSLATE_NOOP("Choices", "autism spectrum"),
    "other": QT_TRANSLATE_NOOP("Choices", "other"),
    "special": QT_TRANSLATE_NOOP("Choices", "special curriculum"),
    "individual": QT_TRANSLATE_NOOP("Choices", "individual curriculum"),
    "own_wish": QT_TRANSLATE_NOOP("Choices", "at own request"),
    "academic_failure": QT_TRANSLATE_NOOP("Choices", "academic failure"),
    "transfer_out": QT_TRANSLATE_NOOP("Choices", "transfer to another college"),
    "discipline": QT_TRANSLATE_NOOP("Choices", "breach of the college rules"),
    "health": QT_TRANSLATE_NOOP("Choices", "health"),
    "military": QT_TRANSLATE_NOOP("Choices", "military service"),
    "death": QT_TRANSLATE_NOOP("Choices", "death"),
    "export": QT_TRANSLATE_NOOP("Choices", "export"),
    "import": QT_TRANSLATE_NOOP("Choices", "import"),
}
LEAVING_REASONS = ("own_wish", "academic_failure", "transfer_out", "discipline", "health", "military", "death", "other")


def choice(value: str) -> str:
    return QCoreApplication.translate("Choices", CHOICES[value]) if value in CHOICES else value


MESSAGES = {
    "group.duplicate": QT_TRANSLATE_NOOP("Messages", "a group “{code}” already exists"),
    "group.unknown_code": QT_TRANSLATE_NOOP("Messages", "“{code}” is not in the classifier"),
    "group.bad_year": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a year of intake"),
    "group.bad_duration": QT_TRANSLATE_NOOP("Messages", "{value} months is not a duration of study (1 to 60)"),
    "group.in_use": QT_TRANSLATE_NOOP("Messages", "the group has {count} students or movements and cannot be deleted"),
    "student.bad_birth_date": QT_TRANSLATE_NOOP("Messages", "{value} is not a possible birth date"),
    "student.bad_country": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a two-letter country code (KZ, RU, UZ…)"),
    "student.sen_without_category": QT_TRANSLATE_NOOP("Messages", "choose the category of special needs first"),
    "student.dormitory_not_needed": QT_TRANSLATE_NOOP("Messages", "a place can be given only to a student who needs one"),
    "student.duplicate_iin": QT_TRANSLATE_NOOP("Messages", "{value} is already the IIN of {name}"),
    "field.bad_choice": QT_TRANSLATE_NOOP("Messages", "“{value}” is not one of the choices"),
    "movement.no_students": QT_TRANSLATE_NOOP("Messages", "choose at least one student"),
    "movement.not_allowed": QT_TRANSLATE_NOOP("Messages", "{name} cannot be moved so: the student is {status}"),
    "movement.same_group": QT_TRANSLATE_NOOP("Messages", "{name} is already in that group"),
    "movement.not_last": QT_TRANSLATE_NOOP("Messages", "{name} has movements or records that build on it; make a new order instead"),
    "nedb.no_bom": QT_TRANSLATE_NOOP("Messages", "this is not NEDB's contingent file: a UTF-16 text file with a byte-order mark is expected"),
    "nedb.not_utf16": QT_TRANSLATE_NOOP("Messages", "the file is not UTF-16 text (it breaks at byte {detail}): export it from NEDB again"),
    "nedb.no_header": QT_TRANSLATE_NOOP("Messages", "the file has no header line"),
    "nedb.no_rows": QT_TRANSLATE_NOOP("Messages", "the file has a header but no students: it was cut short or exported empty; export it from NEDB again"),
    "nedb.wrong_cell_count": QT_TRANSLATE_NOOP("Messages", "the line has a different number of cells than the header (in the line / in the header: {detail})"),
    "nedb.missing_columns": QT_TRANSLATE_NOOP("Messages", "the file lacks the columns {columns}"),
    "nedb.bad_word": QT_TRANSLATE_NOOP("Messages", "“{value}” is not understood; expected one of: {expected}"),
    "nedb.bad_number": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number"),
    "nedb.repeated_iin": QT_TRANSLATE_NOOP("Messages", "{value} is already on line {row}"),
    "nedb.unknown_code": QT_TRANSLATE_NOOP("Messages", "“{value}” is not in the classifier; add it there first"),
    "nedb.group_needs_course": QT_TRANSLATE_NOOP("Messages", "the group {value} is new: its course and duration of study are needed to create it"),
    "import.bad_sex": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a sex: write М/Ж, M/F or Ер/Әйел"),
    "import.unmapped": QT_TRANSLATE_NOOP("Messages", "choose the column that holds it"),
    "import.unknown_group": QT_TRANSLATE_NOOP("Messages", "there is no group “{value}”; create it on the Groups tab first"),
    "nedb.left_without_enrolment": QT_TRANSLATE_NOOP("Messages", "the student left on {left_on} but has no enrolment date"),
    "nedb.left_before_enrolment": QT_TRANSLATE_NOOP("Messages", "the leaving date {value} is before the enrolment date {enrolled_on}"),
    "nedb.impossible_history": QT_TRANSLATE_NOOP("Messages", "the enrolment, leave and leaving dates do not follow one another (the student would be {status})"),
    "nedb.date_out_of_range": QT_TRANSLATE_NOOP("Messages", "“{value}” is outside {first} – {last}"),
    "text.bad_character": QT_TRANSLATE_NOOP("Messages", "holds an invisible control or direction-changing character ({character}); type it again"),
    "text.too_long": QT_TRANSLATE_NOOP("Messages", "has {length} characters, more than the {limit} that fit"),
    # one code for every phone field (students, mentors, the college): the rule is in services/text_limits
    "field.phone": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a phone number: digits, spaces, +, - and brackets are expected, at least 10 digits, like +7 701 234 56 78 or 8 (7172) 12-34-56"),
    "import.changed_meanwhile": QT_TRANSLATE_NOOP("Messages", "the database changed while the file was being read (another import at the same time?); nothing was imported: read the file again"),
}

FIELDS = {
    "iin": QT_TRANSLATE_NOOP("Fields", "IIN"),
    "surname": QT_TRANSLATE_NOOP("Fields", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("Fields", "Patronymic"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "citizenship": QT_TRANSLATE_NOOP("Fields", "Citizenship"),
    "locality": QT_TRANSLATE_NOOP("Fields", "Locality"),
    "prior_education": QT_TRANSLATE_NOOP("Fields", "Prior education"),
    "enrolment_kind": QT_TRANSLATE_NOOP("Fields", "Kind of enrolment"),
    "enrolled_on": QT_TRANSLATE_NOOP("Fields", "Enrolment date"),
    "funding": QT_TRANSLATE_NOOP("Fields", "Funding"),
    "sen_category": QT_TRANSLATE_NOOP("Fields", "Special educational needs"),
    "sen_curriculum": QT_TRANSLATE_NOOP("Fields", "Curriculum for special needs"),
    "dormitory_given": QT_TRANSLATE_NOOP("Fields", "Dormitory place given"),
    "dormitory": QT_TRANSLATE_NOOP("Fields", "Dormitory"),
    "group_code": QT_TRANSLATE_NOOP("Fields", "Group"),
    "specialty": QT_TRANSLATE_NOOP("Fields", "Specialty"),
    "qualification": QT_TRANSLATE_NOOP("Fields", "Qualification"),
    "intake_year": QT_TRANSLATE_NOOP("Fields", "Intake year"),
    "duration": QT_TRANSLATE_NOOP("Fields", "Duration of study"),
    "course": QT_TRANSLATE_NOOP("Fields", "Course"),
    "order_number": QT_TRANSLATE_NOOP("Fields", "Order number"),
    "order_date": QT_TRANSLATE_NOOP("Fields", "Order date"),
    "effective_date": QT_TRANSLATE_NOOP("Fields", "Takes effect on"),
    "to_group": QT_TRANSLATE_NOOP("Fields", "Into the group"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "students": QT_TRANSLATE_NOOP("Fields", "Students"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language of instruction"),
    "study_form": QT_TRANSLATE_NOOP("Fields", "Form of study"),
    "scholarship": QT_TRANSLATE_NOOP("Fields", "Scholarship"),
    "orphan": QT_TRANSLATE_NOOP("Fields", "Orphan"),
    "disability": QT_TRANSLATE_NOOP("Fields", "Disability"),
    "large_family": QT_TRANSLATE_NOOP("Fields", "Large family"),
    "academic_leave": QT_TRANSLATE_NOOP("Fields", "Academic leave"),
    "leave_until": QT_TRANSLATE_NOOP("Fields", "Leave ends on"),
    "leave_reason": QT_TRANSLATE_NOOP("Fields", "Leave reason"),
    "left_on": QT_TRANSLATE_NOOP("Fields", "Leaving date"),
    "leaving_reason": QT_TRANSLATE_NOOP("Fields", "Leaving reason"),
    "system_ei": QT_TRANSLATE_NOOP("Fields", "NEDB record (EI)"),
    "system_id": QT_TRANSLATE_NOOP("Fields", "NEDB contingent id"),
    "scholarship_amount": QT_TRANSLATE_NOOP("Fields", "Scholarship amount"),
    "curator": QT_TRANSLATE_NOOP("Fields", "Curator"),
}

PREFLIGHT = {
    "preflight.no_iin": QT_TRANSLATE_NOOP("Preflight", "no IIN"),
    "preflight.bad_iin": QT_TRANSLATE_NOOP("Preflight", "the IIN {problem}"),
    "preflight.no_birth_date": QT_TRANSLATE_NOOP("Preflight", "no birth date"),
    "preflight.leave_details": QT_TRANSLATE_NOOP("Preflight", "the academic leave has no end date or reason"),
    "preflight.no_group": QT_TRANSLATE_NOOP("Preflight", "studies in no group"),
    "preflight.two_groups": QT_TRANSLATE_NOOP("Preflight", "the same person is recorded twice, in the groups {groups}"),
    "preflight.no_curriculum": QT_TRANSLATE_NOOP("Preflight", "the group has no working curriculum"),
    "preflight.no_qualification": QT_TRANSLATE_NOOP("Preflight", "the group has no qualification"),
    "preflight.code_expired": QT_TRANSLATE_NOOP("Preflight", "the code {code} is no longer in the classifier for this intake"),
    "preflight.no_order": QT_TRANSLATE_NOOP("Preflight", "the {kind} was recorded without an order"),
}


def preflight_text(code: str, params: dict) -> str:
    from desktop.views.messages import message  # noqa: PLC0415

    values = dict(params)
    if "problem" in values:
        values["problem"] = message(values["problem"])
    if "kind" in values:
        values["kind"] = choice(values["kind"])
    template = PREFLIGHT.get(code)
    return QCoreApplication.translate("Preflight", template).format(**values) if template else code
