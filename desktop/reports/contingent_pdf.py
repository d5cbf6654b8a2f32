"""The registrar's report as PDF in Kazakh or Russian: contingent, movement for a period, categories."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.paths import owner_only
from desktop.reports.finishing import build
from desktop.reports.pack_labels import PACK_LABELS
from desktop.reports.pack_blocks import grid, signatures, with_heading
from desktop.reports.fonts import register_fonts
from desktop.reports.labels import CONTINGENT_CHOICES, CONTINGENT_LABELS, pick
from desktop.domain.contingent_report import FUNDINGS, ContingentReport

MOVEMENT_FIELDS = ("at_start", "admitted", "transferred_in", "transferred_out", "on_leave", "expelled", "graduated",
                   "at_end")


def _date(value) -> str:
    return value.strftime("%d.%m.%Y")


class ContingentStyles:
    def __init__(self):
        regular, bold = register_fonts()
        # words wrap whole (never cut mid-word): the columns are made wide enough for the longest one
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=9.5, splitLongWords=0)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, alignment=TA_CENTER)
        self.text = ParagraphStyle("text", fontName=regular, fontSize=9.5, leading=12)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=2)
        self.sub = ParagraphStyle("sub", parent=self.text, alignment=TA_CENTER, spaceAfter=8)
        self.strong = ParagraphStyle("strong", parent=self.text, fontName=bold)
        self.regular, self.bold = regular, bold


def _table(rows: list[list], widths: list[float], s: ContingentStyles, totals: list[int] = (),
           signed: Table | None = None) -> Table:
    return grid(rows, widths, s.regular, s.bold, totals=tuple(totals), signatures=signed)


def _heading(report: ContingentReport, key: str, line: str, language: str, s: ContingentStyles) -> list:
    return [Paragraph(report.college_name(language), s.sub), Paragraph(pick(CONTINGENT_LABELS, key, language), s.title),
            Paragraph(line, s.sub)]


def contingent_flowables(report: ContingentReport, language: str, s: ContingentStyles,
                         signed: Table | None = None) -> list:
    report = report.in_order(language)  # names and codes in the order of the document's alphabet
    label = lambda key: pick(CONTINGENT_LABELS, key, language)  # noqa: E731
    choice = lambda key: pick(CONTINGENT_CHOICES, key, language)  # noqa: E731
    head = [Paragraph(label("specialty"), s.head), Paragraph(label("course"), s.head),
            Paragraph(label("language"), s.head), Paragraph(label("form"), s.head),
            *(Paragraph(choice(f), s.head) for f in FUNDINGS), Paragraph(label("total"), s.head)]
    rows, totals, grand = [head], [], [0] * (len(FUNDINGS) + 1)
    current, subtotal = None, None
    for line in report.contingent + [None]:
        code = line.specialty_code if line else None
        if current is not None and code != current:
            rows.append([Paragraph(f"{label('total')}: {current}", s.cell), "", "", "", *subtotal])
            totals.append(len(rows) - 1)
        if line is None:
            break
        if code != current:
            current, subtotal = code, [0] * (len(FUNDINGS) + 1)
        name = line.specialty_name_ru if language == "ru" else line.specialty_name_kk
        values = [*line.by_funding, line.total]
        subtotal = [a + b for a, b in zip(subtotal, values)]
        grand = [a + b for a, b in zip(grand, values)]
        rows.append([Paragraph(f"{line.specialty_code} {name}", s.cell), line.course, choice(line.language),
                     choice(line.study_form), *values])
    rows.append([Paragraph(label("grand_total"), s.cell), "", "", "", *grand])
    totals.append(len(rows) - 1)
    widths = [8.5 * cm, 1.3 * cm, 2.2 * cm, 2.2 * cm] + [2.6 * cm] * len(FUNDINGS) + [2 * cm]
    as_of = label("as_of").format(date=_date(report.on))
    table = _table(rows, widths, s, totals, signed)
    table.setStyle(TableStyle([("ALIGN", (1, 1), (3, len(rows) - 1), "CENTER")]))  # course, language, form
    return _heading(report, "contingent", as_of, language, s) + [table]


def movement_flowables(report: ContingentReport, language: str, s: ContingentStyles,
                       signed: Table | None = None) -> list:
    report = report.in_order(language)  # names and codes in the order of the document's alphabet
    label = lambda key: pick(CONTINGENT_LABELS, key, language)  # noqa: E731
    head = [Paragraph(label("group"), s.head)] + [Paragraph(label(f), s.head) for f in MOVEMENT_FIELDS]
    rows = [head]
    sums = [0] * len(MOVEMENT_FIELDS)
    for line in report.movement:
        values = [getattr(line, f) for f in MOVEMENT_FIELDS]
        sums = [a + b for a, b in zip(sums, values)]
        rows.append([line.group_code, *values])
    rows.append([Paragraph(label("grand_total"), s.cell), *sums])
    period = label("period").format(start=_date(report.period[0]), end=_date(report.period[1]))
    story = _heading(report, "movement", period, language, s)
    story.append(_table(rows, [4 * cm] + [2.6 * cm] * len(MOVEMENT_FIELDS), s, [len(rows) - 1],
                        None if report.orders else signed))
    if report.orders:
        order_rows = [[Paragraph(label(k), s.head) for k in ("order_number", "order_date", "order_kind", "students")]]
        order_rows += [[o.number, _date(o.signed_on), pick(CONTINGENT_CHOICES, o.kind, language), o.students]
                       for o in report.orders]
        table = _table(order_rows, [3 * cm, 4 * cm, 8 * cm, 3 * cm], s, signed=signed)
        table.setStyle(TableStyle([("ALIGN", (0, 1), (2, len(order_rows) - 1), "LEFT")]))
        table.hAlign = "LEFT"
        story += with_heading([Spacer(1, 10), Paragraph(label("orders"), s.strong), Spacer(1, 4)], table)
    return story


def categories_flowables(report: ContingentReport, language: str, s: ContingentStyles,
                         signed: Table | None = None) -> list:
    report = report.in_order(language)  # names and codes in the order of the document's alphabet
    label = lambda key: pick(CONTINGENT_LABELS, key, language)  # noqa: E731
    choice = lambda key: pick(CONTINGENT_CHOICES, key, language)  # noqa: E731
    as_of = label("as_of").format(date=_date(report.on))
    story = _heading(report, "categories", as_of, language, s)
    counts = [[Paragraph(label("category"), s.head), Paragraph(label("count"), s.head)]]
    for key in ("orphan", "no_parental_care", "disability", "large_family", "low_income", "sen"):
        counts.append([choice(key), report.category_counts.get(key, 0)])
    for key, value in sorted(report.category_counts.items()):
        if key.startswith("sen:"):
            counts.append([f"   {choice(key[4:])}", value])
    counts_table = _table(counts, [9 * cm, 3 * cm], s)
    counts_table.hAlign = "LEFT"
    story += [counts_table, Spacer(1, 10)]
    if not report.category_students:
        return story + [Paragraph(label("student") + ": —", s.text), signed] if signed else story
    rows = [[Paragraph(label(k), s.head) for k in ("student", "group", "category", "sen")]]
    for student in report.category_students:
        sen = ""
        if student.sen_category:
            sen = choice(student.sen_category) + (f", {choice(student.sen_curriculum)}" if student.sen_curriculum else "")
        rows.append([Paragraph(student.name, s.cell), student.group_code,
                     Paragraph(", ".join(choice(c) for c in student.categories), s.cell), Paragraph(sen, s.cell)])
    table = _table(rows, [7.5 * cm, 3.5 * cm, 8 * cm, 7 * cm], s, signed=signed)
    table.setStyle(TableStyle([("ALIGN", (1, 1), (-1, len(rows) - 1), "LEFT")]))
    story.append(table)
    return story


def _signatures(report: ContingentReport, language: str, s: ContingentStyles) -> Table:
    label = lambda key: pick(CONTINGENT_LABELS, key, language)  # noqa: E731
    return signatures([(label("director"), report.director), (label("registrar"), "")], language, s.regular, report.on)


def build_contingent_pdf(path: Path, report: ContingentReport, language: str,
                         parts: tuple[str, ...] = ("contingent", "movement", "categories")) -> None:
    """Each part on its own pages, closed by the signatures as the last rows of its last table; page X of Y and
    the college with the report's date on every page."""
    s = ContingentStyles()
    makers = {"contingent": contingent_flowables, "movement": movement_flowables, "categories": categories_flowables}
    story: list = []
    for part in parts:
        if story:
            story.append(PageBreak())
        story += makers[part](report, language, s, _signatures(report, language, s))
    title = pick(CONTINGENT_LABELS, parts[0], language)
    identity = (f"{report.college_name(language)} — {pick(PACK_LABELS, 'registrar_report', language)}, "
                f"{pick(CONTINGENT_LABELS, 'as_of', language).format(date=_date(report.on))}")
    build(path, story, language, identity.lstrip(" —"), title=title, pagesize=landscape(A4), margins=1.2 * cm)
    owner_only(path)  # the category list names students
