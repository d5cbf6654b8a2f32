"""The working curriculum as colleges print it for approval: the plan, the process schedule and the
rule-check report, landscape A4, in Kazakh or Russian."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak

from desktop.domain.curriculum import Curriculum
from desktop.reports import finishing
from desktop.reports.curriculum_blocks import closing, header, is_signable
from desktop.reports.curriculum_identity import plan_description, plan_name
from desktop.reports.curriculum_plan import plan_cells, plan_table  # noqa: F401 - plan_cells: the tests read it
from desktop.reports.curriculum_style import (GRID, HOURS_PER_CREDIT, SECTION_FILL, TOTAL_FILL,  # noqa: F401
                                              WEEK_FILL, _Styles)
from desktop.reports.labels import LABELS, pick
from desktop.reports.rule_check_pdf import findings_flowables
from desktop.reports.schedule_pdf import schedule_flowables


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
    # the deputy director for academic work, who compiled the plan and signs it as its compiler
    deputy: str = ""


def identity(doc: CurriculumDocument, language: str) -> str:
    """What every page names: the college, the document and the curriculum."""
    plan = plan_description(doc)
    return " · ".join(part for part in (doc.college_name, pick(LABELS, "curriculum", language).capitalize(), plan)
                      if part)


def build_curriculum_pdf(path: Path, doc: CurriculumDocument, language: str,
                         parts: tuple[str, ...] = ("plan", "schedule", "check")) -> None:
    """Write the chosen parts: the plan for approval, the process schedule, the rule-check report, each from
    a page of its own. Every page carries the identity and "page X of Y"; a draft is marked on every page."""
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
    title = f"{pick(LABELS, 'curriculum', language)} — {plan_name(doc, language)}"
    finishing.build(path, story, language, identity(doc, language), title=title, pagesize=landscape(A4),
                    draft=not is_signable(doc), margins=1 * cm)
