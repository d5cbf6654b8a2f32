"""Cell values as people leave them in spreadsheets; workbooks opened so that a damaged, huge or strange file
is refused with a named problem (never a traceback, never a hang); and the bold row our own sheets write."""
from __future__ import annotations

import math
import os
import re
import sys
import warnings
import zipfile
from datetime import date, datetime
from pathlib import Path

from desktop.domain.problems import FieldProblem

# A workbook that unpacks to more than this is refused before openpyxl parses it: 100 MB of sheet XML took
# 38 s to parse, and the largest real sheets (a college's whole contingent) unpack to a few MB.
MAX_UNPACKED_BYTES = 32 * 1024 * 1024
# Rows and columns read from a sheet. openpyxl fills every missing row up to the last one it meets and pads
# rows to the widest cell, so one cell at XFD1048576 would make 17 billion values.
MAX_ROWS = 100_000
EXCEL_ROWS = 1_048_576
MAX_COLUMNS = 256
# Merged cells are made one by one by openpyxl outside read-only mode: A1:XFD1048576 would never finish.
MAX_MERGED_CELLS = 1_000_000
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')

# The codes that mean "the file could not be read" (exit code 2 on the command line), as against cells
# that were read and refused (exit code 1).
UNREADABLE = frozenset({"file.not_found", "file.is_folder", "file.no_access", "file.not_workbook", "file.damaged",
                        "file.too_large", "file.no_sheet", "file.unreadable"})


def cell_text(value: object) -> str:
    """Text of a cell: empty for nothing, 1140100 for a whole number Excel stored as 1140100.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# Dates outside these years are typing errors (a birth in 1025, an order in 2205): refused as not dates.
DATE_YEARS = (1900, 2100)


def cell_date(value: object) -> date | None | str:
    """A date, None for an empty cell, or the text that is not a date (or not one of DATE_YEARS)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value if DATE_YEARS[0] <= value.year <= DATE_YEARS[1] else value.isoformat()
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            day = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        return day if DATE_YEARS[0] <= day.year <= DATE_YEARS[1] else text[:60]
    return text[:60]


class BadCell(ValueError):
    """One cell's value refused: the message code and its parameters (the reader adds where it is)."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code, self.params = code, params


def cell_number(value: object, low: float, high: float, whole: bool = True) -> int | float:
    """A number from low to high, typed as a number or as text ("12", "12,5"); BadCell otherwise.

    Excel stores 1e400 as infinity and a typed "nan" as not-a-number: both are out of range here, as is any
    value a later step could not store or would loop over (an intake year of 10000, 10,000,000 years)."""
    text = cell_text(value)
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise BadCell("file.not_a_number", value=text)
    if isinstance(value, (int, float)):
        number = value
    else:
        cleaned = text.replace(",", ".").replace(" ", "").replace("\u00a0", "")
        if not re.fullmatch(r"[+-]?(\d{1,30}(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?|[+-]?(inf|infinity|nan)", cleaned,
                            re.IGNORECASE):
            raise BadCell("file.not_a_number", value=text[:60])
        number = float(cleaned)
    if not low <= number <= high or not math.isfinite(number):  # the range first: float(10**400) overflows
        raise BadCell("file.out_of_range", value=text[:60], low=_plain(low), high=_plain(high))
    if whole:
        if not float(number).is_integer():
            raise BadCell("file.not_whole", value=text[:60])
        return int(number)
    return float(number)


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def cell_short_text(value: object, limit: int) -> str:
    """The cell's text, BadCell when it is longer than the column that stores it."""
    text = cell_text(value)
    if len(text) > limit:
        raise BadCell("file.too_long", limit=limit, length=len(text))
    return text


class SheetFileError(Exception):
    """A workbook that cannot be read, or cells that are wrong: every problem with its sheet, row and column."""

    def __init__(self, problems: list):
        super().__init__("; ".join(_english(p) for p in problems))
        self.problems = problems

    @property
    def unreadable(self) -> bool:
        return any(p.code in UNREADABLE for p in self.problems)


def _english(problem) -> str:
    """The problem's English sentence, for a log or a caller that shows str(error)."""
    template = _sentence(problem.code)
    if template is None:
        return problem.code
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return template


def _sentence(code: str) -> str | None:
    """The English source of a code a reader puts in a SheetFileError: the file's, the grading scale's (a grade
    read from a sheet is checked against it) and the grade sheet's own."""
    from desktop.domain.grading import GRADING_MESSAGES  # noqa: PLC0415
    from desktop.exchange.file_messages import FILE_MESSAGES  # noqa: PLC0415

    # grade_sheet imports this module, so this module does not import it: its codes reach a SheetFileError only
    # from its own readers, that is once it is loaded.
    grade_sheet = sys.modules.get("desktop.exchange.grade_sheet")
    tables = (FILE_MESSAGES, GRADING_MESSAGES, getattr(grade_sheet, "GRADE_SHEET_MESSAGES", {}))
    return next((table[code] for table in tables if code in table), None)


def _refuse(code: str, **params) -> SheetFileError:
    return SheetFileError([FieldProblem("file", code, params)])


