"""The demonstration-exam protocol in Kazakh or Russian, as the expert group signs it: number, dates and place, the
chair and members of the group, the aspects by name with their maxima, each candidate's marks, total, grade and
result, and the signatures on the same page as the table's last row. (What the protocol holds and why: the
docstring of reports.exam_labels.)"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.paths import owner_only
from desktop.reports import finishing
from desktop.reports.blocks import GRID, HEAD_FILL, DocumentStyles
from desktop.reports.exam_labels import choice, in_language, word
from desktop.reports.fonts import register_fonts

PAGE = landscape(A4)
MARGIN = 1.5 * cm
WIDTH = PAGE[0] - 2 * MARGIN
# A session may be printed before its panel is entered (to take to the exam): a chair and two members are left
# blank, with their places in the group, for the names and signatures to be written by hand.
BLANK_MEMBERS = ("expert", "expert")
BLANK = "_" * 30
# The last rows of the results kept on one page with the summary and the signatures: the group signs under the
# table it saw end, never on a page of signatures alone.
TAIL_ROWS = 2


class _Styles(DocumentStyles):
    def __init__(self):
        super().__init__()
        self.heading = ParagraphStyle("heading", parent=self.bold, spaceBefore=8, keepWithNext=1)
        self.centred = ParagraphStyle("centred", parent=self.text, alignment=TA_CENTER)
        self.cell = ParagraphStyle("cell", parent=self.small)
        self.figure = ParagraphStyle("figure", parent=self.small, alignment=TA_RIGHT)
        self.caption = ParagraphStyle("caption", parent=self.small, fontSize=6.5, leading=8, alignment=TA_CENTER)


def _esc(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _title(doc, language: str, short: bool = False) -> str:
    form = "demonstration" if doc.form == "demonstration" else "practical"
    return word(f"{'short' if short else 'title'}_{form}", language).format(number=doc.session_id)


def _panel(doc) -> tuple[tuple | None, list[tuple]]:
    """The chair (the chief expert) and the members (every other expert), in the order they were entered."""
    chair = next((e for e in doc.experts if e[1] == "chief"), None)
    return chair, [e for e in doc.experts if e is not chair]


def _facts(doc, language: str, s: _Styles) -> Table:
    w = lambda key: word(key, language)  # noqa: E731
    dates = finishing.short_date(doc.starts_on)
    if doc.ends_on and doc.ends_on != doc.starts_on:
        dates += f" – {finishing.short_date(doc.ends_on)}"
    venue = ", ".join(part for part in (choice(doc.venue_type, language), in_language(doc.venue_name, language))
                      if part)
    name = doc.qualification[2] if language == "ru" else doc.qualification[1]
    facts = [(w("dates"), dates), (w("venue"), venue),
             (w("kind"), f"{choice(doc.kind, language)}, {choice(doc.form, language)}"),
             (w("qualification"), f"{doc.qualification[0]} «{name}»" if name else doc.qualification[0]),
             (w("competence"), in_language(doc.competence, language)),
             (w("task"), in_language(doc.drawn_task, language)),
             (w("pass_mark"), w("out_of").format(mark=finishing.figure(doc.pass_mark)))]
    table = Table([[Paragraph(f"{_esc(key)}:", s.bold), Paragraph(_esc(value) if value else BLANK, s.text)]
                   for key, value in facts],
                  colWidths=[6 * cm, WIDTH - 6 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _grid(rows, widths) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_fonts()[0], 8.5),
                               ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _panel_table(doc, language: str, s: _Styles) -> list:
    w = lambda key: word(key, language)  # noqa: E731
    chair, members = _panel(doc)
    story = [Paragraph(w("panel"), s.heading)]
    if not doc.experts:
        story.append(Paragraph(w("hand_filled"), s.small))
    rows = [[Paragraph(w(k), s.head) for k in ("number", "name", "place", "role", "organisation", "certificate")]]
    people = [(w("chair"), chair or ("", "chief", "", ""))] + [(w("member"), m) for m in members]
    if not members:  # places to write the members in by hand
        people += [(w("member"), ("", role, "", "")) for role in BLANK_MEMBERS]
    for number, (place, (name, role, organisation, certificate)) in enumerate(people, start=1):
        rows.append([str(number), Paragraph(_esc(name), s.cell) if name else Spacer(1, 0.6 * cm),
                     Paragraph(place, s.cell), Paragraph(choice(role, language), s.cell),
                     Paragraph(_esc(in_language(organisation, language)), s.cell),
                     Paragraph(_esc(certificate), s.cell)])
    widths = [0.9 * cm, 6.5 * cm, 3 * cm, 4.6 * cm, 7.7 * cm, WIDTH - 22.7 * cm]
    return story + [_grid(rows, widths)]


def _aspects_table(doc, language: str, s: _Styles) -> list:
    w = lambda key: word(key, language)  # noqa: E731
    rows = [[Paragraph(w(k), s.head) for k in ("code", "aspect", "aspect_kind", "max_mark")]]
    rows += [[a.code, Paragraph(_esc(in_language(a.description, language)), s.cell),
              Paragraph(choice(a.kind.value, language), s.cell), Paragraph(finishing.figure(a.max_mark), s.figure)]
             for a in doc.aspects]
    rows.append(["", Paragraph(f"<b>{w('total')}</b>", s.cell), "",
                 Paragraph(f"<b>{finishing.figure(sum(a.max_mark for a in doc.aspects))}</b>", s.figure)])
    table = _grid(rows, [1.6 * cm, WIDTH - 9.8 * cm, 5 * cm, 3.2 * cm])
    # A small table is kept whole with its heading: no heading alone, no page holding only "Total".
    return [KeepTogether([Paragraph(w("aspects"), s.heading), table])]


def _result(line, language: str) -> str:
    if line.absent:
        key = "absent"
    elif line.passed is None:
        key = "not_scored"  # marks still to come: not a failure
    else:
        key = "passed" if line.passed else "failed"
    text = word(key, language)
    return f"{text} ({word('retake', language)})" if line.retake else text


def _summary(doc, language: str) -> str:
    absent = sum(1 for line in doc.lines if line.absent)
    unscored = sum(1 for line in doc.lines if not line.absent and line.passed is None)
    passed = sum(1 for line in doc.lines if line.passed)
    failed = sum(1 for line in doc.lines if line.passed is False)
    # Those who sat are those with a result: a candidate not yet scored may still be absent on the day.
    return word("summary", language).format(listed=len(doc.lines), sat=passed + failed, passed=passed,
                                            failed=failed, absent=absent, unscored=unscored)


def _signatures(doc, language: str, s: _Styles, width: float) -> Table:
    """The chair's and each member's line to sign on, their name beside it, "(signature)" under it; the date in
    words, blank for a session not yet held."""
    w = lambda key: word(key, language)  # noqa: E731
    chair, members = _panel(doc)
    people = [(w("chair_signs"), chair[0] if chair else "")]
    people += [(w("member_signs"), name) for name, *_ in members] or [(w("member_signs"), "") for _ in BLANK_MEMBERS]
    rows, style = [], [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (1, -1), 0),
                       ("LEFTPADDING", (2, 0), (2, -1), 10)]
    for label, name in people:
        line = len(rows)
        rows += [[Paragraph(label, s.text), "", Paragraph(_esc(name) if name else BLANK, s.text)],
                 ["", Paragraph(w("signature"), s.caption), ""]]
        style += [("LINEBELOW", (1, line), (1, line), 0.6, GRID), ("TOPPADDING", (0, line), (-1, line), 10),
                  ("TOPPADDING", (0, line + 1), (-1, line + 1), 0), ("BOTTOMPADDING", (0, line), (-1, line), 1)]
    rows.append([Paragraph(f"{w('signed_on')}: {finishing.date_in_words(doc.signed_on, language)}", s.text), "", ""])
    style += [("SPAN", (0, -1), (-1, -1)), ("TOPPADDING", (0, -1), (-1, -1), 10)]
    table = Table(rows, colWidths=[8 * cm, 5 * cm, width - 13.6 * cm])
    table.setStyle(TableStyle(style))
    table.hAlign = "LEFT"
    return table


def _results_table(doc, language: str, s: _Styles) -> Table:
    """One table from the heading to the signatures: the heading row goes with the first rows (it is never split
    from them), the two header rows repeat on every page, and the last rows cannot be parted from the summary and
    the signatures (NOSPLIT); the table starts where the page has room rather than on a new page."""
    w = lambda key: word(key, language)  # noqa: E731
    count = len(doc.aspects)
    aspect = min(1.6 * cm, 10.5 * cm / max(count, 1))
    fixed = [0.9 * cm, None, 2.3 * cm, *([aspect] * count), 2 * cm, 4.5 * cm, 2.8 * cm]
    fixed[1] = WIDTH - sum(x for x in fixed if x)
    head = [Paragraph(w("number"), s.head), Paragraph(w("name"), s.head), Paragraph(w("group"), s.head),
            *(Paragraph(_esc(a.code), s.head) for a in doc.aspects), Paragraph(w("total"), s.head),
            Paragraph(w("grade"), s.head), Paragraph(w("result"), s.head)]
    maxima = [Paragraph(w("max_row"), s.cell), "", "", *(Paragraph(finishing.figure(a.max_mark), s.head)
                                                          for a in doc.aspects),
              Paragraph(finishing.figure(sum(a.max_mark for a in doc.aspects)) if doc.aspects else "", s.head), "", ""]
    blank = [""] * (len(fixed) - 1)
    rows = [[Paragraph(w("results"), s.bold), *blank], head, maxima]
    for number, line in enumerate(doc.lines, start=1):
        grade = f"{line.letter} ({choice(line.grade, language)})" if line.letter else ""
        rows.append([str(number), Paragraph(_esc(line.name), s.cell), Paragraph(_esc(line.group_code), s.cell),
                     *(Paragraph(finishing.figure(line.marks.get(a.code)), s.figure) for a in doc.aspects),
                     Paragraph(f"<b>{finishing.figure(line.total)}</b>" if line.total is not None else "", s.figure),
                     Paragraph(grade, s.cell), Paragraph(_result(line, language), s.cell)])
    last = len(rows) - 1
    font = ("FONT", (0, 0), (-1, -1), s.regular, 8.5)
    rows.append([Paragraph(_summary(doc, language), s.text), *blank])
    rows.append([_signatures(doc, language, s, WIDTH), *blank])
    table = Table(rows, colWidths=fixed, repeatRows=(1, 2))
    table.setStyle(TableStyle([
        font, ("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("GRID", (0, 1), (-1, last), 0.4, GRID), ("BACKGROUND", (0, 1), (-1, 2), HEAD_FILL),
        ("VALIGN", (0, 1), (-1, last), "MIDDLE"), ("SPAN", (0, 2), (2, 2)),
        ("SPAN", (0, last + 1), (-1, last + 1)), ("SPAN", (0, last + 2), (-1, last + 2)),
        ("TOPPADDING", (0, last + 1), (-1, last + 1), 6),
        ("NOSPLIT", (0, 0), (-1, min(last, 2 + TAIL_ROWS))),  # no lone row at the foot of a page either
        ("NOSPLIT", (0, max(3, last - TAIL_ROWS + 1)), (-1, -1))]))
    return table


def build_protocol_pdf(path: Path, doc, language: str) -> None:
    s = _Styles()
    college = doc.college_name_ru if language == "ru" else doc.college_name_kk
    story = [Paragraph(_esc(college), s.centred), Paragraph(_title(doc, language), s.title), _facts(doc, language, s),
             *_panel_table(doc, language, s)]
    if doc.aspects:
        story += _aspects_table(doc, language, s)
    story.append(_results_table(doc, language, s))
    identity = f"{college} · {_title(doc, language, short=True)} · {finishing.short_date(doc.starts_on)}"
    finishing.build(path, story, language, identity, title=_title(doc, language, short=True), pagesize=PAGE,
                    margins=MARGIN)
    owner_only(path)  # names and IINs
