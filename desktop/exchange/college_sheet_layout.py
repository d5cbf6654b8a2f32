"""Where a summary sheet ("полотно") keeps its curriculum: the one row of hours, and above each hours cell the
name of the subject, module or learning outcome it belongs to.

A plan written in rows (one row per subject; "Барлық сағат", "Кредит", "1 семестр" across the top; numbers going
down the columns) also has rows full of hour-like numbers. Read across, it would give "subjects" named after its
column headers, so a row is taken for the hours row only when every test of a summary sheet holds: its numbers sit
under item names or codes (not column headers), several of them, not a column numbering 1, 2, 3..., and nothing
but an hours label ("Сағат саны") stands before them on the row itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.sheet_text import section_of
from desktop.exchange.row_sheet_words import hours_of as parse_hours_credits, split_index as split_code

HEADER_ROWS = 15
# The widest sheet read: real ones have up to 220 columns (a subject and its grade columns each); a stray cell
# at column XFD must not make 16,384 columns of every header row.
WIDEST = 1024
# Fewer item columns than this is not a curriculum laid across a sheet (the samples have 40 to 60)
MIN_ITEMS = 5
# The smallest hours an item has on the samples is 24; a grade (5, 4.5) or a semester number is smaller
MIN_HOURS = 12
# A column header of a plan written in rows (Kazakh, Russian, English): a column under one is a figure about each
# row (total, credits, theory, a semester), never an item of the curriculum. Each word must start a word of the
# header ("Информатика" holds "форма", "Математиканың теориялық негіздері" is a subject), some must be the whole
# header ("Кредит" is a column, "Кредиттеу" a subject).
_L = "а-яәғқңөұүһіa-z"
_COLUMN_WORDS = (
    "барлығы", "барлық", "жиыны", "жиынтығы", "итого", "всего", "total", "семестр", "сем.", "semester",
    "зертханалық", "лаборатор", "сағат", "часы", "часов", "hours", "көлемі", "объем", "объём", "индекс", "коды",
    "атауы", "наименован", "бақылау нысан", "бақылау түр", "форма контрол", "формы контрол", "вид контрол",
    "нысаны", "апта", "недел", "оның ішінде", "в том числе", "бөлу", "распределен", "аудитор", "өзіндік жұмыс",
    "самостоятельн", "оқу жүктемесі", "нагрузк", "теориялық оқыту", "теориялық сабақ", "теоретическое обучение",
    "теоретические занятия", "практикалық сабақ", "практические занятия", "курстық жоба", "курсовой проект",
)
_COLUMN = re.compile(rf"(?<![{_L}])(?:{'|'.join(re.escape(w) for w in _COLUMN_WORDS)})", re.IGNORECASE)
_WHOLE_COLUMN = re.compile(r"^\W*(?:№|п/п|код|кредит(?:тер|ы|ов)?(?:\s+саны)?|теория|теориялық|курс\s*\d*"
                           r"|(?:\d+|[IVX]+)\s*-?\s*(?:курс|сем\.?))\W*$", re.IGNORECASE)
_TOTALS = re.compile(rf"(?<![{_L}])(?:барлығы|жиыны|итого|всего|total)(?![{_L}])", re.IGNORECASE)
_ROMAN = re.compile(r"^\s*[IVX]{1,5}\s*\.?\s*$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# What may stand before the hours on their own row: "Сағат саны", "Көлемі, сағ.", "Количество часов", "Кредит / сағат"
_HOURS_LABEL = re.compile(rf"(?<![{_L}])(?:сағ|час|hours|көлем|объ[её]м|кредит)", re.IGNORECASE)
_ITEM_CODES = ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "ОН", "РО", "Ф")


@dataclass(frozen=True)
class Column:
    """One hours cell of the hours row and the texts above it, nearest first."""

    column: int
    hours: int
    credits: float | None
    texts: tuple  # header values above the hours cell, the item's own name first


def cells(sheet) -> tuple[dict[tuple[int, int], object], dict[tuple[int, int], tuple[int, int]]]:
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


def lines(text: object) -> list[str]:
    return [" ".join(line.split()) for line in str(text).replace("\t", " ").split("\n") if line.strip()]


def is_item(text: object) -> bool:
    """Whether a header names an item of the curriculum (a subject, module, outcome, practice) rather than a
    column of a plan written in rows."""
    found = lines(text)
    if not found:
        return False
    prefix, number = split_code(found[0])
    if prefix in _ITEM_CODES and number:
        return True
    if is_column_header(text):
        return False
    return len(_LETTER.findall(" ".join(found))) >= 3


def is_column_header(text: object) -> bool:
    """A header of a column of figures about each row (plans written in rows), or a total."""
    joined = " ".join(lines(text))
    if _COLUMN.search(joined) or _ROMAN.match(joined):
        return True
    return any(_WHOLE_COLUMN.match(line) for line in lines(text))


def is_total(text: object) -> bool:
    """"Барлығы", "Итого", "Всего сағат": a column that sums others, never an item."""
    return bool(_TOTALS.search(" ".join(lines(text))))


def _is_header_text(value: object) -> bool:
    """A text that may name the column under it: not a number, not more hours ("96с-4к" of another row)."""
    if value is None or isinstance(value, (int, float)):
        return False
    text = str(value).strip()
    return bool(text) and not text.isdigit() and parse_hours_credits(text) is None


def columns_of(values: dict, anchors: dict, row: int) -> list[Column]:
    """The hours cells of a row (one per merged cell), each with the header texts above it."""
    found, seen = [], set()
    for (r, column), value in sorted(values.items()):
        anchor = anchors.get((r, column), (r, column))
        if r != row or anchor[0] != row or anchor in seen:  # merged down from a header above: not this row's
            continue
        seen.add(anchor)
        parsed = parse_hours_credits(value)
        if not parsed or not parsed[0]:
            continue
        texts: list = []
        for above in range(row - 1, 0, -1):
            text = values.get((above, column))
            if _is_header_text(text) and (not texts or text is not texts[-1]):
                texts.append(text)
        found.append(Column(column, parsed[0], parsed[1], tuple(texts)))
    return found


def _numbering(values: dict, row: int) -> bool:
    """A row of column numbers 1, 2, 3... under a header."""
    numbers = [v for (r, _), v in sorted(values.items()) if r == row and isinstance(v, (int, float))
               and not isinstance(v, bool)]
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    return len(numbers) >= MIN_ITEMS and sum(1 for s in steps if s == 1) >= 0.8 * len(steps)


def _labelled_only(values: dict, anchors: dict, row: int, first_column: int) -> bool:
    """Nothing but an hours label before the first hours cell on the row itself: a plan written in rows has the
    subject's code and name there, a totals row its "Барлығы"."""
    for (r, column), value in values.items():
        if r != row or column >= first_column or anchors.get((r, column), (r, column))[0] != row:
            continue
        text = str(value).strip()
        if text and not _HOURS_LABEL.search(text):
            return False
    return True


