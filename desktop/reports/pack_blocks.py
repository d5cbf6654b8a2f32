"""Blocks the report pack and the registrar's report share, laid out as an official reads them: grid tables whose
total row never stands alone on a page, a heading kept with the start of its table, and the signatures carried as
the last rows of the table above them, so that a page never holds only "Total" or only the signatures."""
from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Table, TableStyle

from desktop.reports import finishing

GRID = colors.HexColor("#9e9e9e")
HEAD_FILL = colors.HexColor("#e8eef7")
TOTAL_FILL = colors.HexColor("#f2f2f2")
# a heading moves to the next page with its table unless this much room is left below it (the heading, the
# table's header and two rows)
HEADING_ROOM = 4 * cm
SMALL_TABLE = 12  # rows

SIGN_WORDS = {
    "signature": ("(қолы)", "(подпись)"),
    "full_name": ("(тегі, аты-жөні)", "(фамилия, инициалы)"),
}


def word(key: str, language: str) -> str:
    return SIGN_WORDS[key][language == "ru"]


def cell_number(value, decimals: int = 0) -> str:
    """A count or a figure in a table cell: spaced thousands and a decimal comma; a dash where there is none."""
    return "—" if value is None else finishing.number(value, decimals)


KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
RUSSIAN_MARKS = set("ЬЪЭЁЩьъэёщ")


BOTH_BIN = "БСН / БИН "


def own_half(text: str, language: str) -> str:
    """The half of a "Kazakh / Russian" text (the college's address is one field, often typed in both languages)
    in the document's language; a text not in two such halves as it is."""
    # the pack's data names the college's business identification number by both abbreviations
    if text.startswith(BOTH_BIN):
        return ("БИН " if language == "ru" else "БСН ") + text[len(BOTH_BIN):]
    halves = text.split(" / ")
    if len(halves) != 2:
        return text
    kazakh = [bool(KAZAKH_LETTERS & set(half)) for half in halves]
    if kazakh.count(True) != 1:
        # "Алматы облысы / Алматинская область": no Kazakh-only letter, but the Russian half has a letter Kazakh
        # words do not use (ь, ъ, э, ё, щ come in loanwords only)
        russian = [bool(RUSSIAN_MARKS & set(half)) for half in halves]
        if kazakh.count(True) or russian.count(True) != 1:
            return text
        kazakh = [not marked for marked in russian]
    return halves[kazakh.index(language != "ru")].strip()


def grid(rows: list[list], widths: list[float], font: str, bold: str, *, totals: tuple[int, ...] = (),
         size: float = 8, numbers_from: int = 1, signatures: Table | None = None) -> Table:
    """A grid table with a repeated header row; `totals` are the indexes of the total rows (bold, shaded). The last
    data row never goes to a page alone with "Total", and the signatures, when given, are the table's own last row
    (no grid), kept with the two rows above them."""
    body = len(rows)
    # counts as the documents write them: 1 200, never 1200 (a no-break space, so they never wrap)
    all_rows = [[finishing.number(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in row]
                for row in rows]
    if signatures is not None:
        all_rows.append([signatures] + [""] * (len(widths) - 1))
    table = Table(all_rows, colWidths=widths, repeatRows=1)
    last = body - 1
    style = [("GRID", (0, 0), (-1, last), 0.4, GRID), ("FONT", (0, 0), (-1, -1), font, size),
             ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (numbers_from, 1), (-1, last), "RIGHT")]
    if body > 2:
        style.append(("NOSPLIT", (0, body - 2), (-1, last)))
    for index in totals:
        style += [("BACKGROUND", (0, index), (-1, index), TOTAL_FILL), ("FONT", (0, index), (-1, index), bold, size)]
    if signatures is not None:
        style += [("SPAN", (0, body), (-1, body)), ("TOPPADDING", (0, body), (-1, body), 14),
                  ("LEFTPADDING", (0, body), (-1, body), 0), ("NOSPLIT", (0, max(1, body - 2)), (-1, body))]
    table.setStyle(TableStyle(style))
    return table


def with_heading(heading: list, table: Table) -> list:
    """A heading and its table: a small table goes whole with its heading to the next page when it does not fit
    here; a long one starts here if the heading and its first rows fit (and runs on, its header repeated)."""
    if len(table._cellvalues) <= SMALL_TABLE:
        return [KeepTogether([*heading, table])]
    return [CondPageBreak(HEADING_ROOM), *heading, table]


def signatures(signatories: list[tuple[str, str]], language: str, font: str, on: date | None) -> Table:
    """Each signatory's title, a line to sign on and the name (a blank to write it in when none is kept), then the
    stamp place and the date in words: «22» қараша 2026 ж."""
    rows, style = [], [("FONT", (0, 0), (-1, -1), font, 10), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                       ("ALIGN", (1, 0), (1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (0, -1), 0)]
    for title, name in signatories:
        rows.append([title, "______________________", name or "______________________"])
        rows.append(["", word("signature", language), "" if name else word("full_name", language)])
        style += [("FONT", (1, len(rows) - 1), (2, len(rows) - 1), font, 7), ("VALIGN", (0, len(rows) - 1),
                                                                             (-1, len(rows) - 1), "TOP"),
                  ("ALIGN", (2, len(rows) - 1), (2, len(rows) - 1), "CENTER")]
    rows.append([finishing.stamp_place(language), "", finishing.date_in_words(on, language)])
    # the name (or its blank) centred over its caption, as the signature line over its own
    style += [("TOPPADDING", (0, -1), (-1, -1), 10), ("ALIGN", (2, 0), (2, -2), "CENTER")]
    # shares of the width of the table it closes, whatever that table's width
    table = Table(rows, colWidths=["34%", "28%", "38%"], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table
