"""The load fulfilment report in Kazakh or Russian, for the year or one semester: per teacher, each group and
curriculum row with the hours given on it month by month, the plan for the period, the plan's hours given (done,
by the teacher or a replacement), those not given, the hours given beyond the plan, how many of them replacements
gave, and the hours the teacher gave in colleagues' place (never counted toward the plan); a total per teacher and
for all, then the signatures. The figures are the services' (domain.teacher_load.fulfilment): printed and summed
here, never counted again; a line under the title says how to read them."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, TableStyle

from desktop.reports.load_blocks import (WIDTH, LoadStyles, PagedRows, build, esc, fitted, head_cells, hours,
                                         load_grid, signatures)
from desktop.reports.load_data import FulfilmentReport, FulfilmentRow
from desktop.reports.load_labels import month_short, word

FIGURES = ("plan", "done", "not_done", "over_plan", "replaced", "replacements")


def _period(report: FulfilmentReport, language: str) -> str:
    if report.semester is None:
        return word("period_year", language).format(year=report.academic_year)
    return word("period_semester", language).format(year=report.academic_year, n=report.semester)


def _cell(value) -> str:
    return hours(value) if value else ""


def _figures(row: FulfilmentRow, months: tuple[int, ...]) -> list:
    return [*(row.by_month.get(m, 0) for m in months), *(getattr(row, name) for name in FIGURES)]


def fulfilment_flowables(report: FulfilmentReport, language: str, s: LoadStyles | None = None) -> list:
    s = s or LoadStyles(7.5)
    months = report.months
    # a year's ten months leave each month a narrow column; the five figures keep room for their headers' words
    month_width = 0.95 if len(months) > 6 else 1.4
    widths = [0.6, 1.9, 1.5, 0, *[month_width] * len(months), *[1.6] * len(FIGURES)]
    widths = [w * cm for w in widths]
    widths[3] = WIDTH - sum(widths)
    columns = len(widths)
    head = [[*head_cells(["number", "group", "row", "subject"], language, s), Paragraph(word("months", language), s.head),
             *[""] * (len(months) - 1), *head_cells(list(FIGURES), language, s)],
            ["", "", "", "", *(Paragraph(month_short(m, language), s.head) for m in months), *[""] * len(FIGURES)]]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 3, *range(4 + len(months), columns))]
    spans.append(((4, 0), (3 + len(months), 0)))
    body, totals, teacher_rows = [], [], []
    grand = [0] * (len(months) + len(FIGURES))
    teachers = list(dict.fromkeys(row.teacher for row in report.rows))
    for teacher in teachers:
        body.append([Paragraph(f"<b>{esc(teacher)}</b>", s.cell)] + [""] * (columns - 1))
        teacher_rows.append(len(body) - 1)
        subtotal = [0] * (len(months) + len(FIGURES))
        rows = [row for row in report.rows if row.teacher == teacher]
        for index, row in enumerate(rows, start=1):
            figures = _figures(row, months)
            subtotal = [a + b for a, b in zip(subtotal, figures)]
            body.append([str(index), Paragraph(esc(row.group), s.cell), Paragraph(esc(row.row_code), s.cell),
                         Paragraph(fitted(row.subject, widths[3], s), s.cell), *(_cell(v) for v in figures)])
        grand = [a + b for a, b in zip(grand, subtotal)]
        body.append(["", Paragraph(word("teacher_total", language).format(name=esc(teacher)), s.cell), "", "",
                     *(hours(v) for v in subtotal)])
        totals.append(len(body) - 1)
    body.append(["", Paragraph(word("grand_total", language), s.cell), "", "", *(hours(v) for v in grand)])
    totals.append(len(body) - 1)
    people = [(word("deputy_director", language), report.signatories.deputy_director)]
    if report.department:
        people.insert(0, (word("department_head", language), report.signatories.department_head))
    signed = signatures(people, language, s, report.signed_on, stamp=False)

    def grid(start: int, stop: int):
        end = stop == len(body)
        inside = lambda rows: [i - start for i in rows if start <= i < stop]  # noqa: E731
        table = load_grid(head, body[start:stop], widths, s, spans=spans, totals=tuple(inside(totals)),
                          signatures=signed if end else None, numbers_from=4,
                          keep_last=3 if end else 1)  # the last teacher's last row, his total and the grand total
        style = [("SPAN", (0, 2 + i), (-1, 2 + i)) for i in inside(teacher_rows)]
        style += [("SPAN", (1, 2 + i), (3, 2 + i)) for i in inside(totals)]
        table.setStyle(TableStyle(style))
        return table

    table = PagedRows(grid, len(body), len(head))
    subtitle = _period(report, language) + (f", {esc(report.department)}" if report.department else "")
    return [Paragraph(f"<b>{esc(report.college_name)}</b>", s.left), Spacer(1, 4),
            Paragraph(word("fulfilment", language), s.title), Paragraph(subtitle, s.centred), Spacer(1, 3),
            Paragraph(word("legend", language), s.note), Spacer(1, 5), table]


def build_fulfilment_pdf(path: Path, report: FulfilmentReport, language: str) -> None:
    identity = f"{report.college_name} — {word('fulfilment', language)}, {_period(report, language)}"
    build(path, fulfilment_flowables(report, language), language, identity, word("fulfilment", language))
