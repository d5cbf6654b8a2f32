"""Drawing one page of a supplement: its text gathered into one text object and its lines into one path, written
when the page ends, moved as a whole by the blank's calibration."""
from __future__ import annotations

import re
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.supplement_data import Calibration, Supplement
from desktop.reports.supplement_layout import text_width

FILL = colors.HexColor("#e8eef7")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#707070")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class PageWriter:
    """Collects a page's text, lines and fills (coordinates in points from the bottom-left) and draws them when
    the page ends; with a calibration, everything moves by (dx, dy) millimetres, dy positive downwards.

    The text is written as PDF operators the way reportlab's ttfonts module documents for its dynamic fonts
    (splitString and getSubsetInternalName per document), each string encoded once per document: a group of
    hundreds of supplements repeats the same names and grades, and encoding them again for every graduate was
    most of a group's printing time.
    """

    def __init__(self, canvas: Canvas, calibration: Calibration | None = None):
        self.canvas = canvas
        self.calibration = calibration
        self._ops: list[str] = []
        self._path: list[str] = []
        self._fills: list[tuple[float, float, float, float]] = []
        self._font: tuple[str, float] | None = None
        self._grey: list[tuple[float, float, str, str, float, str]] = []
        self._encoded = _encodings(canvas)

    def text(self, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
        if not text:
            return
        if align != "left":
            width = text_width(text, font, size)
            x -= width if align == "right" else width / 2
        self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for name, chunk in self.encoded(font, text):
            if self._font != (name, size):
                self._ops.append(f"{name} {size:g} Tf")
                self._font = (name, size)
            self._ops.append(chunk)

    def run(self, x: float, y: float, key, build) -> None:
        """Texts placed relative to (x, y) that repeat from graduate to graduate (a table row): build(recorder)
        draws them once per document as if at (0, 0); after that only the run's place is written."""
        ops = self._encoded.get(key)
        if ops is None:
            recorder = _Recorder()
            build(recorder)
            ops = self._encoded[key] = recorder.ops(self)
        if ops:
            self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {ops}")
            self._font = None  # the run set its own fonts

    def encoded(self, font: str, text: str):
        chunks = self._encoded.get((font, text))
        if chunks is None:
            chunks = self._encoded[(font, text)] = _encode(self.canvas, font, text)
        return chunks

    def grey_text(self, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
        """A page's identity and number: grey, outside the form."""
        self._grey.append((x, y, text, font, size, align))

    def hline(self, x1: float, x2: float, y: float) -> None:
        self._path.append(f"{x1:.2f} {y:.2f} m {x2:.2f} {y:.2f} l")

    def vline(self, x: float, y1: float, y2: float) -> None:
        self._path.append(f"{x:.2f} {y1:.2f} m {x:.2f} {y2:.2f} l")

    def fill(self, x: float, y: float, width: float, height: float) -> None:
        self._fills.append((x, y, width, height))

    def finish(self, new_page: bool = True) -> None:
        """Draws what was collected; ends the page unless another writer still draws on it."""
        c = self.canvas
        c.saveState()
        if self.calibration and (self.calibration.dx_mm or self.calibration.dy_mm):
            c.translate(self.calibration.dx_mm * mm, -self.calibration.dy_mm * mm)
        if self._fills:
            c.setFillColor(FILL)
            for x, y, width, height in self._fills:
                c.rect(x, y, width, height, stroke=0, fill=1)
        c.setFillColor(colors.black)
        if self._path:
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.addLiteral(" ".join(self._path) + " S")
        if self._ops:
            c.addLiteral("BT " + " ".join(self._ops) + " ET")
        if self._grey:
            c.setFillColor(GREY)
            for x, y, text, font, size, align in self._grey:
                c.setFont(font, size)
                {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align](x, y, text)
        c.restoreState()
        if new_page:
            c.showPage()


class _Recorder:
    """Takes texts as PageWriter.text does and writes them as one run of relative moves (Td moves from the start
    of the previous text, which is what makes a run placeable anywhere)."""

    def __init__(self):
        self._texts: list[tuple[float, float, str, str, float]] = []

    def text(self, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
        if not text:
            return
        if align != "left":
            width = text_width(text, font, size)
            x -= width if align == "right" else width / 2
        self._texts.append((x, y, text, font, size))

    def ops(self, page: PageWriter) -> str:
        ops, here, current = [], (0.0, 0.0), None
        for x, y, text, font, size in self._texts:
            ops.append(f"{x - here[0]:.2f} {y - here[1]:.2f} Td")
            here = (x, y)
            for name, chunk in page.encoded(font, text):
                if current != (name, size):
                    ops.append(f"{name} {size:g} Tf")
                    current = (name, size)
                ops.append(chunk)
        return " ".join(ops)


_DOCUMENTS: WeakKeyDictionary = WeakKeyDictionary()


def _encodings(canvas: Canvas) -> dict:
    """The strings already encoded for this canvas's document (a subset's codes hold for the whole document)."""
    cache = _DOCUMENTS.get(canvas)
    if cache is None:
        cache = _DOCUMENTS[canvas] = {}
    return cache


def _encode(canvas: Canvas, font_name: str, text: str) -> tuple[tuple[str, str], ...]:
    font = getFont(font_name)
    doc = canvas._doc  # the document the font's subsets belong to, as splitString asks
    return tuple((font.getSubsetInternalName(subset, doc), f"({escapePDF(chunk)}) Tj")
                 for subset, chunk in font.splitString(text, doc))


def file_name(supplement: Supplement, language: str) -> str:
    """"JB 0012345 Серікова Айгерім Маратқызы (kk).pdf": the diploma's number first, so the files of a group sort
    in the order of the blanks."""
    name = f"{supplement.diploma_series} {supplement.diploma_number} {supplement.full_name}".strip()
    return f"{_UNSAFE.sub(' ', name).strip() or 'supplement'} ({language}).pdf"


def unique_path(folder: Path, name: str, taken: set[str]) -> Path:
    stem, suffix = name[:-4], name[-4:]
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem} [{n}]{suffix}"
    taken.add(candidate.lower())
    return folder / candidate
