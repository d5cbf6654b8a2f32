"""The header of a group's grade sheet: which layout it is, where the students start, and the graded items.

Three layouts are read (see grade_sheet for the whole contract):
- the полотно (SheetLayout.QUAD): item names in the header rows (subjects merged over their columns, module headers
  over their learning outcomes), an hours row ("96с-4к"), and a row of labels п / б / цэ / трад under each item;
- one column per item (SheetLayout.SINGLE): names over an hours row (96, 1728), the percent under each;
- our own (SheetLayout.OWN): one header row, "Аты-жөні / ФИО" over the names and a row code (or name) over each
  item column.
Nothing here reports a problem: a sheet whose header is none of these is not a grade sheet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from desktop.domain.curriculum import Section
from desktop.domain.grading_sheet import Role, SheetItem, SheetLayout
from desktop.domain.sheet_text import parse_hours_credits, section_of
from desktop.exchange.college_sheet_layout import HEADER_ROWS, cells, hours_row, lines

# Labels of the grade columns under an item, by what they hold; compared whole, case and dots folded
LABELS = {
    Role.PERCENT: ("п", "%", "пайыз", "процент", "проц", "балл %", "percent"),
    Role.POINTS: ("б", "балл", "балы", "gpa", "points"),
    Role.LETTER: ("цэ", "ц э", "әріп", "әріптік", "буква", "буквенная", "letter"),
    Role.TRADITIONAL: ("трад", "дәст", "дәстүрлі", "традиц", "традиционная", "traditional"),
}
_ROLE_OF = {word: role for role, words in LABELS.items() for word in words}
# An item spans at most this many columns (п, б, цэ, трад)
ITEM_WIDTH = 4
# The name column's header: "оқушының аты-жөні", "Студенттің аты-жөні", "ФИО", "Full name"
_NAME_HEADER = re.compile(r"аты[\s-]*ж[өо]н|(?<!\w)ф\.?\s*и\.?\s*о(?!\w)|full name", re.IGNORECASE)
# Weaker, for a short header only: "Студент", "Білім алушы", "Обучающийся"
_STUDENT_HEADER = re.compile(r"студент|білім алушы|оқушы|обучающ|student", re.IGNORECASE)
# Columns beside the items that are no item: averages, totals, the cohort's years, the diploma's number, the IIN
_NOT_ITEM = re.compile(r"орташа|средн|average|барлығы|итого|всего|total|поступлен|выпуск|түскен|бітір|диплом\s*\(|"
                       r"^\W*диплом\W*$|^\W*№\W*$|жсн|иин|iin", re.IGNORECASE)
_IIN_HEADER = re.compile(r"^\W*(жсн|иин|iin)\W*$", re.IGNORECASE)
# A code at the start of a header line, as written: "ОН 1.1", "ОН1.3", "БМ1", "БМ 1.", "КМ 04", "ПМ.01", "Ф 00"
_CODE = re.compile(r"^\s*(?P<prefix>ЖБП|ООД|БМ|КМ|ПМ|ОН|РО|КП|ҚА|ИА|Ф)\s*[.\-–]?\s*"
                   r"(?P<number>\d{1,3}(?:\s*[.,]\s*\d{1,3})?)(?!\d)\.?")
_MODULE_PREFIXES = ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "Ф")
_RUSSIAN_CODES = ("РО", "ПМ", "ООД", "ИА")
_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_SPECIALTY = re.compile(r"(?<!\d)\d{8}(?!\d)")
PRACTICE_WORDS = ("практика", "өндірістік оқыту", "производственное обучение")
FINAL_WORDS = ("қорытынды аттестат", "итоговая аттестац")
ELECTIVE_WORDS = ("факультатив",)
# An exam or an intermediate attestation written without a code of its own
EXAM_WORDS = ("аралық аттестат", "промежуточная аттестац", "емтихан", "экзамен")


@dataclass(frozen=True)
class Header:
    layout: SheetLayout
    items: tuple[SheetItem, ...]
    name_column: int
    first_row: int  # the first row that may hold a student
    title: str = ""
    number_column: int | None = None
    iin_column: int | None = None


def read_header(sheet) -> Header | None:
    """The sheet's layout and items, or None when it is not a grade sheet."""
    values, anchors = cells(sheet)
    name_column = _name_column(values)
    labelled = _label_row(values, anchors, name_column)
    if labelled is not None:
        row, groups = labelled
        items = tuple(_quad_item(values, anchors, row, group, _hours_row(values, anchors, groups, row))
                      for group in groups)
        return Header(SheetLayout.QUAD, items, name_column, row + 1, _title(values), _number_column(values))
    found = hours_row(values, anchors)
    if found is not None:
        row = found[0]
        items = _single_items(values, anchors, row, name_column)
        if items:
            return Header(SheetLayout.SINGLE, items, name_column, row + 1, _title(values), _number_column(values))
    return _own_header(values)


def _fold(value: object) -> str:
    return " ".join(str(value).casefold().replace(".", " ").split())


