"""A working curriculum as an Excel workbook, and back with nothing lost.

Sheet 1 holds the curriculum's details, then one row per curriculum row with its semester hours and
control forms; sheet 2 the week grid. The reader also takes what colleges type by hand: bilingual
headers in any order, "96с-4к" in the hours column, sections known from codes (ЖБП/ООД, БМ, КМ/ПМ,
ОН/РО), outcomes hung on the module above them. Every bad cell is reported; nothing half-read is returned.
"""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.domain.curriculum import Control, Curriculum, ExamForm, Row, SemesterLoad, Section, YearSchedule
from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import cell_text as _text
from desktop.domain.sheet_text import is_outcome, normal_code, parse_hours_credits, section_of, split_code

MAX_SEMESTERS = 10
MAIN, SCHEDULE = "Жоспар-План", "Кесте-График"
DETAILS = (  # curriculum field, label
    ("title", "Атауы / Наименование (title)"),
    ("specialty", "Мамандық / Специальность (specialty)"),
    ("qualifications", "Біліктіліктер / Квалификации (qualifications)"),
    ("entry_base", "Білім базасы / База образования (entry_base)"),
    ("language", "Оқыту тілі / Язык обучения (language)"),
    ("study_form", "Оқу нысаны / Форма обучения (study_form)"),
    ("intake_year", "Қабылдау жылы / Год приёма (intake_year)"),
    ("years", "Оқу жылдары / Лет обучения (years)"),
    ("military", "Әскери мамандық / Военная специальность (military)"),
    ("rule_set", "Ережелер жинағы / Свод правил (rule_set)"),
)
COLUMNS = (  # row field, header written, lower-case fragments a header typed by hand may contain
    ("id", "Кілт / Ключ (id)", ("(id)", "кілт", "ключ")),
    ("section", "Бөлім / Раздел (section)", ("(section)", "бөлім", "раздел")),
    ("code", "Коды / Код (code)", ("(code)", "коды", "код", "индекс")),
    ("name_kk", "Атауы қазақша / Наименование на казахском (name_kk)", ("name_kk", "қазақша", "на казахском")),
    ("name_ru", "Атауы орысша / Наименование на русском (name_ru)", ("name_ru", "орысша", "на русском")),
    ("hours", "Сағат / Часы (hours)", ("(hours)", "сағат", "часы", "всего часов", "барлығы")),
    ("credits", "Кредит (credits)", ("credits", "кредит")),
    ("theory", "Теория (theory)", ("theory", "теория")),
    ("practice", "Зертханалық-практикалық / Лабораторно-практические (practice)", ("(practice)", "практикалық", "практические")),
    ("course_project", "Курстық жоба / Курсовой проект (course_project)", ("course_project", "курстық", "курсов")),
    ("production", "Өндірістік оқыту / Производственное обучение (production)", ("production", "өндірістік", "производствен")),
    ("distance", "Қашықтан / Дистанционно (distance)", ("distance", "қашықтан", "дистанц")),
    ("parent", "Модуль (parent)", ("(parent)",)),
    ("qualification", "Біліктілік / Квалификация (qualification)", ("(qualification)", "біліктілік", "квалификация")),
    ("subject", "Пән / Предмет (subject)", ("(subject)",)),
    ("basic_module", "БМ № (basic_module)", ("basic_module",)),
    ("merged_into", "Біріктірілген / Объединён с (merged_into)", ("merged_into",)),
    ("justification", "Негіздеме / Обоснование (justification)", ("justification", "негіздеме", "обоснование")),
    ("exam_form", "Емтихан нысаны / Форма экзамена (exam_form)", ("exam_form", "нысаны", "форма экзамена")),
)
CONTROL_WORDS = {
    "exam": Control.EXAM, "емтихан": Control.EXAM, "экзамен": Control.EXAM, "э": Control.EXAM,
    "test": Control.TEST, "сынақ": Control.TEST, "зачет": Control.TEST, "зачёт": Control.TEST, "с": Control.TEST,
    "graded_test": Control.GRADED_TEST, "сараланған сынақ": Control.GRADED_TEST,
    "дифференцированный зачет": Control.GRADED_TEST, "дифференцированный зачёт": Control.GRADED_TEST,
    "дифф. зачет": Control.GRADED_TEST, "дс": Control.GRADED_TEST,
}
INT_FIELDS = ("theory", "practice", "course_project", "production", "distance", "basic_module")
TEXT_FIELDS = ("code", "name_kk", "name_ru", "parent", "qualification", "subject", "merged_into", "justification")


