"""The supplement onto the pre-printed strict-accountability blank: the values alone (no printed words, no lines)
at the blank's field places (supplement_labels.BLANK_FIELDS, BLANK_TABLE - a starting layout, not measured from a
real blank), everything moved by the printer's calibration; and the calibration page: a millimetre ruler from the
sheet's edge, unmoved, with the field boxes moved as the values would be, to lay over a blank and read the
offset."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.reports import finishing
from desktop.reports.fonts import register_fonts
from desktop.reports.supplement_canvas import PageWriter
from desktop.reports.supplement_data import Calibration, Supplement
from desktop.reports.supplement_labels import BLANK_FIELDS, BLANK_PAGE_MM, BLANK_TABLE, word
from desktop.reports.supplement_layout import (Columns, Line, field_values, fit_size, paginate, row_texts, table_lines,
                                               wrap_text)

FIRST_PAGE_FIELDS = ("diploma", "full_name", "birth_date", "iin", "entry_year", "graduation_year", "prior_education",
                     "study_form", "college", "specialty", "qualification")
LAST_PAGE_FIELDS = ("average", "signatory_1", "signatory_2", "signatory_3", "registration_number", "issued_on",
                    "place")
# Words naming each box on the calibration page.
_BOX_WORDS = {"diploma": "diploma_box", "full_name": "full_name", "birth_date": "birth_date", "iin": "iin",
              "entry_year": "entry_year", "graduation_year": "graduation_year", "prior_education": "prior_education",
              "study_form": "study_form", "college": "college", "specialty": "specialty",
              "qualification": "qualification", "average": "average_short", "signatory_1": "signatory_box",
              "signatory_2": "signatory_box", "signatory_3": "signatory_box", "registration_number": "registration",
              "issued_on": "issued_on", "place": "place"}


def page_size() -> tuple[float, float]:
    return BLANK_PAGE_MM[0] * mm, BLANK_PAGE_MM[1] * mm


def _top(y_mm: float) -> float:
    return page_size()[1] - y_mm * mm


def _columns() -> Columns:
    regular, bold = register_fonts()
    edges = tuple((x * mm, width * mm) for x, width in BLANK_TABLE["columns"])
    return Columns(edges, regular, bold, BLANK_TABLE["font"], BLANK_TABLE["min_row"] * mm)


def _blank_values(s: Supplement, language: str) -> dict[str, str]:
    values = field_values(s, language)
    if s.average_points is not None or s.average_percent is not None:
        percent = f"; {finishing.figure(s.average_percent)} %" if s.average_percent is not None else ""
        values["average"] = f"{finishing.number(s.average_points, 2)}{percent}"
    for n, signatory in enumerate(s.signatories[:3], start=1):
        values[f"signatory_{n}"] = signatory.name
    return values


def field_box(key: str) -> tuple[float, float, float, float]:
    """A field's box in points from the bottom-left, before calibration: x, y of its bottom, width, height."""
    x, y, width, height, _, _ = BLANK_FIELDS[key]
    return x * mm, _top(y + height), width * mm, height * mm


def _field(page: PageWriter, key: str, value: str, font: str) -> None:
    """The value in its box, wrapped to the box's width and made smaller until its lines fit the box's height."""
    if not value:
        return
    x, y, width, height, size, align = BLANK_FIELDS[key]
    size = float(size)
    while True:
        lines = wrap_text(value, font, size, width * mm)
        if len(lines) * size * 1.15 <= height * mm or size <= 6:
            break
        size -= 0.5
    if len(lines) == 1:
        size = fit_size(lines[0], font, size, width * mm)
    baseline = _top(y) - size * 0.95 - 0.4 * mm
    anchor = x * mm + (width * mm / 2 if align == "centre" else 0)
    for n, line in enumerate(lines):
        page.text(anchor, baseline - n * size * 1.15, line, font, size, align)


def _line(page: PageWriter, cols: Columns, line: Line, top: float) -> float:
    page.run(0, top - cols.padding - cols.size * 0.95, ("blank", line), lambda w: row_texts(w, cols, line))
    return top - line.height


def draw_on_blank(canvas: Canvas, s: Supplement, language: str, calibration: Calibration | None) -> int:
    """Every page of one supplement on the blank; returns the number of pages."""
    cols = _columns()
    lines = table_lines(s, language, cols, sections=False)
    t = BLANK_TABLE
    pages = paginate([line.height for line in lines], [line.keep_with_next for line in lines],
                     (t["bottom"] - t["first_top"]) * mm, (t["bottom"] - t["other_top"]) * mm,
                     (t["bottom"] - t["tail_top"]) * mm)
    values = _blank_values(s, language)
    for number, indices in enumerate(pages, start=1):
        page = PageWriter(canvas, calibration)
        if number == 1:
            for key in FIRST_PAGE_FIELDS:
                _field(page, key, values.get(key, ""), cols.bold_font if key == "full_name" else cols.font)
        y = _top(t["first_top"] if number == 1 else t["other_top"])
        for index in indices:
            y = _line(page, cols, lines[index], y)
        if number == len(pages):
            for key in LAST_PAGE_FIELDS:
                _field(page, key, values.get(key, ""), cols.font)
        page.finish()
    return len(pages)


