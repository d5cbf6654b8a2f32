"""One row of NEDB's contingent file read into typed values, every bad cell named by line and column.

Every value that will be written is checked here, before anything is: ASCII digits only, numbers within
the range the field can hold (a course of 20 digits would overflow the database's integer), no NUL,
control or bidi-override characters (they hide what a name holds), and no text longer than its column
in the database (read from the models, so the two cannot drift; PostgreSQL would refuse it anyway).
"""
from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.ids import iin_facts, iin_problems
from desktop.domain.problems import FieldProblem
from desktop.exchange import nedb_values as words
from desktop.models import Student, StudyGroup
from desktop.services.text_limits import column_length

# Fields read from the file that go to the student's record when the user takes the file's values.
DETAILS = ("surname", "given_name", "patronymic", "birth_date", "enrolment_kind", "prior_education", "locality",
           "funding", "scholarship", "orphan", "no_parental_care", "disability", "large_family")
FLAGS = ("scholarship", "orphan", "no_parental_care", "disability", "large_family")
CHOICES = ("enrolment_kind", "prior_education", "locality", "funding", "language", "study_form")
_DEFAULT_CHOICE = {"enrolment_kind": "general", "prior_education": "9", "locality": "urban", "funding": "state_local"}
_COLUMN_OF = {"surname": Student.surname, "given_name": Student.given_name, "patronymic": Student.patronymic,
              "group_code": StudyGroup.code, "system_ei": Student.nedb_ei, "system_id": Student.nedb_id}
LENGTHS = {key: column_length(column) for key, column in _COLUMN_OF.items()}
COURSES = (1, 6)
DURATION_MONTHS = (1, 60)  # as a group's form allows (services.contingent)
FIRST_BIRTH = date(1930, 1, 1)  # as a student's card allows (services.students)
FIRST_DAY = date(1950, 1, 1)  # an enrolment or leaving date before this is a typing error
MAX_AMOUNT = 10_000_000  # tenge: a scholarship's amount


def read_row(line: int, raw: dict[str, str], headers: dict[str, str], problems: list[FieldProblem],
             today: date) -> dict:
    """Typed values of one row; every bad cell is added to problems with its line and column."""
    def bad(key: str, code: str, **params) -> None:
        problems.append(FieldProblem(key, code, {"value": raw.get(key, ""), **params}, row=line,
                                     column=headers.get(key, key)))

    values: dict = {}
    for key, text in raw.items():
        character = words.bad_character(text)
        if character:
            bad(key, "text.bad_character", character=character)
    for key in ("surname", "given_name", "patronymic", "group_code", "system_ei", "system_id"):
        values[key] = raw.get(key, "").strip()
        if not values[key] and key in ("surname", "given_name", "group_code"):
            bad(key, "field.required")
        elif len(values[key]) > LENGTHS[key]:
            bad(key, "file.too_long", value=values[key][:40] + "…", length=len(values[key]), limit=LENGTHS[key])
    _read_dates(values, raw, bad, today)
    iin = raw.get("iin", "").strip()
    values["iin"] = iin
    for problem in iin_problems(iin, values.get("birth_date")):
        bad("iin", problem.value)
    facts = iin_facts(iin)
    values["sex"] = facts.sex if facts else "F"
    for key in CHOICES:
        text = raw.get(key, "").strip()
        if not text and key in _DEFAULT_CHOICE:
            values[key] = _DEFAULT_CHOICE[key]
            continue
        values[key] = words.read_choice(key, text)
        if values[key] is None and text:
            bad(key, "nedb.bad_word", expected=", ".join(words.VOCABULARIES[key].values()))
    for key in FLAGS:
        values[key] = words.read_yes(raw.get(key, ""))
        if values[key] is None:
            bad(key, "nedb.bad_word", expected=f"{words.YES}, {words.NO}")
    values["academic_leave"] = words.read_leave(raw.get("academic_leave", ""))
    # A file that writes the leave's ground ("по состоянию здоровья") instead of "Да" gives the reason too.
    values["leave_reason"] = words.read_leave_reason(raw.get("academic_leave", ""))
    if values["academic_leave"] is None:
        bad("academic_leave", "nedb.bad_word", expected=f"{words.YES}, {words.NO}")
    amounts = words.read_amounts(raw.get("scholarship_amount", ""))
    if amounts is None:
        bad("scholarship_amount", "file.not_a_number")
    elif any(amount > MAX_AMOUNT for amount in amounts):
        bad("scholarship_amount", "file.out_of_range", low=0, high=MAX_AMOUNT)
    elif "scholarship" not in raw and amounts:  # only the amounts are given: a scholarship is one above zero
        values["scholarship"] = any(amount > 0 for amount in amounts)
    dormitory = words.read_dormitory(raw.get("dormitory", ""))
    if dormitory is None:
        bad("dormitory", "nedb.bad_word", expected=", ".join(sorted(set(words.DORMITORY.values()))))
    values["dormitory"] = dormitory
    reason_text = raw.get("leaving_reason", "").strip()
    values["leaving_reason"] = (words.read_choice("leaving_reason", reason_text) or "other") if reason_text else ""
    _read_numbers(values, raw, bad)
    _read_classifier(values, raw)
    return values


