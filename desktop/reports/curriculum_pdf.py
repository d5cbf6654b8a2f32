"""The working curriculum as colleges print it for approval: the plan, the process schedule and the
rule-check report, landscape A4, in Kazakh or Russian."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.domain.curriculum import Curriculum, Row, Section, leaves
from desktop.domain.rules.texts import shipped_texts
from desktop.reports.fonts import register_fonts
from desktop.reports.labels import CHOICES, CONTROL_MARKS, LABELS, SECTIONS, WEEK_LEGEND, pick

HOURS_PER_CREDIT = 24
GRID = colors.HexColor("#9e9e9e")
SECTION_FILL = colors.HexColor("#e8eef7")
TOTAL_FILL = colors.HexColor("#f2f2f2")
WEEK_FILL = {"T": colors.white, "A": colors.HexColor("#fff2a8"), "P": colors.HexColor("#c8e6c9"),
             "H": colors.HexColor("#bbdefb"), "F": colors.HexColor("#ffccbc"), "-": colors.HexColor("#eeeeee")}


@dataclass(frozen=True)
class FindingLine:
    rule: str  # the rule's id (YEAR-LOAD); printed by its name in the document's language
    severity: str  # already in the print language
    error: bool
    message: str
    rows: str
    source: str


@dataclass(frozen=True)
class CurriculumDocument:
    curriculum: Curriculum
    college_name: str
    director: str
    specialty_name: str
    qualification_names: dict
    status: str
    approved_by: str = ""
    approved_at: datetime | None = None
    rule_set_title: str = ""
    findings: tuple[FindingLine, ...] = ()


class _Styles:
    def __init__(self):
        regular, bold = register_fonts()
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=6.8, leading=8)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, alignment=TA_CENTER)
        self.text = ParagraphStyle("text", fontName=regular, fontSize=9, leading=11.5)
        self.right = ParagraphStyle("right", parent=self.text, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER,
                                    spaceAfter=4)
        self.regular, self.bold = regular, bold


def _credits(hours: int) -> str:
    value = hours / HOURS_PER_CREDIT
    return f"{round(value, 2):g}".replace(".", ",")


def _control(row: Row, language: str) -> str:
    marks = [f"{pick(CONTROL_MARKS, load.control.value, language)} {load.semester}"
             for load in row.semesters if load.control]
    return ", ".join(marks)


def _header(doc: CurriculumDocument, language: str, s: _Styles) -> list:
    c = doc.curriculum
    if doc.approved_at:
        when = pick(LABELS, "approved_on", language).format(date=doc.approved_at.strftime("%d.%m.%Y"))
    else:
        when = pick(LABELS, "date_blank", language)
    approval = "\n".join([pick(LABELS, "approve", language), pick(LABELS, "director", language),
                          f"{pick(LABELS, 'signature', language)} {doc.director}", when])
    months = {"9": 10, "11": 10}.get(c.entry_base, 0)
    duration = pick(LABELS, "years_months", language).format(years=c.years - 1 if months else c.years, months=months)
    quals = "; ".join(f"{code} {doc.qualification_names.get(code, '')}".strip() for code in c.qualifications)
    facts = [
        (pick(LABELS, "specialty", language), f"{c.specialty} {doc.specialty_name}"),
        (pick(LABELS, "qualifications", language), quals),
        (pick(LABELS, "entry_base", language), pick(CHOICES, c.entry_base, language)
         + (f" ({pick(LABELS, 'cognate', language)})" if c.cognate and c.entry_base == "tvet" else "")),
        (pick(LABELS, "study_form", language), pick(CHOICES, c.study_form, language)),
        (pick(LABELS, "language", language), pick(CHOICES, c.language, language)),
        (pick(LABELS, "duration", language), duration),
        (pick(LABELS, "intake", language), str(c.intake_year)),
        (pick(LABELS, "status", language), pick(CHOICES, doc.status, language)),
    ]
    info = Table([[f"{k}:", _wrap(v, s.regular, 21 * cm, 9)] for k, v in facts], colWidths=[4.2 * cm, 21 * cm],
                 hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                              ("TOPPADDING", (0, 0), (-1, -1), 1), ("FONTNAME", (0, 0), (0, -1), s.bold),
                              ("FONTNAME", (1, 0), (1, -1), s.regular), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    top = Table([[doc.college_name, approval]], colWidths=[17 * cm, 10.7 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), s.bold),
                             ("FONTSIZE", (0, 0), (-1, -1), 9), ("LEADING", (0, 0), (-1, -1), 11.5),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return [top, Spacer(1, 6), Paragraph(pick(LABELS, "curriculum", language), s.title), info, Spacer(1, 6)]


def _wrap(text: str, font: str, width: float, size: float = 6.8) -> str:
    """Lines broken to fit a cell: plain strings draw several times faster than Paragraphs."""
    return "\n".join(simpleSplit(text, font, size, width - 4)) if text else ""


def _plan_table(doc: CurriculumDocument, language: str, s: _Styles) -> Table:
    data, styles, widths, heights = plan_cells(doc, language, s)
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=2)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), s.regular), ("FONTSIZE", (0, 0), (-1, -1), 6.8),
        # Only the first columns hold text; the narrow number columns keep the default padding.
        ("LEADING", (0, 0), (-1, -1), 8), ("ALIGN", (3, 2), (-1, -1), "CENTER"),
        ("ALIGN", (0, 0), (-1, 1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 1), SECTION_FILL),
        ("LEFTPADDING", (0, 0), (2, -1), 2), ("LEFTPADDING", (0, 0), (-1, 1), 2),
        ("RIGHTPADDING", (0, 0), (-1, 1), 2),
    ] + styles))
    return table


def plan_cells(doc: CurriculumDocument, language: str, s: _Styles | None = None):
    """The plan's cells as text, with the styles, column widths and row heights that dress them."""
    s = s or _Styles()
    c = doc.curriculum
    semesters = max(c.years * 2, max((l.semester for r in c.rows for l in r.semesters), default=0))
    fixed = ["code", "name", "control", "credits", "hours", "theory", "practice", "course_project", "production",
             "distance"]
    widths = [1.5 * cm, 7.2 * cm, 2.0 * cm, 1.2 * cm, 1.3 * cm] + [1.15 * cm] * 5
    widths += [(27.7 * cm - sum(widths)) / semesters] * semesters
    head1 = [_wrap(pick(LABELS, key, language), s.bold, widths[i]) for i, key in enumerate(fixed)]
    head1 += [pick(LABELS, "by_semester", language)] + [""] * (semesters - 1)
    head2 = [""] * len(fixed) + [str(n) for n in range(1, semesters + 1)]
    data, styles, bold_rows = [head1, head2], [], [0, 1]
    span_last = len(fixed) + semesters - 1
    styles += [("SPAN", (i, 0), (i, 1)) for i in range(len(fixed))]
    styles.append(("SPAN", (len(fixed), 0), (span_last, 0)))
    parents = {row.parent for row in c.rows if row.parent}
    counted = {row.id for row in leaves(c)}

    def numbers(rows: list[Row]) -> list[str]:
        hours = sum(r.hours for r in rows)
        split = [sum(getattr(r, f) for r in rows) for f in ("theory", "practice", "course_project", "production",
                                                            "distance")]
        per_semester = defaultdict(int)
        for r in rows:
            for load in r.semesters:
                per_semester[load.semester] += load.hours
        return ([_credits(hours), str(hours)] + [str(v) if v else "" for v in split]
                + [str(per_semester[n]) if per_semester[n] else "" for n in range(1, semesters + 1)])

    def total_row(label: str, rows: list[Row]) -> None:
        data.append([_wrap(label, s.bold, widths[0] + widths[1] + widths[2]), "", ""] + numbers(rows))
        at = len(data) - 1
        bold_rows.append(at)
        styles.extend([("SPAN", (0, at), (2, at)), ("BACKGROUND", (0, at), (-1, at), TOTAL_FILL)])

    mandatory: list[Row] = []
    for section in Section:
        rows = [r for r in c.rows if r.section is section]
        if not rows:
            continue
        data.append([pick(SECTIONS, section.value, language)] + [""] * span_last)
        at = len(data) - 1
        bold_rows.append(at)
        styles += [("SPAN", (0, at), (span_last, at)), ("BACKGROUND", (0, at), (-1, at), SECTION_FILL),
                   ("ALIGN", (0, at), (0, at), "LEFT")]
        for row in rows:
            name = row.name_kk if language == "kk" else row.name_ru or row.name_kk
            font = s.bold if row.id in parents else s.regular
            indent = "\u2003" if row.parent else ""  # an em space survives line breaking
            data.append([row.code, _wrap(indent + name, font, widths[1]), _wrap(_control(row, language), font, widths[2])]
                        + numbers([row]))
            if row.id in parents:
                bold_rows.append(len(data) - 1)
        section_leaves = [r for r in rows if r.id in counted]
        total_row(pick(LABELS, "total", language), section_leaves)
        if section not in (Section.CONSULTATIONS, Section.ELECTIVES):
            mandatory += section_leaves
    total_row(pick(LABELS, "mandatory_total", language), mandatory)
    per_semester = numbers(mandatory)[7:]
    data.append([pick(LABELS, "semester_credits", language), "", ""] + [""] * 7
                + [_credits(int(h)) if h else "" for h in per_semester])
    at = len(data) - 1
    bold_rows.append(at)
    styles += [("SPAN", (0, at), (2, at)), ("BACKGROUND", (0, at), (-1, at), TOTAL_FILL)]
    styles += [("FONTNAME", (0, r), (-1, r), s.bold) for r in bold_rows]
    # Heights known from the line breaks: reportlab need not measure every cell again.
    heights = [max(str(cell).count("\n") + 1 for cell in line) * 8 + 3 for line in data]
    heights[0] = max(heights[0], 3 * 8 + 3)
    return data, styles, widths, heights


