"""The working curriculum as colleges print it for approval: the plan, the process schedule and the
rule-check report, landscape A4, in Kazakh or Russian."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.domain.curriculum import Curriculum
from desktop.domain.rules.texts import shipped_texts
from desktop.reports import finishing
from desktop.reports.curriculum_blocks import closing, header, is_signable
from desktop.reports.curriculum_plan import plan_cells, plan_table  # noqa: F401 - plan_cells: the tests read it
from desktop.reports.curriculum_style import (GRID, HOURS_PER_CREDIT, SECTION_FILL, TOTAL_FILL,  # noqa: F401
                                              WEEK_FILL, _Styles)
from desktop.reports.labels import LABELS, WEEK_LEGEND, pick


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
    director: str  # the name the approval block prints
    specialty_name: str
    qualification_names: dict
    status: str
    approved_by: str = ""
    approved_at: datetime | None = None
    rule_set_title: str = ""
    findings: tuple[FindingLine, ...] = ()
    # the employer who agrees the plan («КЕЛІСІЛДІ»): blank lines to fill by hand when not known
    employer_position: str = ""
    employer_name: str = ""


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


def identity(doc: CurriculumDocument, language: str) -> str:
    """What every page names: the college, the document and the curriculum."""
    c = doc.curriculum
    plan = ", ".join(part for part in (f"{c.specialty} {doc.specialty_name}".strip(), " ".join(c.qualifications),
                                       str(c.intake_year)) if part)
    return " · ".join(part for part in (doc.college_name, pick(LABELS, "curriculum", language).capitalize(), plan)
                      if part)


def build_curriculum_pdf(path: Path, doc: CurriculumDocument, language: str,
                         parts: tuple[str, ...] = ("plan", "schedule", "check")) -> None:
    """Write the chosen parts: the plan for approval, the process schedule, the rule-check report. Every page
    carries the identity and "page X of Y"; a draft is marked as one on every page."""
    s = _Styles()
    story: list = []
    if "plan" in parts:
        story += header(doc, language, s) + [plan_table(doc, language, s), closing(doc, language, s)]
    for name, make in (("schedule", schedule_flowables), ("check", findings_flowables)):
        if name in parts:
            flowables = make(doc, language, s)
            if flowables:
                if story:
                    story.append(PageBreak())
                story += flowables
    title = f"{pick(LABELS, 'curriculum', language)} — {doc.curriculum.title}"
    finishing.build(path, story, language, identity(doc, language), title=title, pagesize=landscape(A4),
                    draft=not is_signable(doc), margins=1 * cm)
