"""The hours taught as a workbook: the sheet a department fills in month by month and the deputy director imports
(services.teacher_load_import matches it to the teachers and the distribution), and the blank of the same layout.

One sheet, a header row, then a row per unit of a teacher:

    teacher | group | code | subject | semester | load | subgroup | plan | 09.2026 | 10.2026 | ... | instead of

The header is recognised by its words in Kazakh, Russian or English (HEADERS); teacher, group, code and load are
required, the rest optional (subject and plan are for the reader and are not read back). A month column's header is
the month as 09.2026, 2026-09, a date, or its name in any of the three languages with or without the year
(«қыркүйек», «Сентябрь 2026», "Sep"): a name without a year is the academic year's month. The load is named by its
word in any language (COMPONENT_WORDS) or its code; the subgroup is empty or 0 for the whole group, else 1 or 2;
"instead of" names the teacher of record when someone else taught the class.

Only rows with hours in a month are read (a blank left unfilled reads as nothing); each bad cell is named by its
row and column, and the reader reports all of them at once (SheetFileError)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter

from desktop.domain.problems import QT_TRANSLATE_NOOP, FieldProblem
from desktop.exchange.cells import (BadCell, SheetFileError, bold_row, cell_number, cell_text, open_workbook,
                                    sheet_rows, worksheet)

# The sentences of this reader's and of the import's codes (the window merges them into its catalogue).
LOAD_ACTUAL_MESSAGES = {
    "load.no_month_columns": QT_TRANSLATE_NOOP("Messages", "no column of the header is a month: write the months as 09.2026 or by name (қыркүйек, сентябрь)"),
    "load.month_twice": QT_TRANSLATE_NOOP("Messages", "the month {value} has a column already ({first})"),
    "load.unknown_component": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a kind of load: {allowed}"),
    "load.unknown_teacher": QT_TRANSLATE_NOOP("Messages", "“{value}”: there is no teacher of this name; add the teacher or correct the name"),
    "load.ambiguous_teacher": QT_TRANSLATE_NOOP("Messages", "“{value}”: {count} teachers have this name; tell them apart in the staff list first"),
    "load.unknown_group": QT_TRANSLATE_NOOP("Messages", "“{value}”: there is no group of this code with a curriculum in the academic year {year}"),
    "load.no_unit_in_group": QT_TRANSLATE_NOOP("Messages", "the curriculum of {group} has no {component} hours of “{value}” in the academic year {year}"),
    "load.subgroup_not_distributed": QT_TRANSLATE_NOOP("Messages", "{group}, {value}: subgroup {subgroup} has no teacher in the distribution; it is taught as {held} (0 is the whole group)"),
    "load.line_twice": QT_TRANSLATE_NOOP("Messages", "the same class, subgroup, teacher and month are on row {first} already"),
    "load.not_a_month_column": QT_TRANSLATE_NOOP("Messages", "the column “{value}” has hours but its header is not a month: write the month as 09.2026 or by name (қыркүйек, сентябрь)"),
    "load.nothing_to_import": QT_TRANSLATE_NOOP("Messages", "the sheet has no hours to import: fill in the month columns"),
}

FIELDS = ("teacher", "group", "code", "subject", "semester", "component", "subgroup", "plan", "replaced")
REQUIRED = ("teacher", "group", "code", "component")
# Each column's header as the blank writes it (kk, ru, en), then the other words a college's own sheet may use.
HEADERS = {
    "teacher": (("Оқытушы", "Преподаватель", "Teacher"), ("педагог", "аты-жөні", "фио", "ф.и.о.", "teacher")),
    "group": (("Топ", "Группа", "Group"), ("топ коды", "шифр группы")),
    "code": (("Индекс", "Индекс", "Code"), ("код", "индексі", "row code", "модуль коды")),
    "subject": (("Пән / модуль", "Дисциплина / модуль", "Subject"), ("пән", "дисциплина", "предмет")),
    "semester": (("Семестр", "Семестр", "Semester"), ()),
    "component": (("Жүктеме түрі", "Вид нагрузки", "Load"), ("жүктеме", "вид занятий", "component")),
    "subgroup": (("Топша", "Подгруппа", "Subgroup"), ("кіші топ",)),
    "plan": (("Жоспар, сағат", "План, часов", "Plan, hours"), ("жоспар", "план", "plan")),
    "replaced": (("Кімнің орнына", "Вместо кого", "Instead of"), ("алмастырылған оқытушы", "замена за",
                                                                   "replaced teacher")),
}
# domain.teacher_load.COMPONENTS in the words a sheet writes: the blank's own (kk, ru, en) first.
COMPONENT_WORDS = {
    "theory": ("Теория", "Теория", "Theory", "теориялық"),
    "practice": ("Практикалық, зертханалық", "Практические, лабораторные", "Practical and laboratory",
                 "практикалық", "практические", "лпз", "зертханалық-практикалық"),
    "course_project": ("Курстық жоба", "Курсовой проект", "Course project", "курстық жұмыс", "курсовая работа"),
    "production": ("Өндірістік оқыту", "Производственное обучение", "Production training"),
    "consultations": ("Консультация", "Консультации", "Consultations", "кеңес"),
    "exams": ("Емтихан", "Экзамены", "Exams and attestation", "аттестация", "exams"),
    "supervision": ("Практика жетекшілігі", "Руководство практикой", "Practice supervision"),
}
LANGUAGES = ("kk", "ru", "en")
# An academic year's months in order, September first; July and August only when something is taught then.
MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)
SUMMER = (7, 8)

_MONTH_NAMES = {
    1: ("қаңтар", "қаң", "январь", "января", "янв", "january", "jan"),
    2: ("ақпан", "ақп", "февраль", "февраля", "фев", "february", "feb"),
    3: ("наурыз", "нау", "март", "марта", "мар", "march", "mar"),
    4: ("сәуір", "сәу", "апрель", "апреля", "апр", "april", "apr"),
    5: ("мамыр", "мам", "май", "мая", "may"),
    6: ("маусым", "мау", "июнь", "июня", "июн", "june", "jun"),
    7: ("шілде", "шіл", "июль", "июля", "июл", "july", "jul"),
    8: ("тамыз", "там", "август", "августа", "авг", "august", "aug"),
    9: ("қыркүйек", "қыр", "сентябрь", "сентября", "сен", "сент", "september", "sep", "sept"),
    10: ("қазан", "қаз", "октябрь", "октября", "окт", "october", "oct"),
    11: ("қараша", "қар", "ноябрь", "ноября", "ноя", "нояб", "november", "nov"),
    12: ("желтоқсан", "жел", "декабрь", "декабря", "дек", "december", "dec"),
}
MONTH_BY_NAME = {name: month for month, names in _MONTH_NAMES.items() for name in names}
# Words that may stand beside a month's name and year: «2026 ж.», «сентябрь 2026 г.», «2026 жыл».
_YEAR_WORDS = {"ж", "г", "жыл", "жылы", "год", "года", "y"}
# A column of totals a college's own sheet may have after the months: its numbers are not hours of a month.
_TOTAL_WORDS = {"барлығы", "жиыны", "итого", "всего", "total", "барлығы сағат", "итого часов"}
_NUMERIC = (re.compile(r"(?P<month>\d{1,2})[./\-](?P<year>\d{4})"),
            re.compile(r"(?P<year>\d{4})[./\-](?P<month>\d{1,2})"),
            re.compile(r"\d{1,2}[./](?P<month>\d{1,2})[./](?P<year>\d{4})"),
            re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-\d{1,2}(?:[ T][\d:.]+)?"))


def fold(text: str) -> str:
    """A name or a word compared whatever its case, ё/е, punctuation and spacing."""
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").casefold().replace("ё", "е")).split())


def fold_code(text: str) -> str:
    """A group's code compared whatever its case and spaces: «26ПО-11к» is «26 по-11К»."""
    return "".join((text or "").casefold().replace("ё", "е").split())


