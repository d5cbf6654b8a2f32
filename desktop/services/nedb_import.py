"""Reading NEDB's contingent file into the database: match by IIN, keep the system's ids, never overwrite quietly.

Two steps. analyse() reads the whole file and says, row by row, what would happen: a new student (and a
new group when its code is unknown), the same as ours, or a conflict listing each field where the file
and the database differ. apply() then writes everything in one transaction, taking the file's value
only for the conflicts the user chose. Any bad cell stops the import before anything is written.
Group and status differences are reported but never applied: those change only by orders.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from desktop.domain import contingent as dc
from desktop.domain.problems import FieldProblem
from desktop.exchange import nedb_file, nedb_layout
from desktop.exchange import nedb_values as words
from desktop.models import Movement, Qualification, Specialty, Student, StudyGroup
from desktop.services import journal, nedb, nedb_lines
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed
from desktop.services.nedb_rows import DETAILS, FLAGS, default_texts, read_row

REQUIRED = ("iin", "surname", "given_name", "birth_date", "group_code", "specialty")
REPORTED_ONLY = ("group_code", "status")
# A compared field and the column it comes from: fields whose column the file lacks are not compared.
_COLUMN_OF_FIELD = {"dormitory": "dormitory", "status": None, "group_code": None, "enrolled_on": "enrolled_on",
                    **{name: name for name in DETAILS}}


@dataclass(frozen=True)
class Difference:
    field: str
    ours: str
    theirs: str


@dataclass
class PlannedRow:
    line: int
    iin: str
    name: str
    outcome: str  # "new", "same", "conflict"
    values: dict = field(default_factory=dict)  # our typed values read from the row
    differences: list[Difference] = field(default_factory=list)
    student_id: int | None = None

    @property
    def applicable(self) -> list[Difference]:
        return [d for d in self.differences if d.field not in REPORTED_ONLY]


@dataclass
class ImportPlan:
    path: Path
    data: bytes
    rows: list[PlannedRow]
    new_groups: dict[str, dict]
    present: frozenset[str] = frozenset()  # the keys of ours the file has a column for
    layout: nedb_layout.Layout | None = None  # kept by apply(): the next export writes the file the same way

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    kept: int
    groups_added: int


def _in_words(f: dict, present: frozenset[str]) -> dict[str, str]:
    """A student's compared fields in the file's words: the same for our record and the file's row (only the
    fields the file has a column for)."""
    every = {
        "surname": f["surname"], "given_name": f["given_name"], "patronymic": f["patronymic"],
        "birth_date": words.write_date(f["birth_date"]), "enrolled_on": words.write_date(f["enrolled_on"]),
        "enrolment_kind": words.ENROLMENT_KIND[f["enrolment_kind"]],
        "prior_education": words.PRIOR_EDUCATION[f["prior_education"]],
        "locality": words.LOCALITY[f["locality"]], "funding": words.FUNDING[f["funding"]],
        **{flag: words.yes(f[flag]) for flag in FLAGS},
        "dormitory": words.write_dormitory(*f["dormitory"]), "group_code": f["group_code"], "status": f["status"],
    }
    return {name: value for name, value in every.items()
            if _COLUMN_OF_FIELD.get(name) is None or _COLUMN_OF_FIELD[name] in present}


def _ours(student: Student, group_code: str, present: frozenset[str]) -> dict[str, str]:
    fields = {key: getattr(student, key) for key in (*DETAILS, "enrolled_on", "status")}
    return _in_words(fields | {"dormitory": (student.dormitory_needed, student.dormitory_given),
                               "group_code": group_code}, present)


def _status(values: dict) -> str:
    if values["left_on"]:
        return dc.Status.GRADUATED.value if values["leaving_reason"] == "graduation" else dc.Status.EXPELLED.value
    return dc.Status.ACADEMIC_LEAVE.value if values["academic_leave"] else dc.Status.STUDYING.value


def _theirs(values: dict, present: frozenset[str]) -> dict[str, str]:
    return _in_words(values | {"status": _status(values)}, present)


def _read(path: Path) -> tuple[bytes, nedb_file.NedbFile]:
    data = Path(path).read_bytes()
    try:
        return data, nedb_file.parse(data)
    except nedb_file.NedbFormatError as exc:
        raise ValidationFailed([FieldProblem("file", exc.code, {"detail": exc.detail}, row=exc.line)]) from exc


def _history_problems(line: int, values: dict, headers: dict[str, str], today: date) -> list[FieldProblem]:
    """What would stop a new student's movements (admission, leave, leaving) from folding: the same fold apply()
    runs, so a dry run finds every refusal the import would meet."""
    enrolled, left = values["enrolled_on"], values["left_on"]
    where = {"row": line}
    if left and enrolled is None:
        return [FieldProblem("enrolled_on", "nedb.left_without_enrolment", {"left_on": left.isoformat()}, **where,
                             column=headers.get("enrolled_on", nedb_file.HEADER_OF["enrolled_on"]))]
    if left and left < enrolled:
        return [FieldProblem("left_on", "nedb.left_before_enrolment",
                             {"value": left.isoformat(), "enrolled_on": enrolled.isoformat()}, **where,
                             column=headers.get("left_on"))]
    try:
        _new_student(values, 0, today)
    except dc.MovementNotAllowed as exc:
        return [FieldProblem("status", "nedb.impossible_history", {"status": exc.status.value}, **where)]
    return []


def analyse(db: Database, path: Path, today: date | None = None) -> ImportPlan:
    today = today or date.today()
    data, parsed = _read(path)
    keys = parsed.keys()
    headers: dict[str, str] = {}
    for key, header in zip(keys, parsed.headers):
        if key:
            headers.setdefault(key, header)
    missing = [nedb_file.HEADER_OF[k] for k in REQUIRED if k not in headers]
    if missing:
        raise ValidationFailed([FieldProblem("header", "nedb.missing_columns", {"columns": ", ".join(missing)}, row=1)])
    present = frozenset(headers)
    problems: list[FieldProblem] = []
    read = [(line, read_row(line, raw, headers, problems, today)) for line, raw in enumerate(parsed.records(), start=2)]
    if not read:  # NEDB never sends a contingent of nobody: a file cut after its header, not a college to empty
        raise ValidationFailed([FieldProblem("file", "nedb.no_rows", row=2)])
    seen: dict[str, int] = {}
    for line, values in read:
        if values["iin"] in seen:
            problems.append(FieldProblem("iin", "nedb.repeated_iin",
                                         {"value": values["iin"], "row": seen[values["iin"]]},
                                         row=line, column=headers["iin"]))
        seen.setdefault(values["iin"], line)
    with db.session() as session:
        specialties = dict(session.execute(select(Specialty.code, Specialty.name_ru)).all())
        qualifications = {code: (name, specialty) for code, name, specialty in session.execute(
            select(Qualification.code, Qualification.name_ru, Specialty.code).join(Specialty))}
        groups = dict(session.execute(select(StudyGroup.code, StudyGroup.id)).all())
        students = {s.iin: s for s in session.scalars(select(Student).where(Student.iin.in_(list(seen))))}
        group_codes = dict(session.execute(select(StudyGroup.id, StudyGroup.code)).all())
        new_groups: dict[str, dict] = {}
        rows = []
        for line, values in read:
            if not values["specialty"] and values["qualification"] in qualifications:
                values["specialty"] = qualifications[values["qualification"]][1]
            code = values.get("group_code", "")
            if code and code not in groups and code not in new_groups:
                _check_new_group(line, values, headers, specialties, qualifications, problems)
                if values.get("course") is not None and values.get("duration") is not None:
                    new_groups[code] = values
            name = f"{values.get('surname', '')} {values.get('given_name', '')}".strip()
            student = students.get(values["iin"])
            if student is None:
                if not any(p.row == line for p in problems):
                    problems += _history_problems(line, values, headers, today)
                rows.append(PlannedRow(line, values["iin"], name, "new", values))
                continue
            if any(p.row == line for p in problems):
                rows.append(PlannedRow(line, values["iin"], name, "same", values, student_id=student.id))
                continue
            ours = _ours(student, group_codes.get(student.group_id, ""), present)
            theirs = _theirs(values, present)
            differences = [Difference(k, ours[k], theirs[k]) for k in ours if ours[k] != theirs[k]]
            rows.append(PlannedRow(line, values["iin"], name, "conflict" if differences else "same", values,
                                   differences, student.id))
    if problems:
        raise ValidationFailed(problems)
    names = specialties | {code: name for code, (name, _) in qualifications.items()}
    return ImportPlan(Path(path), data, rows, new_groups, present, _learn(parsed, keys, read, names))


def _check_new_group(line: int, values: dict, headers: dict[str, str], specialties, qualifications,
                     problems: list[FieldProblem]) -> None:
    code = values["group_code"]
    if values["specialty"] not in specialties:
        problems.append(FieldProblem("specialty", "nedb.unknown_code", {"value": values["specialty"]},
                                     row=line, column=headers["specialty"]))
    column = headers.get("qualification", headers["specialty"])
    if values["qualification"] and values["qualification"] not in qualifications:
        problems.append(FieldProblem("qualification", "nedb.unknown_code", {"value": values["qualification"]},
                                     row=line, column=column))
    elif values["qualification"] and qualifications[values["qualification"]][1] != values["specialty"]:
        problems.append(FieldProblem("qualification", "code.specialty_mismatch", {"code": values["qualification"]},
                                     row=line, column=column))
    if values.get("course") is None or values.get("duration") is None:
        problems.append(FieldProblem("course", "nedb.group_needs_course", {"value": code}, row=line,
                                     column=headers.get("course", nedb_file.HEADER_OF["course"])))


def _learn(parsed: nedb_file.NedbFile, keys: list[str | None], read: list[tuple[int, dict]],
           names: dict[str, str]) -> nedb_layout.Layout:
    """The file's layout, for the next export to write it back the same way."""
    ours = set(nedb_lines.KEYS)
    main_holds_qualification = any(values["main_is_qualification"] for _, values in read)
    sources = []
    for key in keys:
        if key == "specialty" and main_holds_qualification:
            key = "qualification"
        elif key == "specialty_a":
            key = "specialty"
        sources.append(key if key in ours else None)
    defaults = [default_texts(values, names) for _, values in read]
    return nedb_layout.learn(parsed, [values["iin"] for _, values in read], defaults, sources)


