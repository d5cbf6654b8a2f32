"""Blocks the teacher-load documents share: their styles, the director's approval in the top right corner, and a
grid whose header rows repeat on every page and whose signatures are the table's own last row, kept with the
rows above them, so that no page holds only "Total" or only the signatures."""
from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.reports import finishing
from desktop.reports.fonts import register_fonts
from desktop.reports.load_labels import head_word, word
from desktop.reports.pack_blocks import GRID, HEAD_FILL, TOTAL_FILL, signatures as signature_lines

PAGE = landscape(A4)
MARGIN = 1 * cm
WIDTH = PAGE[0] - 2 * MARGIN


class LoadStyles:
    def __init__(self, size: float = 7.5):
        self.regular, self.bold = register_fonts()
        self.size = size
        # a word longer than its column (a subject's name) is split at the edge rather than run over the next
        self.cell = ParagraphStyle("load_cell", fontName=self.regular, fontSize=size, leading=size + 1.5)
        self.figure = ParagraphStyle("load_figure", parent=self.cell, alignment=TA_RIGHT)
        # header words are chosen (or hyphenated) to fit their columns: never split at a random letter
        self.head = ParagraphStyle("load_head", parent=self.cell, fontName=self.bold, alignment=TA_CENTER,
                                   fontSize=size - 1, leading=size, splitLongWords=0)
        self.text = ParagraphStyle("load_text", fontName=self.regular, fontSize=9.5, leading=12)
        self.left = ParagraphStyle("load_left", parent=self.text, alignment=TA_LEFT)
        self.centred = ParagraphStyle("load_centred", parent=self.text, alignment=TA_CENTER)
        self.note = ParagraphStyle("load_note", parent=self.text, fontSize=7.5, leading=9, alignment=TA_CENTER)
        self.approval = ParagraphStyle("load_approval", parent=self.text, alignment=TA_LEFT, leading=13)
        self.title = ParagraphStyle("load_title", fontName=self.bold, fontSize=13, leading=16, alignment=TA_CENTER,
                                    spaceAfter=2)


def esc(text) -> str:
    return escape(str(text or ""))


def hours(value) -> str:
    """Hours as the load documents write them: whole, or with the decimals they have (0,5); a dash for none."""
    if value is None:
        return "—"
    return finishing.figure(Decimal(str(value)))


def fitted(text: str, width: float, s: LoadStyles) -> str:
    """Cell markup in which a word wider than its column (педагог-исследователь, информационно-коммуникационных)
    breaks after a hyphen, as few times as it must: a paragraph breaks only at spaces, and such a word ran over the
    next column or was cut at a random letter."""
    room = width - 4  # the cell's paddings
    fits = lambda chunk: stringWidth(chunk, s.regular, s.size) <= room  # noqa: E731
    words = []
    for word_ in str(text or "").split(" "):
        if "-" not in word_ or fits(word_):
            words.append(esc(word_))
            continue
        lines, line = [], ""
        for part in word_.split("-"):
            joined = f"{line}-{part}" if line else part
            if line and not fits(joined + "-"):
                lines.append(line)
                joined = part
            line = joined
        words.append("-<br/>".join(esc(chunk) for chunk in [*lines, line]))
    return " ".join(words)


def approval(director: str, approved_on, language: str, s: LoadStyles) -> Paragraph:
    """БЕКІТЕМІН / УТВЕРЖДАЮ, the director's title, a line to sign with the name, the date in words (a blank to
    fill in when not approved yet) and the stamp place."""
    lines = [f"<b>{word('approve', language)}</b>", word("director", language),
             f"__________ {esc(director) or '__________________'}", finishing.date_in_words(approved_on, language),
             finishing.stamp_place(language)]
    return Paragraph("<br/>".join(lines), s.approval)


