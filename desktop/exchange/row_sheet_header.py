"""The top of a working curriculum as colleges type it in rows: the title block, the header (one to four rows,
Kazakh, Russian or both, merged over course and semester columns), and what each column holds.

row_sheet reads the rows under it. Nothing here reports a problem: a sheet whose header is not found is not
a row-oriented plan, and the caller tries other layouts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.curriculum import Control
from desktop.exchange.cells import MAX_COLUMNS, MAX_ROWS, cell_text
from desktop.exchange.curriculum_xlsx import COLUMNS, MAX_SEMESTERS

# The header is looked for in the first rows only: title blocks run to a dozen rows, never to forty.
HEADER_SEARCH = 40
# A header runs over at most four rows (course, semester, weeks): more would be the plan's first rows.
HEADER_DEPTH = 4
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
SPECIALTY = re.compile(r"(?<![\dA-Z])(\d{8})(?!\d)")
QUALIFICATION = re.compile(r"(?<![\dA-Z])(\d(?:W|S|AB)\d{8})(?!\d)")

# Words of the name column's header: "Модульдер мен пәндердің атауы / Наименование модулей и дисциплин".
_NAME_WORDS = ("атау", "наименован", "пәндер", "дисциплин", "модульдер мен", "модулей и")
_NAMED = re.compile(r"атау|наименован")  # the header's own words, never a section row's
_CONTROL_HEADER = ("бақылау", "контрол", "нысан")
_CONTROL_WORK = ("жұмыс", "работ")  # "бақылау жұмысы / контрольная работа": a kind of lesson, not a control
# The kinds of control a split control column holds, by its header; graded first ("сараланған сынақ" holds
# "сынақ", "дифф. зачет" holds "зачет").
CONTROL_KINDS = (
    (("сараланған", "дифф", "диф.", "дифференц"), Control.GRADED_TEST),
    (("емтихан", "экзамен"), Control.EXAM),
    (("сынақ", "зачет", "зачёт"), Control.TEST),
)
_COURSE = re.compile(r"(?<!\w)(\d{1,2}|i{1,3}|iv|v)\s*[-–]?\s*курс")
_SEMESTER_WORD = re.compile(r"(?<!\w)(\d{1,2}|[ivx]{1,4})\s*[-–]?\s*(?:семестр\w*|сем\b\.?)|семестр\w*\s*(\d{1,2})(?!\d)")
_WEEKLY = ("апталық", "аптасына", "в неделю", "недельн")
# "17 нед.", "22 апта", "15 апта/нед.": the weeks of a semester, written under it
_WEEKS = re.compile(r"(?<!\d)(\d{1,2})\s*(?:апта|нед)")
# Headers the exchange columns' fragments miss: "теоретические" holds no "теория", "ЛПЗ" no "практические"
_MORE_FIELDS = ((("теор",), "theory"), (("лпз", "лаб.", "лабор", "зертхана"), "practice"))
# The hours column written as "всего" or "кол-во часов" under "Объем учебного времени"; not "всего кредитов"
_HOURS_WORDS = re.compile(r"^(всего|барлығы|итого)$|(?<!\w)(час(ов|ы)?|сағат\w*)(?!\w)|объем|көлем")
# Under a course, its autumn and spring semesters
_SEASONS = ((("күз", "осен"), 1), (("көктем", "весен"), 2))
_BARE = re.compile(r"^(\d{1,2}|[ivx]{1,4})\.?$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# The start of the plan, should it come right under a header with an empty name cell: a code or a section row.
_PLAN_START = re.compile(r"^\s*(ЖБП|ООД|БМ|КМ|ПМ|ОН|РО)\s*\d|пәндер|модульдер|дисциплин|модули", re.IGNORECASE)
# Our own columns that a row-oriented plan never means (they need our export's keys and would catch stray words).
_NOT_HERE = {"id", "section", "exam_form", "parent", "subject", "merged_into", "basic_module"}


@dataclass
class Header:
    first: int  # sheet rows of the header
    last: int
    data_from: int  # the first row of the plan (after a row of column numbers, when there is one)
    columns: dict = field(default_factory=dict)  # field -> column number (1-based): name, code, hours, ...
    semesters: dict = field(default_factory=dict)  # semester -> column
    control: int | None = None  # one column of control words ("емтихан 2")
    split_controls: dict = field(default_factory=dict)  # column -> Control: cells hold semester numbers
    weeks: dict = field(default_factory=dict)  # semester -> its weeks, when its column holds hours a week
    weekly_unknown: list = field(default_factory=list)  # columns of hours a week with no weeks written over them
    texts: list = field(default_factory=list)  # the header's words, for the sheet's language


class Grid:
    """A sheet's values by row and column, bounded as cells.sheet_rows bounds them; merged cells filled from
    their top-left cell (the header's "1 курс" over its semesters). The plan's rows read them through own()."""

    def __init__(self, sheet):
        self.rows: dict[int, dict[int, object]] = {}
        last_row, last_col = min(sheet.max_row or 0, MAX_ROWS), min(sheet.max_column or 0, MAX_COLUMNS)
        cells = getattr(sheet, "_cells", None)
        if isinstance(cells, dict):
            # The cells a sheet holds: iter_rows would make every empty cell of the rectangle (220,000 of them
            # on a real grade sheet, seconds and memory) and leave them in the sheet.
            for (r, c), cell in sorted(cells.items()):
                if r <= last_row and c <= last_col and cell_text(cell.value):
                    self.rows.setdefault(r, {})[c] = cell.value
        else:  # a read-only sheet streams its rows
            for number, line in enumerate(sheet.iter_rows(max_row=last_row, max_col=last_col, values_only=True), 1):
                values = {c: v for c, v in enumerate(line, 1) if cell_text(v)}
                if values:
                    self.rows[number] = values
        self.merge_of: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in sheet.merged_cells.ranges if hasattr(sheet, "merged_cells") else ():
            top = self.rows.get(merged.min_row, {}).get(merged.min_col)
            if top is None or merged.min_row > last_row:
                continue
            for r in range(merged.min_row, min(merged.max_row, last_row) + 1):
                for c in range(merged.min_col, min(merged.max_col, last_col) + 1):
                    self.rows.setdefault(r, {}).setdefault(c, top)
                    self.merge_of[(r, c)] = (merged.min_row, merged.min_col)
        self.numbers = sorted(self.rows)

    def get(self, row: int, column: int | None):
        return self.rows.get(row, {}).get(column) if column else None

    def own(self, row: int, column: int | None):
        """A cell of the plan: a merged cell's value only in its own row and only when it is text, so that hours
        merged over two rows or two semesters are counted once."""
        value = self.get(row, column)
        anchor = self.merge_of.get((row, column))
        if anchor and anchor != (row, column) and (anchor[0] != row or not isinstance(value, str)):
            return None
        return value

    def value(self, row: int, column: int | None):
        """A cell of the plan's hours, credits and controls: only its own value, never the text of a section row
        merged over it from the name ("Базалық модульдер" merged from the index to the hours column)."""
        anchor = self.merge_of.get((row, column))
        return None if anchor and anchor != (row, column) else self.get(row, column)


def _lower(value: object) -> str:
    return " ".join(cell_text(value).lower().replace("ё", "е").split())


# Shorter name headers ("Пән", "Модуль / пән", "Предмет"): enough to find the header row, which needs an hours or
# semester column beside them, but too loose to name any other column.
_SHORT_NAME = re.compile(r"^(модуль|пән|предмет)\w*(\s*/\s*(модуль|пән|предмет|дисциплин)\w*)?$")


def _is_name_header(value: object) -> bool:
    text = _lower(value)
    return bool(text) and len(text) <= 200 and (any(word in text for word in _NAME_WORDS)
                                                or bool(_SHORT_NAME.match(text)))


def _is_column_numbers(line: dict) -> bool:
    """The row of column numbers under many headers (1, 2, 3, ...): neither header nor plan."""
    values = [line[c] for c in sorted(line)]
    numbers = [n for n in map(_whole, values) if n is not None]
    return len(values) >= 3 and len(numbers) == len(values) and numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def _whole(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return int(value)
    text = cell_text(value)
    return int(text) if re.fullmatch(r"\d{1,6}", text, re.ASCII) else None


def find_header(grid: Grid) -> Header | None:
    """The first header in the top rows with a name column and an hours or semester column."""
    for first in [n for n in grid.numbers if n <= HEADER_SEARCH]:
        line = grid.rows[first]
        name_col = next((c for c in sorted(line) if _is_name_header(line[c])
                         and grid.merge_of.get((first, c), (first, c))[0] == first), None)
        if name_col is None:
            continue
        last, data_from = first, first + 1
        for below in range(first + 1, first + HEADER_DEPTH):
            below_line = grid.rows.get(below)
            if not below_line:
                break
            if _is_column_numbers(below_line):
                data_from = below + 1
                break
            translated = _NAMED.search(_lower(below_line.get(name_col)))  # "Наименование" under "Атауы"
            if name_col in below_line and grid.merge_of.get((below, name_col)) != grid.merge_of.get((first, name_col), 0) \
                    and not translated:
                break  # a row of the plan
            if not translated and any(_PLAN_START.search(cell_text(v)) for c, v in below_line.items()
                                      if grid.merge_of.get((below, c), (below, c))[0] == below):
                break  # a section row or a coded row typed in a column the header left empty
            last, data_from = below, below + 1
        header = _columns(grid, first, last, name_col)
        if "hours" in header.columns or header.semesters:
            header.data_from = max(data_from, header.data_from)
            return header
    return None


def _columns(grid: Grid, first: int, last: int, name_col: int) -> Header:
    header = Header(first, last, last + 1)
    widest = max((max(grid.rows.get(r, {0: None})) for r in range(first, last + 1)), default=0)
    names: dict[int, str] = {}  # the name columns: a Kazakh and a Russian one side by side
    for column in range(1, widest + 1):
        texts = []
        for row in range(first, last + 1):
            value = grid.get(row, column)
            if cell_text(value) and (not texts or value is not texts[-1][0]):
                texts.append((value, _lower(value)))
        lows = [low for _, low in texts]
        header.texts += [cell_text(v) for v, _ in texts]
        if not lows:
            continue
        if _weekly(header, lows, column):
            continue
        kind = classify(lows)
        if column == name_col:
            header.columns.setdefault(kind[0] if kind in (("name_kk",), ("name_ru",)) else "name", column)
            names[column] = " ".join(lows)
            continue
        if kind is None:
            continue
        if kind == ("name",) and len(names) == 1 and column == max(names) + 1:
            names[column] = " ".join(lows)
            continue
        if kind[0] == "semester":
            header.semesters.setdefault(kind[1], column)
        elif kind[0] == "control":
            if kind[1] is None:
                header.control = header.control or column
            else:
                header.split_controls[column] = kind[1]
        else:
            header.columns.setdefault(kind[0], column)
    _name_languages(header, names)
    return header


def _weekly(header: Header, lows: list[str], column: int) -> bool:
    """A semester column of hours a week ("аптасына сағат / часов в неделю" anywhere over it) with its weeks
    ("17 апта"): its cells are multiplied by the weeks. Without the weeks they cannot be: the reader says so."""
    if not any(word in low for low in lows for word in _WEEKLY):
        return False
    semester = _semester(lows)
    weeks = next((int(m.group(1)) for low in lows if (m := _WEEKS.search(low))), None)
    if semester and weeks:
        header.semesters.setdefault(semester, column)
        header.weeks.setdefault(semester, weeks)
    elif semester:
        header.weekly_unknown.append(column)
    return bool(semester)


def _name_languages(header: Header, names: dict[int, str]) -> None:
    """"Пәндердің атауы" beside "Наименование дисциплин": the Kazakh names and the Russian ones, by the language
    of each header."""
    if len(names) != 2 or "name" not in header.columns:
        return
    kazakh = [c for c, text in names.items() if KAZAKH_LETTERS.search(text)]
    if len(kazakh) == 1:
        del header.columns["name"]
        header.columns["name_kk"] = kazakh[0]
        header.columns["name_ru"] = next(c for c in names if c != kazakh[0])


def classify(lows: list[str]) -> tuple | None:
    """What a column holds from its header texts, top to bottom: ("semester", n), ("control", kind or None)
    or (field,). The lowest text decides first: "Кредит" under "Оқу уақытының көлемі, сағат" is credits."""
    semester = _semester(lows)
    if semester:
        # "1 сем" over "аптасына сағат" and "барлығы": the hours a week are not the semester's hours
        return None if any(word in lows[-1] for word in _WEEKLY) else ("semester", semester)
    joined = " ".join(lows)
    if any(word in joined for word in _CONTROL_HEADER) or all(control_kind(t) for t in lows):
        if any(word in lows[-1] for word in _CONTROL_WORK):
            return None
        kind = control_kind(lows[-1]) if len(lows) > 1 or not any(w in joined for w in _CONTROL_HEADER) else None
        return ("control", kind)
    for text in reversed(lows):
        for fragments, name in _MORE_FIELDS:
            if any(fragment in text for fragment in fragments):
                return (name,)
        for name, _, fragments in COLUMNS[3:5]:  # "Атауы қазақша", "Наименование на русском"
            if any(fragment in text for fragment in fragments):
                return (name,)
        if any(word in text for word in _NAME_WORDS):
            return ("name",)
        for name, _, fragments in COLUMNS:
            if name not in _NOT_HERE and any(fragment in text for fragment in fragments):
                return (name,)
        if text is lows[-1] and "кредит" not in text and _HOURS_WORDS.search(text.strip(" .,:()")):
            return ("hours",)
    return None


def control_kind(text: str) -> Control | None:
    for words, kind in CONTROL_KINDS:
        if any(word in text for word in words):
            return kind
    return None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _ROMAN.get(text, 0)


def _semester(lows: list[str]) -> int | None:
    course = next((_number(m.group(1)) for t in lows if (m := _COURSE.search(t))), None)
    context = course is not None or any("семестр" in t for t in lows)
    by_course = course is None and any("курс" in t for t in lows) and not any("сем" in t for t in lows)
    found = None
    for text in lows:
        if _COURSE.search(text):
            continue
        match = _SEMESTER_WORD.search(text)
        if match:
            found = _number(match.group(1) or match.group(2))
            break
        bare = _BARE.match(text)
        if bare and by_course:
            return None  # "I", "II" under "Курстар бойынша бөлу": a study year's hours, not a semester's
        if bare and (context or not bare.group(1).isdigit()):
            found = _number(bare.group(1))
            break
        season = next((n for words, n in _SEASONS if any(text.startswith(w) for w in words)), None)
        if season and course:
            found = season
            break
    if not found:
        return None
    if course and course > 1 and found <= 2:  # "1 сем", "2 сем" under "2 курс": the course's own semesters
        found = (course - 1) * 2 + found
    return found if 1 <= found <= MAX_SEMESTERS else None


def split_names(text: str) -> tuple[str, str]:
    """(Kazakh, Russian) from one cell: "Кәсіптік модульдер / Профессиональные модули", the same with a line
    break, or one language for both. Lines wrapped in one language are joined again."""
    lines: list[str] = []
    for part in str(text).replace("\r", "\n").split("\n"):
        part = " ".join(part.split()).strip(" /")  # "Кәсіптік модульдер /" + a new line + the Russian name
        if lines and part[:1].islower():  # "... деректер\nқұрылымдары": a long name wrapped, not a translation
            lines[-1] = f"{lines[-1]} {part}"
        elif part:
            lines.append(part)
    parts = [p.strip() for line in lines for p in re.split(r"\s+/\s+", line) if p.strip()]
    if len(parts) <= 1:
        one = parts[0] if parts else ""
        halves = one.split("/")
        if len(halves) == 2 and all(len(h.strip()) > 2 for h in halves) and \
                bool(KAZAKH_LETTERS.search(halves[0])) != bool(KAZAKH_LETTERS.search(halves[1])):
            parts = [h.strip() for h in halves]
        else:
            return one, one
    kazakh = [p for p in parts if KAZAKH_LETTERS.search(p)]
    russian = [p for p in parts if not KAZAKH_LETTERS.search(p)]
    if kazakh and russian:
        return " ".join(kazakh), " ".join(russian)
    if len(set(parts)) == 1:  # "Химия\nХимия": the same word in both languages
        return parts[0], parts[0]
    bilingual = len(lines) == 1 and len(parts) == 2  # "Графика / Графика и проектирование": a slash, not a wrapped line
    if bilingual:
        return parts[0], parts[1]
    whole = " ".join(lines)
    return whole, whole


def title_block(grid: Grid, header: Header) -> str:
    """Every text above the header, in reading order (college, specialty, qualifications, years, approval)."""
    return " ".join(cell_text(v) for r in grid.numbers if r < header.first for _, v in sorted(grid.rows[r].items())
                    if isinstance(v, str))


# A title page holds a few dozen lines of text at most; a sheet with more cells is something else
TITLE_PAGE_CELLS = 60


def title_page(sheet) -> str:
    """The text of the title page a college puts on the sheet right before the plan's table ("Титул": specialty,
    qualification, intake, length of study), when that sheet is text only and names a specialty; else ""."""
    book = getattr(sheet, "parent", None)
    sheets = list(getattr(book, "worksheets", ()))
    if sheet not in sheets or sheets.index(sheet) == 0:
        return ""
    before = sheets[sheets.index(sheet) - 1]
    grid = Grid(before)  # each merged cell once: a title line is often merged across the page
    values = [v for r, row in grid.rows.items() for c, v in row.items() if grid.merge_of.get((r, c), (r, c)) == (r, c)]
    if not values or len(values) > TITLE_PAGE_CELLS or not all(isinstance(v, str) for v in values):
        return ""
    text = " ".join(cell_text(v) for v in values)
    return text if SPECIALTY.search(text) else ""


def specialty_of(title_text: str) -> tuple[str, str]:
    """The specialty's code and the plan's title ("06130100 Бағдарламалық қамтамасыз ету") from the title block:
    the name is the quoted text after the code."""
    specialty = next(iter(SPECIALTY.findall(title_text)), "")
    name = re.search(r"[«\"“]([^»\"”]{3,200})[»\"”]", title_text[title_text.find(specialty):]) if specialty else None
    return specialty, f"{specialty} {name.group(1).strip() if name else ''}".strip()


def is_russian_only(texts) -> bool:
    texts = [t for t in texts if t]
    return any(_CYRILLIC.search(t) for t in texts) and not any(KAZAKH_LETTERS.search(t) for t in texts)
