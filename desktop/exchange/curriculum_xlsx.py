"""A working curriculum as an Excel workbook, and back with nothing lost.

Sheet 1 holds the curriculum's details, then one row per curriculum row with its semester hours and
control forms; sheet 2 the week grid. The reader also takes what colleges type by hand: bilingual
headers in any order, "96с-4к" in the hours column, sections known from codes (ЖБП/ООД, БМ, КМ/ПМ,
ОН/РО), outcomes hung on the module above them. Every bad cell is reported; nothing half-read is returned.
"""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.domain.curriculum import Control, Curriculum, ExamForm, Row, SemesterLoad, Section, YearSchedule
from desktop.domain.problems import FieldProblem
from desktop.domain.sheet_text import MAX_HOURS, is_outcome, normal_code, parse_hours_credits, section_of, split_code
from desktop.exchange.cells import (BadCell, SheetFileError, cell_number, cell_short_text, cell_text as _text,
                                    open_workbook, sheet_rows, worksheet)
from desktop.exchange.curriculum_words import (COLUMN_HEADERS, DETAIL_LABELS, KEYS, KEYS_HEADER, MAIN, SCHEDULE,
                                               SCHEDULE_HEADERS, SEMESTER_CONTROL, SEMESTER_HOURS, key_rows, normal,
                                               semester_field, value_key, value_words)
from desktop.exchange.print_setup import COUNT, PAGE_OF, fit_columns, print_ready
from desktop.exchange.sheet_reading import MAX_YEARS  # one bound for every reader of curricula

MAX_SEMESTERS = 10
DETAILS = tuple(DETAIL_LABELS.items())  # curriculum field, label
COLUMNS = (  # row field, header written, lower-case fragments a header typed by hand may contain
    ("id", COLUMN_HEADERS["id"], ("(id)", "кілт", "ключ")),
    ("section", COLUMN_HEADERS["section"], ("(section)", "бөлім", "раздел")),
    ("code", COLUMN_HEADERS["code"], ("(code)", "коды", "код", "индекс")),
    ("name_kk", COLUMN_HEADERS["name_kk"], ("name_kk", "қазақша", "на казахском")),
    ("name_ru", COLUMN_HEADERS["name_ru"], ("name_ru", "орысша", "на русском")),
    ("hours", COLUMN_HEADERS["hours"], ("(hours)", "сағат", "часы", "всего часов", "барлығы")),
    ("credits", COLUMN_HEADERS["credits"], ("credits", "кредит")),
    ("theory", COLUMN_HEADERS["theory"], ("theory", "теория")),
    ("practice", COLUMN_HEADERS["practice"], ("(practice)", "практикалық", "практические")),
    ("course_project", COLUMN_HEADERS["course_project"], ("course_project", "курстық", "курсов")),
    ("production", COLUMN_HEADERS["production"], ("production", "өндірістік", "производствен")),
    ("distance", COLUMN_HEADERS["distance"], ("distance", "қашықтан", "дистанц")),
    ("parent", COLUMN_HEADERS["parent"], ("(parent)",)),
    ("qualification", COLUMN_HEADERS["qualification"], ("(qualification)", "біліктілік", "квалификация")),
    ("subject", COLUMN_HEADERS["subject"], ("(subject)",)),
    ("basic_module", COLUMN_HEADERS["basic_module"], ("basic_module",)),
    ("merged_into", COLUMN_HEADERS["merged_into"], ("merged_into",)),
    ("justification", COLUMN_HEADERS["justification"], ("justification", "негіздеме", "обоснование")),
    ("exam_form", COLUMN_HEADERS["exam_form"], ("exam_form", "нысаны", "форма экзамена")),
)
CONTROL_WORDS = {
    "exam": Control.EXAM, "емтихан": Control.EXAM, "экзамен": Control.EXAM, "э": Control.EXAM,
    "test": Control.TEST, "сынақ": Control.TEST, "зачет": Control.TEST, "зачёт": Control.TEST, "с": Control.TEST,
    "graded_test": Control.GRADED_TEST, "сараланған сынақ": Control.GRADED_TEST,
    "дифференцированный зачет": Control.GRADED_TEST, "дифференцированный зачёт": Control.GRADED_TEST,
    "дифф. зачет": Control.GRADED_TEST, "дс": Control.GRADED_TEST,
}
INT_FIELDS = ("theory", "practice", "course_project", "production", "distance", "basic_module")
# Text cells and the most characters each may have: the database columns that store them (models/curriculum.py).
TEXT_FIELDS = {"code": 40, "name_kk": 600, "name_ru": 600, "parent": 40, "qualification": 12, "subject": 60,
               "merged_into": 40, "justification": 600}
