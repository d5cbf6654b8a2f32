"""A working curriculum as colleges type it: one row per subject, module, learning outcome or practice, under a
title block and a header (row_sheet_header). Section rows ("Базалық модульдер") set the section of the rows
under them; subtotal and "Барлығы / Итого" rows are checked against the rows they sum and never read as rows;
codes are taken from the code column or the start of the name ("БМ 1", "КМ 04", "ОН 1.1", "ООД 01").

Nothing is guessed silently: a cell that cannot be read, or a subtotal that does not add up, is a problem, and
the caller refuses the sheet while there are any.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from openpyxl.utils import get_column_letter

from desktop.domain.curriculum import Curriculum, Row, SemesterLoad, Section
from desktop.domain.problems import FieldProblem
from desktop.domain.sheet_text import is_outcome, normal_code, section_of
from desktop.exchange.cells import cell_text
from desktop.exchange.curriculum_xlsx import TEXT_FIELDS
from desktop.exchange.row_sheet_cells import CellReader
from desktop.exchange.row_sheet_header import (QUALIFICATION, SPECIALTY, Grid, Header, find_header,
                                               is_russian_only, specialty_of, split_names, title_block, title_page)
from desktop.exchange.row_sheet_words import (ASIDE, DEFAULT_CODE, EXAM_FORMS, EXAM_WORDS, MANDATORY, MODULE_IN_TEXT,
                                              GROUP, MODULE_PRACTICE, MODULE_TOTAL, MODULES, QUALIFYING_EXAM, TALLY,
                                              TOTAL,
                                              academic_year, code_of,
                                              heading_of, intake_written, section_in, strip_code, study_length,
                                              subject_of)
from desktop.exchange.sheet_reading import SheetReading, year_range, years_for_hours



@dataclass
class _Draft:
    key: str
    line: int
    section: Section
    code: str
    name_kk: str
    name_ru: str
    hours: int | None
    values: dict = field(default_factory=dict)
    loads: dict = field(default_factory=dict)  # semester -> [hours, control]
    parent: str | None = None
    module: bool = False
    heading: bool = False  # a section row read as a row, nothing being under it ("Қорытынды аттестаттау 72")


@dataclass
class _Heading:
    line: int
    section: Section
    draft: _Draft  # what the row says, should no rows follow it (then it is a row itself)
    written: int | None
    block: list = field(default_factory=list)


def read_row_sheet(sheet, file_name: str, subject_key) -> SheetReading | None:
    """The curriculum of a sheet written in rows, or None when no header row of such a plan is found."""
    grid = Grid(sheet)
    header = find_header(grid)
    if header is None:
        return None
    reader = _Reader(sheet.title, grid, header, subject_key)
    reader.title_page = title_page(sheet)
    return reader.read(file_name)


class _Reader(CellReader):
    def __init__(self, title: str, grid: Grid, header: Header, subject_key):
        self.title, self.grid, self.header, self.subject_key = title, grid, header, subject_key
        self.problems: list[FieldProblem] = []
        self.drafts: list[_Draft] = []
        self.section: Section | None = None
        self.module: _Draft | None = None
        self.heading: _Heading | None = None
        self.block: list[_Draft] = []  # rows since the last section row or total
        self.qualification: str | None = None  # "3W06130102 ..." written over the modules that teach it
        self.bare_totals: list[tuple] = []
        self.group: _Heading | None = None  # a group of subjects inside a section, with its sum
        self.title_page = ""  # checked at the end, once it is known whether rows follow them

    def bad(self, field_name: str, code: str, line: int, column: int | None, **params) -> None:
        self.problems.append(FieldProblem(field_name, code, params, line,
                                          get_column_letter(column) if column else None, self.title))

    # --- the rows -----------------------------------------------------------------------------------

    def read(self, file_name: str) -> SheetReading:
        names = []
        for line in [n for n in self.grid.numbers if n >= self.header.data_from]:
            name = self._name_text(line)
            names.append(name)
            if name:
                self._line(line, name)
        self._close_heading()
        for module in [d for d in self.drafts if d.module and d.hours is not None]:
            rows = [d for d in self.drafts if d.parent == module.key]
            if rows:  # "КМ 01 360" over outcomes of 180 and 120: the module says one thing, its rows another
                self._check(module.line, f"{module.code} {module.name_kk}", module.hours, [_sum(rows, self.drafts)])
        for at, name, written, block, grand, rows_before in self.bare_totals:
            subtotal = block is not None and len(self.drafts) > rows_before
            self._check(at, name, written, ([block] if subtotal else []) + grand)
        if self.header.weekly_unknown:  # hours a week, but how many weeks the semester has is written nowhere
            self.bad("semester_hours", "file.weekly_without_weeks", self.header.first, self.header.weekly_unknown[0])
        if all(d.heading for d in self.drafts):
            self.drafts = []  # "Базовые модули 480", "Профессиональные модули 2400" alone: a summary, not a plan
        if not self.drafts:
            self.bad("rows", "file.no_plan_rows", self.header.first, self.header.columns.get("name"),
                     header=self.header.first)
        return self._reading(file_name, names)

    def _name_text(self, line: int) -> str:
        columns = self.header.columns
        if "name_kk" not in columns and "name_ru" not in columns:
            name = cell_text(self.grid.own(line, columns.get("name")))
            index = cell_text(self.grid.own(line, columns.get("code")))
            if not name and len(index) > 12 and not code_of(index, any_case=True)[0]:
                return index  # a section row typed in the code column and left there, not merged over the name
            return name
        kk, ru = (cell_text(self.grid.own(line, columns.get(n))) for n in ("name_kk", "name_ru"))
        return " / ".join(dict.fromkeys(t for t in (kk, ru) if t))

    def _line(self, line: int, name: str) -> None:
        if name.isdigit() or ASIDE.match(name):
            return
        code_text = cell_text(self.grid.own(line, self.header.columns.get("code")))
        prefix, number = code_of(code_text, any_case=True) if code_text else ("", "")
        bare = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?", code_text)
        if bare and self._module_open() and self.module.code == normal_code("КМ", bare.group(1)):
            prefix, number = "ОН", f"{int(bare.group(1))}.{int(bare.group(2))}"  # "1.1" under КМ 01: its outcome
        in_name = code_of(name)
        if not prefix and in_name[0]:
            prefix, number = in_name
        if not prefix and TALLY.search(name) and not cell_text(self.grid.value(line, self.header.columns.get("hours"))):
            return
        folded = " ".join(name.casefold().split())
        if TOTAL.search(folded.split(" / ")[0]) or TOTAL.search(folded):
            self._total(line, name, folded)
            return
        found = QUALIFICATION.search(name)
        if found and not prefix and not cell_text(self.grid.value(line, self.header.columns.get("hours"))):
            self.qualification = found.group(1)  # a row naming the qualification of the modules under it
            return
        heading = heading_of(folded, start=True)
        if heading is not None and (not prefix or (number.strip("0") == "" and section_of(prefix) is heading)) \
                and not any(word in folded for word in EXAM_WORDS) and not subject_of([name], self.subject_key):
            self._open_heading(line, name, heading)
            return
        if not prefix and self.section is Section.GENERAL and GROUP.search(folded) \
                and not any(word in folded for word in EXAM_WORDS) and not subject_of([name], self.subject_key) \
                and cell_text(self.grid.value(line, self.header.columns.get("hours"))):
            self._open_group(line, name)  # "Профильные дисциплины 192" over the subjects it sums
            return
        draft = self._draft(line, name, prefix, number)
        if draft is not None:
            home = self._home(draft)
            if self.group is not None and home is not self.group.section:
                self._close_group()
            if self.heading is not None and home is not self.heading.section:
                self._close_heading()  # "КМ 01" under "Жалпы білім беретін пәндер 480": that section has ended
            self._add(draft)

    def _add(self, draft: _Draft) -> None:
        self.drafts.append(draft)
        self.block.append(draft)
        for above in (self.heading, self.group):
            if above is not None:
                above.block.append(draft)

    def _open_group(self, line: int, name: str) -> None:
        self._close_group()
        draft = self._draft(line, name, "", "")
        self.group = _Heading(line, self.section, draft, draft.hours) if draft is not None else None

    def _close_group(self) -> None:
        """A group of subjects within a section ("Базовые дисциплины", "Бейіндік пәндер"): checked against its
        rows like a subtotal; with none under it, a row itself."""
        group, self.group = self.group, None
        if group is None:
            return
        if group.block:
            self._check(group.line, group.draft.name_kk, group.written, [_sum(group.block, self.drafts)])
        else:
            self._add(group.draft)

    def _draft(self, line: int, name: str, prefix: str, number: str) -> _Draft | None:
        kk, ru = (strip_code(n) for n in split_names(name))
        hours, credits = self._hours(line, name)
        values = self._values(line)
        if credits is not None and "credits" not in values:
            values["credits"] = credits
        loads = self._loads(line)
        self._controls(line, loads)
        if hours is None and loads:
            hours = sum(h for h, _ in loads.values())
        key = f"r{line}"
        section = section_of(prefix) if prefix else None
        lowered = name.casefold()
        qualifying = any(word in lowered for word in QUALIFYING_EXAM)
        if prefix in MODULES and (self.section in (Section.INTERMEDIATE, Section.FINAL) or qualifying
                                   or re.match(r"\s*\S+\s*[\d.]+\s*[,;]", name)):
            prefix, number, section = "", "", None  # "КМ 02, КМ 03 бойынша кешенді емтихан": an exam row
        if prefix in MODULES and number and "." not in number:
            draft = _Draft(key, line, section, normal_code(prefix, number), kk, ru, hours, values, loads, module=True)
            if prefix == "БМ":
                draft.values["basic_module"] = int(number)
            elif not draft.values.get("qualification"):
                found = QUALIFICATION.search(name)
                draft.values["qualification"] = found.group(1) if found else self.qualification
            self.module, self.section = draft, section
            return draft
        if hours is None:
            if prefix:  # a coded row with no hours is a row lost, not a note
                self.bad("hours", "file.no_hours", line, self.header.columns.get("hours"), value=name[:60])
            return None
        parent, code = None, normal_code(prefix, number) if prefix and section else ""
        if is_outcome(prefix):
            parent = self.module.key if self.module else None
            section = self.module.section if self.module else Section.PROFESSIONAL
        elif section is None:
            named = MODULE_IN_TEXT.search(name)
            module = self._module_named(named) if named else None
            home = module or (self.module if self._module_open() else None)
            practice = any(word in lowered for word in MODULE_PRACTICE)
            if qualifying:  # "Квалификационный экзамен по ПМ 01" with no section row over it
                section = Section.INTERMEDIATE
            elif practice and (module or (home is not None and self._holds(home, hours))):
                section, parent, code = Section.PRACTICE, home.key, "КП"  # named, or within the module's hours
            elif practice and self.section in (None, Section.BASIC, Section.PROFESSIONAL):
                # practice typed after the modules, under no section row: a practice row of its own
                section, code, self.section, self.module = Section.PRACTICE, "КП", Section.PRACTICE, None
            elif self.section is not None:
                section = self.section
                if self.module is not None and self.module.section is section:
                    parent = self.module.key
            elif subject_of((kk, ru, name), self.subject_key):
                section = self.section = Section.GENERAL  # the subjects after it are general education too
            else:
                self.bad("section", "file.no_section", line, self.header.columns.get("code")
                         or self.header.columns.get("name"), value=name[:60])
                return None
        else:
            self.module, self.section = None, section
        draft = _Draft(key, line, section, code, kk, ru, hours, values, loads, parent)
        if section is Section.GENERAL:
            draft.values["subject"] = subject_of((kk, ru, name), self.subject_key)
        if section in (Section.INTERMEDIATE, Section.PROFESSIONAL) and not draft.values.get("qualification"):
            found = QUALIFICATION.search(name)
            named = MODULE_IN_TEXT.search(name)  # "КМ 01 бойынша біліктілік емтиханы": that module's
            module = next((d for d in self.drafts if d.key == parent), None) or (
                self._module_named(named) if named else None)
            draft.values["qualification"] = found.group(1) if found else (
                module.values.get("qualification") if module else None)
        if section is Section.INTERMEDIATE and draft.values.get("qualification"):
            draft.values["exam_form"] = next((form for words, form in EXAM_FORMS if any(w in lowered for w in words)),
                                             None)
        return draft

    def _home(self, draft: _Draft) -> Section:
        """The section a row counts in: practice inside a module counts with the module."""
        parent = next((d for d in reversed(self.drafts) if d.key == draft.parent), None) if draft.parent else None
        return parent.section if parent else draft.section

    def _holds(self, module: _Draft, hours: int | None) -> bool:
        """Whether a module's written hours leave room for one more row: a module of 264 hours with no rows
        under it does not hold the 288 hours of production training typed after it."""
        if module.hours is None or hours is None:
            return True
        return sum(d.hours or 0 for d in self.drafts if d.parent == module.key) + hours <= module.hours

    def _module_open(self) -> bool:
        return self.module is not None and self.module.section is Section.PROFESSIONAL

    def _module_named(self, match) -> _Draft | None:
        code = normal_code(match.group(1), match.group(2))
        return next((d for d in reversed(self.drafts) if d.module and d.code == code), None)

    # --- sections and totals ------------------------------------------------------------------------

    def _open_heading(self, line: int, name: str, section: Section) -> None:
        self._close_group()
        self._close_heading()
        hours, credits = self._hours(line, name)
        kk, ru = (strip_code(n) for n in split_names(name))
        values = self._values(line)
        if credits is not None and "credits" not in values:
            values["credits"] = credits
        loads = self._loads(line)
        self._controls(line, loads)
        draft = _Draft(f"r{line}", line, section, DEFAULT_CODE.get(section, ""), kk, ru, hours, values, loads)
        self.heading = _Heading(line, section, draft, hours)
        self.section, self.module, self.block = section, None, []

    def _close_heading(self) -> None:
        self._close_group()
        heading, self.heading = self.heading, None
        if heading is None:
            return
        if heading.block:
            if heading.written is not None:
                self._check(heading.line, heading.draft.name_kk, heading.written, [_sum(heading.block, self.drafts)])
        elif heading.written:  # "Қорытынды аттестаттау 72" with nothing under it: a row of the plan
            heading.draft.heading = True
            self.drafts.append(heading.draft)

    def _total(self, line: int, name: str, folded: str) -> None:
        written, _ = self._hours(line, name)
        named = heading_of(folded) or section_in(folded)
        self._close_heading()  # a total ends the section it follows
        if written is not None:
            everything = _sum(self.drafts, self.drafts)
            mandatory = _sum([d for d in self.drafts if d.section not in (Section.ELECTIVES, Section.CONSULTATIONS)],
                             self.drafts)
            without_electives = _sum([d for d in self.drafts if d.section is not Section.ELECTIVES], self.drafts)
            module = self._module_totalled(name)
            if module is not None:  # "Итого по ПМ 01": that module's rows, not every professional one
                sums = [_sum([d for d in self.drafts if module.key in (d.key, d.parent)], self.drafts)]
            elif named is not None:
                home = {d.key: d.section for d in self.drafts}  # practice in a module counts with the module
                sums = [_sum([d for d in self.drafts if home.get(d.parent, d.section) is named], self.drafts)]
            elif any(word in folded for word in MANDATORY):
                sums = [mandatory, without_electives]
            else:  # "Барлығы" alone: a section's subtotal when rows follow it, the plan's total when none do
                block = _sum(self.block, self.drafts) if self.block and len(self.block) < len(self.drafts) else None
                self.bare_totals.append((line, split_names(name)[0], written, block,
                                         [everything, mandatory, without_electives], len(self.drafts)))
                sums = []
            if sums:
                self._check(line, split_names(name)[0], written, sums)
        self.block, self.module = [], None

    def _module_totalled(self, name: str) -> _Draft | None:
        found = MODULE_TOTAL.search(name.upper())
        if not found:
            return None
        code = normal_code(found.group(1), found.group(2))
        return next((d for d in reversed(self.drafts) if d.module and d.code == code), None)

    def _check(self, line: int, name: str, written: int, sums: list[int]) -> None:
        if written not in sums:
            self.bad("hours", "file.subtotal_mismatch", line, self.header.columns.get("hours"), name=name[:80],
                     written=written, sum=sums[0])

    # --- the curriculum -----------------------------------------------------------------------------

    def _reading(self, file_name: str, names: list[str]) -> SheetReading:
        title_text = title_block(self.grid, self.header)
        if not SPECIALTY.search(title_text) and self.title_page:
            title_text = f"{self.title_page} {title_text}"  # the title page on the sheet before the table
        self._one_qualification(set(QUALIFICATION.findall(title_text)))
        rows = self._rows()
        source, found = "sheet", year_range(f"{title_text} {self.title}")
        if found and academic_year(title_text, found) and (study_length(title_text) or 1) > 1:
            found = None  # "2024-2025 оқу жылына арналған" a plan of several years: the year it is for, not the intake
        if found is None:
            source, found = "file_name", year_range(file_name or "")
        if found is None:
            source = ""
        intake = intake_written(title_text)
        if intake is not None and 1990 <= intake <= 2100:
            source = "sheet"
        else:
            intake = found[0] if found else None
        mandatory = sum(r.hours for r in _leaves(rows) if r.section not in (Section.ELECTIVES, Section.CONSULTATIONS))
        years = study_length(title_text) or (found[1] - found[0] if found else
                                             years_for_hours(mandatory))
        specialty, title = specialty_of(title_text)
        codes = QUALIFICATION.findall(title_text) + [r.qualification for r in rows if r.qualification]
        order = {"W": 0, "S": 1, "A": 2}  # worker qualifications first, as Curriculum keeps them
        qualifications = tuple(sorted(dict.fromkeys(codes), key=lambda q: order.get(q[1], 3)))
        title = title or self.title
        russian = is_russian_only(self.header.texts + names)
        curriculum = Curriculum(
            specialty, qualifications, "9" if any(r.section is Section.GENERAL for r in rows) else "11",
            "ru" if russian else "kk", intake_year=intake or date.today().year, years=years,
            rows=tuple(rows), title=title[:300])
        return SheetReading(curriculum, source, tuple(sorted(self.problems, key=lambda p: p.row or 0)))

    def _one_qualification(self, written: set[str]) -> None:
        """A plan whose title names one qualification teaches it in every professional module and examines it
        in every qualification exam ("Квалификационный экзамен по ПМ 01"), whatever the rows leave unsaid."""
        if len(written) != 1 or any(d.values.get("qualification") not in (None, *written) for d in self.drafts):
            return
        code = next(iter(written))
        for draft in self.drafts:
            lowered = f"{draft.name_kk} {draft.name_ru}".casefold()
            exam = draft.section is Section.INTERMEDIATE and (
                any(word in lowered for word in QUALIFYING_EXAM) or MODULE_IN_TEXT.search(draft.name_kk))
            if (draft.section is Section.PROFESSIONAL or exam) and not draft.values.get("qualification"):
                draft.values["qualification"] = code
                if exam and not draft.values.get("exam_form"):
                    draft.values["exam_form"] = next((form for words, form in EXAM_FORMS
                                                      if any(w in lowered for w in words)), None)

    def _rows(self) -> list[Row]:
        children: dict[str, int] = {}
        for draft in self.drafts:
            if draft.parent:
                children[draft.parent] = children.get(draft.parent, 0) + (draft.hours or 0)
        used = {d.code for d in self.drafts}
        numbers = (f"ЖБП {n:02d}" for n in range(1, 10_000) if f"ЖБП {n:02d}" not in used)
        rows = []
        for draft in self.drafts:
            general = draft.section is Section.GENERAL and not draft.code
            code = next(numbers) if general else draft.code or DEFAULT_CODE.get(draft.section, "")
            hours = draft.hours
            if hours is None:  # a module written without its hours: its rows' sum
                hours = children.get(draft.key, 0)
            if draft.key not in children and draft.module and draft.hours is None:
                self.bad("hours", "file.no_hours", draft.line, self.header.columns.get("hours"), value=draft.name_kk[:60])
            loads = tuple(SemesterLoad(s, h, c) for s, (h, c) in sorted(draft.loads.items()))
            rows.append(Row(draft.key, draft.section, code[:TEXT_FIELDS["code"]], draft.name_kk[:600],
                            draft.name_ru[:600], hours, semesters=loads, parent=draft.parent, **draft.values))
        return rows


def _sum(drafts: list[_Draft], everything: list[_Draft]) -> int:
    """The hours of the rows that carry their own: a module with rows under it counts through them."""
    parents = {d.parent for d in everything if d.parent}
    return sum(d.hours or 0 for d in drafts if d.key not in parents)


def _leaves(rows: list[Row]) -> list[Row]:
    parents = {r.parent for r in rows if r.parent}
    return [r for r in rows if r.id not in parents]