def _group(values: dict, specialties: dict, qualifications: dict, today: date) -> StudyGroup:
    return StudyGroup(code=values["group_code"], specialty_id=specialties[values["specialty"]],
                      qualification_id=qualifications.get(values["qualification"]),
                      intake_year=dc.academic_start(today).year - values["course"] + 1,
                      entry_base=values["prior_education"],
                      language=values["language"] or "kk", study_form=values["study_form"] or "full_time",
                      duration_months=values["duration"], curator="", funding="")


def _details(values: dict, present: frozenset[str] | None = None) -> dict:
    """The record's fields from the file's values (for a student already here, only those the file has)."""
    details = {key: values[key] for key in DETAILS if present is None or key in present}
    if present is None or "dormitory" in present:
        details["dormitory_needed"], details["dormitory_given"] = values["dormitory"]
    if values["enrolled_on"]:
        details["enrolled_on"] = values["enrolled_on"]
    return details


def _history(values: dict, group_id: int, today: date) -> list[dict]:
    """Movements without an order that bring a new student to the state the file shows."""
    start = values["enrolled_on"] or today
    moves = [{"kind": dc.MovementKind.ADMISSION.value, "on": start, "to_group_id": group_id, "from_group_id": None,
              "reason": "", "until": None}]
    if values["academic_leave"] and not values["left_on"]:
        # The file gives no end date: the NEDB check lists the student until one is entered.
        moves.append({"kind": dc.MovementKind.LEAVE.value, "on": max(start, today), "to_group_id": None,
                      "from_group_id": None, "reason": values.get("leave_reason", ""), "until": None})
    if values["left_on"]:
        kind = dc.MovementKind.GRADUATION if values["leaving_reason"] == "graduation" else dc.MovementKind.EXPULSION
        moves.append({"kind": kind.value, "on": values["left_on"], "to_group_id": None, "from_group_id": group_id,
                      "reason": values["leaving_reason"], "until": None})
    return moves


