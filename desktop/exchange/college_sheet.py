"""Curricula as colleges keep them across a sheet: one column per subject, module or learning outcome,
names in the header rows (often merged, in Kazakh and Russian), hours in one row ("96с-4к" or 96).

This is how summary grade sheets ("полотно") carry the whole curriculum. The reader takes the rows
and their hours; the semester layout is not in such sheets and is left for the editor. Each sheet of a workbook
is read on its own (a workbook often holds one sheet per group or cohort): its specialty, qualifications and
cohort years come from its own title block, the cohort years failing that from the file name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop.domain.curriculum import Curriculum, Row, Section
from desktop.domain.sheet_text import normal_code, section_of
from desktop.exchange.college_sheet_layout import Column, cells, hours_row, lines as _lines, section_prefix
from desktop.exchange.row_sheet_header import is_russian_only
from desktop.exchange.row_sheet_words import split_index as split_code
from desktop.exchange.sheet_reading import MAX_YEARS, SheetReading, year_range, years_for_hours

# Mandatory hours in a study year, for the years of a sheet that says neither its cohort's years nor its file name
# The intake year of a sheet whose cohort years are found nowhere: no year at all, so that no one takes it for
# one; SheetReading.intake_year_source is then "" and the caller asks the user.
UNKNOWN_INTAKE = 0
_SPECIALTY = re.compile(r"(?<![\dA-Z])(\d{8})(?!\d)")
_QUALIFICATION = re.compile(r"\b(\d(?:W|S|AB)\d{8})\b")
_RU_START = ("РО", "ПМ", "БМ", "ООД")
PRACTICE_WORDS = ("практика", "өндірістік оқыту", "производственное обучение")
FINAL_WORDS = ("қорытынды аттестат", "итоговая аттестация")
# Not mandatory: electives and consultations do not count towards the years of study
OPTIONAL = (Section.ELECTIVES, Section.CONSULTATIONS)
# Column headers of a cohort's first and last year ("Год поступления" 2023, "Год выпуска" 2026 on the Zhambyl sheets)
_INTAKE_LABELS = ("поступлен", "қабылдан", "түскен", "қабылдау жыл")
_GRADUATION_LABELS = ("выпуск", "бітір", "аяқта")


@dataclass
class _Group:
    code: str
    section: Section
    number: str
    name_kk: str
    name_ru: str


def _names(text: object) -> tuple[str, str]:
    """(Kazakh, Russian) from a bilingual header, codes taken off the front of each."""
    found = _lines(text)
    if not found:
        return "", ""
    start = next((i for i, line in enumerate(found) if i and line.upper().startswith(_RU_START)), None)
    if start is None and len(found) == 2:
        start = 1
    kk_lines = found[:start] if start else found
    ru_lines = found[start:] if start else found
    return _strip_code(" ".join(kk_lines)), _strip_code(" ".join(ru_lines))


def _strip_code(text: str) -> str:
    prefix, number = split_code(text)
    if prefix and section_of(prefix) and (number or prefix in ("ЖБП", "БМ", "КМ", "ПМ", "ОН", "РО")):
        text = re.sub(r"^\s*[А-ЯӘҒҚҢӨҰҮҺІA-Z]{1,4}\s*[.\-–]?\s*\d*(?:[.,]\s*\d+)?\.?\s*", "", text, count=1)
    return text.strip(" .")


def read_college_sheet(sheet, file_name: str, subject_key) -> SheetReading | None:
    """The curriculum of one sheet laid out across its columns, or None when the sheet is not one (a plan
    written in rows among them: see college_sheet_layout)."""
    values, anchors = cells(sheet)
    found = hours_row(values, anchors)
    if found is None:
        return None
    groups: dict[str, _Group] = {}
    rows = [row for column in found[1] if (row := _item_row(column, groups, subject_key)) is not None]
    if not rows:
        return None
    return _assemble(sheet, file_name, values, _under_modules(rows), groups)


def _under_modules(rows: list[Row]) -> list[Row]:
    """Outcomes with no module header over them ("РО 1.1" beside a column "ПМ.01" of its own) belong to the module
    of their number: its hours are theirs, counted once."""
    modules = {row.code: row.id for row in rows if row.section is Section.PROFESSIONAL and row.code.startswith("КМ ")}
    placed = []
    for row in rows:
        major = row.code[3:].split(".")[0] if row.code.startswith("ОН ") and not row.parent else ""
        module = modules.get(normal_code("КМ", major)) if major.isdigit() else None
        placed.append(replace(row, parent=module) if module else row)
    return placed


def _item_row(column: Column, groups: dict, subject_key) -> Row | None:
    key, hours, credits = f"c{column.column}", column.hours, column.credits
    item, above = column.texts[0], list(column.texts[1:])
    kk, ru = _names(item)
    prefix, number = split_code(_lines(item)[0]) if _lines(item) else ("", "")
    lowered = str(item).lower()
    group = next((g for g in (section_prefix(t) for t in above) if g), None)
    if prefix in ("ОН", "РО", "БМ") and number:
        section = section_of(prefix)
        code = normal_code(prefix, number)
        parent = _group(groups, group, above) if prefix in ("ОН", "РО") and group else None
        basic = int(float(number)) if prefix == "БМ" else None
        return Row(key, section, code, kk, ru, hours, credits, parent=parent, basic_module=basic)
    if prefix in ("КМ", "ПМ") and number and "." not in number and not group:
        # a module graded as a whole, in a column of its own ("ПМ.01 Программирование" over 240)
        return Row(key, Section.PROFESSIONAL, normal_code(prefix, number), kk, ru, hours, credits)
    if any(word in lowered for word in FINAL_WORDS):
        return Row(key, Section.FINAL, "ҚА", kk, ru, hours, credits)
    if any(word in lowered for word in PRACTICE_WORDS):
        kk, ru = kk.split(" КМ")[0], ru.split(" ПМ")[0]
        if group and section_of(group[0]) is Section.PROFESSIONAL:
            # Practice listed under a professional module is part of that module, as the sheet counts it (the Oral
            # sheet's КМ 05 holds "Дипломалды практика"): its hours are the module's, held as production training.
            return Row(key, Section.PROFESSIONAL, "", kk, ru, hours, credits, production=hours,
                       parent=_group(groups, group, above))
        return Row(key, Section.PRACTICE, "КП", kk, ru, hours, credits, production=hours)
    subject = subject_key(kk) or subject_key(ru)
    if group and section_of(group[0]) is not Section.GENERAL:
        return Row(key, section_of(group[0]), "", kk, ru, hours, credits, parent=_group(groups, group, above))
    return Row(key, Section.GENERAL, "", kk, ru, hours, credits, subject=subject)


def _group(groups: dict, group: tuple[str, str], above: list) -> str:
    code = normal_code(*group)
    if code not in groups:
        header = next(t for t in above if section_prefix(t) == group)
        named = [line for line in _lines(header)
                 if split_code(line)[0] in ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "Ф") and split_code(line)[1]]
        kk = _strip_code(named[0]) if named else code
        ru = _strip_code(named[1]) if len(named) > 1 else kk
        groups[code] = _Group(code, section_of(group[0]), group[1], kk, ru)
    return f"g:{code}"


def _assemble(sheet, file_name: str, values: dict, rows: list[Row], groups: dict[str, _Group]) -> SheetReading:
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
    ordered = [r if r.id not in codes else replace(r, code=codes[r.id]) for r in ordered]
    texts = [v for _, v in sorted(values.items()) if isinstance(v, str)]
    specialty, qualifications = _title(texts)
    parents = {r.parent for r in ordered if r.parent}
    mandatory = sum(r.hours for r in ordered if r.id not in parents and r.section not in OPTIONAL)
    by_hours = years_for_hours(mandatory)
    cohort, source = _cohort(values, texts, file_name, by_hours)
    intake, years = (cohort[0], cohort[1] - cohort[0]) if cohort else (UNKNOWN_INTAKE, by_hours)
    language = "ru" if is_russian_only([r.name_kk for r in ordered] + [r.name_ru for r in ordered]) else "kk"
    curriculum = Curriculum(specialty, qualifications, "9" if general else "11", language, intake_year=intake,
                            years=min(max(1, years), MAX_YEARS), rows=tuple(ordered),
                            title=f"{specialty} {sheet.title}".strip())
    return SheetReading(curriculum, source)


def _title(texts: list[str]) -> tuple[str, tuple[str, ...]]:
    """Specialty and qualifications from the sheet's own title: the first text that names a specialty (a
    qualification's exam or the practice may name the qualification again, further right)."""
    title = next((t for t in texts if _SPECIALTY.search(t)), " ".join(texts))
    specialty = next(iter(_SPECIALTY.findall(title)), "")
    qualifications = tuple(dict.fromkeys(_QUALIFICATION.findall(title) or _QUALIFICATION.findall(" ".join(texts))))
    return specialty, qualifications


