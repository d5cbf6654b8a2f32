"""The look the curriculum's printed parts share: fonts, fills, the small cell text and line breaking."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.fonts import register_fonts

HOURS_PER_CREDIT = 24
GRID = colors.HexColor("#9e9e9e")
SECTION_FILL = colors.HexColor("#e8eef7")
TOTAL_FILL = colors.HexColor("#f2f2f2")
WEEK_FILL = {"T": colors.white, "A": colors.HexColor("#fff2a8"), "P": colors.HexColor("#c8e6c9"),
             "H": colors.HexColor("#bbdefb"), "F": colors.HexColor("#ffccbc"), "-": colors.HexColor("#eeeeee")}
CELL_SIZE = 6.8


class _Styles:
    def __init__(self):
        regular, bold = register_fonts()
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=CELL_SIZE, leading=8)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, alignment=TA_CENTER)
        self.text = ParagraphStyle("text", fontName=regular, fontSize=9, leading=11.5)
        self.right = ParagraphStyle("right", parent=self.text, alignment=TA_RIGHT)
        self.centered = ParagraphStyle("centered", parent=self.text, alignment=TA_CENTER)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER,
                                    spaceAfter=4)
        self.regular, self.bold = regular, bold


def wrap(text: str, font: str, width: float, size: float = CELL_SIZE) -> str:
    """Lines broken between words to fit a cell (plain strings draw several times faster than Paragraphs).
    A word too long for the cell breaks only after a hyphen of its own ("информационно-|коммуникационных"),
    never inside a part, so a column must be wide enough for its longest part."""
    if not text:
        return ""
    if "\n" in text:
        return "\n".join(wrap(part, font, width, size) for part in text.split("\n"))
    room = width - 4
    words = []
    for word in text.split(" "):
        if stringWidth(word, font, size) <= room or "-" not in word.strip("-"):
            words.append((word, " "))
            continue
        parts = word.split("-")
        words += [(part + "-", "") for part in parts[:-1]] + [(parts[-1], " ")]
    lines, line, glue = [], "", ""
    for word, after in words:
        candidate = f"{line}{glue}{word}" if line else word
        if line and stringWidth(candidate, font, size) > room:
            lines.append(line)
            candidate = word
        line, glue = candidate, after
    lines.append(line)
    return "\n".join(lines)