class CurriculumFileError(Exception):
    def __init__(self, problems: list[FieldProblem]):
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


# --- writing ---------------------------------------------------------------------------------------

def write_curriculum(path: Path, curriculum: Curriculum) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = MAIN
    bold = Font(bold=True)
    for name, label in DETAILS:
        value = getattr(curriculum, name)
        if name == "qualifications":
            value = " ".join(value)
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).font = bold
    sheet.append([])
    headers = [header for _, header, _ in COLUMNS]
    headers += [f"{n} сем. (S{n})" for n in range(1, MAX_SEMESTERS + 1)]
    headers += [f"{n} сем. бақылау / контроль (C{n})" for n in range(1, MAX_SEMESTERS + 1)]
    sheet.append(headers)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in curriculum.rows:
        values = []
        for name, _, _ in COLUMNS:
            value = getattr(row, name)
            values.append(value.value if hasattr(value, "value") else value)
        by_semester = {load.semester: load for load in row.semesters}
        values += [by_semester[n].hours if n in by_semester else None for n in range(1, MAX_SEMESTERS + 1)]
        values += [by_semester[n].control.value if n in by_semester and by_semester[n].control else None
                   for n in range(1, MAX_SEMESTERS + 1)]
        sheet.append(values)
    widths = {"name_kk": 50, "name_ru": 50, "code": 10, "justification": 30}
    for index, (name, _, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(name, 12)
    sheet.freeze_panes = sheet.cell(header_row + 1, 4)
    schedule = workbook.create_sheet(SCHEDULE)
    schedule.append(["Курс (year)", "Апталар / Недели (weeks)", "Сағат/апта / Часов в неделю (hours_per_week)"])
    for year in curriculum.schedule:
        schedule.append([year.year, year.weeks, year.theory_hours_per_week])
    schedule.column_dimensions["B"].width = 60
    workbook.save(path)


# --- reading ---------------------------------------------------------------------------------------

def _field_of(header: object) -> str | None:
    text = str(header or "").strip().lower()
    if not text:
        return None
    for name, _, fragments in COLUMNS:
        if any(fragment in text for fragment in fragments):
            return name
    if text.endswith(")") and "(s" in text:
        return "S" + text.rsplit("(s", 1)[1].rstrip(")")
    if text.endswith(")") and "(c" in text:
        return "C" + text.rsplit("(c", 1)[1].rstrip(")")
    return None


def read_curriculum(path: Path) -> Curriculum:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        if MAIN not in workbook.sheetnames:
            found = _college_sheet(path)
            if found is not None:
                return found
        reader = _Reader(workbook[MAIN] if MAIN in workbook.sheetnames else workbook.worksheets[0])
        curriculum = reader.read()
        if SCHEDULE in workbook.sheetnames:
            curriculum = reader.read_schedule(workbook[SCHEDULE], curriculum)
        if reader.problems:
            raise CurriculumFileError(reader.problems)
        return curriculum
    finally:
        workbook.close()


def _college_sheet(path: Path) -> Curriculum | None:
    """The first sheet laid out across its columns, as colleges keep summary sheets (see college_sheet)."""
    import json  # noqa: PLC0415

    from desktop.domain.ruleset import RuleSet  # noqa: PLC0415
    from desktop.exchange.college_sheet import read_college_sheet  # noqa: PLC0415
    from desktop.paths import resource_path  # noqa: PLC0415

    rules = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))
    workbook = load_workbook(path, data_only=True)  # merged cells are known only outside read-only mode
    try:
        for sheet in workbook.worksheets:
            curriculum = read_college_sheet(sheet, rules.subject_key)
            if curriculum is not None and curriculum.rows:
                return curriculum
        return None
    finally:
        workbook.close()


