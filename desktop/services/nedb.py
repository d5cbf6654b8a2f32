"""The contingent to and from NEDB: the export file, what changed since the last one, the submission log.

Rows are written in the system's own layout (exchange.nedb_file) with its words (exchange.nedb_values); once a
file from the system has been imported, in that file's layout (exchange.nedb_layout, kept in the import's row of
the submission log): its columns, words, cell forms and row order, and the cells Zhospar has no field for.
Exported: students studying or on leave, and those who left during the current academic year (the
system expects their leaving date and reason).
"""
from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.domain.collation import code_key, name_key
from desktop.domain.contingent import ACTIVE, Status, last_round, open_round
from desktop.exchange import nedb_file
from desktop.exchange import nedb_values as words
from desktop.exchange.nedb_layout import Layout
from desktop.models import NedbSubmission, Student, StudyGroup
from desktop.services import nedb_lines
from desktop.services.database import Database


@dataclass(frozen=True)
class SubmissionRow:
    id: int
    round: str
    direction: str
    at: datetime
    by: str
    file_name: str
    sha256: str
    total: int
    added: int
    changed: int
    left: int


@dataclass(frozen=True)
class Changes:
    since: SubmissionRow | None
    added: list[str] = field(default_factory=list)  # names
    changed: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)


def student_key(iin: str | None, student_id: int) -> str:
    return iin or f"id{student_id}"


def _export_lines(db: Database, today: date) -> list[tuple[str, str, bool, str]]:
    """(key, full name, still studying, finished line) of every student the file carries."""
    with db.session() as session:
        return nedb_lines.fetch_lines(session.connection(), today)


def export_rows(db: Database, today: date | None = None) -> list[tuple[str, str, dict[str, str]]]:
    """(key, full name, NEDB record as {our key: value}) of every student the file carries."""
    return [(key, name, dict(zip(nedb_lines.KEYS, nedb_lines.values_of(line))))
            for key, name, _, line in _export_lines(db, today or date.today())]


def snapshot_of(rows) -> dict[str, int]:
    """{key: checksum of the line * 2 + still studying}: what the next export compares with (CRC-32 is
    enough to tell whether a row changed; one number a student keeps the stored snapshot small)."""
    return {key: zlib.crc32(line.encode("utf-8")) * 2 + bool(active) for key, _, active, line in rows}


def _row(s: NedbSubmission) -> SubmissionRow:
    return SubmissionRow(s.id, s.round, s.direction, s.at, s.by, s.file_name, s.sha256, s.total, s.added,
                         s.changed, s.left)


def _baseline(record: NedbSubmission) -> dict | None:
    """The {key: checksum} a submission left to compare with: an export's snapshot is that dict itself, an
    import's sits under "rows" beside the file's layout (an import logged by an earlier build has none)."""
    try:
        snapshot = json.loads(record.snapshot)
    except ValueError:
        return None
    if record.direction == "import":
        snapshot = snapshot.get("rows") if isinstance(snapshot, dict) else None
    if not isinstance(snapshot, dict) or not all(isinstance(value, int) for value in snapshot.values()):
        return None  # written by an earlier build in another form: compare with nothing rather than fail
    return snapshot


def last_exchange(db: Database) -> tuple[SubmissionRow, dict | None] | None:
    """The latest file exchanged with NEDB, exported or imported, and what it held: both directions leave
    NEDB and Zhospar agreeing on the students, so the next change list starts from whichever came last.
    An import from an earlier build (no rows kept) is passed over for the exchange before it."""
    with db.session() as session:
        records = session.scalars(select(NedbSubmission).order_by(NedbSubmission.at.desc(),
                                                                  NedbSubmission.id.desc()))
        first = None
        for record in records:
            snapshot = _baseline(record)
            if record.direction == "export" or snapshot is not None:
                return _row(record), snapshot
            first = first or _row(record)
        return (first, None) if first else None