def _too_large() -> SheetFileError:
    return _refuse("file.too_large", limit=MAX_UNPACKED_BYTES // 2**20, rows=MAX_ROWS)


def input_problem(path: Path) -> FieldProblem | None:
    """Why a file given to be read cannot be: missing, a folder, not readable; None when it can be opened."""
    path = Path(path)
    if path.is_dir():
        return FieldProblem("file", "file.is_folder", {"path": str(path)})
    if not path.exists():
        return FieldProblem("file", "file.not_found", {"path": str(path)})
    if not os.access(path, os.R_OK):
        return FieldProblem("file", "file.no_access", {"path": str(path)})
    return None


def output_problem(path: Path) -> FieldProblem | None:
    """Why a file cannot be written there (no such folder, a folder in the way, no permission), before any work."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return FieldProblem("file", "file.is_folder", {"path": str(path)})
    if not folder.is_dir():
        return FieldProblem("file", "file.no_folder", {"path": str(folder)})
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return FieldProblem("file", "file.cannot_write", {"detail": str(path)})
    return None


def _check_archive(path: Path, count_merges: bool) -> None:
    """Refuse what is not a zip archive, and an archive that unpacks to too much, before openpyxl sees it.
    The sizes are the archive's own: zipfile never unpacks more than a member declares."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(member.file_size for member in members)
            if total > MAX_UNPACKED_BYTES:
                raise _too_large()
            if count_merges:
                merged = 0
                for member in members:
                    if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                        merged += _merged_cells(archive.read(member))
                if merged > MAX_MERGED_CELLS:
                    raise _too_large()
    except SheetFileError:
        raise
    except PermissionError as exc:
        raise _refuse("file.no_access", path=str(path)) from exc
    except zipfile.BadZipFile as exc:
        # A zip's first bytes with no directory at its end is a workbook cut short (a download or a copy
        # that stopped): damaged, not "save it as .xlsx".
        raise _refuse("file.damaged" if _starts_like_a_zip(path) else "file.not_workbook") from exc
    except Exception as exc:  # a damaged archive: zlib, struct and OS errors of many kinds
        raise _refuse("file.damaged") from exc


def _starts_like_a_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _merged_cells(xml: bytes) -> int:
    from openpyxl.utils import column_index_from_string  # noqa: PLC0415

    total = 0
    for first_col, first_row, last_col, last_row in _MERGE_REF.findall(xml):
        try:
            width = column_index_from_string(last_col.decode()) - column_index_from_string(first_col.decode()) + 1
        except ValueError:
            continue
        total += abs(width) * (abs(int(last_row) - int(first_row)) + 1)
    return total


def open_workbook(path: Path, read_only: bool = True):
    """The workbook, values only; SheetFileError with one named problem when it cannot be read.

    openpyxl raises a dozen kinds for a damaged file (zip, zlib, XML, KeyError for a missing part, TypeError
    for a strange style): each is a damaged workbook to the user, never a bug of ours."""
    from openpyxl import load_workbook  # noqa: PLC0415 - only readers need it

    problem = input_problem(path)
    if problem:
        raise SheetFileError([problem])
    _check_archive(Path(path), count_merges=not read_only)
    # The file is opened here, not by openpyxl, so that it is closed when openpyxl fails half-way through.
    handle = open(path, "rb")  # noqa: SIM115 - closed below or by the workbook's close()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of what it drops (unknown extensions, bad styles)
            book = load_workbook(handle, read_only=read_only, data_only=True)
    except Exception as exc:
        handle.close()
        raise _refuse("file.damaged") from exc
    if not read_only:  # everything is read already
        handle.close()
        return book
    close = book.close

    def close_both() -> None:  # a read-only workbook reads its sheets from the file until it is closed
        try:
            close()
        finally:
            handle.close()

    book.close = close_both
    return book


def worksheet(book, name: str | None = None):
    """The sheet of that name when it holds cells, else the first sheet that does (a chart sheet holds none)."""
    sheets = book.worksheets
    if name is not None:
        for sheet in sheets:
            if sheet.title == name:
                return sheet
    if not sheets:
        raise _refuse("file.no_sheet")
    return sheets[0]


def sheet_rows(sheet, min_row: int = 1) -> list[tuple[int, tuple]]:
    """Every non-empty row of a sheet with its number, trailing empty cells dropped, at most MAX_COLUMNS wide.

    A read-only sheet is parsed here, not when it is opened: broken XML surfaces now, as file.damaged. A row
    beyond MAX_ROWS that holds a value refuses the sheet (file.too_large) rather than dropping it unseen."""
    rows = []
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # the sheet's own <dimension> may claim a million rows
    blank = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of a date cell it cannot convert, and keeps it as text
            for number, values in enumerate(sheet.iter_rows(min_row=min_row, max_col=MAX_COLUMNS, values_only=True),
                                            start=min_row):
                if number > EXCEL_ROWS:  # row numbers past Excel's last: openpyxl would fill the gap for ever
                    raise _refuse("file.damaged")
                if values is blank:  # openpyxl's filler for a missing row: one shared tuple, skipped cheaply
                    continue
                end = len(values)
                while end and _empty(values[end - 1]):
                    end -= 1
                if not end:
                    blank = values
                    continue
                if number > MAX_ROWS:
                    raise _too_large()
                rows.append((number, tuple(values[:end])))
    except SheetFileError:
        raise
    except Exception as exc:  # the sheet's XML is broken or a cell cannot be read
        raise _refuse("file.damaged") from exc
    return rows


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def data_rows(path, width: int = 0) -> tuple[str, list[tuple[int, list]]]:
    """The first sheet's title and its non-empty rows after the header (the first non-empty row), each with its
    row number and at least `width` cells."""
    book = open_workbook(path)
    try:
        sheet = worksheet(book)
        title = sheet.title
        rows = [(n, list(values) + [None] * (width - len(values))) for n, values in sheet_rows(sheet)
                if any(cell_text(v) for v in values)]
    finally:
        book.close()
    return title, rows[1:]


def bold_row(sheet, row: int = 1) -> None:
    """A header or a totals row in bold."""
    from openpyxl.styles import Font  # noqa: PLC0415 - only writers need it

    for cell in sheet[row]:
        cell.font = Font(bold=True)
