"""The diploma supplement printed in Kazakh or Russian, each copy entirely in its language: on plain A4 with the
form's words and lines, or onto the pre-printed blank with the values alone at the blank's field places, moved by
the printer's calibration; one graduate, or a whole group (a file each, or one file with a page break between
graduates); and the calibration page to align a printer with the blank.

Plain paper: the heading (diploma series and number, the graduate's particulars, college, specialty and
qualifications), the table of rows with its two header rows repeated on every page, the averages, the
signatures with the stamp place, the registration number, the date in words and the place; the last rows always
on the page of the signatures. What is printed and where each part comes from: supplement_labels.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas

from desktop.paths import owner_only
from desktop.reports import finishing
from desktop.reports.fonts import register_fonts
from desktop.reports.supplement_blank import draw_calibration_page, draw_on_blank, page_size
from desktop.reports.supplement_canvas import PageWriter, file_name, unique_path
from desktop.reports.supplement_data import Calibration, Supplement
from desktop.reports.supplement_labels import LANGUAGES, word
from desktop.reports.supplement_layout import (Columns, Line, average_text, field_values, fit_size, paginate,
                                               qualification_lines, row_texts, table_lines, wrap_text)

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 15 * mm, 12 * mm, 15 * mm, 14 * mm
WIDTH = PAGE_W - LEFT - RIGHT
# Number, name, hours, credits, percent, letter, points, traditional (mm; the name takes the rest).
_WIDTHS_MM = (8.0, 0.0, 12.0, 13.0, 9.0, 14.0, 10.0, 28.0)
LABEL_W = 52 * mm  # the printed words of a field before its line
HEAD_SIZE = 7.0
Progress = Callable[[int, int], None]


def _columns() -> Columns:
    regular, bold = register_fonts()
    widths = [w * mm for w in _WIDTHS_MM]
    widths[1] = WIDTH - sum(widths)
    edges, x = [], LEFT
    for width in widths:
        edges.append((x, width))
        x += width
    return Columns(tuple(edges), regular, bold, 8.0, 5.2 * mm)


class _Plain:
    """One supplement on plain A4: measures its heading and tail, lays the table on pages, draws them."""

    def __init__(self, s: Supplement, language: str):
        self.s, self.language = s, language
        self.cols = _columns()
        self.regular, self.bold = self.cols.font, self.cols.bold_font
        self.values = field_values(s, language)
        self.lines = table_lines(s, language, self.cols, sections=True)
        self.qualifications = qualification_lines(s, language)

    # --- the heading -------------------------------------------------------------------------------------------
    def _field(self, page, y, key, values, x, label_w, right, bold=False) -> float:
        """A printed label and its values on ruled lines (each value on its own line, wrapped over as many as it
        needs; no value leaves one empty line to fill by hand); returns the y of the last line."""
        size = 9.5
        font = self.bold if bold else self.regular
        lines = [line for value in values if value for line in wrap_text(value, font, size, right - x - label_w)]
        labels = wrap_text(f"{word(key, self.language)}:", self.regular, 8.0, label_w - 3 * mm)
        if page:
            for n, text in enumerate(labels):
                page.text(x, y - n * 10, text, self.regular, 8.0)
        low = y - (len(labels) - 1) * 10
        for n, text in enumerate(lines or [""]):
            if n:
                y -= 13.5
            if page:
                page.text(x + label_w, y, text, font, size)
                page.hline(x + label_w - 1, right, y - 2.2)
        return min(y, low)

    def heading(self, page: PageWriter | None) -> float:
        """Draws the heading when given a page; returns its height either way."""
        v, top = self.values, PAGE_H - TOP
        y = top - 12
        centre = LEFT + WIDTH / 2
        if page:
            page.text(centre, y, word("heading", self.language), self.bold, 13, "centre")
            page.text(centre, y - 15, word("diploma", self.language).format(
                series=self.s.diploma_series, number=self.s.diploma_number), self.regular, 10, "centre")
        y -= 15
        if self.s.with_honours:
            y -= 13
            if page:
                page.text(centre, y, word("honours", self.language), self.bold, 10, "centre")
        y -= 22
        right, half = LEFT + WIDTH, LEFT + WIDTH / 2
        y = self._field(page, y, "college", [v["college"]], LEFT, LABEL_W, right) - 16
        y = self._field(page, y, "full_name", [v["full_name"]], LEFT, LABEL_W, right, bold=True) - 16
        for first, second in (("birth_date", "iin"), ("entry_year", "graduation_year")):
            low = self._field(page, y, first, [v[first]], LEFT, LABEL_W, half - 4 * mm)
            low = min(low, self._field(page, y, second, [v[second]], half, 34 * mm, right))
            y = low - 16
        for key in ("prior_education", "study_form", "specialty"):
            y = self._field(page, y, key, [v[key]], LEFT, LABEL_W, right) - 16
        y = self._field(page, y, "qualification", self.qualifications, LEFT, LABEL_W, right)
        return top - y + 4 * mm

    # --- the table ---------------------------------------------------------------------------------------------
    def header_height(self) -> float:
        c = self.cols
        lead = HEAD_SIZE * 1.2
        spans = [word(k, self.language) for k in ("number", "name", "hours", "credits")]
        tall = max(len(wrap_text(t, self.bold, HEAD_SIZE, c.edges[i][1] - 3)) for i, t in enumerate(spans))
        subs = max(len(wrap_text(word(k, self.language), self.bold, HEAD_SIZE, c.edges[4 + i][1] - 3))
                   for i, k in enumerate(("percent", "letter", "points", "traditional")))
        return max(tall * lead + 6, 5 * mm + subs * lead + 6)

    def _header(self, page: PageWriter, top: float, height: float) -> None:
        c, lead = self.cols, HEAD_SIZE * 1.2
        left, right = c.edges[0][0], c.edges[-1][0] + c.edges[-1][1]
        page.fill(left, top - height, right - left, height)
        band = 5 * mm
        keys = ("number", "name", "hours", "credits")
        for i, key in enumerate(keys):
            self._head_cell(page, i, word(key, self.language), top, height, lead)
        x4 = c.edges[4][0]
        page.text(x4 + (right - x4) / 2, top - band + 4, word("grade", self.language), self.bold, HEAD_SIZE, "centre")
        for i, key in enumerate(("percent", "letter", "points", "traditional")):
            self._head_cell(page, 4 + i, word(key, self.language), top - band, height - band, lead)
        page.hline(x4, right, top - band)
        page.hline(left, right, top)
        for x, _ in c.edges[1:5]:
            page.vline(x, top, top - height)
        for x, _ in c.edges[5:]:
            page.vline(x, top - band, top - height)

    def _head_cell(self, page, i, text, top, height, lead) -> None:
        x, width = self.cols.edges[i]
        lines = wrap_text(text, self.bold, HEAD_SIZE, width - 3)
        y = top - (height - len(lines) * lead) / 2 - HEAD_SIZE
        for line in lines:
            size = fit_size(line, self.bold, HEAD_SIZE, width - 3)
            page.text(x + width / 2, y, line, self.bold, size, "centre")
            y -= lead

    def _line(self, page: PageWriter, line: Line, top: float) -> float:
        c = self.cols
        left, right = c.edges[0][0], c.edges[-1][0] + c.edges[-1][1]
        bottom = top - line.height
        base = top - c.padding - c.size * 0.95
        if line.kind == "section":
            page.fill(left, bottom, right - left, line.height)
            page.text(left + c.padding + 1, base - 1, line.name[0], c.bold_font, c.size)
        else:
            page.run(0, base, ("plain", line), lambda w: row_texts(w, c, line))
        page.hline(left, right, bottom)
        return bottom

    def _rules(self, page: PageWriter, drawn: list[tuple[Line, float, float]]) -> None:
        """The table's vertical rules: the outer ones from the header to the last row, the inner ones over each
        run of rows between section headings (a heading spans the table)."""
        c = self.cols
        left, right = c.edges[0][0], c.edges[-1][0] + c.edges[-1][1]
        if not drawn:
            return
        page.vline(left, drawn[0][1], drawn[-1][2])
        page.vline(right, drawn[0][1], drawn[-1][2])
        run: list[tuple[Line, float, float]] = []
        for item in [*drawn, None]:
            if item is None or item[0].kind == "section":
                if run:
                    for x, _ in c.edges[1:]:
                        page.vline(x, run[0][1], run[-1][2])
                run = []
            else:
                run.append(item)

    # --- the tail ----------------------------------------------------------------------------------------------
    def tail(self, page: PageWriter | None, top: float) -> float:
        """The averages, signatures with the stamp place, registration number, date and place; returns its height."""
        y = top - 6 * mm
        average = average_text(self.s, self.language)
        if average:
            if page:
                page.text(LEFT, y, average, self.bold, 9.5)
            y -= 10 * mm
        else:
            y -= 4 * mm
        line_x, line_w, name_x = LEFT + 80 * mm, 45 * mm, LEFT + 128 * mm
        for signatory in self.s.signatories:
            title = signatory.title_ru if self.language == "ru" else signatory.title_kk
            lines = wrap_text(title, self.regular, 9, 76 * mm)
            if page:
                for n, text in enumerate(lines):
                    page.text(LEFT, y - n * 11, text, self.regular, 9)
                page.hline(line_x, line_x + line_w, y - 2)
                page.text(line_x + line_w / 2, y - 9, word("signature", self.language), self.regular, 6.5, "centre")
                page.text(name_x, y, signatory.name or "_" * 24, self.regular, 9)
            y -= max(len(lines) * 11, 11) + 5 * mm
        if page:
            page.text(line_x, y, finishing.stamp_place(self.language), self.bold, 10)
        y -= 9 * mm
        v = self.values
        for key in ("registration_number", "issued_on", "place"):
            label = word("registration" if key == "registration_number" else key, self.language)
            if page:
                page.text(LEFT, y, f"{label}:", self.regular, 9)
                page.text(LEFT + LABEL_W, y, v[key], self.regular, 9.5)
                page.hline(LEFT + LABEL_W - 1, LEFT + LABEL_W + 70 * mm, y - 2.2)
            y -= 6.5 * mm
        return top - y

    # --- the pages ---------------------------------------------------------------------------------------------
    def draw(self, canvas: Canvas) -> int:
        heading = self.heading(None)
        header = self.header_height()
        first = PAGE_H - TOP - heading - header - BOTTOM
        other = PAGE_H - TOP - header - BOTTOM
        tail = self.tail(None, 0.0)
        pages = paginate([line.height for line in self.lines], [line.keep_with_next for line in self.lines],
                         first, other, tail)
        identity = (f"{word('heading', self.language)} · {self.values['diploma']} · {self.s.full_name}")
        for number, indices in enumerate(pages, start=1):
            page = PageWriter(canvas)
            top = PAGE_H - TOP
            if number == 1:
                self.heading(page)
                top -= heading
            page.grey_text(LEFT, PAGE_H - 0.7 * cm, identity[:160], self.regular, 7.5)
            page.grey_text(PAGE_W - RIGHT, 0.6 * cm, finishing.PAGE_OF[self.language].format(
                page=number, pages=len(pages)), self.regular, 7.5, "right")
            self._header(page, top, header)
            y = top - header
            drawn = []
            for index in indices:
                bottom = self._line(page, self.lines[index], y)
                drawn.append((self.lines[index], y, bottom))
                y = bottom
            self._rules(page, drawn)
            if number == len(pages):
                self.tail(page, y)
            page.finish()
        return len(pages)


def _check(languages: Iterable[str]) -> None:
    """The supplement prints in Kazakh and Russian only: anything else is refused before a file is begun."""
    wrong = [language for language in languages if language not in LANGUAGES]
    if wrong:
        raise ValueError(f"a supplement prints in {' or '.join(LANGUAGES)}, not {', '.join(map(str, wrong))}")


def _canvas(path: Path, title: str, pagesize) -> Canvas:
    regular, _ = register_fonts()
    canvas = Canvas(str(path), pagesize=pagesize, initialFontName=regular)
    canvas.setTitle(title)
    return canvas


def _draw(canvas: Canvas, s: Supplement, language: str, on_blank: bool, calibration: Calibration | None) -> None:
    if on_blank:
        draw_on_blank(canvas, s, language, calibration)
    else:
        _Plain(s, language).draw(canvas)


def _page_size(on_blank: bool):
    return page_size() if on_blank else A4


def write_supplement(path: Path, supplement: Supplement, language: str, *, on_blank: bool = False,
                     calibration: Calibration | None = None) -> Path:
    """One graduate's supplement in one language (kk or ru), on plain A4 or onto the blank."""
    _check([language])
    title = f"{word('heading', language)} {supplement.diploma_series} № {supplement.diploma_number}"
    canvas = _canvas(path, title, _page_size(on_blank))
    _draw(canvas, supplement, language, on_blank, calibration)
    canvas.save()
    owner_only(path)  # names, birth dates and IINs
    return path