def _name_column(values: dict) -> int:
    """The column under a header of full names; column B (after "№") when no header says so."""
    for pattern, longest in ((_NAME_HEADER, 400), (_STUDENT_HEADER, 40)):
        found = sorted((row, column) for (row, column), value in values.items()
                       if isinstance(value, str) and pattern.search(value) and len(value.strip()) < longest)
        if found:
            return found[0][1]
    return 2


def _number_column(values: dict) -> int | None:
    return next((column for (_, column), value in sorted(values.items())
                 if isinstance(value, str) and value.strip() in ("№", "№ п/п", "р/с", "№ р/с")), None)


def _title(values: dict) -> str:
    """The group's title block: the first header text that names a specialty code."""
    return next((str(v).strip() for _, v in sorted(values.items()) if isinstance(v, str) and _SPECIALTY.search(v)),
                "")


def _label_row(values: dict, anchors: dict, name_column: int) -> tuple[int, list[dict[Role, int]]] | None:
    """The row of п / б / цэ / трад labels and the columns of each item under it (an item starts at its п)."""
    best = None
    for row in range(1, HEADER_ROWS + 1):
        labels = sorted((column, role) for (r, column), value in values.items()
                        if r == row and column > name_column and anchors.get((r, column), (r, column)) == (r, column)
                        and (role := _ROLE_OF.get(_fold(value))) is not None)
        if sum(1 for _, role in labels if role is Role.PERCENT) < 2:
            continue
        groups: list[dict[Role, int]] = []
        for column, role in labels:
            current = groups[-1] if groups else None
            if (current is None or role is Role.PERCENT or role in current
                    or column - min(current.values()) >= ITEM_WIDTH):
                groups.append({role: column})
            else:
                current[role] = column
        groups = _joined(groups, anchors, row)
        if best is None or len(groups) > len(best[1]):
            best = (row, groups)
    return best


_ORDER = (Role.PERCENT, Role.POINTS, Role.LETTER, Role.TRADITIONAL)


def _joined(groups: list[dict[Role, int]], anchors: dict, label_row: int) -> list[dict[Role, int]]:
    """Labels a sheet forgot, taken from the order п, б, цэ, трад within the item's merged header (3Ғ-3 has no п over
    column S: S is still the percent of the subject merged over S:V). Groups split by the missing label join again."""
    joined: list[dict[Role, int]] = []
    for group in groups:
        span = _span(anchors, min(group.values()), label_row)
        previous = joined[-1] if joined else None
        if previous is not None and min(group.values()) in _span(anchors, min(previous.values()), label_row) \
                and not set(group) & set(previous):
            previous.update(group)
            group = previous
        else:
            joined.append(group)
        if len(span) == len(_ORDER) and all(_ORDER.index(role) == span.index(column) for role, column in group.items()
                                            if column in span):
            for role, column in zip(_ORDER, span):
                group.setdefault(role, column)
    return joined


def _span(anchors: dict, column: int, label_row: int) -> list[int]:
    """The columns under the same merged header cell as this one (the nearest merged row above the labels)."""
    for row in range(label_row - 1, 0, -1):
        anchor = anchors.get((row, column))
        if anchor is not None:
            return [c for c in range(anchor[1], anchor[1] + ITEM_WIDTH) if anchors.get((row, c)) == anchor]
    return [column]


def _hours_row(values: dict, anchors: dict, groups: list[dict[Role, int]], below: int) -> int | None:
    """The row of "96с-4к" over the items: the row above the labels with the most of them; failing that, a row of
    plain hours as the curriculum reader finds it."""
    counts = {}
    for row in range(1, below):
        counts[row] = sum(1 for group in groups if isinstance(v := values.get((row, min(group.values()))), str)
                          and (parsed := parse_hours_credits(v)) is not None and parsed[1] is not None)
    best = max(counts, key=lambda r: (counts[r], -r), default=None)
    if best is not None and counts[best]:
        return best
    found = hours_row(values, anchors)
    return found[0] if found and found[0] < below else None


def _texts_above(values: dict, anchors: dict, column: int, below: int, hours_at: int | None) -> list[str]:
    """The header texts over a column, nearest first, each merged cell once; numbers and hours left out."""
    texts, seen = [], set()
    for row in range(below - 1, 0, -1):
        value = values.get((row, column))
        anchor = anchors.get((row, column), (row, column))
        if row == hours_at or value is None or anchor in seen or isinstance(value, (int, float)):
            continue
        seen.add(anchor)
        text = str(value).strip()
        if text and parse_hours_credits(text) is None:
            texts.append(text)
    return texts


def _hours_of(values: dict, column: int, row: int | None) -> tuple[int | None, float | None]:
    parsed = parse_hours_credits(values.get((row, column))) if row else None
    return parsed if parsed and parsed[0] else (None, None)


def _quad_item(values: dict, anchors: dict, label_row: int, group: dict[Role, int], hours_at: int | None) -> SheetItem:
    first, last = min(group.values()), max(group.values())
    texts = _texts_above(values, anchors, first, label_row, hours_at)
    hours, credits = _hours_of(values, first, hours_at)
    roles = tuple(sorted(group.items(), key=lambda pair: pair[1]))
    return _item(first, last, texts, hours, credits, roles)


