"""The teacher's individual load card and the cycle commission's summary, in Kazakh or Russian. The card lists,
semester by semester, each group and curriculum row the teacher takes with its hours by kind (theory, practical
and laboratory classes, course project, production training, consultations, exams, practice supervision), the
semester and year totals, and the year against the norm of the teacher's rate, marked over or under in words and
shade. The summary gives each of the commission's teachers a line: rate, norm, hours by semester, the production
training among them, hours by funding, the difference to the norm and its mark. Both close with their signatures
under the table."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.reports import finishing
from desktop.reports.load_blocks import (WIDTH, LoadStyles, build, esc, fitted, head_cells, hours, load_grid,
                                         signatures)
from desktop.reports.load_data import DepartmentSummary, LoadCard, LoadRow
from desktop.reports.load_labels import category_name, word

KINDS = ("theory", "practice", "course_project", "production", "consultations", "exams", "practice_supervision")
# each kind's column holds its header's longest word (Практические, / Консультация) at 7 pt bold
CARD_WIDTHS = [0.7, 2.2, 1.6, 0, *[2.15] * len(KINDS), 1.6]
OVER_FILL = colors.HexColor("#f8d7da")
UNDER_FILL = colors.HexColor("#fff3cd")


def status(total, norm) -> str:
    difference = Decimal(str(total)) - Decimal(str(norm))
    return "over" if difference > 0 else "under" if difference < 0 else "norm"


def _status_words(total, norm, language: str) -> str:
    difference = abs(Decimal(str(total)) - Decimal(str(norm)))
    kind = status(total, norm)
    return word("on_norm", language) if kind == "norm" else word(kind, language).format(hours=hours(difference))


def _hours(value) -> str:
    """A row's hours of one kind; none is left blank, so the kinds a row has stand out."""
    return hours(value) if value else ""


def _subject(row: LoadRow, language: str, width: float, s: LoadStyles) -> str:
    text = fitted(row.subject, width, s)
    if row.subgroup:
        text += f" ({word('subgroup', language).format(n=row.subgroup)})"
    if row.funding == "extra":
        text += f" <i>[{word('extra_mark', language)}]</i>"
    return text


def _facts(card: LoadCard, language: str, s: LoadStyles) -> Table:
    facts = [(word("teacher", language), card.teacher), (word("department", language), card.department),
             (word("category_only", language), category_name(card.category, language)),
             (word("rate", language), finishing.figure(card.rate)),
             (word("norm", language), hours(card.norm))]
    if card.position:
        facts.insert(1, (word("position", language).split(",")[0], card.position))
    # two facts a line, to leave the page's room to the table and its signatures
    cells = [[Paragraph(f"<b>{esc(k)}:</b>", s.left), Paragraph(esc(v), s.left)] for k, v in facts]
    if len(cells) % 2:
        cells.append(["", ""])
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[6.2 * cm, WIDTH / 2 - 6.2 * cm] * 2)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def card_flowables(card: LoadCard, language: str, s: LoadStyles | None = None) -> list:
    s = s or LoadStyles(8)
    widths = [w * cm for w in CARD_WIDTHS]
    widths[3] = WIDTH - sum(widths)
    head = [head_cells(["number", "group", "row", "subject", *KINDS, "hours_total"], language, s)]
    body, totals, semester_rows = [], [], []
    for semester in sorted({row.semester for row in card.rows}):
        body.append([Paragraph(f"<b>{word('semester', language).format(n=semester)}</b>", s.cell)]
                    + [""] * (len(widths) - 1))
        semester_rows.append(len(body) - 1)
        rows = [row for row in card.rows if row.semester == semester]
        for index, row in enumerate(rows, start=1):
            body.append([str(index), Paragraph(esc(row.group), s.cell), Paragraph(esc(row.row_code), s.cell),
                         Paragraph(_subject(row, language, widths[3], s), s.cell), *(_hours(getattr(row, k)) for k in KINDS),
                         hours(row.total)])
        body.append(["", Paragraph(word("semester_total", language).format(n=semester), s.cell), "", "",
                     *(hours(sum((getattr(r, k) for r in rows), 0)) for k in KINDS), hours(card.semester_total(semester))])
        totals.append(len(body) - 1)
    body.append(["", Paragraph(word("year_total", language), s.cell), "", "",
                 *(hours(sum((getattr(r, k) for r in card.rows), 0)) for k in KINDS), hours(card.total)])
    totals.append(len(body) - 1)
    body.append(["", Paragraph(f"{word('norm', language)} ({finishing.figure(card.rate)})", s.cell), "", "",
                 *[""] * len(KINDS), hours(card.norm)])
    body.append(["", Paragraph(f"<b>{_status_words(card.total, card.norm, language)}</b>", s.cell), "", "",
                 *[""] * len(KINDS), hours(Decimal(str(card.total)) - Decimal(str(card.norm)))])
    spans = []
    signed = signatures([(word("teacher_sign", language), card.teacher),
                         (word("department_head", language), card.signatories.department_head),
                         (word("deputy_director", language), card.signatories.deputy_director)],
                        language, s, card.signed_on, stamp=False)
    # the last row of hours with the semester and year totals, the norm and its mark: never totals alone
    table = load_grid(head, body, widths, s, spans=spans, totals=tuple(totals), signatures=signed, numbers_from=4,
                      keep_last=5)
    style = [("SPAN", (0, 1 + i), (-1, 1 + i)) for i in semester_rows]
    style += [("SPAN", (1, 1 + i), (3, 1 + i)) for i in (*totals, len(body) - 2, len(body) - 1)]
    fill = {"over": OVER_FILL, "under": UNDER_FILL}.get(status(card.total, card.norm))
    if fill:
        style.append(("BACKGROUND", (0, len(body)), (-1, len(body)), fill))
    table.setStyle(TableStyle(style))
    return [Paragraph(f"<b>{esc(card.college_name)}</b>", s.left), Spacer(1, 4), Paragraph(word("card", language), s.title),
            Paragraph(word("year_line", language).format(year=card.academic_year), s.centred), Spacer(1, 6),
            _facts(card, language, s), Spacer(1, 6), table]