def last_export(db: Database) -> tuple[SubmissionRow, dict | None] | None:
    with db.session() as session:
        record = session.scalar(select(NedbSubmission).where(NedbSubmission.direction == "export")
                                .order_by(NedbSubmission.at.desc(), NedbSubmission.id.desc()))
        return None if record is None else (_row(record), _baseline(record))


def _compare(rows, previous: dict | None, current: dict | None = None) -> tuple[list[str], list[str], list[str],
                                                                               list[str]]:
    """Names added, changed and left since the previous snapshot, and the keys of students gone from the file."""
    if previous is None:
        return [row[1] for row in rows], [], [], []
    current = current or snapshot_of(rows)
    added, changed, left, seen = [], [], [], set()
    for key, name, active, _ in rows:
        seen.add(key)
        before = previous.get(key)
        if before is None:
            added.append(name)
        elif before >> 1 != current[key] >> 1:
            (left if before & 1 and not active else changed).append(name)
    gone = [key for key, before in previous.items() if key not in seen and before & 1]
    return added, changed, left, gone


def _names_of(db: Database, keys: list[str]) -> list[str]:
    """Names for students no longer in the file (their key is the IIN, or "id" and the record's id)."""
    if not keys:
        return []
    with db.session() as session:
        by_iin = {iin: f"{surname} {given}" for iin, surname, given in session.execute(
            select(Student.iin, Student.surname, Student.given_name).where(Student.iin.in_(keys)))}
    return [by_iin.get(key, key) for key in keys]


def changes_since_last_exchange(db: Database, today: date | None = None, language: str = "kk") -> Changes:
    """Added, changed and left since the last file exchanged with NEDB (exported or imported), each list by name
    in the alphabet of `language` (the interface's)."""
    rows = _export_lines(db, today or date.today())
    last = last_exchange(db)
    added, changed, left, gone = _compare(rows, last[1] if last else None)
    by_name = lambda names: sorted(names, key=lambda name: name_key(name, language))  # noqa: E731
    return Changes(last[0] if last else None, by_name(added), by_name(changed), by_name(left + _names_of(db, gone)))


changes_since_last_export = changes_since_last_exchange  # the name the page and the command line know


def last_layout(db: Database) -> Layout | None:
    """The layout of the NEDB file last imported (kept in its submission row), or None when none was."""
    with db.session() as session:
        snapshot = session.scalar(select(NedbSubmission.snapshot).where(NedbSubmission.direction == "import")
                                  .order_by(NedbSubmission.at.desc(), NedbSubmission.id.desc()).limit(1))
    if not snapshot:
        return None
    try:
        data = json.loads(snapshot)
    except ValueError:
        return None
    return Layout.from_dict(data.get("layout")) if isinstance(data, dict) and data.get("layout") else None


def _leave_reasons(db: Database) -> dict[str, str]:
    """{student key: the reason of their academic leave} for those on leave with a reason recorded."""
    with db.session() as session:
        return {student_key(iin, sid): reason for sid, iin, reason in session.execute(
            select(Student.id, Student.iin, Student.leave_reason).where(
                Student.status == Status.ACADEMIC_LEAVE.value, Student.leave_reason != ""))}


def render_export(db: Database, today: date | None = None) -> tuple[bytes, list]:
    """The file's bytes: in the layout of the file last imported when there is one (its columns, words and
    cell forms, its rows first in their order), else in Zhospar's own."""
    rows = _export_lines(db, today or date.today())
    layout = last_layout(db)
    if layout is None:
        headers = [nedb_file.HEADER_OF[key] for key in nedb_lines.KEYS]
        return nedb_file.render_lines(headers, [line for *_, line in rows]), rows
    place = layout.sort_key()
    ordered = sorted(rows, key=lambda row: place(row[0]))  # stable: students new since keep our order after
    keys = nedb_lines.KEYS
    reasons = _leave_reasons(db) if layout.leave_words else {}
    lines = [layout.line(key, dict(zip(keys, nedb_lines.values_of(line)), leave_reason=reasons.get(key, "")))
             for key, _, _, line in ordered]
    return layout.render(lines), rows