def _signatures(doc: CurriculumDocument, language: str, s: _Styles) -> Table:
    table = Table([[Paragraph(pick(LABELS, "deputy", language), s.text), pick(LABELS, "signature", language)]],
                  colWidths=[10 * cm, 8 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.regular), ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    return table


def schedule_flowables(doc: CurriculumDocument, language: str, s: _Styles) -> list:
    schedule = doc.curriculum.schedule
    if not schedule:
        return []
    weeks = max(52, max(len(y.weeks) for y in schedule))
    data = [[Paragraph(pick(LABELS, "year", language), s.head)] + [Paragraph(str(n), s.head) for n in range(1, weeks + 1)]]
    styles = []
    for row_number, year in enumerate(schedule, start=1):
        data.append([str(year.year)] + list(year.weeks.ljust(weeks, "-")))
        for column, letter in enumerate(year.weeks.ljust(weeks, "-"), start=1):
            styles.append(("BACKGROUND", (column, row_number), (column, row_number), WEEK_FILL.get(letter, colors.white)))
    table = Table(data, colWidths=[1.3 * cm] + [(27.7 * cm - 1.3 * cm) / weeks] * weeks)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, GRID), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), s.regular),
                               ("FONTSIZE", (0, 0), (-1, -1), 6.5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)] + styles))
    legend = Table([[letter, Paragraph(pick(WEEK_LEGEND, letter, language), s.text)] for letter in WEEK_LEGEND],
                   colWidths=[0.8 * cm, 6 * cm], hAlign="LEFT")
    legend.setStyle(TableStyle([("BACKGROUND", (0, i), (0, i), WEEK_FILL[letter])
                                for i, letter in enumerate(WEEK_LEGEND)]
                               + [("GRID", (0, 0), (0, -1), 0.3, GRID), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                                  ("FONTNAME", (0, 0), (-1, -1), s.regular)]))
    return [Paragraph(pick(LABELS, "schedule", language), s.title), table, Spacer(1, 8),
            Paragraph(f"<b>{pick(LABELS, 'legend', language)}</b>", s.text), legend]