def write_supplements(folder: Path, supplements: Sequence[Supplement], languages: Iterable[str] = ("kk", "ru"), *,
                      on_blank: bool = False, calibration: Calibration | None = None,
                      progress: Progress | None = None) -> list[Path]:
    """A group, each supplement in each language its own file in `folder` (named by file_name); progress(done,
    total) after each file."""
    languages = tuple(languages)
    _check(languages)
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written, total = [], len(supplements) * len(languages)
    for supplement in supplements:
        for language in languages:
            path = unique_path(folder, file_name(supplement, language), taken)
            written.append(write_supplement(path, supplement, language, on_blank=on_blank, calibration=calibration))
            if progress:
                progress(len(written), total)
    return written


def write_supplements_file(path: Path, supplements: Sequence[Supplement], language: str, *, on_blank: bool = False,
                           calibration: Calibration | None = None, progress: Progress | None = None) -> Path:
    """A group in one language in one file, each graduate from a new page (page X of Y counted per graduate),
    in the order given - the order the blanks are loaded into the printer."""
    _check([language])
    title = word("heading", language)
    canvas = _canvas(path, title, _page_size(on_blank))
    for done, supplement in enumerate(supplements, start=1):
        _draw(canvas, supplement, language, on_blank, calibration)
        if progress:
            progress(done, len(supplements))
    canvas.save()
    owner_only(path)
    return path


def write_calibration_page(path: Path, language: str, calibration: Calibration | None = None) -> Path:
    """The page to align the printer with the blank: see supplement_blank.draw_calibration_page."""
    _check([language])
    canvas = _canvas(path, word("calibration_title", language), page_size())
    draw_calibration_page(canvas, language, calibration or Calibration())
    canvas.save()
    return path
