"""Reading the change log: who changed what and when, searched by person, dates, kind, record or text; a record's
history; and the log exported to a workbook or a CSV file with the IINs masked.

Who reads it: the director, the deputy director, the registrar, the administrator and the single user of a local
file read all of it; the dual-training coordinator and the exam organiser only the entries of the records their
role changes (their detail rows under another role's record seen without that record's
own fields); a curator none (services.actors.AccessDenied)."""
from __future__ import annotations

import csv
import json
import re
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import and_, or_, select

from desktop.domain.problems import FieldProblem
from desktop.domain.roles import AREA_OF_TABLE, WRITES, Area, Role, area_of
from desktop.models import AuditEntry, Base
from desktop.services import audit_words as words
from desktop.services.actors import AccessDenied, Actor
from desktop.services.errors import ValidationFailed
from desktop.services.journal import PARENT, label_of

WHOLE_LOG = frozenset({Role.DIRECTOR, Role.DEPUTY, Role.REGISTRAR, Role.ADMIN, Role.OWNER})
MASK_FIELDS = re.compile(r"(^|_)iin$")
_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")
# Fields that hold another record's id: shown as that record's label (a group's code, a student's name…).
REFERENCES = {
    "group_id": "study_group", "from_group_id": "study_group", "to_group_id": "study_group",
    "specialty_id": "specialty", "qualification_id": "qualification", "department_id": "department",
    "enterprise_id": "enterprise", "mentor_id": "mentor", "student_id": "student", "curriculum_id": "curriculum",
    "previous_id": "curriculum", "teacher_id": "teacher", "replaced_id": "teacher", "scheme_id": "marking_scheme",
    "session_id": "exam_session", "exam_session_id": "exam_session", "order_id": "movement_order",
    "user_id": "app_user",
}
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LogFilter:
    person_login: str | None = None
    since: date | None = None
    until: date | None = None  # this day included
    text: str = ""  # in the record's label, its number, or any value a change wrote
    kind: str | None = None  # a table name; bulk entries that counted such records match too
    record: tuple[str, int] | None = None  # (kind, id): one record's history


@dataclass(frozen=True)
class LogLine:
    id: int
    at: datetime
    user_name: str
    user_login: str
    workstation: str
    action: str
    kind: str
    record_id: int | None
    label: str
    operation: str
    changes: dict = field(default_factory=dict)
    # (table, id) -> label of the records the changes point at: "group_id 3, 5" read as "П-21, П-22"
    names: dict = field(default_factory=dict, compare=False)


# --- who reads what -------------------------------------------------------------------------------------------

def readable_kinds(actor: Actor) -> frozenset[str] | None:
    """The tables whose entries `actor` reads; None for the whole log. AccessDenied for a curator."""
    if actor.role is Role.CURATOR:
        raise AccessDenied(actor.role, Area.JOURNAL)
    if actor.role in WHOLE_LOG:
        return None
    own = WRITES[actor.role]
    return frozenset(table for table, area in AREA_OF_TABLE.items() if area in own)


def _parents_of(tables: frozenset[str]) -> set[str]:
    return {PARENT[t][0] for t in tables if t in PARENT}


def check_kind(actor: Actor, kind: str | None) -> frozenset[str] | None:
    """readable_kinds(actor), once it is sure `actor` may read the entries of `kind` (AccessDenied if not)."""
    tables = readable_kinds(actor)
    if tables is not None and kind is not None and kind not in tables and kind not in _parents_of(tables):
        raise AccessDenied(actor.role, area_of(kind))
    return tables


def _visible(line: LogLine, tables: frozenset[str] | None) -> LogLine | None:
    """The entry as `tables` may see it: whole, only its detail rows and counts of those tables, or not at all."""
    if tables is None or line.kind in tables:
        return line
    changes = line.changes
    details = [d for d in changes.get("details", []) if d.get("kind") in tables]
    counts = {k: v for k, v in changes.get("counts", {}).items() if k in tables}
    if not details and not counts:
        return None
    kept = {"details": details} if details else {}
    if counts:
        kept["counts"] = counts
    if "params" in changes and line.action == "bulk":
        kept["params"] = changes["params"]
    return replace(line, changes=kept)


# --- search ---------------------------------------------------------------------------------------------------