def top(left: list, right, s: LoadStyles, right_width: float = 8 * cm) -> Table:
    """The college's name on the left, the approval on the right, as a list's first lines."""
    table = Table([[left, right or ""]], colWidths=[WIDTH - right_width, right_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def load_grid(head: list[list], body: list[list], widths: list[float], s: LoadStyles, *, spans=(),
              totals: tuple[int, ...] = (), signatures: Table | None = None, numbers_from: int = 1,
              keep_last: int = 2) -> Table:
    """A grid with `head` rows repeated on every page (`spans` are the header's SPAN cells as ((c0, r0), (c1, r1))),
    `totals` (indexes into body) bold and shaded, and the signatures as the last row: the last `keep_last` body rows
    (enough to reach a row of figures above the totals) never go to a page without the signatures, nor the
    signatures without them."""
    rows = [*head, *body]
    heads, last = len(head), len(head) + len(body) - 1
    if signatures is not None:
        rows.append([signatures] + [""] * (len(widths) - 1))
    table = Table(rows, colWidths=widths, repeatRows=heads)
    style = [("GRID", (0, 0), (-1, last), 0.4, GRID), ("FONT", (0, 0), (-1, -1), s.regular, s.size),
             ("BACKGROUND", (0, 0), (-1, heads - 1), HEAD_FILL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (0, 0), (-1, heads - 1), "CENTER"),
             ("ALIGN", (numbers_from, heads), (-1, last), "RIGHT"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5)]
    style += [("SPAN", start, end) for start, end in spans]
    for index in totals:
        row = heads + index
        style += [("BACKGROUND", (0, row), (-1, row), TOTAL_FILL), ("FONT", (0, row), (-1, row), s.bold, s.size)]
    if signatures is not None:
        end = last + 1
        style += [("SPAN", (0, end), (-1, end)), ("TOPPADDING", (0, end), (-1, end), 12),
                  ("LEFTPADDING", (0, end), (-1, end), 0), ("NOSPLIT", (0, max(heads, last + 1 - keep_last)), (-1, end))]
    elif len(body) > 1:
        style.append(("NOSPLIT", (0, max(heads, last + 1 - keep_last)), (-1, last)))
    table.setStyle(TableStyle(style))
    return table


class PagedRows(Flowable):
    """A long grid laid out a page at a time. A reportlab Table split at a page's foot builds the rest of itself
    anew (every remaining row's cells and styles) for each page: a college's fulfilment report of thousands of
    rows took minutes. This builds only about the rows a page takes: make(start, stop) is the grid of the body's
    rows start:stop (with its header, and with the signatures when stop is the end); what is left after a page is
    another PagedRows."""

    def __init__(self, make, count: int, heads: int, start: int = 0, window: int = 80):
        super().__init__()
        self.make, self.count, self.heads, self.start, self.window = make, count, heads, start, window
        self._table: Table | None = None
        self._last: tuple = ()  # the room and what was built for it: the frame asks wrap, then split, for the same

    def _built(self, width: float, height: float) -> tuple[Table, float, float, bool]:
        if self._last and self._last[0] == (width, height):
            return self._last[1]
        self._last = ((width, height), self._build(width, height))
        return self._last[1]

    def _build(self, width: float, height: float) -> tuple[Table, float, float, bool]:
        window = self.window
        while True:
            stop = min(self.start + window, self.count)
            table = self.make(self.start, stop)
            w, h = table.wrap(width, height)
            if stop == self.count or h > height:  # the end, or more than the page: a page's rows are in it
                return table, w, h, stop == self.count
            window *= 2

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        self._table, w, h, _ = self._built(availWidth, availHeight)
        return w, h  # short of the end it is taller than the room left, so the frame splits it

    def split(self, availWidth, availHeight):  # noqa: N803
        table, _, h, end = self._built(availWidth, availHeight)
        if end and h <= availHeight:
            return [table]
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        taken = len(parts[0]._cellvalues) - self.heads
        if taken <= 0:
            return []
        return [parts[0], PagedRows(self.make, self.count, self.heads, self.start + taken, self.window)]

    def draw(self):
        self._table.drawOn(self.canv, 0, 0)


def signatures(people: list[tuple[str, str]], language: str, s: LoadStyles, on, stamp: bool) -> Table:
    """Each signatory's title, line and name, then the date (and the stamp place where the document takes one).
    Only the tarification list, which the director approves and the accountant pays from, is sealed: the card, the
    summary and the fulfilment report are the college's own papers signed by the chair and the deputy, and a
    «М.П.» under the deputy's signature asked for a seal nobody puts there."""
    table = signature_lines(people, language, s.regular, on)
    if not stamp:
        last = len(table._cellvalues) - 1
        table._cellvalues[last][0] = ""  # the table's own cell: the same layout, the stamp place left empty
    return table


def build(path, story: list, language: str, identity: str, title: str, draft: bool = False) -> None:
    finishing.build(path, story, language, identity, title=title, pagesize=PAGE, margins=MARGIN, draft=draft)


def head_cells(keys: list[str], language: str, s: LoadStyles) -> list[Paragraph]:
    return [Paragraph(head_word(key, language), s.head) for key in keys]