def month_header(value: object, year: int) -> date | None:
    """The month a header cell names (its first day), None when it names none. A name without a year is the month
    of the academic year `year` (September to December of `year`, January to August of the next); with a year the
    month is returned as written, for the caller to refuse one outside the academic year."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.replace(day=1)
    text = cell_text(value)
    if not text or len(text) > 40:
        return None
    for pattern in _NUMERIC:
        found = pattern.fullmatch(text)
        if found:
            month, written = int(found["month"]), int(found["year"])
            return date(written, month, 1) if 1 <= month <= 12 and 2000 <= written <= 2100 else None
    months, years = [], []
    for token in re.findall(r"[^\W\d_]+|\d+", text.casefold().replace("ё", "е")):
        if token.isdigit():
            years.append(token)
        elif token in MONTH_BY_NAME:
            months.append(MONTH_BY_NAME[token])
        elif token not in _YEAR_WORDS:
            return None
    if len(months) != 1 or len(years) > 1 or (years and len(years[0]) != 4):
        return None
    month = months[0]
    written = int(years[0]) if years else (year if month >= 9 else year + 1)
    return date(written, month, 1) if 2000 <= written <= 2100 else None


def in_academic_year(month: date, year: int) -> bool:
    return date(year, 9, 1) <= month <= date(year + 1, 8, 1)


def month_label(month: date) -> str:
    """How the blank heads a month's column: 09.2026 (read back whatever the language)."""
    return f"{month.month:02d}.{month.year}"