def add_submission(session, direction: str, path: Path, data: bytes, by: str, counts: tuple[int, int, int, int],
                   snapshot: dict, today: date) -> SubmissionRow:
    """The log's row, in the caller's transaction (an import logs itself with what it wrote, or not at all)."""
    record = NedbSubmission(round=last_round(today), direction=direction, at=datetime.now().replace(microsecond=0),
                            by=by[:200], file_name=Path(path).name[:300], sha256=hashlib.sha256(data).hexdigest(),
                            total=counts[0], added=counts[1], changed=counts[2], left=counts[3],
                            snapshot=json.dumps(snapshot, ensure_ascii=False, separators=(",", ":")))
    session.add(record)
    session.flush()
    return _row(record)


def log_submission(db: Database, direction: str, path: Path, data: bytes, by: str, counts: tuple[int, int, int, int],
                   snapshot: dict, today: date | None = None) -> SubmissionRow:
    with db.session() as session:
        return add_submission(session, direction, path, data, by, counts, snapshot, today or date.today())


def export_contingent(db: Database, path: Path, by: str, today: date | None = None) -> SubmissionRow:
    """Write the file (readable by the owner only) and log it as a submission of the current round."""
    data, rows = render_export(db, today)
    last = last_exchange(db)
    snapshot = snapshot_of(rows)
    added, changed, left, gone = _compare(rows, last[1] if last else None, snapshot)
    nedb_file.write_bytes(path, data)
    return log_submission(db, "export", path, data, by, (len(rows), len(added), len(changed), len(left) + len(gone)),
                          snapshot, today)


def list_submissions(db: Database) -> list[SubmissionRow]:
    with db.session() as session:
        return [_row(s) for s in session.scalars(select(NedbSubmission).order_by(NedbSubmission.at.desc(),
                                                                                NedbSubmission.id.desc()))]


@dataclass(frozen=True)
class RoundReminder:
    round: str
    exported: bool


def round_reminder(db: Database, today: date | None = None) -> RoundReminder | None:
    """The open collection round and whether the contingent was exported in it; None between rounds."""
    today = today or date.today()
    current = open_round(today)
    if current is None:
        return None
    with db.session() as session:
        done = session.scalar(select(NedbSubmission.id).where(NedbSubmission.round == current,
                                                              NedbSubmission.direction == "export").limit(1))
    return RoundReminder(current, done is not None)


def export_workbook(db: Database, path: Path, today: date | None = None) -> int:
    """The same rows as the file, in Excel, with the hand-filled sections; returns the number of students."""
    from desktop.exchange.nedb_xlsx import write_nedb_workbook  # noqa: PLC0415
    from desktop.reports.labels import CONTINGENT_CHOICES, pick  # noqa: PLC0415

    rows = export_rows(db, today)
    by_key = {key: record for key, _, record in rows}
    sen, social = [], []
    with db.session() as session:
        query = (select(Student, StudyGroup.code).outerjoin(StudyGroup, Student.group_id == StudyGroup.id)
                 .where(Student.status.in_(tuple(ACTIVE))))
        # by group, then name in the Kazakh alphabet, as the file's rows (the database orders by code point)
        found = sorted(session.execute(query).all(), key=lambda row: (code_key(row[1] or ""), name_key(
            f"{row[0].surname}\x01{row[0].given_name}\x01{row[0].patronymic or ''}")))
        for student, code in found:
            if student_key(student.iin, student.id) not in by_key:
                continue
            name = f"{student.surname} {student.given_name} {student.patronymic}".strip()
            if student.sen_category:
                sen.append((student.iin or "", name, code or "", pick(CONTINGENT_CHOICES, student.sen_category, "ru"),
                            pick(CONTINGENT_CHOICES, student.sen_curriculum, "ru") if student.sen_curriculum else ""))
            flags = (student.orphan, student.no_parental_care, student.disability, student.large_family,
                     student.low_income)
            if any(flags):
                social.append((student.iin or "", name, code or "", *(words.yes(f) for f in flags)))
    write_nedb_workbook(path, [record for _, _, record in rows], sen, social)
    return len(rows)
