"""The report pack's sections on dual training, demonstration exams and graduates' employment: the figures of the
pack's year, numbers with a decimal comma, each table under its heading, each chart with the text it illustrates."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from desktop.domain.collation import name_key
from desktop.domain.indicators import STATUSES
from desktop.domain.legal_forms import legal_form_in
from desktop.reports import charts
from desktop.reports.finishing import number, short_date
from desktop.reports.labels import DUAL_CHOICES, DUAL_LABELS, EXAM_CHOICES, pick
from desktop.reports.pack_blocks import cell_number, grid, signatures, with_heading
from desktop.reports.pack_labels import EMPLOYMENT_STATUSES, EVIDENCE, PACK_LABELS


def percent(value: float | None) -> str:
    return "—" if value is None else number(value, 1)


def money(value) -> str:
    return number(value, 2)


class Sections:
    """The sections are made for one pack: its data, its language and its paragraph styles."""

    def __init__(self, data, language: str, styles):
        self.data, self.language, self.s = data, language, styles

    def label(self, key: str) -> str:
        return pick(PACK_LABELS, key, self.language)

    def p(self, text, style=None) -> Paragraph:
        return Paragraph(str(text), style or self.s.small)

    def none(self, columns: int) -> list:
        """The one row of a table with nothing to list."""
        return [self.label("no_records")] + [""] * (columns - 1)

    def head(self, *keys: str, table=PACK_LABELS) -> list:
        return [Paragraph(pick(table, k, self.language), self.s.head) for k in keys]

    def table(self, rows, widths, **kwargs):
        return grid(rows, widths, self.s.regular, self.s.bold_font, size=8.5, **kwargs)

    def dual(self, year: int | None = None, signed=None) -> list:
        """The dual-training report: coverage, the contracts (of `year` when given), mentors and payments, the
        signatures, when given, closing the contracts' table."""
        report, s, language = self.data.dual, self.s, self.language
        label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
        story = [Paragraph(label("as_of").format(date=short_date(report.on)), s.text),
                 Paragraph(label("coverage_line").format(state=percent(report.state.percent),
                                                         covered=number(report.state.covered),
                                                         total=number(report.state.total),
                                                         all=percent(report.everyone.percent)), s.text)]
        rows = [self.head("specialty", "course", "state_percent", "all_percent", table=DUAL_LABELS)]
        rows += [[self.p(report.named(line.specialty_code, language)), line.course,
                  percent(line.state_order.percent), percent(line.everyone.percent)]
                 for line in report.lines] or [self.none(4)]
        story += with_heading([Paragraph(label("coverage"), s.bold)],
                              self.table(rows, [12 * cm, 2 * cm, 4 * cm, 4 * cm]))
        # the small tables first, the long list of contracts last: no small table is left alone on a page
        rows = [self.head("payments", "amount", table=DUAL_LABELS),
                [label("mentor_payments"), money(report.totals.mentors)],
                [label("reimbursements"), money(report.totals.reimbursements)],
                [label("total"), money(report.totals.total)]]
        story += [Spacer(1, 8), *with_heading([Paragraph(label("payments") + (f", {year}" if year else ""), s.bold)],
                                              self.table(rows, [8 * cm, 5 * cm], totals=(3,)))]
        # the form in the document's language (ЖШС in Kazakh) where only the Russian name was entered
        enterprise = lambda name: legal_form_in(report.enterprise_name(name, language), language)  # noqa: E731
        rows = [self.head("mentor_head", "enterprise", "students", table=DUAL_LABELS)]
        rows += [[self.p(m.full_name), self.p(enterprise(m.enterprise)), m.students]
                 for m in sorted(report.mentors, key=lambda m: (name_key(enterprise(m.enterprise), language),
                                                                name_key(m.full_name, language)))] or [self.none(3)]
        story += [Spacer(1, 8), *with_heading([Paragraph(label("mentors"), s.bold)],
                                              self.table(rows, [7 * cm, 7 * cm, 3 * cm], numbers_from=2))]
        rows = [self.head("number", "student", "enterprise", "mentor_head", "from", "to", "hours", "status",
                          table=DUAL_LABELS)]
        rows += [[c.number, self.p(c.student), self.p(enterprise(c.enterprise)), self.p(c.mentor),
                  short_date(c.starts_on), short_date(c.ends_on), cell_number(c.enterprise_hours),
                  self.p(pick(DUAL_CHOICES, c.status, language))] for c in report.contracts] or [self.none(8)]
        contracts = self.table(rows, [2.6 * cm, 4.6 * cm, 4.2 * cm, 4.2 * cm, 2.4 * cm, 2.4 * cm, 1.6 * cm, 3.6 * cm],
                               numbers_from=6, signatures=signed)
        story += [Spacer(1, 8), *with_heading([Paragraph(label("contracts") + (f", {year}" if year else ""), s.bold)],
                                              contracts)]
        return story

    def exams(self) -> list:
        s, data, label = self.s, self.data, self.label
        choice = lambda key: pick(EXAM_CHOICES, key, self.language)  # noqa: E731
        story = [Paragraph(label("assessed").format(year=data.year, assessed=data.assessed.assessed,
                                                    graduating=data.assessed.graduating), s.text)]
        rows = [self.head("specialty", "qualification", "candidates", "absent", "passed", "mean")]
        named = lambda code: self.p(data.dual.named(code, self.language))  # noqa: E731 - code and its name
        rows += [[named(r.specialty), named(r.qualification), r.candidates, r.absent, r.passed,
                  "—" if r.mean_total is None else number(r.mean_total, 2)] for r in data.exam_results]
        rows.append([label("total"), "", sum(r.candidates for r in data.exam_results),
                     sum(r.absent for r in data.exam_results), sum(r.passed for r in data.exam_results), ""])
        story += with_heading([Paragraph(label("results_of").format(year=data.year), s.bold)],
                              self.table(rows, [7.5 * cm, 7.5 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm],
                                         totals=(len(rows) - 1,), numbers_from=2))
        heading = [Spacer(1, 8), Paragraph(f"{label('sessions')}, {data.year}", s.bold)]
        if not data.exam_sessions:
            return story + heading + [Paragraph(label("no_records"), s.text)]
        rows = [self.head("kind", "form", "qualification", "dates", "status", "candidates")]
        rows += [[self.p(choice(x.kind)), self.p(choice(x.form)), named(x.qualification),
                  f"{short_date(x.starts_on)} – {short_date(x.ends_on)}",
                  label(x.status) if x.status in PACK_LABELS else x.status, x.candidates] for x in data.exam_sessions]
        return story + with_heading(heading, self.table(rows, [4.2 * cm, 4.2 * cm, 6.5 * cm, 4.6 * cm, 3 * cm, 2.5 * cm],
                                                        numbers_from=5))

    def employment(self, figure, continuing_line: str) -> list:
        """The figures and the chart first (the chart under the text it illustrates), the graduates listed, and the
        summary by group closing the section with the signatures as its last rows."""
        s, data, label = self.s, self.data, self.label
        status = lambda key: pick(EMPLOYMENT_STATUSES, key, self.language)  # noqa: E731
        totals = {key: sum(line.counts[key] for line in data.employment_by_group) for key in STATUSES}
        story = [Paragraph(label("graduates_of").format(year=data.year) + f": {len(data.graduates)}", s.bold),
                 Paragraph(label("employment_reading"), s.text),
                 Paragraph(label("employed_line").format(count=figure.numerator, total=figure.denominator,
                                                         percent=percent(figure.percent)), s.text),
                 Paragraph(continuing_line, s.text),
                 charts.count_chart([status(k) for k in STATUSES], [totals[k] for k in STATUSES],
                                    label("chart_employment"), s.regular, unit=label("axis_people"))]
        rows = [self.head("graduate", "group", "state_order", "status", "date", "employer", "evidence")]
        rows += [[self.p(g.name), g.group_code, label("yes") if g.state_order else label("no"),
                  self.p(status(g.status)), short_date(g.on), self.p(legal_form_in(g.employer, self.language)),
                  self.p(pick(EVIDENCE, g.evidence, self.language) if g.evidence else "")] for g in data.graduates] \
            or [self.none(7)]
        story += with_heading([Spacer(1, 6), Paragraph(label("graduates_list"), s.bold)],
                              self.table(rows, [6 * cm, 2.6 * cm, 2.6 * cm, 4.4 * cm, 2.4 * cm, 5 * cm, 3.6 * cm],
                                         numbers_from=7))
        rows = [[Paragraph(label("group"), s.head), *(Paragraph(status(k), s.head) for k in STATUSES),
                 Paragraph(label("total"), s.head)]]
        rows += [[line.group_code, *(line.counts[k] for k in STATUSES), sum(line.counts.values())]
                 for line in data.employment_by_group]
        rows.append([label("total"), *(totals[k] for k in STATUSES), sum(totals.values())])
        signed = signatures([(label("director"), data.contingent.director), (label("deputy"), data.deputy)],
                            self.language, s.regular, data.made_on)
        summary = self.table(rows, [2.6 * cm] + [3.2 * cm] * len(STATUSES) + [2.2 * cm], totals=(len(rows) - 1,),
                             signatures=signed)
        return story + with_heading([Spacer(1, 8), Paragraph(label("by_group"), s.bold)], summary)