def _read_dates(values: dict, raw: dict[str, str], bad, today: date) -> None:
    last = today + timedelta(days=366)
    for key in ("birth_date", "enrolled_on", "left_on"):
        try:
            values[key] = words.read_date(raw.get(key, ""))
        except ValueError:
            values[key] = None
            bad(key, "file.bad_date")
            continue
        day = values[key]
        if day is None:
            if key == "birth_date":
                bad(key, "field.required")
        elif key == "birth_date" and not FIRST_BIRTH <= day <= today:
            bad(key, "student.bad_birth_date", value=day.isoformat())
            values[key] = None
        elif key != "birth_date" and not FIRST_DAY <= day <= last:
            bad(key, "nedb.date_out_of_range", first=FIRST_DAY.isoformat(), last=last.isoformat())
            values[key] = None


def _read_numbers(values: dict, raw: dict[str, str], bad) -> None:
    text = raw.get("duration", "").strip()
    values["duration"] = words.read_duration(text) if text else None
    if text and values["duration"] is None:
        bad("duration", "nedb.bad_number")
    elif values["duration"] is not None and not DURATION_MONTHS[0] <= values["duration"] <= DURATION_MONTHS[1]:
        bad("duration", "group.bad_duration", value=values["duration"])
        values["duration"] = None
    text = raw.get("course", "").strip()
    values["course"] = words.read_course(text) if text else None
    if text and values["course"] is None:
        bad("course", "nedb.bad_number")
    elif values["course"] is not None and not COURSES[0] <= values["course"] <= COURSES[1]:
        bad("course", "file.out_of_range", low=COURSES[0], high=COURSES[1])
        values["course"] = None


def _read_classifier(values: dict, raw: dict[str, str]) -> None:
    """The specialty and qualification codes. The system's main column [426] may hold the qualification
    (4S06130103 …) with the specialty beside it in [speciality_a]; the specialty is then that one, or the
    qualification's own (found in the classifier by the caller)."""
    main = words.read_classifier_code(raw.get("specialty", ""))
    qualification = words.read_classifier_code(raw.get("qualification", ""))
    values["main_is_qualification"] = words.is_qualification_code(main)
    if values["main_is_qualification"]:
        qualification = qualification or main
        main = words.read_classifier_code(raw.get("specialty_a", ""))
    values["specialty"] = main
    values["qualification"] = qualification


def default_texts(values: dict, names: dict[str, str]) -> dict[str, str]:
    """What Zhospar's own export (services.nedb_lines) writes for these values: names holds the classifier's
    Russian names by code."""
    def date_text(day):
        return words.write_date(day)

    specialty, qualification = values.get("specialty", ""), values.get("qualification", "")
    texts = {
        "system_ei": values["system_ei"], "system_id": values["system_id"], "iin": values["iin"],
        "surname": values["surname"], "given_name": values["given_name"], "patronymic": values["patronymic"],
        "birth_date": date_text(values["birth_date"]), "enrolled_on": date_text(values["enrolled_on"]),
        "left_on": date_text(values["left_on"]),
        "duration": words.write_duration(values["duration"]) if values["duration"] else "",
        "course": words.write_course(values["course"]) if values["course"] else "",
        "group_code": values["group_code"],
        "language": words.LANGUAGE.get(values["language"] or "", ""),
        "study_form": words.STUDY_FORM.get(values["study_form"] or "", ""),
        "specialty": words.write_classifier(specialty, names.get(specialty, "")) if specialty else "",
        "qualification": words.write_classifier(qualification, names.get(qualification, "")) if qualification else "",
        "academic_leave": words.yes(bool(values["academic_leave"])),
        "dormitory": words.write_dormitory(*values["dormitory"]),
        "leaving_reason": words.LEAVING_REASON.get(values["leaving_reason"], values["leaving_reason"]),
    }
    for key in ("enrolment_kind", "prior_education", "locality", "funding"):
        texts[key] = words.VOCABULARIES[key].get(values[key] or "", "")
    for key in FLAGS:
        texts[key] = words.yes(bool(values[key]))
    return texts
