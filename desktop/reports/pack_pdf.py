"""The report pack as one PDF in Kazakh or Russian: a cover with the contents (each section with the page it starts
on), the indicators against the targets, contingent, movement, dual training, demonstration exams and graduates'
employment, with charts and signatures; page X of Y and the college, the pack and its year on every page."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from desktop.paths import owner_only
from desktop.reports import charts
from desktop.reports.blocks import DocumentStyles
from desktop.reports.contingent_pdf import ContingentStyles, contingent_flowables, movement_flowables
from desktop.reports.finishing import figure, page_canvas, short_date
from desktop.reports.labels import pick
from desktop.reports.pack_blocks import cell_number, grid, own_half, with_heading
from desktop.reports.pack_labels import INDICATOR_TITLES, PACK_LABELS
from desktop.reports.pack_sections import Sections, percent

SECTIONS = ("section_indicators", "section_contingent", "section_movement", "section_dual", "section_exams",
            "section_employment")
PAGE = landscape(A4)


class _SectionHeading(Paragraph):
    """A section's heading: the contents lists it with the page it lands on."""


class _PackTemplate(SimpleDocTemplate):
    def afterFlowable(self, flowable):  # noqa: N802 - reportlab's name
        if isinstance(flowable, _SectionHeading):
            text = flowable.getPlainText()
            key = f"section-{self.seq.nextf('section')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, 0)
            self.notify("TOCEntry", (0, text, self.page, key))


