"""What every printed document shares, as Kazakh and Russian officials expect to read it: "page X of Y" and the
document's identity on every page, numbers with a decimal comma and spaced thousands, dates in words in
signature and approval blocks, the stamp place, a DRAFT mark on what may not be signed yet, and the codes of
the modules in the document's language."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desktop.domain import sheet_text
from desktop.reports.fonts import register_fonts

# A no-break space between the groups of thousands: "1 050 000,00" must never break across two lines.
THOUSANDS = "\u00a0"
MONTHS = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
}
YEAR_WORD = {"kk": "ж.", "ru": "г."}
PAGE_OF = {"kk": "{page}-бет, барлығы {pages}", "ru": "Страница {page} из {pages}"}
STAMP = {"kk": "М.О.", "ru": "М.П."}
DRAFT = {"kk": "ЖОБА", "ru": "ПРОЕКТ"}
# The codes of the modules in the document's language: a data rule of the domain, named here too because the
# reports have always taken it from this module.
RUSSIAN_CODES = sheet_text.RUSSIAN_CODES
code_in = sheet_text.code_in


def number(value, decimals: int = 0) -> str:
    """74,3 and 1 050 000,00: a decimal comma, thousands spaced, halves rounded up as the figures were summed."""
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = THOUSANDS.join(groups) or "0"
    return f"{sign}{text},{fraction}" if decimals else f"{sign}{text}"


def figure(value) -> str:
    """A figure as written: whole numbers without decimals, others with one or two as needed (74,3; 1,25)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return number(value)
    return number(value, 1) if round(float(value), 1) == round(float(value), 2) else number(value, 2)


def short_date(value: date | None) -> str:
    """05.12.2026, as in tables and lists; empty when unknown (a blank to fill, never a dash)."""
    return value.strftime("%d.%m.%Y") if value else ""


def date_in_words(value: date | None, language: str) -> str:
    """«05» желтоқсан 2026 ж. / «05» декабря 2026 г., as approval and signature blocks write it; a blank
    «___» __________ 20__ ж. to fill in by hand when there is no date yet."""
    year_word = YEAR_WORD[language]
    if value is None:
        return f"«___» __________ 20__ {year_word}"
    return f"«{value.day:02d}» {MONTHS[language][value.month - 1]} {value.year} {year_word}"


def stamp_place(language: str) -> str:
    return STAMP[language]


def page_canvas(identity: str, language: str, draft: bool = False):
    """A canvas class that writes, on every page, the identity line at the top, "page X of Y" at the foot and,
    for a draft, a large diagonal mark: the page count is known only when the story is laid out, so pages are
    kept until the end and numbered then."""
    regular, _ = register_fonts()

    class FinishedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number_, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._finish_page(number_, total)
                super().showPage()
            super().save()

        def _finish_page(self, page: int, pages: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(regular, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            if identity:
                self.drawString(1.2 * cm, height - 0.7 * cm, identity[:160])
            self.drawRightString(width - 1.2 * cm, 0.6 * cm, PAGE_OF[language].format(page=page, pages=pages))
            if draft:
                self.setFont(regular, 72)
                self.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.12))
                self.translate(width / 2, height / 2)
                self.rotate(35)
                self.drawCentredString(0, 0, DRAFT[language])
            self.restoreState()

    return FinishedCanvas


def build(path: Path, story: list, language: str, identity: str, *, title: str, pagesize=A4, draft: bool = False,
          margins: float = 1.5 * cm) -> None:
    """Lay the story out on pages with the finishing of page_canvas (the top margin leaves room for the
    identity line, the bottom one for the page number)."""
    SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margins, rightMargin=margins,
                      topMargin=margins + 0.3 * cm, bottomMargin=margins + 0.2 * cm, title=title).build(
        story, canvasmaker=page_canvas(identity, language, draft))