def _line(entry) -> LogLine:
    try:
        changes = json.loads(entry.changes or "{}")
    except ValueError:
        changes = {}
    return LogLine(entry.id, entry.at, entry.user_name, entry.user_login, entry.workstation, entry.action,
                   entry.record_kind, entry.record_id, entry.record_label, entry.operation,
                   changes if isinstance(changes, dict) else {})


def _counts_kind(line: LogLine, kind: str) -> bool:
    return kind in line.changes.get("counts", {}) or any(d.get("kind") == kind for d in line.changes.get("details", []))


def _haystack(line: LogLine) -> str:
    parts = [line.label, line.operation]
    for name, (old, new) in line.changes.get("fields", {}).items():
        parts += [str(old or ""), str(new or ""), words.shown(name, old), words.shown(name, new)]
    for detail in line.changes.get("details", []):
        for name, (old, new) in detail.get("fields", {}).items():
            parts += [str(old or ""), str(new or ""), words.shown(name, old), words.shown(name, new)]
    for value in line.changes.get("params", {}).values():
        parts.append(str(value))
    return "\n".join(parts).casefold()


def _wanted(text: str) -> str:
    return text.strip().lstrip("№").strip().casefold()


def _matches_text(line: LogLine, text: str) -> bool:
    wanted = _wanted(text)
    if not wanted:
        return True
    if line.record_id is not None and wanted == str(line.record_id):
        return True
    return wanted in _haystack(line)


_TYPED_DATE = re.compile(r"^(?:(\d{2})\.)?(\d{2})\.(\d{4})$")


def _raw_forms(wanted: str) -> list[str]:
    """What the typed text looks like in an entry's stored JSON: a date typed dd.mm.yyyy is stored yyyy-mm-dd,
    a decimal comma as a point. An entry holding none of them cannot match, and is not read into words."""
    forms = [wanted]
    if (typed := _TYPED_DATE.match(wanted)) is not None:
        forms.append(f"{typed[3]}-{typed[2]}" + (f"-{typed[1]}" if typed[1] else ""))
    if "," in wanted:
        forms.append(wanted.replace(",", "."))
    return forms


def _may_match(row, wanted: str, forms: list[str]) -> bool:
    if row.record_id is not None and wanted == str(row.record_id):
        return True
    raw = f"{row.record_label}\n{row.operation}\n{row.changes}".casefold()
    return any(form in raw for form in forms)


def _iin_owners(session, wanted: str) -> set[tuple[str, int]]:
    """The records whose IIN is the text typed: their whole history matches, not only entries that changed the IIN
    (a registrar looks a student up by IIN)."""
    if not (wanted.isdigit() and len(wanted) == 12):
        return set()
    from desktop.models import Student, Teacher  # noqa: PLC0415

    return ({("student", i) for i in session.scalars(select(Student.id).where(Student.iin == wanted))}
            | {("teacher", i) for i in session.scalars(select(Teacher.id).where(Teacher.iin == wanted))})


def _prefilter(stmt, wanted: str, forms: list[str], owners: set[tuple[str, int]] = frozenset()):
    """The entries that may hold the text, found in SQL. SQLite's LIKE ignores the case of Latin letters only, so
    Cyrillic text is looked for as typed, in capitals and capitalised too ("петрова" finds "Петрова"); Python's
    casefold then decides."""
    cased = {variant for form in forms for variant in (form, form.upper(), form.capitalize(), form.title())}
    columns = (AuditEntry.record_label, AuditEntry.operation, AuditEntry.changes)
    escaped = [form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for form in sorted(cased)]
    tests = [column.ilike(f"%{form}%", escape="\\") for column in columns for form in escaped]
    if wanted.isdigit() and len(wanted) < 10:  # a record's number; an IIN is no record's id
        tests.append(AuditEntry.record_id == int(wanted))
    tests += [and_(AuditEntry.record_kind == kind, AuditEntry.record_id == record_id) for kind, record_id in owners]
    return stmt.where(or_(*tests))