def item_columns(values: dict, anchors: dict, row: int) -> list[Column] | None:
    """The item columns of a row when it is a summary sheet's hours row (totals left out), else None."""
    found = [c for c in columns_of(values, anchors, row) if c.hours >= MIN_HOURS]
    items = [c for c in found if c.texts and is_item(c.texts[0])]
    # A summary sheet may end with a total column; a plan in rows has mostly columns of figures (theory,
    # semesters) beside its totals. One unknown header in ten items is borne: it is read, not dropped.
    others = [c for c in found if c not in items and not (c.texts and is_total(c.texts[0]))]
    if len(items) < MIN_ITEMS or len(others) > len(items) // 10 or _numbering(values, row):
        return None
    if not _labelled_only(values, anchors, row, min(c.column for c in found)):
        return None
    # Every other column of the row is read: a header this test does not know as an item's must not drop a
    # subject silently. Only totals are left out, never added again.
    return [c for c in columns_of(values, anchors, row) if c.texts and not is_total(c.texts[0])]


def hours_row(values: dict, anchors: dict) -> tuple[int, list[Column]] | None:
    """The hours row of a summary sheet and its item columns, the row with the most items; None when no row is."""
    best = None
    for row in range(1, HEADER_ROWS + 1):
        items = item_columns(values, anchors, row)
        if items and (best is None or len(items) > len(best[1])):
            best = (row, items)
    return best


def section_prefix(text: object) -> tuple[str, str] | None:
    """The code a group header carries on one of its lines: ("КМ", "1") from "Кәсіптік модуль 1\\nКМ 1 ..."."""
    for line in lines(text):
        prefix, number = split_code(line)
        if prefix in ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "Ф") and (number or prefix == "Ф") and section_of(prefix):
            return prefix, number or "0"
    return None