def _cohort(values: dict, texts: list[str], file_name: str, by_hours: int) -> tuple[tuple[int, int] | None, str]:
    """(intake year, graduation year) and where they were read: the sheet, else the file name, else nowhere.

    A range shorter than the hours need by more than a year is an academic year ("2025-2026 оқу жылы" in an
    approval block), not the cohort's, and is passed over."""
    def plausible(found: tuple[int, int] | None) -> bool:
        return found is not None and found[1] - found[0] >= by_hours - 1

    on_sheet = next((r for t in texts if plausible(r := year_range(t))), None) or _labelled_years(values)
    if plausible(on_sheet):
        return on_sheet, "sheet"
    in_name = year_range(file_name)
    if plausible(in_name):
        return in_name, "file_name"
    return None, ""


def _labelled_years(values: dict) -> tuple[int, int] | None:
    """The years under "Год поступления" and "Год выпуска" column headers."""
    def year_under(labels: tuple[str, ...]) -> int | None:
        for (row, column), value in sorted(values.items()):
            if isinstance(value, str) and any(label in value.lower() for label in labels):
                below = values.get((row + 1, column))
                if isinstance(below, int) and not isinstance(below, bool) and 1990 <= below <= 2100:
                    return below
        return None

    start, end = year_under(_INTAKE_LABELS), year_under(_GRADUATION_LABELS)
    return year_range(f"{start}-{end}") if start and end else None
