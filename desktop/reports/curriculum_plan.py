"""The plan's table as colleges submit it: control forms in their own columns, the hours' split, and the
semesters grouped by course with each semester's weeks, hours and credits on every row."""
from __future__ import annotations

from collections import defaultdict

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from desktop.domain.curriculum import Control, Curriculum, Row, Section, leaves
from desktop.domain.schedule import semester_weeks as schedule_semester_weeks
from desktop.reports.curriculum_style import (CELL_SIZE, GRID, HOURS_PER_CREDIT, SECTION_FILL, TOTAL_FILL, _Styles,
                                              wrap)
from desktop.reports.finishing import code_in, figure, number
from desktop.reports.labels import LABELS, SECTIONS, pick

WIDTH = 27.7 * cm
SPLIT = ("theory", "practice", "course_project", "production", "distance")
CONTROLS = (Control.EXAM, Control.TEST, Control.GRADED_TEST)
HEAD_LINES = (2, 2, 1)
OUTCOME_INDENT = 8  # lines of the three header rows: course, semester with its weeks, hours / credits


def semester_count(c: Curriculum) -> int:
    return max(c.years * 2, max((load.semester for r in c.rows for load in r.semesters), default=0))


def semester_weeks(c: Curriculum) -> dict[int, int]:
    """Study weeks (all but holidays) of each semester, parted as the process schedule parts them."""
    weeks = {}
    for year in c.schedule:
        weeks[2 * year.year - 1], weeks[2 * year.year] = schedule_semester_weeks(year.weeks)
    return weeks


def semester_list(semesters: set[int]) -> str:
    """Semesters as a control column writes them: "3, 4", and a run of three or more as "1–7" (an exam every
    semester would not fit its narrow column otherwise)."""
    runs: list[list[int]] = []
    for n in sorted(semesters):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs)


def _widths(language: str, semesters: int, s: _Styles) -> list[float]:
    """Narrow number columns, each wide enough for the longest word of its header; the name takes the rest."""
    def fit(key: str, least: float) -> float:
        words = pick(LABELS, key, language).split()
        return max(least, max(stringWidth(w, s.bold, CELL_SIZE) for w in words) + 6)

    fixed = [1.3 * cm, 0.0] + [fit(k, 0.8 * cm) for k in ("exam", "test", "graded_test")]
    fixed += [fit("credits", 0.9 * cm), fit("hours", 0.95 * cm)] + [fit(k, 0.85 * cm) for k in SPLIT]
    per_semester = [0.74 * cm, 0.62 * cm] if semesters > 4 else [0.95 * cm, 0.8 * cm]
    fixed[1] = WIDTH - sum(fixed) - semesters * sum(per_semester)
    return fixed + per_semester * semesters