def year_months(year: int, summer: bool = False) -> list[date]:
    return [date(year if m >= 9 else year + 1, m, 1) for m in MONTHS + (SUMMER if summer else ())]


def component_of(text: str) -> str | None:
    """The load component a word names (in any language, or its code), None when none."""
    folded = fold(text)
    for key, words in COMPONENT_WORDS.items():
        if folded == fold(key) or any(folded == fold(w) for w in words):
            return key
    return None


def component_word(key: str, language: str) -> str:
    words = COMPONENT_WORDS.get(key)
    return words[LANGUAGES.index(language) if language in LANGUAGES else 0] if words else key


def header_word(field: str, language: str) -> str:
    return HEADERS[field][0][LANGUAGES.index(language) if language in LANGUAGES else 0]


_HEADER_INDEX = {fold(word): field for field, (own, others) in HEADERS.items() for word in (*own, *others)}


# --- reading -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthHours:
    month: date
    hours: int
    column: str  # the column's letter, for a message


@dataclass(frozen=True)
class SheetLine:
    row: int  # on the sheet
    teacher: str
    group: str
    code: str
    component: str  # a key of COMPONENT_WORDS
    component_text: str  # as the sheet writes it
    subgroup: int
    semester: int | None
    replaced: str
    hours: tuple[MonthHours, ...]
    columns: dict  # field -> the column's letter


@dataclass(frozen=True)
class ActualSheet:
    sheet: str
    lines: tuple[SheetLine, ...]
    months: tuple[date, ...]  # the month columns, in the sheet's order
    problems: tuple[FieldProblem, ...] = ()  # bad cells, when not strict: the lines keep their good hours


def _header(rows) -> tuple[int, dict[str, int]] | None:
    """The header row (among the first rows) and the column index of each field it names."""
    for number, values in rows[:15]:
        found = {}
        for index, value in enumerate(values):
            field = _HEADER_INDEX.get(fold(cell_text(value)))
            if field and field not in found:
                found[field] = index
        if all(field in found for field in REQUIRED):
            return number, found
    return None


def _cell(values, index: int | None):
    return values[index] if index is not None and index < len(values) else None


def read_actual_sheet(path: Path, year: int, max_hours: int = 744, language: str = "kk",
                      strict: bool = True) -> ActualSheet:
    """The sheet's lines with hours; SheetFileError naming every problem (an unreadable file, a missing column, each
    bad cell by its row and column). Not strict, the bad cells are handed back with the lines (for the caller to
    report together with its own problems), and only a sheet that cannot be read at all is refused. `language` is
    that of the words a message lists as allowed."""
    book = open_workbook(Path(path))
    try:
        sheet = worksheet(book)
        title, rows = sheet.title, sheet_rows(sheet)
    finally:
        book.close()
    found = _header(rows)
    if found is None:
        columns = ", ".join(header_word(field, language) for field in REQUIRED)
        raise SheetFileError([FieldProblem("header", "file.no_header", {"columns": columns}, sheet=title)])
    header_row, fields = found
    header = dict(rows)[header_row]
    problems: list[FieldProblem] = []
    months: dict[int, date] = {}
    others: dict[int, str] = {}  # a column of another header: refused when it has hours (a mistyped month)
    seen: dict[date, str] = {}
    for index, value in enumerate(header):
        if index in fields.values():
            continue
        month = month_header(value, year)
        if month is None:
            if cell_text(value) and fold(cell_text(value)) not in _TOTAL_WORDS:
                others[index] = cell_text(value)
            continue
        letter = get_column_letter(index + 1)
        where = {"row": header_row, "column": letter, "sheet": title}
        if not in_academic_year(month, year):
            problems.append(FieldProblem("month", "load.month_outside_year",
                                         {"value": month_label(month), "year": f"{year}-{year + 1}"}, **where))
        elif month in seen:
            problems.append(FieldProblem("month", "load.month_twice",
                                         {"value": month_label(month), "first": seen[month]}, **where))
        else:
            seen[month] = letter
            months[index] = month
    if not months and not problems:
        problems.append(FieldProblem("month", "load.no_month_columns", row=header_row, sheet=title))
    allowed = ", ".join(component_word(key, language) for key in COMPONENT_WORDS)
    lines = []
    for number, values in rows:
        if number <= header_row:
            continue
        letters = {field: get_column_letter(index + 1) for field, index in fields.items()}
        for index in list(others):
            if _is_number(_cell(values, index)):
                letter = get_column_letter(index + 1)
                problems.append(FieldProblem("month", "load.not_a_month_column",
                                             {"value": others.pop(index)[:40]}, row=number, column=letter,
                                             sheet=title))
        hours, bad = [], []
        for index, month in months.items():
            value = _cell(values, index)
            if cell_text(value) == "":
                continue
            try:
                hours.append(MonthHours(month, cell_number(value, 0, max_hours), get_column_letter(index + 1)))
            except BadCell as error:
                bad.append(FieldProblem("hours", error.code, error.params, row=number,
                                        column=get_column_letter(index + 1), sheet=title))
        if not hours and not bad:
            continue  # a unit of the blank nobody filled, a note or a total under the table
        problems.extend(bad)
        text = {field: cell_text(_cell(values, index)) for field, index in fields.items()}
        for field in REQUIRED:
            if not text[field]:
                problems.append(FieldProblem(field if field != "code" else "row_key", "field.required", row=number,
                                             column=letters[field], sheet=title))
        component = component_of(text["component"]) if text["component"] else None
        if text["component"] and component is None:
            problems.append(FieldProblem("component", "load.unknown_component",
                                         {"value": text["component"][:60], "allowed": allowed}, row=number,
                                         column=letters["component"], sheet=title))
        subgroup = _small_number(text.get("subgroup", ""), (0, 1, 2), "subgroup", "load.bad_subgroup", number,
                                 letters.get("subgroup"), title, problems)
        semester = _small_number(text.get("semester", ""), range(1, 13), "semester", "file.out_of_range", number,
                                 letters.get("semester"), title, problems)
        lines.append(SheetLine(number, text["teacher"], text["group"], text["code"], component or "",
                               text["component"], subgroup or 0, semester, text.get("replaced", ""), tuple(hours),
                               letters))
    if problems and (strict or not months):
        raise SheetFileError(problems)
    return ActualSheet(title, tuple(lines), tuple(months.values()), tuple(problems))


