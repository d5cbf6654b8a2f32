"""Students from a college's own Excel sheet, after the user has said which column is which field.

All or nothing: every bad cell is reported with its row, column and what is expected, and nothing is
written until the whole sheet reads. Students whose IIN is already in the database are skipped and
counted, so the same sheet can be imported again after adding rows.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.problems import FieldProblem
from desktop.exchange import nedb_values as words
from desktop.exchange.cells import cell_date, cell_text
from desktop.exchange.student_sheet import RawSheet, SheetUnreadable, read_sheet
from desktop.models import Movement, Student, StudyGroup
from desktop.services import journal
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed
from desktop.services.students import StudentData, admission_order, cleaned, student_problems

FIELDS = ("iin", "full_name", "surname", "given_name", "patronymic", "birth_date", "sex", "group_code", "funding",
          "enrolled_on", "locality", "prior_education", "citizenship", "phone")
NEEDED = ("group_code",)
_SEX = {"м": "M", "m": "M", "муж": "M", "мужской": "M", "ер": "M", "male": "M",
        "ж": "F", "f": "F", "жен": "F", "женский": "F", "әйел": "F", "female": "F"}


@dataclass(frozen=True)
class SheetImportResult:
    added: int
    skipped_existing: int


def open_sheet(path: Path) -> RawSheet:
    try:
        return read_sheet(path)
    except SheetUnreadable as exc:
        raise ValidationFailed(exc.problems) from exc  # each names why, in the user's language


def _cell(sheet: RawSheet, values: list, mapping: dict[str, int], name: str) -> object:
    index = mapping.get(name)
    return None if index is None or index >= len(values) else values[index]


def _row_data(sheet: RawSheet, number: int, values: list, mapping: dict[str, int], today: date,
              problems: list[FieldProblem]) -> tuple[StudentData, str]:
    def bad(name: str, code: str, **params) -> None:
        column = get_column_letter(mapping[name] + 1) if name in mapping else None
        problems.append(FieldProblem(name, code, params, row=number, column=column, sheet=sheet.title))

    text = {name: cell_text(_cell(sheet, values, mapping, name)) for name in FIELDS}
    if text["iin"].isascii() and text["iin"].isdigit() and len(text["iin"]) == 11:
        text["iin"] = "0" + text["iin"]  # Excel drops the leading zero of an IIN typed as a number
    surname, given, patronymic = text["surname"], text["given_name"], text["patronymic"]
    if "full_name" in mapping:
        parts = text["full_name"].split()
        surname, given, patronymic = (parts + ["", ""])[0], (parts + ["", ""])[1], " ".join(parts[2:])
    dates = {}
    for name in ("birth_date", "enrolled_on"):
        value = cell_date(_cell(sheet, values, mapping, name))
        if isinstance(value, str):
            bad(name, "file.bad_date", value=value)
            value = None
        dates[name] = value
    sex = _SEX.get(text["sex"].casefold(), "") if text["sex"] else ""
    if text["sex"] and not sex:
        bad("sex", "import.bad_sex", value=text["sex"])
    if not sex and len(text["iin"]) == 12 and text["iin"][6:7].isascii() and text["iin"][6:7].isdigit():
        sex = "M" if int(text["iin"][6]) % 2 else "F"
    choices = {}
    for name, default in (("funding", "state_local"), ("locality", "urban"), ("prior_education", "")):
        if not text[name]:
            choices[name] = default
            continue
        choices[name] = words.read_choice(name, text[name])
        if choices[name] is None:
            bad(name, "nedb.bad_word", value=text[name], expected=", ".join(words.VOCABULARIES[name].values()))
            choices[name] = default
    data = StudentData(iin=text["iin"], surname=surname, given_name=given, patronymic=patronymic,
                       birth_date=dates["birth_date"], sex=sex or "F", citizenship=text["citizenship"] or "KZ",
                       locality=choices["locality"], prior_education=choices["prior_education"],
                       enrolled_on=dates["enrolled_on"] or today, funding=choices["funding"], phone=text["phone"])
    return cleaned(data), text["group_code"]


def import_students(db: Database, sheet: RawSheet, mapping: dict[str, int], today: date | None = None,
                    order: tuple[str, date] | None = None, label: str = "") -> SheetImportResult:
    """`label` names the import in the change log (the file's name): the whole sheet is one entry there."""
    today = today or date.today()
    missing = [name for name in NEEDED if name not in mapping]
    if "full_name" not in mapping and not {"surname", "given_name"} <= mapping.keys():
        missing.append("surname")
    if missing:
        raise ValidationFailed([FieldProblem(name, "import.unmapped") for name in missing])
    problems: list[FieldProblem] = []
    try:
        with db.session() as session:
            groups = {code: (gid, base) for code, gid, base in
                      session.execute(select(StudyGroup.code, StudyGroup.id, StudyGroup.entry_base))}
            existing = set(session.scalars(select(Student.iin).where(Student.iin.is_not(None))))
            ready, skipped, seen = [], 0, {}
            for number, values in sheet.rows:
                data, group_code = _row_data(sheet, number, values, mapping, today, problems)
                group = groups.get(group_code)
                if group is None:
                    column = get_column_letter(mapping["group_code"] + 1)
                    problems.append(FieldProblem("group_code", "import.unknown_group", {"value": group_code},
                                                 row=number, column=column, sheet=sheet.title))
                    continue
                if not data.prior_education:
                    data = replace(data, prior_education=group[1])
                for problem in student_problems(data):
                    column = get_column_letter(mapping[problem.field] + 1) if problem.field in mapping else None
                    problems.append(replace(problem, row=number, column=column, sheet=sheet.title))
                if data.iin in existing:
                    skipped += 1
                    continue
                if data.iin and data.iin in seen:
                    problems.append(FieldProblem("iin", "code.repeated", {"code": data.iin, "row": seen[data.iin]},
                                                 row=number, sheet=sheet.title))
                seen.setdefault(data.iin, number)
                ready.append((data, group[0]))
            if problems:
                raise ValidationFailed(problems)
            if db.path is not None:  # an import touches many records at once: keep a way back
                db.backup_now("before-import")
            with journal.bulk(session, "student_import", label or sheet.title, added=len(ready), skipped=skipped):
                order_row = admission_order(session, order)
                for data, group_id in ready:
                    student = Student(status="studying", group_id=group_id, **{k: v for k, v in data.__dict__.items()})
                    student.iin = data.iin or None
                    session.add(student)
                    session.add(Movement(student=student, order=order_row, kind="admission", on=data.enrolled_on,
                                         to_group_id=group_id, reason=""))
    except IntegrityError as exc:  # another import added the same students between our check and our write
        raise ValidationFailed([FieldProblem("file", "import.changed_meanwhile")]) from exc
    return SheetImportResult(len(ready), skipped)