class _Reader:
    def __init__(self, sheet):
        self.sheet = sheet
        self.problems: list[FieldProblem] = []

    def bad(self, field: str, code: str, row: int, column: int, **params) -> None:
        self.problems.append(FieldProblem(field, code, params, row, get_column_letter(column), self.sheet.title))

    def read(self) -> Curriculum:
        lines = list(self.sheet.iter_rows(values_only=True))
        details, header_at = {}, None
        labels = {label.split("(")[-1].rstrip(")"): name for name, label in DETAILS}
        for number, line in enumerate(lines, start=1):
            fields_here = {_field_of(v) for v in line}
            if {"code", "hours"} <= fields_here:
                header_at = number
                break
            if line and line[0]:
                key = str(line[0]).split("(")[-1].rstrip(")").strip()
                if key in labels:
                    details[labels[key]] = (line[1] if len(line) > 1 else None, number)
        if header_at is None:
            self.problems.append(FieldProblem("header", "file.no_curriculum_header", {}, None, None, self.sheet.title))
            return Curriculum("", (), "", "")
        columns = {}
        for index, value in enumerate(lines[header_at - 1], start=1):
            name = _field_of(value)
            if name and name not in columns:
                columns[name] = index
        rows = [self._row(line, number, columns) for number, line in enumerate(lines[header_at:], start=header_at + 1)
                if any(_text(v) for v in line)]
        rows = self._hang_outcomes([r for r in rows if r is not None])
        return self._curriculum(details, tuple(rows))

    def _curriculum(self, details: dict, rows: tuple[Row, ...]) -> Curriculum:
        def detail(name, default=""):
            return details.get(name, (default, None))

        values = {}
        for name, kind in (("intake_year", int), ("years", int)):
            value, line = detail(name, None)
            try:
                values[name] = int(value)
            except (TypeError, ValueError):
                self.problems.append(FieldProblem(name, "file.not_a_number", {"value": _text(value)}, line, "B",
                                                  self.sheet.title))
                values[name] = 0
        military, _ = detail("military", False)
        return Curriculum(
            specialty=_text(detail("specialty")[0]), qualifications=tuple(_text(detail("qualifications")[0]).split()),
            entry_base=_text(detail("entry_base")[0]), language=_text(detail("language")[0]),
            study_form=_text(detail("study_form", "full_time")[0]) or "full_time",
            intake_year=values["intake_year"], years=values["years"], rows=rows,
            military=military in (True, 1, "1", "TRUE", "True", "иә", "да"), title=_text(detail("title")[0]),
            rule_set=_text(detail("rule_set")[0]))

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
            self.bad("hours", "file.bad_hours", number, hours_col or 1, value=_text(hours_value))
            return None
        values["hours"], written_credits = parsed
        credits_value, credits_col = cell("credits")
        if _text(credits_value):
            try:
                values["credits"] = float(_text(credits_value).replace(",", "."))
            except ValueError:
                self.bad("credits", "file.not_a_number", number, credits_col, value=_text(credits_value))
        elif written_credits is not None:
            values["credits"] = written_credits
        for name in INT_FIELDS:
            value, index = cell(name)
            if _text(value):
                try:
                    values[name] = int(float(_text(value).replace(",", ".")))
                except ValueError:
                    self.bad(name, "file.not_a_number", number, index, value=_text(value))
        for name in TEXT_FIELDS:
            value, _ = cell(name)
            values[name] = _text(value) or ("" if name in ("code", "name_kk", "name_ru", "justification") else None)
        if prefix and not _text(cell("id")[0]):
            values["code"] = normal_code(prefix, digits)
        form_value, form_col = cell("exam_form")
        if _text(form_value):
            values["exam_form"] = self._choice(ExamForm, "exam_form", form_value, number, form_col)
        values["semesters"] = self._semesters(line, number, columns)
        key = _text(cell("id")[0]) or f"r{number}"
        values["_outcome"] = is_outcome(prefix)
        return _RowDraft(key, values)

    def _choice(self, choices, field: str, value: object, number: int, column: int):
        """One of an enumeration's values, or None with the bad cell reported."""
        try:
            return choices(_text(value))
        except ValueError:
            self.bad(field, "file.bad_choice", number, column, value=_text(value),
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
                self.bad(f"S{semester}", "file.bad_hours", number, hours_index, value=_text(hours_value))
                continue
            control = None
            if _text(control_value):
                control = CONTROL_WORDS.get(_text(control_value).lower())
                if control is None:
                    self.bad(f"C{semester}", "file.bad_choice", number, control_index, value=_text(control_value),
                             allowed="exam, test, graded_test")
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
        for number, line in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
            if not any(_text(v) for v in line):
                continue
            try:
                year, per_week = int(line[0]), int(line[2]) if len(line) > 2 and line[2] is not None else 36
            except (TypeError, ValueError):
                self.problems.append(FieldProblem("year", "file.not_a_number", {"value": _text(line[0])}, number, "A",
                                                  sheet.title))
                continue
            years.append(YearSchedule(year, _text(line[1]).upper(), per_week))
        from dataclasses import replace  # noqa: PLC0415

        return replace(curriculum, schedule=tuple(years))


class _RowDraft:
    def __init__(self, key: str, values: dict):
        self.key, self.values = key, values