def build_load_card_pdf(path: Path, cards: list[LoadCard], language: str) -> None:
    """One card or many (a department's teachers), each starting on its own page."""
    story: list = []
    for card in cards:
        if story:
            story.append(PageBreak())
        story += card_flowables(card, language)
    first = cards[0] if cards else None
    identity = f"{first.college_name} — {word('card', language)}, {first.academic_year}" if first else ""
    build(path, story, language, identity, word("card", language))


# the production training column is the year total's part the workshop masters give, which a summary is asked for
SUMMARY_WIDTHS = [0.7, 0, 3.2, 1.6, 1.8, 1.9, 1.9, 1.9, 2.2, 1.8, 1.9, 1.8, 2.2]
STATUS_COLUMN = len(SUMMARY_WIDTHS) - 1


def _budget(card: LoadCard) -> tuple[Decimal, Decimal]:
    budget = sum((r.total for r in card.rows if r.funding != "extra"), Decimal(0))
    return budget, Decimal(str(card.total)) - budget


def summary_flowables(summary: DepartmentSummary, language: str, s: LoadStyles | None = None) -> list:
    s = s or LoadStyles(8)
    widths = [w * cm for w in SUMMARY_WIDTHS]
    widths[1] = WIDTH - sum(widths)
    semester = lambda n: word("semester", language).format(n=n)  # noqa: E731
    head = [[*head_cells(["number", "teacher", "category_only"], language, s), *head_cells(["rate", "norm"], language, s),
             Paragraph(semester(1), s.head), Paragraph(semester(2), s.head),
             *head_cells(["year_total", "of_production", "budget", "extra", "difference", "status"], language, s)]]
    body, fills = [], []
    sums = [Decimal(0)] * 8
    for index, card in enumerate(summary.cards, start=1):
        budget, extra = _budget(card)
        figures = [Decimal(str(card.norm)), Decimal(str(card.semester_total(1))), Decimal(str(card.semester_total(2))),
                   Decimal(str(card.total)), sum((Decimal(str(r.production)) for r in card.rows), Decimal(0)),
                   budget, extra, Decimal(str(card.total)) - Decimal(str(card.norm))]
        sums = [a + b for a, b in zip(sums, figures)]
        kind = status(card.total, card.norm)
        body.append([str(index), Paragraph(esc(card.teacher), s.cell),
                     Paragraph(fitted(category_name(card.category, language), widths[2], s), s.cell),
                     finishing.figure(card.rate),
                     *(hours(v) for v in figures), Paragraph(word(f"status_{kind}", language), s.cell)])
        if kind != "norm":
            fills.append(("BACKGROUND", (STATUS_COLUMN, index), (STATUS_COLUMN, index), OVER_FILL if kind == "over" else UNDER_FILL))
    rates = sum((Decimal(str(c.rate)) for c in summary.cards), Decimal(0))
    body.append(["", Paragraph(word("grand_total", language), s.cell), "", finishing.figure(rates),
                 *(hours(v) for v in sums), ""])
    signed = signatures([(word("department_head", language), summary.signatories.department_head),
                         (word("deputy_director", language), summary.signatories.deputy_director)],
                        language, s, summary.signed_on, stamp=False)
    table = load_grid(head, body, widths, s, totals=(len(body) - 1,), signatures=signed, numbers_from=3)
    table.setStyle(TableStyle(fills))
    return [Paragraph(f"<b>{esc(summary.college_name)}</b>", s.left), Spacer(1, 4),
            Paragraph(word("summary", language), s.title),
            Paragraph(f"{esc(summary.department)}, {word('year_line', language).format(year=summary.academic_year)}",
                      s.centred), Spacer(1, 8), table]


def build_department_summary_pdf(path: Path, summary: DepartmentSummary, language: str,
                                 with_cards: bool = False) -> None:
    """The summary, followed, when asked, by each teacher's card on its own pages."""
    story = summary_flowables(summary, language)
    if with_cards:
        for card in summary.cards:
            story += [PageBreak(), *card_flowables(card, language)]
    identity = f"{summary.college_name} — {word('summary', language)}, {summary.department}, {summary.academic_year}"
    build(path, story, language, identity, word("summary", language))