def _new_student(values: dict, group_id: int, today: date) -> tuple[dict, list[dict]]:
    """The student's row (with the state its movements lead to) and the movements, ready for bulk inserts."""
    moves = _history(values, group_id, today)
    state = dc.fold([dc.Move(dc.MovementKind(m["kind"]), m["on"], m["to_group_id"], n, m["reason"])
                     for n, m in enumerate(moves)])
    row = {"iin": values["iin"], "sex": values["sex"], "citizenship": "KZ", "nedb_ei": values["system_ei"],
           "nedb_id": values["system_id"], "enrolled_on": values["enrolled_on"] or today, **_details(values),
           "status": state.status.value, "group_id": state.group, "left_on": state.left_on,
           "leaving_reason": state.leaving_reason, "leave_until": state.leave_until,
           "leave_reason": state.leave_reason}
    return row, moves


def _changed_meanwhile() -> ValidationFailed:
    return ValidationFailed([FieldProblem("file", "import.changed_meanwhile")])


def _take_write_lock(session) -> None:
    """On SQLite, hold the write lock from the start, so the checks below see what a concurrent import wrote
    (a write that changes nothing still takes it; the driver opens the transaction before it)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE nedb_submission SET id = id WHERE 1 = 0"))


def _still_valid(session, plan: ImportPlan) -> bool:
    """Whether the database is still as analyse() saw it: no new student's IIN and no new group's code taken
    since (by another import running at the same time, say), and no student matched gone."""
    new_iins = [row.iin for row in plan.rows if row.outcome == "new"]
    taken = session.scalar(select(Student.id).where(Student.iin.in_(new_iins)).limit(1)) if new_iins else None
    groups = session.scalar(select(StudyGroup.id).where(StudyGroup.code.in_(list(plan.new_groups))).limit(1)) \
        if plan.new_groups else None
    matched = {row.student_id for row in plan.rows if row.student_id is not None}
    found = set(session.scalars(select(Student.id).where(Student.id.in_(matched)))) if matched else set()
    return taken is None and groups is None and found == matched


def apply(db: Database, plan: ImportPlan, take_theirs: set[int], by: str, today: date | None = None) -> ImportResult:
    """Write the plan in one transaction; take_theirs holds the lines whose conflicts take the file's values.

    New students and their movements go in as two bulk inserts: one ORM flush per student made an
    import of 5,000 rows take seconds. When the database changed since analyse() in a way that makes the
    plan wrong (the same file imported at the same time elsewhere), nothing is written and the user is told
    to read the file again.
    """
    today = today or date.today()
    try:
        with db.session() as session:
            _take_write_lock(session)
            if not _still_valid(session, plan):
                raise _changed_meanwhile()
            if db.path is not None:  # an import touches many records at once: keep a way back (taken under
                db.backup_now("before-import")  # the lock, so two imports at once do not back up at once)
            # one entry of the change log for the whole file, with its counts, not one per student
            with journal.bulk(session, "nedb_import", Path(plan.path).name, rows=len(plan.rows)) as job:
                added, updated, kept = _write(session, plan, take_theirs, today)
                if job is not None:
                    job.params.update(added=added, updated=updated, kept=kept, groups_added=len(plan.new_groups))
                counts = (len(plan.rows), added, updated, 0)
                snapshot = {"rows": _baseline(session, plan, take_theirs, today)}
                if plan.layout:
                    snapshot["layout"] = plan.layout.to_dict()
                nedb.add_submission(session, "import", plan.path, plan.data, by, counts, snapshot, today)
    except IntegrityError as exc:  # PostgreSQL: the other import committed between our check and our insert
        raise _changed_meanwhile() from exc
    return ImportResult(added, updated, plan.count("same"), kept, len(plan.new_groups))


def _baseline(session, plan: ImportPlan, take_theirs: set[int], today: date) -> dict[str, int]:
    """What the next change list compares with: the file just read. Every student the file agrees with (or whose
    differences were taken) counts as our row as it now stands; one whose differences were kept (or differ in a
    group or status, which only an order changes) counts as the file had them, so they show as changed until the
    next export tells NEDB."""
    lines = nedb_lines.fetch_lines(session.connection(), today)
    baseline = nedb.snapshot_of(lines)
    ours = {key: line for key, _, _, line in lines}
    names = dict(session.execute(select(Specialty.code, Specialty.name_ru)).all())
    names.update(session.execute(select(Qualification.code, Qualification.name_ru)).all())
    for row in plan.rows:
        if row.outcome != "conflict" or row.iin not in ours:
            continue
        if row.line in take_theirs and len(row.applicable) == len(row.differences):
            continue
        file_texts = default_texts(row.values, names)
        mine = dict(zip(nedb_lines.KEYS, nedb_lines.values_of(ours[row.iin])))
        theirs = nedb_lines.TEMPLATE.format(*(file_texts.get(key, "") if key in plan.present else mine[key]
                                              for key in nedb_lines.KEYS))
        baseline[row.iin] = nedb.snapshot_of([(row.iin, row.name, not row.values["left_on"], theirs)])[row.iin]
    return baseline


def _write(session, plan: ImportPlan, take_theirs: set[int], today: date) -> tuple[int, int, int]:
    updated = kept = 0
    specialties = dict(session.execute(select(Specialty.code, Specialty.id)).all())
    qualifications = dict(session.execute(select(Qualification.code, Qualification.id)).all())
    groups = dict(session.execute(select(StudyGroup.code, StudyGroup.id)).all())
    for code, values in plan.new_groups.items():
        group = _group(values, specialties, qualifications, today)
        session.add(group)
        session.flush()
        groups[code] = group.id
    new_rows, new_moves = [], []
    for row in plan.rows:
        values = row.values
        if row.outcome == "new":
            student, moves = _new_student(values, groups[values["group_code"]], today)
            new_rows.append(student)
            new_moves.append(moves)
            continue
        student = session.get(Student, row.student_id)
        student.nedb_ei = values["system_ei"] or student.nedb_ei
        student.nedb_id = values["system_id"] or student.nedb_id
        if row.outcome == "conflict" and row.applicable:
            if row.line in take_theirs:
                for key, value in _details(values, plan.present).items():
                    setattr(student, key, value)
                updated += 1
            else:
                kept += 1
    if new_rows:
        ids = session.scalars(insert(Student).returning(Student.id, sort_by_parameter_order=True), new_rows).all()
        session.execute(insert(Movement), [{**move, "student_id": sid, "order_id": None}
                                           for sid, moves in zip(ids, new_moves) for move in moves])
    session.flush()
    return len(new_rows), updated, kept