DETAIL_LENGTHS = {"title": 300, "specialty": 8, "qualifications": 200, "entry_base": 10, "language": 2,
                  "study_form": 20, "rule_set": 100}
# Sane ranges, so that nothing absurd reaches the rules (which loop over the years) or the database.
INTAKE_YEARS = (1990, 2100)
MAX_CREDITS = 500
MAX_BASIC_MODULE = 99
MAX_HOURS_PER_WEEK = 60
MAX_KEY = 40  # row keys (models: row_key)


class CurriculumFileError(SheetFileError):
    """Every bad cell of a curriculum workbook."""


# --- writing ---------------------------------------------------------------------------------------

# Columns set by hand (the rest fit what they hold): column A also holds the details' labels, on two lines.
WIDTHS = {"A": 24, "C": 11, "D": 40, "E": 40, "R": 30}
# Sections, control forms and yes/no in words; the other cells hold what people type.
WORDS_OF = {"section": "section", "exam_form": "exam_form"}


def write_curriculum(path: Path, curriculum: Curriculum) -> None:
    """The curriculum as people read and print it: labels and headers in Kazakh and Russian, choices in words,
    A4 landscape fitted to the width with the header repeated; the program's keys on a hidden sheet (KEYS)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = MAIN
    bold = Font(bold=True)
    for name, label in DETAILS:
        value = getattr(curriculum, name)
        if name == "qualifications":
            value = " ".join(value)
        elif name in ("military", "cognate"):
            value = value_words("flag", bool(value))
        else:
            value = value_words(name, value)
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).font = bold
        sheet.cell(sheet.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[sheet.max_row].height = 27  # the label's two lines: Kazakh, then Russian
    sheet.append([])
    headers = [header for _, header, _ in COLUMNS]
    headers += [SEMESTER_HOURS.format(n=n) for n in range(1, MAX_SEMESTERS + 1)]
    headers += [SEMESTER_CONTROL.format(n=n) for n in range(1, MAX_SEMESTERS + 1)]
    sheet.append(headers)
    header_row = sheet.max_row
    for row in curriculum.rows:
        values = []
        for name, _, _ in COLUMNS:
            value = getattr(row, name)
            value = value.value if hasattr(value, "value") else value
            values.append(value_words(WORDS_OF[name], value) if name in WORDS_OF else value)
        by_semester = {load.semester: load for load in row.semesters}
        values += [by_semester[n].hours if n in by_semester else None for n in range(1, MAX_SEMESTERS + 1)]
        values += [value_words("control", by_semester[n].control.value)
                   if n in by_semester and by_semester[n].control else None for n in range(1, MAX_SEMESTERS + 1)]
        sheet.append(values)
    language = curriculum.language if curriculum.language in PAGE_OF else "kk"
    identity = " — ".join(str(part) for part in (curriculum.title, curriculum.specialty, curriculum.intake_year)
                          if part)
    hour_columns = [index for index, (name, _, _) in enumerate(COLUMNS, start=1)
                    if name in ("hours", "theory", "practice", "course_project", "production", "distance")]
    hour_columns += range(len(COLUMNS) + 1, len(COLUMNS) + MAX_SEMESTERS + 1)
    print_ready(sheet, language, identity, header_row=header_row, widths=WIDTHS,
                formats={get_column_letter(index): COUNT for index in hour_columns})
    sheet.print_title_rows = f"{header_row}:{header_row}"  # the header on every page, not the details above it
    sheet.freeze_panes = sheet.cell(header_row + 1, 4)  # the key, section and code stay in view
    schedule = workbook.create_sheet(SCHEDULE)
    schedule.append(list(SCHEDULE_HEADERS.values()))
    for year in curriculum.schedule:
        schedule.append([year.year, year.weeks, year.theory_hours_per_week])
    print_ready(schedule, language, identity, widths={"B": 60})
    keys = workbook.create_sheet(KEYS)
    keys.append(list(KEYS_HEADER))
    for line in key_rows(MAX_SEMESTERS):
        keys.append(list(line))
    fit_columns(keys)
    keys.sheet_state = "hidden"  # for the program; people read the words of the other sheets
    workbook.save(path)


# --- reading ---------------------------------------------------------------------------------------

_OWN_HEADERS = {normal(header): name for name, header, _ in COLUMNS}
_OWN_LABELS = {normal(label): name for name, label in DETAILS}


def _field_of(header: object, keys: dict | None = None) -> str | None:
    """The field a header stands for: by the keys sheet, our own headers, the words people type, or the key in
    brackets older workbooks wrote ("Сағат / Часы (hours)")."""
    text = normal(header)
    if not text:
        return None
    if keys and text in keys:
        return keys[text]
    if text in _OWN_HEADERS:
        return _OWN_HEADERS[text]
    if semester_field(header):
        return semester_field(header)
    for name, _, fragments in COLUMNS:
        if any(fragment in text for fragment in fragments):
            return name
    if text.endswith(")") and "(s" in text:
        return "S" + text.rsplit("(s", 1)[1].rstrip(")")
    if text.endswith(")") and "(c" in text:
        return "C" + text.rsplit("(c", 1)[1].rstrip(")")
    return None


def read_curriculum(path: Path, sheet: str | None = None) -> Curriculum:
    """The curriculum of a workbook (of the named sheet, or of the first sheet holding one); SheetFileError
    (CurriculumFileError for cells) names every problem. See curriculum_sheets for every sheet at once."""
    from desktop.exchange.curriculum_sheets import choose, read_sheets  # noqa: PLC0415

    return choose(read_sheets(path), sheet).reading.curriculum


def read_exchange_workbook(path: Path) -> Curriculum:
    """The curriculum of a workbook in this program's own layout (a sheet named MAIN, the week grid in
    SCHEDULE), also when typed by hand: header words in either language, "96с-4к" in the hours cells."""
    workbook = open_workbook(path)
    try:
        names = [sheet.title for sheet in workbook.worksheets]  # a chart sheet holds no cells and is passed over
        reader = _Reader(worksheet(workbook, MAIN), _keys(workbook, names).get(MAIN))
        curriculum = reader.read()
        if SCHEDULE in names:
            curriculum = reader.read_schedule(worksheet(workbook, SCHEDULE), curriculum)
        if reader.problems:
            raise CurriculumFileError(reader.problems)
        return curriculum
    finally:
        workbook.close()


def _keys(workbook, names: list[str]) -> dict[str, dict[str, str]]:
    """The keys sheet as {sheet: {label: key}}; empty for a workbook without one (older or typed by hand)."""
    if KEYS not in names:
        return {}
    found: dict[str, dict[str, str]] = {}
    for _, line in sheet_rows(worksheet(workbook, KEYS), min_row=2):
        sheet, label, key = (tuple(line) + (None,) * 3)[:3]
        if _text(sheet) and _text(label) and _text(key):
            found.setdefault(_text(sheet), {})[normal(label)] = _text(key)
    return found


class _Reader:
    def __init__(self, sheet, keys: dict | None = None):
        self.sheet = sheet
        self.keys = keys or {}
        self.problems: list[FieldProblem] = []

    def bad(self, field: str, code: str, row: int, column: int, **params) -> None:
        self.problems.append(FieldProblem(field, code, params, row, get_column_letter(column), self.sheet.title))

    def read(self) -> Curriculum:
        lines = sheet_rows(self.sheet)
        details, header_at = {}, None
        for index, (number, line) in enumerate(lines):
            fields_here = {_field_of(v, self.keys) for v in line}
            if {"code", "hours"} <= fields_here:
                header_at = index
                break
            if line and line[0]:
                name = self._detail_of(line[0])
                if name:
                    details[name] = (line[1] if len(line) > 1 else None, number)
        if header_at is None:
            self.problems.append(FieldProblem("header", "file.no_curriculum_header", {}, None, None, self.sheet.title))
            return Curriculum("", (), "", "")
        columns = {}
        for index, value in enumerate(lines[header_at][1], start=1):
            name = _field_of(value, self.keys)
            if name and name not in columns:
                columns[name] = index
        rows = [self._row(line, number, columns) for number, line in lines[header_at + 1:]
                if any(_text(v) for v in line)]
        rows = self._hang_outcomes([r for r in rows if r is not None])
        return self._curriculum(details, tuple(rows))

    def _detail_of(self, label: object) -> str | None:
        """The detail a label names: by the keys sheet, our own labels, or the key in brackets ("Атауы (title)")."""
        text = normal(label)
        name = self.keys.get(text) or _OWN_LABELS.get(text) or str(label).split("(")[-1].rstrip(")").strip()
        return name if name in DETAIL_LABELS else None

    def _curriculum(self, details: dict, rows: tuple[Row, ...]) -> Curriculum:
        def detail(name, default=""):
            value, line = details.get(name, (default, None))
            return value_key(name, value) if isinstance(value, str) else value, line

        values = {}
        for name, (low, high) in (("intake_year", INTAKE_YEARS), ("years", (1, MAX_YEARS))):
            value, line = detail(name, None)
            try:
                values[name] = cell_number(value, low, high)
            except BadCell as bad:
                self.problems.append(FieldProblem(name, bad.code, bad.params, line, "B", self.sheet.title))
                values[name] = low
        texts = {}
        for name, limit in DETAIL_LENGTHS.items():
            value, line = detail(name)
            try:
                texts[name] = cell_short_text(value, limit)
            except BadCell as bad:
                self.problems.append(FieldProblem(name, bad.code, bad.params, line, "B", self.sheet.title))
                texts[name] = ""
        yes = (True, 1, "1", "TRUE", "True", "иә", "да")
        # cognate is absent from workbooks written before it existed: not cognate
        military = value_key("flag", detail("military", False)[0])
        cognate = value_key("flag", detail("cognate", False)[0])
        return Curriculum(
            specialty=texts["specialty"], qualifications=tuple(texts["qualifications"].split()),
            entry_base=texts["entry_base"], language=texts["language"],
            study_form=texts["study_form"] or "full_time",
            intake_year=values["intake_year"], years=values["years"], rows=rows,
            military=military in yes, title=texts["title"], rule_set=texts["rule_set"], cognate=cognate in yes)

    def _row(self, line: tuple, number: int, columns: dict) -> Row | None:
        def cell(name):
            index = columns.get(name)
            return (line[index - 1] if index and index - 1 < len(line) else None), index

        values: dict = {}
        raw_code, _ = cell("code")
        code_text = _text(raw_code)
        prefix, digits = split_code(code_text)
        section_value, section_col = cell("section")
        if _text(section_value):
            values["section"] = self._choice(Section, "section", section_value, number, section_col)
            if values["section"] is None:
                return None
        elif section_of(prefix):
            values["section"] = section_of(prefix)
        else:
            self.bad("section", "file.no_section", number, columns.get("code", 1), value=code_text)
            return None
        hours_value, hours_col = cell("hours")
        parsed = parse_hours_credits(hours_value)
        if parsed is None:
            self.bad("hours", "file.bad_hours", number, hours_col or 1, value=_text(hours_value)[:60], limit=MAX_HOURS)
            return None
        values["hours"], written_credits = parsed
        credits_value, credits_col = cell("credits")
        if _text(credits_value):
            values["credits"] = self._number("credits", credits_value, number, credits_col, MAX_CREDITS, whole=False)
        elif written_credits is not None:
            values["credits"] = written_credits
        for name in INT_FIELDS:
            value, index = cell(name)
            if _text(value):
                high = MAX_BASIC_MODULE if name == "basic_module" else MAX_HOURS
                found = self._number(name, value, number, index, high)
                if found is not None:
                    values[name] = found
        for name, limit in TEXT_FIELDS.items():
            value, index = cell(name)
            try:
                text = cell_short_text(value, limit)
            except BadCell as bad:
                self.bad(name, bad.code, number, index, **bad.params)
                text = ""
            values[name] = text or ("" if name in ("code", "name_kk", "name_ru", "justification") else None)
        if prefix and not _text(cell("id")[0]):
            values["code"] = normal_code(prefix, digits)
        form_value, form_col = cell("exam_form")
        if _text(form_value):
            values["exam_form"] = self._choice(ExamForm, "exam_form", form_value, number, form_col)
        values["semesters"] = self._semesters(line, number, columns)
        key_value, key_col = cell("id")
        try:
            key = cell_short_text(key_value, MAX_KEY) or f"r{number}"
        except BadCell as bad:
            self.bad("id", bad.code, number, key_col, **bad.params)
            key = f"r{number}"
        values["_outcome"] = is_outcome(prefix)
        return _RowDraft(key, values)

    def _number(self, field: str, value: object, number: int, column: int, high: float, whole: bool = True):
        """A number from 0 to high, or None with the cell reported."""
        try:
            return cell_number(value, 0, high, whole)
        except BadCell as bad:
            self.bad(field, bad.code, number, column, **bad.params)
            return None

    def _choice(self, choices, field: str, value: object, number: int, column: int):
        """One of an enumeration's values, or None with the bad cell reported."""
        try:
            return choices(value_key(field, _text(value)))
        except ValueError:
            self.bad(field, "file.bad_choice", number, column, value=_text(value)[:60],
                     allowed=", ".join(c.value for c in choices))
            return None

    def _semesters(self, line: tuple, number: int, columns: dict) -> tuple[SemesterLoad, ...]:
        loads = []
        for semester in range(1, MAX_SEMESTERS + 1):
            hours_index, control_index = columns.get(f"S{semester}"), columns.get(f"C{semester}")
            hours_value = line[hours_index - 1] if hours_index and hours_index - 1 < len(line) else None
            control_value = line[control_index - 1] if control_index and control_index - 1 < len(line) else None
            if not _text(hours_value):
                continue
            parsed = parse_hours_credits(hours_value)
            if parsed is None:
                self.bad("semester_hours", "file.bad_hours", number, hours_index, value=_text(hours_value)[:60],
                         limit=MAX_HOURS)
                continue
            control = None
            if _text(control_value):
                control = CONTROL_WORDS.get(str(value_key("control", _text(control_value))).lower())
                if control is None:
                    self.bad("semester_control", "file.bad_choice", number, control_index,
                             value=_text(control_value)[:60], allowed="exam, test, graded_test")
            loads.append(SemesterLoad(semester, parsed[0], control))
        return tuple(loads)

    @staticmethod
    def _hang_outcomes(drafts: list) -> list[Row]:
        """Learning outcomes typed without a module key belong to the module written above them."""
        rows, module = [], None
        for draft in drafts:
            values = dict(draft.values)
            outcome = values.pop("_outcome")
            if values["section"] is Section.PROFESSIONAL and not outcome and not values.get("parent"):
                module = draft.key
            if outcome and not values.get("parent") and module:
                values["parent"] = module
            rows.append(Row(id=draft.key, **{k: v for k, v in values.items()
                                             if k in {f.name for f in fields(Row)}}))
        return rows

    def read_schedule(self, sheet, curriculum: Curriculum) -> Curriculum:
        years = []
        for number, line in sheet_rows(sheet, min_row=2):
            line = tuple(line) + (None,) * 3
            if not any(_text(v) for v in line):
                continue
            found = []
            for field, value, column, (low, high) in (("year", line[0], "A", (1, MAX_YEARS)),
                                                      ("hours_per_week", line[2], "C", (1, MAX_HOURS_PER_WEEK))):
                try:
                    found.append(36 if field == "hours_per_week" and not _text(value) else cell_number(value, low, high))
                except BadCell as bad:
                    self.problems.append(FieldProblem(field, bad.code, bad.params, number, column, sheet.title))
            try:
                weeks = cell_short_text(line[1], 60).upper()  # models: weeks String(60)
            except BadCell as bad:
                self.problems.append(FieldProblem("weeks", bad.code, bad.params, number, "B", sheet.title))
                continue
            if len(found) == 2:
                years.append(YearSchedule(found[0], weeks, found[1]))
        from dataclasses import replace  # noqa: PLC0415

        return replace(curriculum, schedule=tuple(years))


class _RowDraft:
    def __init__(self, key: str, values: dict):
        self.key, self.values = key, values