def _single_items(values: dict, anchors: dict, hours_at: int, name_column: int) -> tuple[SheetItem, ...]:
    """One item a column right of the names: the columns with hours, and those without hours whose header names an
    item (course work, an exam), but no average, total or year column."""
    columns = sorted({column for (row, column) in values if row <= hours_at and column > name_column})
    items = []
    for column in columns:
        hours, credits = _hours_of(values, column, hours_at)
        texts = _texts_above(values, anchors, column, hours_at + 1, hours_at)
        own = values.get((hours_at - 1, column))
        if hours is None and (not isinstance(own, str) or not own.strip() or _NOT_ITEM.search(own)):
            continue
        if texts and not _NOT_ITEM.search(texts[0]):
            items.append(_item(column, column, texts, hours, credits, ((Role.PERCENT, column),)))
    return tuple(items)


def _own_header(values: dict) -> Header | None:
    """Our own layout: the first row with a full-name header; every other header cell right of it an item (a row
    code, a name, or both: "ОН 1.1 Бизнестің мақсаттары")."""
    for row in range(1, HEADER_ROWS + 1):
        cells_of_row = {column: str(v).strip() for (r, column), v in values.items() if r == row and str(v).strip()}
        name_column = next((c for c, text in sorted(cells_of_row.items()) if _NAME_HEADER.search(text)
                            or (_STUDENT_HEADER.search(text) and len(text) < 40)), None)
        if name_column is None:
            continue
        iin = next((c for c, text in cells_of_row.items() if _IIN_HEADER.match(text)), None)
        items = tuple(_item(c, c, [text], None, None, ((Role.PERCENT, c),)) for c, text in sorted(cells_of_row.items())
                      if c > name_column and c != iin and not _NOT_ITEM.search(text))
        if items:
            number = next((c for c, text in cells_of_row.items() if c < name_column and text.startswith("№")), None)
            return Header(SheetLayout.OWN, items, name_column, row + 1, "", number, iin)
    return None


def _item(first: int, last: int, texts: list[str], hours: int | None, credits: float | None,
          roles: tuple) -> SheetItem:
    own = texts[0] if texts else ""
    code = written_code(lines(own)[0]) if lines(own) else ""
    kk, ru = bilingual(own)
    module = next((found for text in texts[1:] for line in lines(text)
                   if (found := written_code(line)) and found_prefix(found) in _MODULE_PREFIXES), "")
    return SheetItem(get_column_letter(first), first, last, code, kk, ru, module, hours, credits,
                     _section(code, module, " ".join(texts).casefold()), roles)


def written_code(line: str) -> str:
    """The code a header line starts with, as written ("БМ1", "ОН 1.1", "КМ 04"); "" when none does."""
    match = _CODE.match(line)
    if not match or re.match(r"\s*[,;]", line[match.end():]):  # "КМ 02, КМ 03 бойынша емтихан": a list, no code
        return ""
    return " ".join(match.group(0).split()).rstrip(".")


def found_prefix(code: str) -> str:
    match = _CODE.match(code)
    return match["prefix"] if match else ""


def _section(code: str, module: str, words: str) -> Section | None:
    if any(word in words for word in FINAL_WORDS):
        return Section.FINAL
    if code:
        return section_of(found_prefix(code))
    module_section = section_of(found_prefix(module)) if module else None
    if any(word in words for word in PRACTICE_WORDS):
        return Section.PROFESSIONAL if module_section is Section.PROFESSIONAL else Section.PRACTICE
    if any(word in words for word in ELECTIVE_WORDS):
        return Section.ELECTIVES
    if any(word in words for word in EXAM_WORDS):
        return Section.INTERMEDIATE
    return module_section


def bilingual(text: str) -> tuple[str, str]:
    """(Kazakh, Russian) names from a header, the codes taken off: "Қазақ тілі\\nКазахский язык", "ОН 1.1 ...\\nРО
    1.1 ...", "Кәсіптік ... / Профессиональный ..."; the same name twice when the header has one language."""
    found = lines(text)
    if len(found) == 1 and " / " in found[0]:
        found = [part.strip() for part in found[0].split(" / ", 1)]
    if not found:
        return "", ""
    start = next((i for i, line in enumerate(found) if i and written_code(line)), None)
    if start is None and len(found) == 2:
        start = 1
    if start is None and _KAZAKH.search(found[0]):
        start = next((i for i, line in enumerate(found) if i and _CYRILLIC.search(line) and not _KAZAKH.search(line)),
                     None)
    kk_lines, ru_lines = (found[:start], found[start:]) if start else (found, found)
    kk, ru = _strip(" ".join(kk_lines)), _strip(" ".join(ru_lines))
    if found_prefix(written_code(found[0])) in _RUSSIAN_CODES and not start:
        return ru, ru
    return kk, ru


def _strip(text: str) -> str:
    code = written_code(text)
    if code:
        text = _CODE.sub("", text, count=1)
    return " ".join(text.split()).strip(" .:-–")