def findings_flowables(doc: CurriculumDocument, language: str, s: _Styles) -> list:
    errors = sum(f.error for f in doc.findings)
    parts = [Paragraph(pick(LABELS, "check", language), s.title),
             Paragraph(f"{pick(LABELS, 'rule_set', language)}: {doc.rule_set_title}", s.text),
             Paragraph(pick(LABELS, "summary", language).format(errors=errors, warnings=len(doc.findings) - errors),
                       s.text), Spacer(1, 6)]
    if not doc.findings:
        return parts + [Paragraph(pick(LABELS, "no_findings", language), s.text)]
    data = [[Paragraph(pick(LABELS, key, language), s.head) for key in ("rule", "severity", "finding", "rows", "source")]]
    titles = shipped_texts()
    data += [[Paragraph(titles.rule_title(f.rule, language), s.cell), Paragraph(f.severity, s.cell_bold if f.error else s.cell),
              Paragraph(f.message, s.cell), Paragraph(f.rows, s.cell), Paragraph(f.source, s.cell)]
             for f in doc.findings]
    table = Table(data, colWidths=[3 * cm, 2.9 * cm, 12 * cm, 6 * cm, 3.8 * cm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL)]))
    return parts + [table]


def build_curriculum_pdf(path: Path, doc: CurriculumDocument, language: str,
                         parts: tuple[str, ...] = ("plan", "schedule", "check")) -> None:
    """Write the chosen parts: the plan for approval, the process schedule, the rule-check report."""
    s = _Styles()
    story: list = []
    if "plan" in parts:
        story += _header(doc, language, s) + [_plan_table(doc, language, s), _signatures(doc, language, s)]
    for name, make in (("schedule", schedule_flowables), ("check", findings_flowables)):
        if name in parts:
            flowables = make(doc, language, s)
            if flowables:
                if story:
                    story.append(PageBreak())
                story += flowables
    title = f"{pick(LABELS, 'curriculum', language)} — {doc.curriculum.title}"
    template = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1 * cm, rightMargin=1 * cm,
                                 topMargin=1 * cm, bottomMargin=1 * cm, title=title, author=doc.college_name)
    template.build(story, onFirstPage=_page_number, onLaterPages=_page_number)


def _page_number(canvas, template) -> None:
    canvas.saveState()
    canvas.setFont(register_fonts()[0], 7)
    canvas.drawRightString(landscape(A4)[0] - 1 * cm, 0.5 * cm, str(canvas.getPageNumber()))
    canvas.restoreState()