def _is_number(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    try:
        return bool(cell_text(value)) and float(cell_text(value).replace(",", ".").replace(" ", "")) >= 0
    except ValueError:
        return False


def _small_number(text: str, allowed, field: str, code: str, row: int, column: str | None, sheet: str,
                  problems: list) -> int | None:
    """An optional column's number (subgroup, semester), None when empty; a refused value is added to problems."""
    if not text:
        return None
    try:
        number = cell_number(text, min(allowed), max(allowed))
    except BadCell:
        number = None
    if number is None or number not in allowed:
        params = {"value": text[:20]} if code == "load.bad_subgroup" else \
            {"value": text[:20], "low": min(allowed), "high": max(allowed)}
        problems.append(FieldProblem(field, code, params, row=row, column=column, sheet=sheet))
        return None
    return number


# --- writing -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BlankLine:
    teacher: str
    group: str
    code: str
    subject: str
    semester: int
    component: str
    subgroup: int
    plan: int
    hours: dict  # month -> hours already entered (left empty in a blank)
    replaced: str = ""


SHEET_TITLE = {"kk": "Берілген сағаттар", "ru": "Выданные часы", "en": "Hours taught"}


def write_actual_sheet(path: Path, year: int, lines: list[BlankLine], language: str,
                       months: list[date] | None = None) -> None:
    """The layout read_actual_sheet reads: the lines' units with their months' hours (empty in a blank)."""
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.styles import Alignment  # noqa: PLC0415

    from desktop.exchange.print_setup import fit_columns  # noqa: PLC0415
    from desktop.paths import owner_only  # noqa: PLC0415

    months = months or year_months(year)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE.get(language, SHEET_TITLE["kk"])
    fixed = [f for f in FIELDS if f != "replaced"]
    sheet.append([header_word(f, language) for f in fixed] + [month_label(m) for m in months]
                 + [header_word("replaced", language)])
    for line in lines:
        sheet.append([line.teacher, line.group, line.code, line.subject, line.semester,
                      component_word(line.component, language), line.subgroup or None, line.plan]
                     + [line.hours.get(m) or None for m in months] + [line.replaced or None])
    bold_row(sheet, 1)
    for cell in sheet[1]:
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    # the names and codes stay text: Excel would make 01 of a code a number
    for row in sheet.iter_rows(min_row=2, max_col=3):
        for cell in row:
            cell.number_format = "@"
    fit_columns(sheet, {"A": 30, "D": 34})
    for index in range(len(fixed) + 1, len(fixed) + len(months) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 9
    sheet.freeze_panes = sheet.cell(2, len(fixed) + 1)
    book.save(path)
    owner_only(Path(path))  # teachers' names and hours
