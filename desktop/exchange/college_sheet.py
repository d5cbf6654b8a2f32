"""Curricula as colleges keep them across a sheet: one column per subject, module or learning outcome,
names in the header rows (often merged, in Kazakh and Russian), hours in one row ("96с-4к" or 96).

This is how summary grade sheets ("полотно") carry the whole curriculum. The reader takes the rows
and their hours; the semester layout is not in such sheets and is left for the editor.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.curriculum import Curriculum, Row, Section
from desktop.domain.sheet_text import normal_code, parse_hours_credits, section_of, split_code

HEADER_ROWS = 15
# The widest sheet read: real ones have up to 220 columns (a subject and its grade columns each); a stray cell
# at column XFD must not make 16,384 columns of every header row.
WIDEST = 1024
MAX_YEARS = 6  # as curriculum_xlsx.MAX_YEARS: the longest TVET programme is 4 years 10 months
_SPECIALTY = re.compile(r"(?<![\dA-Z])(\d{8})(?!\d)")
_QUALIFICATION = re.compile(r"\b(\d(?:W|S|AB)\d{8})\b")
_YEARS = re.compile(r"\b(20\d\d)\s*[-–]\s*20\d\d\b")
_RU_START = ("РО", "ПМ", "БМ", "ООД")
PRACTICE_WORDS = ("практика", "өндірістік оқыту", "производственное обучение")
FINAL_WORDS = ("қорытынды аттестат", "итоговая аттестация")


@dataclass
class _Group:
    code: str
    section: Section
    number: str
    name_kk: str
    name_ru: str
    children: list = field(default_factory=list)


def _cells(sheet) -> tuple[dict[tuple[int, int], object], dict[tuple[int, int], tuple[int, int]]]:
    """Values by (row, column) in the header rows, merged cells filled from their top-left cell; and the
    top-left cell each merged cell comes from."""
    values, anchors = {}, {}
    widest = min(sheet.max_column, WIDEST)
    for row in sheet.iter_rows(min_row=1, max_row=HEADER_ROWS, max_col=widest):
        for cell in row:
            if cell.value is not None:
                values[(cell.row, cell.column)] = cell.value
    for merged in getattr(sheet, "merged_cells", ()):
        top = values.get((merged.min_row, merged.min_col))
        if top is None or merged.min_row > HEADER_ROWS:
            continue
        for r in range(merged.min_row, min(merged.max_row, HEADER_ROWS) + 1):
            for c in range(merged.min_col, min(merged.max_col, widest) + 1):
                values.setdefault((r, c), top)
                anchors[(r, c)] = (merged.min_row, merged.min_col)
    return values, anchors


def _hours_row(values: dict) -> int | None:
    best, best_count = None, 0
    for row in range(1, HEADER_ROWS + 1):
        found = [v for (r, _), v in values.items() if r == row and parse_hours_credits(v) and parse_hours_credits(v)[0] >= 12]
        if len(found) >= 5 and len(found) > best_count:
            best, best_count = row, len(found)
    return best


def _lines(text: object) -> list[str]:
    return [" ".join(line.split()) for line in str(text).replace("\t", " ").split("\n") if line.strip()]


def _names(text: object) -> tuple[str, str]:
    """(Kazakh, Russian) from a bilingual header, codes taken off the front of each."""
    lines = _lines(text)
    if not lines:
        return "", ""
    start = next((i for i, line in enumerate(lines) if i and line.upper().startswith(_RU_START)), None)
    if start is None and len(lines) == 2:
        start = 1
    kk_lines = lines[:start] if start else lines
    ru_lines = lines[start:] if start else lines
    return _strip_code(" ".join(kk_lines)), _strip_code(" ".join(ru_lines))


def _strip_code(text: str) -> str:
    prefix, number = split_code(text)
    if prefix and section_of(prefix) and (number or prefix in ("ЖБП", "БМ", "КМ", "ПМ", "ОН", "РО")):
        text = re.sub(r"^\s*[А-ЯӘҒҚҢӨҰҮҺІA-Z]{1,4}\s*\d*(?:[.,]\s*\d+)?\.?\s*", "", text, count=1)
    return text.strip(" .")


def _group_of(text: object) -> tuple[str, str] | None:
    """The code a group header carries on one of its lines: ("КМ", "1") from "Кәсіптік модуль 1\\nКМ 1 ..."."""
    for line in _lines(text):
        prefix, number = split_code(line)
        if prefix in ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "Ф") and (number or prefix in ("Ф",)):
            return prefix, number or "0"
    return None


def read_college_sheet(sheet, subject_key) -> Curriculum | None:
    """A curriculum from a sheet laid out across its columns, or None when the sheet is not one."""
    values, anchors = _cells(sheet)
    hours_row = _hours_row(values)
    if hours_row is None:
        return None
    groups: dict[str, _Group] = {}
    rows: list[Row] = []
    columns = sorted(c for (r, c), v in values.items() if r == hours_row and parse_hours_credits(v))
    seen_cells: set[tuple[int, int]] = set()
    for column in columns:
        anchor = anchors.get((hours_row, column), (hours_row, column))
        if anchor in seen_cells:  # one item merged across several columns (its grade columns)
            continue
        seen_cells.add(anchor)
        hours, credits = parse_hours_credits(values[(hours_row, column)])
        texts = []
        for row in range(hours_row - 1, 0, -1):
            value = values.get((row, column))
            if value is None or isinstance(value, (int, float)) or str(value).strip().isdigit():
                continue
            if not texts or value is not texts[-1]:
                texts.append(value)
        if not texts or hours == 0:
            continue
        item, above = texts[0], texts[1:]
        row = _item_row(f"c{column}", item, above, hours, credits, groups, subject_key)
        if row is not None:
            rows.append(row)
    return _assemble(sheet, values, rows, groups)


def _item_row(key, item, above, hours, credits, groups, subject_key) -> Row | None:
    kk, ru = _names(item)
    prefix, number = split_code(_lines(item)[0]) if _lines(item) else ("", "")
    lowered = str(item).lower()
    group = next((g for g in (_group_of(t) for t in above) if g), None)
    if prefix in ("ОН", "РО", "БМ") and number:
        section = section_of(prefix)
        code = normal_code(prefix, number)
        parent = _group(groups, group, above) if prefix in ("ОН", "РО") and group else None
        basic = int(float(number)) if prefix == "БМ" else None
        return Row(key, section, code, kk, ru, hours, credits, parent=parent, basic_module=basic)
    if any(word in lowered for word in FINAL_WORDS):
        return Row(key, Section.FINAL, "ҚА", kk, ru, hours, credits)
    if any(word in lowered for word in PRACTICE_WORDS):
        parent = _group(groups, group, above) if group else None  # practice inside a module stays in it
        return Row(key, Section.PRACTICE, "КП", kk.split(" КМ")[0], ru.split(" ПМ")[0], hours, credits, parent=parent)
    subject = subject_key(kk) or subject_key(ru)
    if group and section_of(group[0]) is not Section.GENERAL:
        return Row(key, section_of(group[0]), "", kk, ru, hours, credits, parent=_group(groups, group, above))
    return Row(key, Section.GENERAL, "", kk, ru, hours, credits, subject=subject)


def _group(groups: dict, group: tuple[str, str], above: list) -> str:
    code = normal_code(*group)
    if code not in groups:
        header = next(t for t in above if _group_of(t) == group)
        lines = [line for line in _lines(header)
                 if split_code(line)[0] in ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "Ф") and split_code(line)[1]]
        kk = _strip_code(lines[0]) if lines else code
        ru = _strip_code(lines[1]) if len(lines) > 1 else kk
        groups[code] = _Group(code, section_of(group[0]), group[1], kk, ru)
    return f"g:{code}"


def _assemble(sheet, values: dict, rows: list[Row], groups: dict[str, _Group]) -> Curriculum:
    heads = []
    for code, group in groups.items():
        children = [r for r in rows if r.parent == f"g:{code}"]
        basic = int(float(group.number)) if group.section is Section.BASIC else None
        heads.append(Row(f"g:{code}", group.section, code, group.name_kk, group.name_ru,
                         sum(r.hours for r in children), basic_module=basic))
    ordered: list[Row] = []
    for row in rows:
        head = next((h for h in heads if h.id == row.parent), None)
        if head is not None and head not in ordered:
            ordered.append(head)
        ordered.append(row)
    general = [r for r in ordered if r.section is Section.GENERAL and not r.code]
    codes = {r.id: f"ЖБП {n:02d}" for n, r in enumerate(general, start=1)}
    ordered = [r if r.id not in codes else _with_code(r, codes[r.id]) for r in ordered]
    text = " ".join(str(v) for v in values.values() if isinstance(v, str))
    specialty = next(iter(_SPECIALTY.findall(text)), "")
    qualifications = tuple(dict.fromkeys(_QUALIFICATION.findall(text)))
    intake = _YEARS.search(text)
    total = sum(r.hours for r in ordered if not r.id.startswith("g:") or not any(x.parent == r.id for x in ordered))
    # An estimate from the hours (about 1,440 a year), bounded as a typed one is: the rules loop over the years.
    years = min(max(1, math.ceil(total / 1440)), MAX_YEARS)
    return Curriculum(specialty, qualifications, "9" if general else "11", "kk",
                      intake_year=int(intake.group(1)) if intake else date.today().year, years=years,
                      rows=tuple(ordered), title=f"{specialty} {sheet.title}".strip())


def _with_code(row: Row, code: str) -> Row:
    from dataclasses import replace  # noqa: PLC0415

    return replace(row, code=code)