def _statement(flt: LogFilter, tables: frozenset[str] | None):
    # the columns, not the ORM objects: a search may pass over a hundred thousand entries
    stmt = select(*AuditEntry.__table__.c).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if flt.person_login:
        stmt = stmt.where(AuditEntry.user_login == flt.person_login)
    if flt.since is not None:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(flt.since, datetime.min.time()))
    if flt.until is not None:
        stmt = stmt.where(AuditEntry.at < datetime.combine(flt.until + timedelta(days=1), datetime.min.time()))
    if flt.record is not None:
        stmt = stmt.where(AuditEntry.record_kind == flt.record[0], AuditEntry.record_id == flt.record[1])
    elif flt.kind:
        stmt = stmt.where(or_(AuditEntry.record_kind.in_({flt.kind, *_parents_of(frozenset({flt.kind}))}),
                              AuditEntry.action == "bulk"))
    if tables is not None:
        stmt = stmt.where(or_(AuditEntry.record_kind.in_(tables | _parents_of(tables)), AuditEntry.action == "bulk"))
    return stmt


def _lines(session, flt: LogFilter, tables: frozenset[str] | None) -> Iterator[LogLine]:
    """The entries matching `flt`, newest first, as `tables` may see them."""
    stmt, wanted = _statement(flt, tables), _wanted(flt.text)
    forms = _raw_forms(wanted) if wanted and '"' not in wanted and "\\" not in wanted else []
    owners = _iin_owners(session, wanted)
    if forms:
        stmt = _prefilter(stmt, wanted, forms, owners)
    for entry in session.execute(stmt.execution_options(yield_per=500)):
        owned = (entry.record_kind, entry.record_id) in owners
        if forms and not owned and not _may_match(entry, wanted, forms):
            continue
        line = _visible(_line(entry), tables)
        if line is None:
            continue
        if flt.record is None and flt.kind and line.kind != flt.kind and not _counts_kind(line, flt.kind):
            continue
        if flt.text and not owned and not _matches_text(line, flt.text):
            continue
        yield line


def search(db, flt: LogFilter | None = None, limit: int | None = 2000) -> list[LogLine]:
    """The newest entries matching `flt` (at most `limit`), as the signed-in user's role may read them."""
    flt = flt or LogFilter()
    tables = check_kind(db.actor, flt.record[0] if flt.record else flt.kind)
    found: list[LogLine] = []
    with db.session() as session:
        for line in _lines(session, flt, tables):
            found.append(line)
            if limit is not None and len(found) >= limit:
                break
        names = _names(session, found)
    return [replace(line, names=names) for line in found]


def history(db, kind: str, record_id: int) -> list[LogLine]:
    """Every entry of one record (its own fields and its detail rows), newest first."""
    return search(db, LogFilter(record=(kind, record_id)), limit=None)


def people(db) -> list[tuple[str, str]]:
    """(login, name) of everyone who changed something, by name; the name they had in their latest entry."""
    readable_kinds(db.actor)
    with db.session() as session:
        rows = session.execute(select(AuditEntry.user_login, AuditEntry.user_name)
                               .order_by(AuditEntry.at, AuditEntry.id)).all()
    latest = {login: name for login, name in rows}
    return sorted(latest.items(), key=lambda item: (item[1].casefold(), item[0]))


def kinds(db) -> list[str]:
    """The kinds of records the signed-in user may look for: those with records of their own (a movement is
    found under its student), and a detail kind of the role's whose parent record is not the role's."""
    tables = readable_kinds(db.actor)
    own = set(AREA_OF_TABLE) if tables is None else set(tables)
    found = {t for t in own if t not in PARENT or PARENT[t][0] not in own} - {"audit_entry", "record_hold"}
    return sorted(found)


def _models() -> dict[str, type]:
    return {mapper.class_.__table__.name: mapper.class_ for mapper in Base.registry.mappers
            if hasattr(mapper.class_, "__table__")}


def _names(session, lines: list[LogLine]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {}

    def note(fields: dict) -> None:
        for name, values in fields.items():
            table = REFERENCES.get(name)
            if table is not None:
                wanted.setdefault(table, set()).update(v for v in values if isinstance(v, int))

    for line in lines:
        note(line.changes.get("fields", {}))
        for detail in line.changes.get("details", []):
            note(detail.get("fields", {}))
        if not line.label and line.record_id is not None:  # an entry of only detail rows names its record so
            wanted.setdefault(line.kind, set()).add(line.record_id)
    models, names = _models(), {}
    for table, ids in wanted.items():
        model = models.get(table)
        if model is None:
            continue
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):  # SQLite's limit on the parameters of one statement
            for obj in session.scalars(select(model).where(model.id.in_(id_list[start:start + 500]))):
                label = label_of(obj)
                if not label and getattr(obj, "student_id", None) is not None:  # an employment: its graduate
                    student = session.get(models["student"], obj.student_id)
                    label = label_of(student) if student is not None else ""
                if label:
                    names[(table, obj.id)] = label
    return names


