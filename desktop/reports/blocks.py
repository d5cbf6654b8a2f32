"""Building blocks the printed documents share: paragraph styles, dates as dd.mm.yyyy, a grid table."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from desktop.reports.fonts import register_fonts

GRID = colors.HexColor("#9e9e9e")
HEAD_FILL = colors.HexColor("#e8eef7")


class DocumentStyles:
    """Paragraph styles of the A4 documents (contracts, reports, protocols), with Noto Sans registered."""

    def __init__(self):
        regular, bold = register_fonts()
        self.text = ParagraphStyle("text", fontName=regular, fontSize=10, leading=13, spaceAfter=4)
        self.small = ParagraphStyle("small", parent=self.text, fontSize=8.5, leading=10.5, spaceAfter=0)
        self.head = ParagraphStyle("head", parent=self.small, fontName=bold, alignment=TA_CENTER)
        self.bold = ParagraphStyle("bold", parent=self.text, fontName=bold)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=6)
        self.regular, self.bold_font = regular, bold


def dmy(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def grid_table(rows, widths, s: DocumentStyles, total_row: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONT", (0, 0), (-1, -1), s.regular, 8.5),
             ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if total_row:
        style.append(("FONT", (0, -1), (-1, -1), s.bold_font, 8.5))
    table.setStyle(TableStyle(style))
    return table
