"""The classifier of specialties and qualifications: list, edit, import, seed."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain import classifier as rules
from desktop.models import Qualification, Specialty, StudyGroup
from desktop.paths import resource_path
from desktop.services import journal
from desktop.services.database import Database
from desktop.domain.problems import FieldProblem
from desktop.services.errors import NotFound, ValidationFailed

SPECIALTY = "specialty"


@dataclass(frozen=True)
class ClassifierEntry:
    """A specialty (kind "specialty") or a qualification (kind worker / mid_level / applied_bachelor)."""

    code: str
    name_kk: str
    name_ru: str
    name_en: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    kind: str = SPECIALTY
    level: int | None = None
    specialty_code: str | None = None  # for qualifications

    @property
    def is_specialty(self) -> bool:
        return self.kind == SPECIALTY

    def name(self, language: str) -> str:
        return getattr(self, f"name_{language}", "") or self.name_ru or self.name_kk


def _specialty_entry(row: Specialty) -> ClassifierEntry:
    return ClassifierEntry(row.code, row.name_kk, row.name_ru, row.name_en, row.valid_from, row.valid_to)


def _qualification_entry(row: Qualification, specialty_code: str) -> ClassifierEntry:
    return ClassifierEntry(row.code, row.name_kk, row.name_ru, row.name_en, row.valid_from, row.valid_to,
                           row.kind, row.level, specialty_code)


def sort_key(entry: ClassifierEntry) -> tuple:
    """Specialty first, then its qualifications by code (3W before 4S)."""
    digits = entry.code if entry.is_specialty else (rules.parse_qualification(entry.code).digits)
    return (digits[:6], "0" if entry.is_specialty else "1", entry.code)


def list_entries(db: Database) -> list[ClassifierEntry]:
    with db.session() as session:
        entries = [_specialty_entry(s) for s in session.scalars(select(Specialty))]
        rows = session.execute(select(Qualification, Specialty.code).join(Specialty))
        entries += [_qualification_entry(q, code) for q, code in rows]
    return sorted(entries, key=sort_key)


def normalized(entry: ClassifierEntry) -> ClassifierEntry:
    """Trim what people type and fill what the code already says (kind, level)."""
    code = rules.normalize_code(entry.code)
    clean = replace(entry, code=code, name_kk=entry.name_kk.strip(), name_ru=entry.name_ru.strip(),
                    name_en=entry.name_en.strip())
    parsed = rules.parse_qualification(code)
    if parsed is not None:
        return replace(clean, kind=parsed.kind.value, level=parsed.level)
    return replace(clean, kind=SPECIALTY, level=None, specialty_code=None)


def entry_problems(entry: ClassifierEntry, known_specialties: set[str], row: int | None = None) -> list[FieldProblem]:
    """Problems of one normalized entry; known_specialties are the 8-digit codes it may belong to."""
    problems = [FieldProblem("code", p.value, {"code": entry.code}, row) for p in rules.code_problems(entry.code)]
    for field_name in ("name_kk", "name_ru"):
        if not getattr(entry, field_name):
            problems.append(FieldProblem(field_name, "field.required", {}, row))
    problems += [FieldProblem("valid_to", p.value, {}, row)
                 for p in rules.validity_problems(entry.valid_from, entry.valid_to)]
    if not problems and not entry.is_specialty and owning_specialty(entry.code, known_specialties) is None:
        problems.append(FieldProblem("code", "code.no_specialty", {"code": entry.code}, row))
    return problems


def owning_specialty(qualification_code: str, specialties: set[str]) -> str | None:
    parsed = rules.parse_qualification(qualification_code)
    if parsed is None:
        return None
    matches = sorted(s for s in specialties if rules.specialty_prefix(s) == parsed.specialty_prefix)
    return matches[0] if matches else None


def save_entry(db: Database, entry: ClassifierEntry, original_code: str | None = None) -> ClassifierEntry:
    """Add an entry (original_code None) or change the one with original_code."""
    entry = normalized(entry)
    with db.session() as session:
        specialties = set(session.scalars(select(Specialty.code)))
        problems = entry_problems(entry, specialties)
        taken = entry.code != original_code and _find(session, entry.code) is not None
        if taken:
            problems.append(FieldProblem("code", "code.duplicate", {"code": entry.code}))
        if original_code and original_code != entry.code and _kind_changes(original_code, entry):
            problems.append(FieldProblem("code", "code.kind_change", {"code": entry.code}))
        if problems:
            raise ValidationFailed(problems)
        _upsert(session, entry, original_code or entry.code)
    return replace(entry, specialty_code=None if entry.is_specialty else owning_specialty(entry.code, specialties))


def _kind_changes(original_code: str, entry: ClassifierEntry) -> bool:
    return rules.is_specialty_code(original_code) != entry.is_specialty


def _find(session, code: str):
    model = Specialty if rules.is_specialty_code(code) else Qualification
    return session.scalar(select(model).where(model.code == code))


def _upsert(session, entry: ClassifierEntry, existing_code: str,
            specialties: dict[str, Specialty] | None = None) -> None:
    """specialties (code -> row) lets a bulk import read them once instead of once per qualification."""
    specialty = None
    if not entry.is_specialty:
        if specialties is None:
            specialties = {s.code: s for s in session.scalars(select(Specialty))}
        specialty = specialties[owning_specialty(entry.code, set(specialties))]
    row = _find(session, existing_code)
    if row is None:
        row = Specialty() if entry.is_specialty else Qualification()
    row.code, row.name_kk, row.name_ru, row.name_en = entry.code, entry.name_kk, entry.name_ru, entry.name_en
    row.valid_from, row.valid_to = entry.valid_from, entry.valid_to
    if specialty is not None:
        row.specialty, row.level, row.kind = specialty, entry.level, entry.kind
    session.add(row)
    session.flush()


def delete_entry(db: Database, code: str) -> None:
    """Remove an entry nothing refers to; one still in use is refused with what uses it."""
    with db.session() as session:
        row = _find(session, code)
        if row is None:
            raise NotFound(code)
        if isinstance(row, Specialty):
            used = session.scalar(select(func.count()).where(StudyGroup.specialty_id == row.id))
            quals = session.scalar(select(func.count()).where(Qualification.specialty_id == row.id))
            if quals:
                raise ValidationFailed([FieldProblem("code", "code.has_qualifications", {"code": code, "count": quals})])
        else:
            used = session.scalar(select(func.count()).where(StudyGroup.qualification_id == row.id))
        if used:
            raise ValidationFailed([FieldProblem("code", "code.in_use", {"code": code, "count": used})])
        session.delete(row)


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int


def import_entries(db: Database, entries: list[tuple[int, ClassifierEntry]],
                   operation: str = "classifier_import", label: str = "") -> ImportSummary:
    """Add or update many entries, all or nothing (one audit entry). Each entry comes with its row number in the file."""
    normal = [(row, normalized(e)) for row, e in entries]
    with db.session() as session, journal.bulk(session, operation, label, rows=len(normal)):
        specialties = set(session.scalars(select(Specialty.code))) | {e.code for _, e in normal if e.is_specialty}
        problems: list[FieldProblem] = []
        first_row: dict[str, int] = {}
        for row, entry in normal:
            problems += entry_problems(entry, specialties, row)
            if entry.code in first_row:
                problems.append(FieldProblem("code", "code.repeated", {"code": entry.code, "row": first_row[entry.code]}, row))
            first_row.setdefault(entry.code, row)
        if problems:
            raise ValidationFailed(problems)
        existing = set(session.scalars(select(Specialty.code))) | set(session.scalars(select(Qualification.code)))
        updated = 0
        # Specialties first: the qualifications hang from them, looked up in one map of all of them
        # (reading them per qualification made a full classifier import take seconds).
        for _, entry in normal:
            if entry.is_specialty:
                updated += entry.code in existing
                _upsert(session, entry, entry.code)
        by_code = {s.code: s for s in session.scalars(select(Specialty))}
        for _, entry in normal:
            if not entry.is_specialty:
                updated += entry.code in existing
                _upsert(session, entry, entry.code, by_code)
    return ImportSummary(added=len(normal) - updated, updated=updated)


def import_classifier_file(db: Database, path: Path) -> ImportSummary:
    """Import an Excel sheet of the classifier; every bad cell is reported and nothing is written."""
    from desktop.exchange import classifier_xlsx  # noqa: PLC0415 - openpyxl only when importing
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415

    try:
        sheet = classifier_xlsx.read_classifier(path)
    except SheetFileError as exc:  # bad cells, or a file that is not a workbook we can read
        raise ValidationFailed(exc.problems) from exc
    if not sheet.rows:
        raise ValidationFailed([FieldProblem("file", "file.no_rows", {}, sheet=sheet.sheet)])
    entries = [(r.row, ClassifierEntry(r.code, r.name_kk, r.name_ru, r.name_en, r.valid_from, r.valid_to))
               for r in sheet.rows]
    if db.path is not None:
        db.backup_now("before-import")
    try:
        return import_entries(db, entries, label=path.name)
    except ValidationFailed as exc:
        located = [replace(p, sheet=sheet.sheet, column=sheet.columns.get(p.field)) for p in exc.problems]
        raise ValidationFailed(located) from exc


def export_classifier_file(db: Database, path: Path) -> int:
    from desktop.exchange import classifier_xlsx  # noqa: PLC0415

    entries = list_entries(db)
    classifier_xlsx.write_classifier(path, [
        classifier_xlsx.ClassifierRow(n, e.code, e.name_kk, e.name_ru, e.name_en, e.valid_from, e.valid_to)
        for n, e in enumerate(entries, start=2)])
    return len(entries)


def seed_classifier(db: Database) -> None:
    """Give a new database the classifier shipped with the application."""
    data = json.loads(resource_path("classifier", "classifier.json").read_text(encoding="utf-8"))
    entries = [ClassifierEntry(code=item["code"], name_kk=item["name_kk"], name_ru=item["name_ru"],
                               name_en=item.get("name_en", ""),
                               valid_from=_date(item.get("valid_from")), valid_to=_date(item.get("valid_to")))
               for item in data["specialties"] + data["qualifications"]]
    import_entries(db, list(enumerate(entries, start=1)), "classifier_seed")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