# --- in words -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChangeRow:
    """One changed value as the detail pane and the export say it; `field` already names the detail row."""
    field: str
    old: str
    new: str
    action: str = "update"  # a created record's value is said alone, a deleted one's too


def _value(name: str, value, tr, names, mask: bool) -> str:
    text = words.shown(name, value, tr, names, REFERENCES.get(name))
    if mask and text and MASK_FIELDS.search(name):
        return masked_iin(text)
    return text


def change_rows(line: LogLine, tr: words.Translate = words.english, mask: bool = False,
                params: bool = True) -> list[ChangeRow]:
    """The entry's changes one value a row: its own fields, its detail rows' fields, counts, an import's params."""
    rows = []
    for name, (old, new) in _in_order(line.changes.get("fields", {})):
        rows.append(ChangeRow(words.field_name(name, tr), _value(name, old, tr, line.names, mask),
                              _value(name, new, tr, line.names, mask), line.action))
    details = line.changes.get("details", [])
    several = {k for k in (d.get("kind") for d in details) if sum(d.get("kind") == k for d in details) > 1}
    for detail in details:
        kind, action = detail.get("kind", ""), detail.get("action", "")
        numbered = kind in several and detail.get("id") is not None  # told apart only when there are more
        title = words.word("detail" if numbered else "detail_no_id", tr).format(
            kind=words.kind_name(kind, tr), id=detail.get("id"), action=words.action_name(action, tr).lower())
        fields = detail.get("fields", {})
        if not fields:
            rows.append(ChangeRow(title, "", ""))
        for name, (old, new) in _in_order(fields):
            rows.append(ChangeRow(f"{title}: {words.field_name(name, tr)}", _value(name, old, tr, line.names, mask),
                                  _value(name, new, tr, line.names, mask), action))
    for kind, actions in line.changes.get("counts", {}).items():
        for action, count in actions.items():
            rows.append(ChangeRow(words.counted_text(kind, action, count, tr), "", ""))
    for name, value in (line.changes.get("params", {}) if params else {}).items():
        rows.append(ChangeRow(words.param_name(name, tr), "", _value(name, value, tr, line.names, mask), "create"))
    return rows


_ORDER = {name: n for n, name in enumerate(words.FIELD_NAMES)}


def _in_order(fields: dict) -> list:
    """A card's order (surname, given name… before the rest), not the JSON's alphabetical one."""
    return sorted(fields.items(), key=lambda item: (_ORDER.get(item[0], len(_ORDER)), item[0]))


def describe(line: LogLine, tr: words.Translate = words.english) -> list[str]:
    """The entry's changes as sentences: 'Phone: was «», became «+7 701 123 4567»', 'Surname: «Ахметова»' (a
    record created), 'Student: 45 created'."""
    return [words.change_text(row.field, row.old, row.new, tr, row.action) if row.old or row.new else row.field
            for row in change_rows(line, tr)]


def summary(line: LogLine, tr: words.Translate = words.english, most: int = 6) -> str:
    """What changed, in short, for a list: the fields' names, the detail rows once each, the counts."""
    parts = [words.field_name(name, tr) for name, _ in _in_order(line.changes.get("fields", {}))]
    for detail in line.changes.get("details", []):
        parts.append(words.word("detail_no_id", tr).format(kind=words.kind_name(detail.get("kind", ""), tr),
                                                          action=words.action_name(detail.get("action", ""), tr).lower()))
    parts += [words.counted_text(kind, action, count, tr)
              for kind, actions in line.changes.get("counts", {}).items() for action, count in actions.items()]
    parts = list(dict.fromkeys(parts))
    return ", ".join(parts[:most]) + (", …" if len(parts) > most else "")