class _Pack:
    def __init__(self, data, language: str):
        self.data, self.language = data, language
        self.s = DocumentStyles()
        self.s.centred = ParagraphStyle("centred", parent=self.s.text, alignment=TA_CENTER)
        self.s.section = ParagraphStyle("section", parent=self.s.title, alignment=0, spaceAfter=8)
        # a word too long for its column widens nothing and is never cut: the columns are made wide enough
        self.s.head = ParagraphStyle("pack-head", parent=self.s.head, splitLongWords=0)
        self.s.small = ParagraphStyle("pack-small", parent=self.s.small, splitLongWords=0)
        self.cs = ContingentStyles()
        self.sections = Sections(data, language, self.s)

    def label(self, key: str) -> str:
        return pick(PACK_LABELS, key, self.language)

    def identity(self) -> str:
        year = self.label("year").format(year=self.data.year)
        return f"{self.data.college_name(self.language)} — {self.label('pack')}, {year}".lstrip(" —")  # no name yet

    def heading(self, number: int, key: str) -> list:
        return [_SectionHeading(f"{number}. {self.label(key)}", self.s.section)]

    def cover(self) -> list:
        s, data = self.s, self.data
        contents = TableOfContents(dotsMinLevel=0)
        contents.levelStyles = [ParagraphStyle("contents", fontName=s.regular, fontSize=11, leading=15,
                                               leftIndent=0, firstLineIndent=0)]
        return [Spacer(1, 1.5 * cm), Paragraph(data.college_name(self.language), s.title),
                Paragraph(" · ".join(own_half(part, self.language) for part in data.header), s.centred),
                Spacer(1, 0.8 * cm),
                Paragraph(self.label("pack"), s.title), Paragraph(self.label("year").format(year=data.year), s.title),
                Spacer(1, 0.3 * cm), Paragraph(self.label("made_on").format(date=short_date(data.made_on)), s.centred),
                Spacer(1, 0.6 * cm), Paragraph(self.label("contents"), s.bold), contents]

    def indicators(self) -> list:
        s, data, label = self.s, self.data, self.label
        rows = [[Paragraph(label(k), s.head) for k in ("indicator", "numerator", "denominator", "percent", "target",
                                                      "met")]]
        for number, f in enumerate(data.figures, start=1):
            met = "—" if f.meets is None else label("yes" if f.meets else "no")
            rows.append([Paragraph(f"{number}. {pick(INDICATOR_TITLES, f.key, self.language)}", s.small),
                         cell_number(f.numerator), cell_number(f.denominator), percent(f.percent),
                         "—" if f.target is None else figure(f.target),
                         met])
        story = self.heading(1, "section_indicators") + [
            grid(rows, [12 * cm, 2.6 * cm, 2.6 * cm, 2.2 * cm, 3 * cm, 2.6 * cm], s.regular, s.bold_font, size=8.5),
            Paragraph(f"1. {label('employment_reading')} {self.continuing_line()}", s.small), Spacer(1, 4),
            charts.compare_chart([str(n) for n in range(1, len(data.figures) + 1)],
                                 [f.percent or 0 for f in data.figures], [f.target or 0 for f in data.figures],
                                 (label("college"), label("target")), label("chart_indicators"), s.regular,
                                 height=5.6 * cm, axes=(label("axis_indicator"), label("axis_percent")))]
        years = sorted(data.history)
        rows = [[Paragraph(label("indicator"), s.head), *(Paragraph(str(y), s.head) for y in years)]]
        for number, f in enumerate(data.figures, start=1):
            cells = []
            for year in years:
                past = data.history[year][f.key]
                cells.append("—*" if past is None else percent(past.percent))
            rows.append([Paragraph(f"{number}. {pick(INDICATOR_TITLES, f.key, self.language)}", s.small), *cells])
        table = grid(rows + [[Paragraph("* " + label("today_only"), s.small)] + [""] * len(years)],
                     [12 * cm] + [4.5 * cm] * len(years), s.regular, s.bold_font, size=8.5)
        table.setStyle([("SPAN", (0, len(rows)), (-1, len(rows)))])
        return story + with_heading([Spacer(1, 4), Paragraph(label("indicator_years"), s.bold)], table)

    def contingent(self) -> list:
        """The chart under the section's heading, above the table: it never lands on a page by itself."""
        report, label = self.data.contingent, self.label
        by_course: dict[int, int] = {}
        for line in report.contingent:
            by_course[line.course] = by_course.get(line.course, 0) + line.total
        courses = sorted(by_course)
        chart = charts.count_chart([label("course_n").format(course=c) for c in courses],
                                   [by_course[c] for c in courses], label("chart_contingent"), self.s.regular,
                                   height=4.6 * cm, unit=label("course_axis"))
        return self.heading(2, "section_contingent") + [chart] + contingent_flowables(report, self.language, self.cs)

    def movement(self) -> list:
        return self.heading(3, "section_movement") + movement_flowables(self.data.contingent, self.language, self.cs)

    def dual(self) -> list:
        return self.heading(4, "section_dual") + self.sections.dual(self.data.year)

    def exams(self) -> list:
        return self.heading(5, "section_exams") + self.sections.exams()

    def continuing_line(self) -> str:
        """State-order graduates continuing (not available for work), of the employment figure's denominator."""
        f = self.employment_figure()
        return self.label("continuing_line").format(count=f.continuing, total=f.denominator,
                                                    percent=percent(f.continuing_percent))

    def employment_figure(self):
        return next(f for f in self.data.figures if f.key == "employment")

    def employment(self) -> list:
        return self.heading(6, "section_employment") + self.sections.employment(self.employment_figure(),
                                                                                self.continuing_line())


def build_pack_pdf(path: Path, data, language: str) -> None:
    pack = _Pack(data, language)
    story = pack.cover()
    for part in (pack.indicators, pack.contingent, pack.movement, pack.dual, pack.exams, pack.employment):
        story += [PageBreak(), *part()]
    template = _PackTemplate(str(path), pagesize=PAGE, leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.4 * cm,
                             bottomMargin=1.3 * cm, title=f"{pack.label('pack')} {data.year}",
                             author=data.college_name(language))
    # two passes at least: the contents learn on the first where each section starts
    template.multiBuild(story, canvasmaker=page_canvas(pack.identity(), language))
    owner_only(path)  # graduates' names and the category list
