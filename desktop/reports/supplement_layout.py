"""The supplement's table as printed lines, and how they fall on pages: one model for plain paper and the blank, so
both keep the same rules (a heading never ends a page, the signatures never stand alone on one).

The supplement is drawn straight on the canvas rather than through platypus: a whole group is printed at once
(hundreds of graduates, twice), the rows and names repeat from graduate to graduate, and measuring each name once
(wrap_text's cache) is what keeps a group's print within a few seconds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports import finishing
from desktop.reports.supplement_data import HEADING_KINDS, RowKind, Supplement, SupplementRow
from desktop.reports.supplement_labels import section, word

# The last rows kept on the page of the signatures: the officials sign under a table they see end.
TAIL_ROWS = 2
# Latin letters typed for their Cyrillic twins in the codes of a college's sheet ("KM 01", "OH 1.1"): a Kazakh or
# Russian document prints its codes in Cyrillic only.
_LATIN_TWINS = str.maketrans("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху")
_SECTION_OF = {RowKind.GENERAL: "general", RowKind.BASIC_MODULE: "basic", RowKind.PROFESSIONAL_MODULE: "professional",
               RowKind.OUTCOME: "professional", RowKind.ELECTIVE: "elective"}
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@lru_cache(maxsize=16384)
def wrap_text(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """The lines a text takes in a width; a word longer than the width stays whole on its line (fit_size shrinks
    what must stay on one line)."""
    return tuple(simpleSplit(text, font, size, width)) or ("",)


def fit_size(text: str, font: str, size: float, width: float, smallest: float = 5.5) -> float:
    """The font size at which a text fits a width on one line (a long traditional grade in a narrow column)."""
    wide = text_width(text, font, size)
    return size if wide <= width else max(smallest, size * width / wide)


def row_code(code: str, language: str) -> str:
    """The row's code as the document prints it: Cyrillic, in the document's language (ПМ 01 in Russian)."""
    cyrillic = _SPACES.sub(" ", code.translate(_LATIN_TWINS)).strip()
    if cyrillic.startswith("ВМ"):  # "BM" typed in Latin is a basic module, БМ (Б has no Latin twin)
        cyrillic = "БМ" + cyrillic[2:]
    return finishing.code_in(cyrillic, language)


# A group repeats the same hours, credits and points for every graduate: each is written once.
_figure = lru_cache(maxsize=4096)(finishing.figure)
_points = lru_cache(maxsize=4096)(lambda value: finishing.number(value, 2))


def grade_cells(row: SupplementRow, language: str) -> tuple[str, str, str, str]:
    """Percent, letter, points (decimal comma) and the traditional grade; a module heading and a row without a
    grade print nothing, a pass/fail row its pass word."""
    grade = row.grade
    if grade is None or row.kind in HEADING_KINDS:
        return "", "", "", ""
    percent = "" if grade.percent is None else str(grade.percent)
    points = "" if grade.points is None else _points(grade.points)
    if grade.pass_fail:
        return percent, grade.letter, points, word("passed" if grade.passed else "not_passed", language)
    return percent, grade.letter, points, grade.traditional(language)


def heading_text(row: SupplementRow, language: str) -> str:
    code = row_code(row.code, language)
    return f"{code} {row.name(language).strip()}" if code else row.name(language).strip()


@dataclass(frozen=True)
class Line:
    """One printed line of the table: a section heading, a row, or the total.

    cells: number, name (wrapped lines), hours, credits, percent, letter, points, traditional.
    height: in points, from the tallest cell.
    """
    kind: str  # "section" | "row" | "total"
    number: str
    name: tuple[str, ...]
    figures: tuple[str, ...]  # hours, credits, percent, letter, points, traditional
    height: float
    bold: bool
    indent: float
    keep_with_next: bool


@dataclass(frozen=True)
class Columns:
    """The table's geometry in points: each column's left edge and width, the font, the least row height."""
    edges: tuple[tuple[float, float], ...]
    font: str
    bold_font: str
    size: float
    min_row: float
    padding: float = 2.0

    @property
    def leading(self) -> float:
        return self.size * 1.18


def table_lines(supplement: Supplement, language: str, cols: Columns, sections: bool) -> list[Line]:
    """The table's lines in order: a section heading where the group of rows changes (plain paper only), each
    row, and the total row when the caller gave totals."""
    lines: list[Line] = []
    current = None
    for row in supplement.rows:
        group = _SECTION_OF.get(row.kind)
        if sections and group and group != current:
            text = section(group, language)
            lines.append(Line("section", "", (text,), ("",) * 6, cols.min_row + 1, True, 0.0, True))
        current = group
        lines.append(_row_line(row, language, cols, sections))
    if supplement.total_hours is not None or supplement.total_credits is not None:
        figures = (_figure(supplement.total_hours), _figure(supplement.total_credits), "", "", "", "")
        lines.append(Line("total", "", (word("total", language),), figures, cols.min_row, True, 0.0, False))
    return lines


@lru_cache(maxsize=8192)
def _row_line(row: SupplementRow, language: str, cols: Columns, sections: bool) -> Line:
    """A row's printed line; the same row with the same grade prints alike for every graduate of a group."""
    heading = row.kind in HEADING_KINDS
    indent = 6.0 if row.kind is RowKind.OUTCOME and sections else 0.0
    font = cols.bold_font if heading else cols.font
    name = wrap_text(heading_text(row, language), font, cols.size, cols.edges[1][1] - 2 * cols.padding - indent)
    figures = (_figure(row.hours), _figure(row.credits), *grade_cells(row, language))
    height = max(cols.min_row, len(name) * cols.leading + 2 * cols.padding)
    return Line("row", row.number, name, figures, height, heading, indent, heading)