def plan_cells(doc, language: str, s: _Styles | None = None):
    """The plan's cells as text, with the styles, column widths and row heights that dress them."""
    s = s or _Styles()
    c: Curriculum = doc.curriculum
    semesters = semester_count(c)
    widths = _widths(language, semesters, s)
    weeks = semester_weeks(c)
    fixed = 12
    last = fixed + 2 * semesters - 1
    head = [[""] * (last + 1) for _ in range(3)]
    styles: list = []

    def label(row: int, col: int, text: str, to_row: int = 2, to_col: int | None = None) -> None:
        to_col = col if to_col is None else to_col
        lines = sum(HEAD_LINES[row:to_row + 1])
        width = sum(widths[col:to_col + 1])
        head[row][col] = "\n".join(wrap(text, s.bold, width).split("\n")[:lines])
        if (row, col) != (to_row, to_col):
            styles.append(("SPAN", (col, row), (to_col, to_row)))

    for col, key in ((0, "code"), (1, "name"), (5, "credits"), (6, "hours")):
        label(0, col, pick(LABELS, key, language))
    label(0, 2, pick(LABELS, "control_forms", language), 0, 4)
    for col, key in enumerate(("exam", "test", "graded_test"), start=2):
        label(1, col, pick(LABELS, key, language), 2)
    label(0, 7, pick(LABELS, "including", language), 0, 11)
    for col, key in enumerate(SPLIT, start=7):
        label(1, col, pick(LABELS, key, language), 2)
    for n in range(1, semesters + 1):
        col = fixed + 2 * (n - 1)
        if n % 2:
            label(0, col, pick(LABELS, "course_n", language).format(n=(n + 1) // 2), 0, min(col + 3, last))
        text = pick(LABELS, "semester_n", language).format(n=n)
        if n in weeks:
            text += "\n" + pick(LABELS, "weeks_n", language).format(n=weeks[n])
        label(1, col, text, 1, col + 1)
        head[2][col], head[2][col + 1] = pick(LABELS, "hours_short", language), pick(LABELS, "credits_short", language)

    children = defaultdict(list)
    for row in c.rows:
        if row.parent:
            children[row.parent].append(row)
    counted = {row.id for row in leaves(c)}

    def numbers(rows: list[Row]) -> list[str]:
        hours = sum(r.hours for r in rows)
        split = [sum(getattr(r, f) for r in rows) for f in SPLIT]
        per_semester = defaultdict(int)
        for r in rows:
            for load in r.semesters:
                per_semester[load.semester] += load.hours
        cells = [figure(hours / HOURS_PER_CREDIT) if hours else "", number(hours) if hours else ""]
        cells += [number(v) if v else "" for v in split]
        for n in range(1, semesters + 1):
            h = per_semester[n]
            cells += [number(h), figure(h / HOURS_PER_CREDIT)] if h else ["", ""]
        return cells

    def controls(rows: list[Row]) -> list[str]:
        return [semester_list({load.semester for r in rows for load in r.semesters if load.control is kind})
                for kind in CONTROLS]

    data = head
    bold_rows = [0, 1, 2]
    heights = [n * 8 + 3 for n in HEAD_LINES]

    def add(cells: list[str], lines: int = 1, bold: bool = False, fill=None, span_to: int | None = None) -> int:
        data.append(cells)
        heights.append(lines * 8 + 3)
        at = len(data) - 1
        if bold:
            bold_rows.append(at)
        if fill is not None:
            styles.append(("BACKGROUND", (0, at), (-1, at), fill))
        if span_to is not None:
            styles.append(("SPAN", (0, at), (span_to, at)))
        return at

    def total(text: str, rows: list[Row]) -> int:
        name = wrap(text, s.bold, widths[0] + widths[1])
        return add([name, ""] + ["", "", ""] + numbers(rows), name.count("\n") + 1, True, TOTAL_FILL, 1)

    mandatory: list[Row] = []
    for section in Section:
        rows = [r for r in c.rows if r.section is section]
        if not rows:
            continue
        start = add([pick(SECTIONS, section.value, language)] + [""] * last, bold=True, fill=SECTION_FILL,
                    span_to=last)
        styles.append(("ALIGN", (0, start), (0, start), "LEFT"))
        blocks = []
        for row in rows:
            if row.parent:
                continue
            group = [row] + children.get(row.id, [])
            first = len(data)
            for member in group:
                parent = member.id in children
                font = s.bold if parent else s.regular
                # An outcome stands indented under its module, every line of its name.
                indent = OUTCOME_INDENT if member.parent else 0
                name = wrap(member.name_ru or member.name_kk if language == "ru" else member.name_kk,
                            font, widths[1] - indent)
                own = children.get(member.id, [member])
                at = add([code_in(member.code, language), name] + controls(own) + numbers(own),
                         name.count("\n") + 1, parent)
                if indent:
                    styles.append(("LEFTPADDING", (1, at), (1, at), 2 + indent))
            blocks.append((first, len(data) - 1))
        section_leaves = [r for r in rows if r.id in counted]
        end = total(pick(LABELS, "total", language), section_leaves)
        # No page starts with a lone section heading or ends before a lone total: each stays with a block.
        styles.append(("NOSPLIT", (0, start), (-1, blocks[0][1] if blocks else end)))
        styles += [("NOSPLIT", (0, a), (-1, b)) for a, b in blocks if b > a]
        styles.append(("NOSPLIT", (0, blocks[-1][0] if blocks else start), (-1, end)))
        if section not in (Section.CONSULTATIONS, Section.ELECTIVES):
            mandatory += section_leaves
    end = total(pick(LABELS, "mandatory_total", language), mandatory)
    styles.append(("NOSPLIT", (0, end - 1), (-1, end)))
    styles += [("FONTNAME", (0, r), (-1, r), s.bold) for r in bold_rows]
    return data, styles, widths, heights


def plan_table(doc, language: str, s: _Styles) -> Table:
    data, styles, widths, heights = plan_cells(doc, language, s)
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=3)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), s.regular), ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 8), ("ALIGN", (2, 3), (-1, -1), "CENTER"),
        ("ALIGN", (0, 0), (-1, 2), "CENTER"), ("BACKGROUND", (0, 0), (-1, 2), SECTION_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ] + styles))
    return table
