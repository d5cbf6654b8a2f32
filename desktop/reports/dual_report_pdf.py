"""The dual-training report on its own, in Kazakh or Russian: the pack's dual-training section (coverage, contracts,
mentors, payments with decimal commas) under the report's title, signed by the director and the deputy director (named
when the college profile names them) with the stamp place,
page X of Y and the college with the report's day on every page."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph

from desktop.paths import owner_only
from desktop.reports.blocks import DocumentStyles
from desktop.reports.finishing import build, short_date
from desktop.reports.labels import DUAL_LABELS, pick
from desktop.reports.pack_blocks import signatures
from desktop.reports.pack_labels import PACK_LABELS
from desktop.reports.pack_sections import Sections


def build_dual_report_pdf(path: Path, report, language: str, director: str = "", deputy: str = "") -> None:
    s = DocumentStyles()
    s.head = ParagraphStyle("dual-head", parent=s.head, splitLongWords=0)
    s.small = ParagraphStyle("dual-small", parent=s.small, splitLongWords=0)
    label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
    signed = signatures([(pick(PACK_LABELS, "director", language), director),
                         (pick(PACK_LABELS, "deputy", language), deputy)], language, s.regular, report.on)
    sections = Sections(SimpleNamespace(dual=report), language, s)
    story = [Paragraph(report.college_name(language), ParagraphStyle("college", parent=s.text, alignment=TA_CENTER)),
             Paragraph(label("report"), s.title), *sections.dual(signed=signed)]
    identity = f"{report.college_name(language)} — {label('report').capitalize()}, " \
               f"{label('as_of').format(date=short_date(report.on))}"
    build(path, story, language, identity.lstrip(" —"), title=label("report"), pagesize=landscape(A4), margins=1.2 * cm)
    owner_only(path)  # students' names