def paginate(heights: list[float], keep_with_next: list[bool], first: float, other: float, tail: float,
             tail_rows: int = TAIL_ROWS) -> list[list[int]]:
    """The lines of each page (their indices): as many as each page holds, a heading never last on its page, and
    the last page holding the tail (signatures, registration) with at least `tail_rows` lines above it, so no
    page holds the signatures alone."""
    pages: list[list[int]] = [[]]
    used, room = 0.0, first
    count = len(heights)
    for i, height in enumerate(heights):
        need, j = height, i
        while keep_with_next[j] and j + 1 < count:  # a heading goes with what follows it, headings included
            j += 1
            need += heights[j]
        if used + need > room and pages[-1]:
            pages.append([])
            used, room = 0.0, other
        pages[-1].append(i)
        used += height
    last = pages[-1]
    if len(pages) > 1 and len(last) < tail_rows and len(pages[-2]) > tail_rows:
        # The last page holds fewer lines than the signatures need above them: take the ones before from the
        # page before (with a heading they would leave behind).
        before = pages[-2]
        pulled = before[-(tail_rows - len(last)):]
        del before[-len(pulled):]
        while before and keep_with_next[before[-1]]:
            pulled.insert(0, before.pop())
        last[:0] = pulled
        used += sum(heights[i] for i in pulled)
    if used + tail > room and last:
        moved = last[-min(tail_rows, len(last)):]
        del last[-len(moved):]
        while last and keep_with_next[last[-1]]:
            moved.insert(0, last.pop())
        if last:
            pages.append(moved)
        else:  # the whole page moves: it could not hold the tail with any fewer lines either
            pages[-1] = moved
    return pages


def field_values(s: Supplement, language: str) -> dict[str, str]:
    """Every field's value as printed in the language (shared with the blank)."""
    pick = lambda kk, ru: ru if language == "ru" else kk  # noqa: E731
    specialty = pick(s.specialty_name_kk, s.specialty_name_ru)
    return {
        "diploma": f"{s.diploma_series} № {s.diploma_number}".strip(),
        "college": pick(s.college.name_kk, s.college.name_ru),
        "full_name": s.full_name,
        "birth_date": finishing.short_date(s.birth_date),
        "iin": s.iin,
        "entry_year": str(s.entry_year or ""),
        "graduation_year": str(s.graduation_year or ""),
        "prior_education": pick(s.prior_education_kk, s.prior_education_ru),
        "study_form": pick(s.study_form_kk, s.study_form_ru),
        "specialty": f"{s.specialty_code} «{specialty}»" if specialty else s.specialty_code,
        "qualification": "; ".join(qualification_lines(s, language)),
        "registration_number": s.registration_number,
        "issued_on": finishing.date_in_words(s.issued_on, language),
        "place": pick(s.college.locality_kk, s.college.locality_ru),
    }


def qualification_lines(s: Supplement, language: str) -> list[str]:
    return [f"{q.code} «{q.name_ru if language == 'ru' else q.name_kk}»" for q in s.qualifications]


def average_text(s: Supplement, language: str) -> str:
    if s.average_points is None and s.average_percent is None:
        return ""
    return word("average", language).format(points=finishing.number(s.average_points, 2),
                                            percent=finishing.figure(s.average_percent))


def row_texts(writer, c: Columns, line: Line) -> None:
    """A row's number, name lines and figures, the first line's baseline at y = 0 (shared with the blank)."""
    font = c.bold_font if line.bold else c.font
    x, width = c.edges[0]
    writer.text(x + width / 2, 0, line.number, font, c.size, "centre")
    x = c.edges[1][0] + c.padding + line.indent
    for n, text in enumerate(line.name):
        writer.text(x, -n * c.leading, text, font, c.size)
    for (x, width), text in zip(c.edges[2:], line.figures):
        writer.text(x + width / 2, 0, text, font, fit_size(text, font, c.size, width - 2 * c.padding), "centre")