def record_text(line: LogLine, tr: words.Translate = words.english) -> str:
    if line.label:
        return line.label
    if (line.kind, line.record_id) in line.names:
        return line.names[(line.kind, line.record_id)]
    return words.word("record_no", tr).format(id=line.record_id) if line.record_id is not None else ""


def masked_iin(text: str) -> str:
    """An IIN as the export shows it: its last four digits only."""
    digits = re.sub(r"\D", "", text)
    return "********" + digits[-4:] if digits else "********"


def mask_text(text: str) -> str:
    """Every run of exactly 12 digits (an IIN, or a BIN, which is as personal for a sole trader) masked."""
    return _TWELVE_DIGITS.sub(lambda m: "********" + m[0][-4:], text)


# --- export ---------------------------------------------------------------------------------------------------

WIDTHS = (17, 26, 16, 14, 22, 30, 34, 30, 30)


def export_rows(lines: Iterable[LogLine], tr: words.Translate) -> Iterator[list]:
    """The export's rows, one per changed value (an entry with none: one row), every text masked."""
    for line in lines:
        head = [line.at, f"{line.user_name} ({line.user_login})" if line.user_name != line.user_login
                else line.user_name, line.workstation, words.action_name(line.action, tr),
                words.kind_name(line.kind, tr), record_text(line, tr)]
        rows = change_rows(line, tr, mask=True) or [ChangeRow("", "", "")]
        for row in rows:
            yield [head[0], *(mask_text(str(v)) for v in (*head[1:], row.field, row.old, row.new))]


def export_log(db, flt: LogFilter | None, path: Path | str, language: str = "kk",
               tr: words.Translate | None = None, progress: Progress | None = None) -> int:
    """The entries matching `flt` (all of them, newest first) written to `path`, .xlsx or .csv by its suffix,
    in `language`'s words; IINs masked. Written under a temporary name and then put in place, so the file is
    whole or not there. Returns the number of entries written."""
    path = Path(path)
    step = progress or (lambda *_: None)
    tr = tr or words.in_language(language)
    step(0, 1, "read")
    lines = search(db, flt, limit=None)
    total = len(lines) + 2

    def told(lines):  # the bar moves with the entries written: a year's log takes a while
        for n, line in enumerate(lines, start=1):
            if n % 200 == 1:
                step(n, total, "write")
            yield line

    headings = [tr(words.W, h) for h in words.HEADINGS]
    part = path.with_name(f".{path.stem}-{int(time.time() * 1000)}{path.suffix}")
    try:
        if path.suffix.lower() == ".csv":
            _write_csv(part, headings, export_rows(told(lines), tr))
        else:
            _write_xlsx(part, headings, export_rows(told(lines), tr), tr(words.W, words.SHEET))
        part.replace(path)
    except OSError as exc:  # a read-only folder, a full disk, the old file open in another program
        raise ValidationFailed([FieldProblem("file", "file.cannot_write",
                                             {"detail": f"{exc.strerror or exc}: {exc.filename or path}"})]) from exc
    finally:
        part.unlink(missing_ok=True)
    step(total, total, "done")
    return len(lines)


def _write_csv(path: Path, headings: list[str], rows: Iterator[list]) -> None:
    # BOM and semicolons: what Excel opens as columns with Cyrillic intact on a Kazakh or Russian Windows
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headings)
        for row in rows:
            writer.writerow([row[0].strftime("%d.%m.%Y %H:%M"), *row[1:]])


def _write_xlsx(path: Path, headings: list[str], rows: Iterator[list], title: str) -> None:
    # Write-only: a log of many thousands of rows streams out; the normal sheet slows down with every row added.
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value, **style):
        made = WriteOnlyCell(sheet, value=value)
        for name, given in style.items():
            setattr(made, name, given)
        if isinstance(value, str) and value.startswith("="):
            made.data_type = "s"  # a value typed as "=…" is text that was saved, not a formula to run
        return made

    sheet.append([cell(text, font=bold) for text in headings])
    count = 1
    for row in rows:
        # plain values where no style is needed: a styled cell each costs the export several times over
        sheet.append([cell(row[0], number_format="DD.MM.YYYY HH:MM"),
                      *(cell(v) if v.startswith("=") else v for v in row[1:])])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{count}"
    book.save(path)