def _ruler(canvas: Canvas, language: str) -> None:
    """A millimetre grid from the sheet's edge (not moved by the calibration): a line every 10 mm, stronger and
    numbered every 50, ticks every millimetre along the top and left edges."""
    width, height = page_size()
    regular, _ = register_fonts()
    canvas.saveState()
    for step in range(0, int(BLANK_PAGE_MM[0]) + 1):
        x = step * mm
        canvas.setStrokeColor(colors.HexColor("#9e9e9e"))
        canvas.setLineWidth(0.3)
        canvas.line(x, height, x, height - (3 if step % 5 else 5) * mm)
        if step % 10 == 0:
            canvas.setStrokeColor(colors.HexColor("#c9d3e0" if step % 50 else "#7f93b0"))
            canvas.line(x, 0, x, height)
    for step in range(0, int(BLANK_PAGE_MM[1]) + 1):
        y = height - step * mm
        canvas.setStrokeColor(colors.HexColor("#9e9e9e"))
        canvas.line(0, y, (3 if step % 5 else 5) * mm, y)
        if step % 10 == 0:
            canvas.setStrokeColor(colors.HexColor("#c9d3e0" if step % 50 else "#7f93b0"))
            canvas.line(0, y, width, y)
    canvas.setFillColor(colors.HexColor("#3b4d66"))
    canvas.setFont(regular, 6)
    for step in range(10, int(BLANK_PAGE_MM[0]), 10):
        canvas.drawCentredString(step * mm, height - 8 * mm, str(step))
    for step in range(10, int(BLANK_PAGE_MM[1]), 10):
        canvas.drawString(6 * mm, height - step * mm - 2, str(step))
    canvas.restoreState()


def draw_calibration_page(canvas: Canvas, language: str, calibration: Calibration) -> None:
    """The ruler, then every field's box and the table's columns where the values would print (moved by the
    calibration), each box named, with a cross at its top-left corner; the current offset and how to correct it."""
    regular, bold = register_fonts()
    _ruler(canvas, language)
    width, height = page_size()
    note = PageWriter(canvas)  # drawn in place: the words about the calibration do not move with it
    note.fill(25 * mm, _top(200), width - 50 * mm, 58 * mm)  # the grid stays out of the words
    note.text(width / 2, _top(150), word("calibration_title", language), bold, 12, "centre")
    offset = word("calibration_offset", language).format(dx=finishing.figure(calibration.dx_mm),
                                                         dy=finishing.figure(calibration.dy_mm))
    note.text(width / 2, _top(157), offset, regular, 9.5, "centre")
    lines = [(text, font) for key, font in (("calibration_how", regular), ("calibration_ruler", regular),
                                            ("calibration_not_measured", bold))
             for text in wrap_text(word(key, language), font, 8.5, 150 * mm)]
    for n, (text, font) in enumerate(lines):
        note.text(30 * mm, _top(166) - n * 11, text, font, 8.5)
    note.finish(new_page=False)
    boxes = PageWriter(canvas, calibration)
    for key in BLANK_FIELDS:
        x, y, w, h = field_box(key)
        _box(boxes, x, y, w, h)
        boxes.text(x + 1.5, y + h - 7, word(_BOX_WORDS[key], language), regular, 6)
    t = BLANK_TABLE
    for top_key, bottom_key, label in (("first_top", "tail_top", "calibration_table"),
                                       ("tail_top", "bottom", "calibration_signatures")):
        top, bottom = _top(t[top_key]), _top(t[bottom_key])
        for x, w in t["columns"]:
            _box(boxes, x * mm, bottom, w * mm, top - bottom, cross=False)
        boxes.text(t["columns"][1][0] * mm + 2, top - 8, word(label, language), regular, 6)
    boxes.finish()


def _box(page: PageWriter, x: float, y: float, width: float, height: float, cross: bool = True) -> None:
    page.hline(x, x + width, y)
    page.hline(x, x + width, y + height)
    page.vline(x, y, y + height)
    page.vline(x + width, y, y + height)
    if cross:  # the corner to measure from
        top = y + height
        page.hline(x - 2 * mm, x + 2 * mm, top)
        page.vline(x, top - 2 * mm, top + 2 * mm)

