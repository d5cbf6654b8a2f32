"""A row's code says where it belongs: "БМ 5" is a basic module, "ОН 3.1" a learning outcome of module 3, "Ф 02"
an elective, wherever the row was added. A new row used to land in the section of whichever row was selected."""
from __future__ import annotations

import re
from dataclasses import replace

from desktop.domain.curriculum import Row, Section

# Stored (Kazakh) prefixes, their Russian forms and the Latin look-alikes people type by mistake. "КП" is
# «кәсіптік практика» (Russian «ПП»), "АА"/"ПА" the intermediate and "ҚА"/"ИА" the final attestation, "БЕ"/"КЭ"
# the qualification exam, held in the intermediate attestation.
SECTION_OF_PREFIX = {
    "КМ": Section.PROFESSIONAL, "ПМ": Section.PROFESSIONAL, "KM": Section.PROFESSIONAL, "PM": Section.PROFESSIONAL,
    "ОН": Section.PROFESSIONAL, "РО": Section.PROFESSIONAL,
    "БМ": Section.BASIC, "BM": Section.BASIC,
    "ЖБП": Section.GENERAL, "ООД": Section.GENERAL,
    "Ф": Section.ELECTIVES,
    "КП": Section.PRACTICE, "ПП": Section.PRACTICE,
    "ҚА": Section.FINAL, "ИА": Section.FINAL,
    "АА": Section.INTERMEDIATE, "ПА": Section.INTERMEDIATE, "БЕ": Section.INTERMEDIATE, "КЭ": Section.INTERMEDIATE,
}
OUTCOME_PREFIXES = {"ОН", "РО"}
MODULE_PREFIXES = {"КМ", "ПМ", "KM", "PM"}
_CODE = re.compile(r"^\s*([^\W\d_]+)\.?\s*0*(\d+)?", re.UNICODE)


def _prefix_and_number(code: str) -> tuple[str, int | None]:
    match = _CODE.match(code)
    if not match:
        return "", None
    return match.group(1).upper(), int(match.group(2)) if match.group(2) else None


def section_of_code(code: str) -> Section | None:
    """The section a code's prefix names, or None for a code of no known prefix (it stays where it was added)."""
    return SECTION_OF_PREFIX.get(_prefix_and_number(code)[0])


def is_outcome_code(code: str) -> bool:
    return _prefix_and_number(code)[0] in OUTCOME_PREFIXES


def _module_numbered(rows: tuple[Row, ...], number: int | None) -> Row | None:
    for row in rows:
        prefix, module_number = _prefix_and_number(row.code)
        if row.section is Section.PROFESSIONAL and not row.parent and prefix in MODULE_PREFIXES \
                and number is not None and module_number == number:
            return row
    return None


def placed_by_code(rows: tuple[Row, ...], row_id: str, near: Row | None = None) -> tuple[Row, ...]:
    """The rows with row `row_id` moved where its code says: its section, and for a learning outcome under the
    module its number names ("ОН 3.1" under "КМ 03"), else under the module `near` (the selected row) is or
    belongs to, else under the last professional module. A row whose code names no section, or that holds
    outcomes of its own, stays where it is."""
    row = next(r for r in rows if r.id == row_id)
    section = section_of_code(row.code)
    if section is None or any(r.parent == row.id for r in rows):
        return rows
    others = tuple(r for r in rows if r.id != row.id)
    parent = None
    if is_outcome_code(row.code):
        number = _prefix_and_number(row.code.split(".")[0])[1]
        current = next((r for r in others if r.id == row.parent), None)
        near_module = (near if near is not None and near.section is Section.PROFESSIONAL and not near.parent
                       else next((r for r in others if near is not None and r.id == near.parent), None))
        modules = [r for r in others if r.section is Section.PROFESSIONAL and not r.parent]
        parent = _module_numbered(others, number) or current or near_module or (modules[-1] if modules else None)
    if row.section is section and row.parent == (parent.id if parent else None):
        return rows  # already there: typing a code never reorders a row in its own place
    qualification = parent.qualification if parent is not None else (
        row.qualification if section in (Section.PROFESSIONAL, Section.INTERMEDIATE, Section.PRACTICE) else None)
    moved = replace(row, section=section, parent=parent.id if parent else None, qualification=qualification)
    return _inserted(others, moved, near)


def _inserted(rows: tuple[Row, ...], moved: Row, near: Row | None) -> tuple[Row, ...]:
    """After the selected row when it is of the same place, else after the last row of that place, else last."""
    def same_place(r: Row) -> bool:
        if moved.parent:
            return r.id == moved.parent or r.parent == moved.parent
        return r.section is moved.section and (not r.parent or any(m.id == r.parent and m.section is moved.section
                                                                     for m in rows))

    if near is not None and any(r.id == near.id for r in rows) and same_place(near):
        position = [r.id for r in rows].index(near.id) + 1
        # after the selected module's own outcomes, not between them
        while not moved.parent and position < len(rows) and rows[position].parent == near.id:
            position += 1
    else:
        places = [i for i, r in enumerate(rows) if same_place(r)]
        position = places[-1] + 1 if places else len(rows)
    return rows[:position] + (moved,) + rows[position:]
