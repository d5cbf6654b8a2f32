"""The report pack as one PDF in Kazakh or Russian: a cover with the contents, the indicators against the targets,
contingent, movement, dual training, demonstration exams and graduates' employment, with charts and signatures."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.domain.indicators import STATUSES
from desktop.paths import owner_only
from desktop.reports import charts
from desktop.reports.blocks import DocumentStyles, dmy, grid_table
from desktop.reports.contingent_pdf import ContingentStyles, contingent_flowables, movement_flowables
from desktop.reports.dual_pdf import dual_report_flowables
from desktop.reports.labels import EXAM_CHOICES, pick
from desktop.reports.pack_labels import EMPLOYMENT_STATUSES, EVIDENCE, INDICATOR_TITLES, PACK_LABELS

SECTIONS = ("section_indicators", "section_contingent", "section_movement", "section_dual", "section_exams",
            "section_employment")
PAGE = landscape(A4)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class _Pack:
    def __init__(self, data, language: str):
        self.data, self.language = data, language
        self.s = DocumentStyles()
        self.s.centred = ParagraphStyle("centred", parent=self.s.text, alignment=TA_CENTER)
        self.cs = ContingentStyles()

    def label(self, key: str) -> str:
        return pick(PACK_LABELS, key, self.language)

    def heading(self, number: int, key: str) -> list:
        return [Paragraph(f"{number}. {self.label(key)}", self.s.title)]

    def cover(self) -> list:
        s, data = self.s, self.data
        story = [Spacer(1, 2.5 * cm), Paragraph(data.college_name(self.language), s.title),
                 Paragraph(" · ".join(data.header), s.centred), Spacer(1, 1 * cm),
                 Paragraph(self.label("pack"), s.title), Paragraph(self.label("year").format(year=data.year), s.title),
                 Spacer(1, 0.5 * cm), Paragraph(self.label("made_on").format(date=dmy(data.made_on)), s.text),
                 Spacer(1, 0.8 * cm), Paragraph(self.label("contents"), s.bold)]
        story += [Paragraph(f"{n}. {self.label(key)}", s.text) for n, key in enumerate(SECTIONS, start=1)]
        return story

    def indicators(self) -> list:
        s, data, label = self.s, self.data, self.label
        rows = [[Paragraph(label(k), s.head) for k in ("indicator", "numerator", "denominator", "percent", "target",
                                                      "met")]]
        for number, f in enumerate(data.figures, start=1):
            met = "—" if f.meets is None else label("yes" if f.meets else "no")
            rows.append([Paragraph(f"{number}. {pick(INDICATOR_TITLES, f.key, self.language)}", s.small),
                         f.numerator, f.denominator, _pct(f.percent), "—" if f.target is None else f"{f.target:g}", met])
        story = self.heading(1, "section_indicators") + [
            grid_table(rows, [12 * cm, 2.6 * cm, 2.6 * cm, 2.2 * cm, 3 * cm, 2.6 * cm], s),
            Paragraph(f"1. {label('employment_reading')} {self.continuing_line()}", s.small), Spacer(1, 6)]
        story.append(charts.compare_chart(
            [str(n) for n in range(1, len(data.figures) + 1)], [f.percent or 0 for f in data.figures],
            [f.target or 0 for f in data.figures], (label("college"), label("target")),
            label("chart_indicators"), s.regular, height=5.5 * cm))  # the section keeps to one page
        years = sorted(data.history)
        rows = [[Paragraph(label("indicator"), s.head), *(str(y) for y in years)]]
        for number, f in enumerate(data.figures, start=1):
            cells = []
            for year in years:
                figure = data.history[year][f.key]
                cells.append("—*" if figure is None else _pct(figure.percent))
            rows.append([Paragraph(f"{number}. {pick(INDICATOR_TITLES, f.key, self.language)}", s.small), *cells])
        story.append(KeepTogether([Spacer(1, 6), Paragraph(label("indicator_years"), s.bold),
                                   grid_table(rows, [12 * cm] + [4.5 * cm] * len(years), s),
                                   Paragraph("* " + label("today_only"), s.small)]))
        return story

    def contingent(self) -> list:
        report, label = self.data.contingent, self.label
        by_course: dict[int, int] = {}
        for line in report.contingent:
            by_course[line.course] = by_course.get(line.course, 0) + line.total
        courses = sorted(by_course)
        chart = charts.count_chart([label("course_n").format(course=c) for c in courses],
                                   [by_course[c] for c in courses], label("chart_contingent"), self.s.regular)
        return self.heading(2, "section_contingent") + contingent_flowables(report, self.language, self.cs) + [
            Spacer(1, 8), KeepTogether([chart])]

    def movement(self) -> list:
        return self.heading(3, "section_movement") + movement_flowables(self.data.contingent, self.language, self.cs)

    def dual(self) -> list:
        return self.heading(4, "section_dual") + dual_report_flowables(self.data.dual, self.language, self.s)

    def exams(self) -> list:
        s, data, label = self.s, self.data, self.label
        choice = lambda key: pick(EXAM_CHOICES, key, self.language)  # noqa: E731
        story = self.heading(5, "section_exams") + [
            Paragraph(label("assessed").format(assessed=data.assessed.assessed, graduating=data.assessed.graduating),
                      s.text)]
        rows = [[Paragraph(label(k), s.head) for k in ("specialty", "qualification", "candidates", "absent", "passed",
                                                      "mean")]]
        rows += [[r.specialty, r.qualification, r.candidates, r.absent, r.passed,
                  "—" if r.mean_total is None else str(r.mean_total)] for r in data.exam_results]
        rows.append([label("total"), "", sum(r.candidates for r in data.exam_results),
                     sum(r.absent for r in data.exam_results), sum(r.passed for r in data.exam_results), ""])
        story += [grid_table(rows, [4 * cm, 4 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm], s, total_row=True), Spacer(1, 8),
                  Paragraph(f"{label('sessions')}, {data.year}", s.bold)]
        if not data.exam_sessions:
            return story + [Paragraph(label("no_records"), s.text)]
        rows = [[Paragraph(label(k), s.head) for k in ("kind", "form", "qualification", "dates", "status",
                                                      "candidates")]]
        rows += [[choice(x.kind), choice(x.form), x.qualification, f"{dmy(x.starts_on)} – {dmy(x.ends_on)}",
                  label(x.status) if x.status in PACK_LABELS else x.status, x.candidates] for x in data.exam_sessions]
        return story + [grid_table(rows, [5 * cm, 5 * cm, 3.5 * cm, 5 * cm, 3 * cm, 3 * cm], s)]

    def continuing_line(self) -> str:
        """State-order graduates continuing (not available for work), of the employment figure's denominator."""
        f = next(f for f in self.data.figures if f.key == "employment")
        return self.label("continuing_line").format(count=f.continuing, total=f.denominator,
                                                    percent=_pct(f.continuing_percent))

    def employment(self) -> list:
        s, data, label = self.s, self.data, self.label
        status = lambda key: pick(EMPLOYMENT_STATUSES, key, self.language)  # noqa: E731
        figure = next(f for f in data.figures if f.key == "employment")
        story = self.heading(6, "section_employment") + [
            Paragraph(label("graduates_of").format(year=data.year) + f": {len(data.graduates)}", s.bold),
            Paragraph(label("employment_reading"), s.text),
            Paragraph(label("employed_line").format(count=figure.numerator, total=figure.denominator,
                                                    percent=_pct(figure.percent)), s.text),
            Paragraph(self.continuing_line(), s.text)]
        totals = {key: sum(line.counts[key] for line in data.employment_by_group) for key in STATUSES}
        story.append(charts.count_chart([status(k) for k in STATUSES], [totals[k] for k in STATUSES],
                                        label("chart_employment"), s.regular))
        rows = [[Paragraph(label("group"), s.head), *(Paragraph(status(k), s.head) for k in STATUSES),
                 Paragraph(label("total"), s.head)]]
        rows += [[line.group_code, *(line.counts[k] for k in STATUSES), sum(line.counts.values())]
                 for line in data.employment_by_group]
        rows.append([label("total"), *(totals[k] for k in STATUSES), sum(totals.values())])
        story += [grid_table(rows, [3.4 * cm] + [2.9 * cm] * len(STATUSES) + [2.2 * cm], s, total_row=True),
                  Spacer(1, 8)]
        rows = [[Paragraph(label(k), s.head) for k in ("graduate", "group", "state_order", "status", "date",
                                                      "employer", "evidence")]]
        rows += [[Paragraph(g.name, s.small), g.group_code, label("yes") if g.state_order else label("no"),
                  Paragraph(status(g.status), s.small), dmy(g.on), Paragraph(g.employer, s.small),
                  Paragraph(pick(EVIDENCE, g.evidence, self.language) if g.evidence else "", s.small)]
                 for g in data.graduates]
        return story + [grid_table(rows, [6 * cm, 2.6 * cm, 2.6 * cm, 4.4 * cm, 2.4 * cm, 5 * cm, 3.6 * cm], s)]

    def signatures(self) -> KeepTogether:
        s, label = self.s, self.label
        rows = [[label("director"), "__________________", self.data.contingent.director],
                ["", label("signature"), ""],
                [label("deputy"), "__________________", ""],
                ["", label("signature"), ""]]
        table = Table(rows, colWidths=[7 * cm, 6 * cm, 9 * cm])
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), s.regular, 10), ("FONT", (1, 1), (1, 1), s.regular, 7),
                                   ("FONT", (1, 3), (1, 3), s.regular, 7), ("ALIGN", (1, 0), (1, -1), "CENTER"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8)]))
        return KeepTogether([Spacer(1, 18), table])

    def on_page(self, canvas, doc) -> None:
        """Every page after the cover names the college and the pack, and numbers itself."""
        if doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont(self.s.regular, 7.5)
        width, height = PAGE
        canvas.drawString(1.2 * cm, height - 0.8 * cm,
                          f"{self.data.college_name(self.language)} — {self.label('pack')}, {self.data.year}")
        canvas.drawRightString(width - 1.2 * cm, 0.7 * cm, self.label("page").format(page=doc.page))
        canvas.restoreState()


def build_pack_pdf(path: Path, data, language: str) -> None:
    pack = _Pack(data, language)
    story = pack.cover()
    for part in (pack.indicators, pack.contingent, pack.movement, pack.dual, pack.exams, pack.employment):
        story += [PageBreak(), *part()]
    story.append(pack.signatures())
    SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.3 * cm,
                      bottomMargin=1.2 * cm, title=f"{pack.label('pack')} {data.year}",
                      author=data.college_name(language)).build(story, onFirstPage=pack.on_page,
                                                                onLaterPages=pack.on_page)
    owner_only(path)  # graduates' names and the category list
