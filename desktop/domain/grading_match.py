"""Which row of a curriculum each item of a grade sheet grades.

Sheets and curricula write the same rows differently: "БМ1", "БМ 01" and "БМ 1." are one basic module; "КМ 3" and
"ПМ 03" one professional module; "ОН 1.1" and "РО 1.1" one learning outcome; general-education subjects often
carry no code on the sheet at all. The items are matched, one row each at most, in this order:

1. by code, normalised (code_key): the item's own code against the row's;
2. by section, for the final attestation and professional practice, when the sheet and the plan have one each
   left ("Қорытынды аттестациялау: 4S04110102 бойынша" is the plan's "Қорытынды аттестаттау");
3. by subject, when a subject_key is given (the rule set's: "Дене тәрбиесі" and "Дене шынықтыру" are one subject);
4. by name: the best similarity of the Kazakh and Russian names (codes, qualification codes and punctuation taken
   off), at least NAME_THRESHOLD, the best pairs first; only between compatible sections, and under the same
   module when both the item and the row name theirs.

What is left is reported, never guessed: the items that match no row, and the graded rows (those with no rows
under them, consultations aside) that no item covers.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from desktop.domain.curriculum import Row, Section
from desktop.domain.grading_sheet import ItemGrade, SheetItem, StudentRow

NAME_THRESHOLD = 0.8
# Codes in Kazakh, as this program writes them
_KAZAKH_PREFIX = {"ООД": "ЖБП", "ПМ": "КМ", "РО": "ОН", "ИА": "ҚА", "ПА": "АА"}
# Codes typed in Latin letters: whole prefixes, then letters that look Cyrillic
_LATIN_PREFIX = {"BM": "БМ", "KM": "КМ", "PM": "ПМ", "OH": "ОН", "ON": "ОН", "PO": "РО", "RO": "РО", "KP": "КП"}
_LOOKALIKES = str.maketrans("AEKMHOPCTX", "АЕКМНОРСТХ")
_CODE = re.compile(r"^\s*(?P<prefix>[A-ZА-ЯӘҒҚҢӨҰҮҺІ]{1,4})\s*[.\-–]?\s*"
                   r"(?P<number>\d{1,3}(?:\s*[.,]\s*\d{1,3})*)?\s*\.?\s*$", re.IGNORECASE)
# Taken off names before they are compared: codes anywhere ("КМ1 ОН1.3; КМ3 ..."), qualification codes
_CODES_IN_NAME = re.compile(r"(?<!\w)(?:ЖБП|ООД|БМ|КМ|ПМ|ОН|РО|Ф)\s*[.\-–]?\s*\d{1,3}(?:\s*[.,]\s*\d{1,3})*|"
                            r"\b\d(?:W|S|AB)\d{8}\b|\b\d{8}\b", re.IGNORECASE)
# Sections that may stand for one another: practice kept inside a professional module
_NEAR = ({Section.PRACTICE, Section.PROFESSIONAL},)
_BY_SECTION = (Section.FINAL, Section.PRACTICE)


@dataclass(frozen=True)
class ItemMatch:
    item: str  # SheetItem.key
    row: str  # Row.id
    by: str  # "code", "section", "subject" or "name"
    score: float  # 1.0 but by name: the names' similarity


@dataclass(frozen=True)
class Matching:
    matches: tuple[ItemMatch, ...]  # in the order of the sheet's items
    unmatched_items: tuple[str, ...]  # item keys, in the sheet's order
    uncovered_rows: tuple[str, ...]  # ids of graded rows no item covers, in the curriculum's order

    @property
    def mapping(self) -> dict[str, str]:
        """Item key -> row id."""
        return {m.item: m.row for m in self.matches}

    def row_of(self, item: str) -> str | None:
        return self.mapping.get(item)


def code_key(code: str) -> str:
    """A code compared whatever its spelling: "БМ1", "БМ 01", "БМ 1." -> "БМ 1"; "КМ 04", "ПМ.4" -> "КМ 4";
    "РО 1.1", "ОН 01.1" -> "ОН 1.1"; "" for a text that is no code."""
    match = _CODE.match(code or "")
    if not match:
        return ""
    prefix = match["prefix"].upper()
    prefix = _LATIN_PREFIX.get(prefix, prefix.translate(_LOOKALIKES))
    prefix = _KAZAKH_PREFIX.get(prefix, prefix)
    number = ".".join(str(int(part)) for part in re.split(r"\s*[.,]\s*", match["number"])) if match["number"] else ""
    return f"{prefix} {number}".strip()


def name_key(name: str) -> str:
    """A name compared whatever its case, punctuation, codes and spacing."""
    text = _CODES_IN_NAME.sub(" ", (name or "").casefold().replace("ё", "е"))
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def similarity(a: str, b: str) -> float:
    """0 to 1: how alike two names are once name_key has folded them."""
    a, b = name_key(a), name_key(b)
    if not a or not b:
        return 0.0
    return 1.0 if a == b else SequenceMatcher(None, a, b, autojunk=False).ratio()


def graded_rows(rows: Sequence[Row]) -> list[Row]:
    """The rows that take a grade: those with no rows under them (a module with outcomes is graded through them),
    consultations aside."""
    parents = {row.parent for row in rows if row.parent}
    return [row for row in rows if row.id not in parents and row.section is not Section.CONSULTATIONS]


def _compatible(a: Section | None, b: Section | None) -> bool:
    return a is None or b is None or a == b or any({a, b} == pair for pair in _NEAR)


def match_items(items: Sequence[SheetItem], rows: Sequence[Row],
                subject_key: Callable[[str], str | None] | None = None,
                threshold: float = NAME_THRESHOLD) -> Matching:
    """The row each item grades, the items that grade none and the graded rows no item covers (see above)."""
    by_id = {row.id: row for row in rows}
    graded = graded_rows(rows)
    found: dict[str, ItemMatch] = {}
    used: set[str] = set()

    def take(item: SheetItem, row: Row, by: str, score: float = 1.0) -> None:
        found[item.key] = ItemMatch(item.key, row.id, by, round(score, 3))
        used.add(row.id)

    # 1. by code: a code that names exactly one row still free
    for item in items:
        key = code_key(item.code)
        same = [row for row in rows if key and code_key(row.code) == key and row.id not in used]
        if len(same) == 1:
            take(item, same[0], "code")
    free_rows = lambda: [row for row in graded if row.id not in used]  # noqa: E731
    free_items = lambda: [item for item in items if item.key not in found]  # noqa: E731
    # 2. by section: the one final attestation, the one practice, left on both sides
    for section in _BY_SECTION:
        left = [item for item in free_items() if item.section is section]
        plan = [row for row in free_rows() if row.section is section]
        if len(left) == 1 and len(plan) == 1:
            take(left[0], plan[0], "section")
    # 3. by subject
    if subject_key is not None:
        for item in free_items():
            subject = subject_key(item.name_kk) or subject_key(item.name_ru)
            same = [row for row in free_rows() if subject and row.subject == subject]
            if len(same) == 1 and _compatible(item.section, same[0].section):
                take(item, same[0], "subject")
    # 4. by name, the most alike pairs first
    pairs = []
    for i, item in enumerate(free_items()):
        for j, row in enumerate(free_rows()):
            if not _compatible(item.section, row.section) or not _same_module(item, row, by_id):
                continue
            score = max(similarity(a, b) for a in {item.name_kk, item.name_ru} for b in {row.name_kk, row.name_ru})
            if score >= threshold:
                pairs.append((-score, i, j, item, row))
    for negative, _, _, item, row in sorted(pairs, key=lambda p: p[:3]):
        if item.key not in found and row.id not in used:
            take(item, row, "name", -negative)
    return Matching(tuple(found[item.key] for item in items if item.key in found),
                    tuple(item.key for item in items if item.key not in found),
                    tuple(row.id for row in graded if row.id not in used))


def _same_module(item: SheetItem, row: Row, by_id: dict[str, Row]) -> bool:
    """False only when both name a module and the modules differ ("КМ 01" over the item, "КМ 03" over the row)."""
    parent = by_id.get(row.parent) if row.parent else None
    item_module, row_module = code_key(item.module), code_key(parent.code) if parent else ""
    return not item_module or not row_module or item_module == row_module


def grades_by_row(student: StudentRow, matching: Matching) -> dict[str, ItemGrade]:
    """Row id -> the student's grade for that row, through the matching (grades of unmatched items left out)."""
    mapping = matching.mapping
    return {mapping[g.item]: g for g in student.grades if g.item in mapping}


def missing_rows(student: StudentRow, matching: Matching, rows: Sequence[Row]) -> list[str]:
    """The ids of the graded rows (see graded_rows) the student has no grade for, in the curriculum's order: what
    reconciliation lists before anything prints."""
    have = grades_by_row(student, matching)
    return [row.id for row in graded_rows(rows) if row.id not in have]
