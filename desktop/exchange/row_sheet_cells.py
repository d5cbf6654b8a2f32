"""The cells of a plan row typed in rows (row_sheet): its hours ("72 / 3", "144(6)"), credits, theory and practice,
its hours by semester (hours a week times the weeks when the header says so) and its controls put on them."""
from __future__ import annotations

from desktop.domain.curriculum import Control
from desktop.domain.sheet_text import MAX_HOURS
from desktop.exchange.cells import BadCell, cell_number, cell_text
from desktop.exchange.curriculum_xlsx import MAX_CREDITS, TEXT_FIELDS
from desktop.exchange.row_sheet_header import QUALIFICATION
from desktop.exchange.row_sheet_words import SEMESTER_NUMBER, control_pieces, hours_of

INT_FIELDS = ("theory", "practice", "course_project", "production", "distance")


class CellReader:
    """Mixed into the row reader, which holds grid, header and bad()."""

    def _hours(self, line: int, name: str) -> tuple[int | None, float | None]:
        column = self.header.columns.get("hours")
        value = self.grid.value(line, column)
        if not cell_text(value):
            return None, None
        parsed = hours_of(value)
        if parsed is None:
            self.bad("hours", "file.bad_hours", line, column, value=cell_text(value)[:60], limit=MAX_HOURS)
            return None, None
        return parsed

    def _values(self, line: int) -> dict:
        values: dict = {}
        columns = self.header.columns
        if cell_text(self.grid.value(line, columns.get("credits"))):
            found = self._number("credits", line, columns["credits"], MAX_CREDITS, whole=False)
            if found is not None:
                values["credits"] = found
        for name in INT_FIELDS:
            if cell_text(self.grid.value(line, columns.get(name))):
                found = self._number(name, line, columns[name], MAX_HOURS)
                if found is not None:
                    values[name] = found
        qualification = cell_text(self.grid.value(line, columns.get("qualification")))
        if QUALIFICATION.fullmatch(qualification):
            values["qualification"] = qualification
        if cell_text(self.grid.value(line, columns.get("justification"))):
            values["justification"] = cell_text(self.grid.value(line, columns["justification"]))[
                :TEXT_FIELDS["justification"]]
        return values

    def _number(self, name: str, line: int, column: int, high: float, whole: bool = True):
        try:
            return cell_number(self.grid.value(line, column), 0, high, whole)
        except BadCell as bad:
            self.bad(name, bad.code, line, column, **bad.params)
            return None

    def _loads(self, line: int) -> dict:
        loads = {}
        for semester, column in sorted(self.header.semesters.items()):
            value = self.grid.value(line, column)
            if not cell_text(value):
                continue
            weeks = self.header.weeks.get(semester)
            parsed = hours_of(value, weeks)
            if parsed is None:
                self.bad("semester_hours", "file.bad_hours", line, column, value=cell_text(value)[:60], limit=MAX_HOURS)
            elif parsed[0]:
                loads[semester] = [parsed[0], None]
        return loads

    def _controls(self, line: int, loads: dict) -> None:
        """The controls of a row put on its semesters: "емтихан" alone on the last semester with hours,
        "экзамен 2" / "Э-2" on semester 2; split columns (exams, tests) hold the semester numbers."""
        found: list[tuple[Control, list[int], int, str]] = []
        column = self.header.control
        for kind, semesters, piece in control_pieces(cell_text(self.grid.value(line, column))):
            if kind is None:
                self.bad("semester_control", "file.bad_choice", line, column, value=piece[:60],
                         allowed="емтихан/экзамен, сынақ/зачет, сараланған сынақ/дифф. зачет")
            else:
                found.append((kind, semesters, column, piece))
        for split_column, kind in self.header.split_controls.items():
            value = cell_text(self.grid.value(line, split_column))
            if value:  # "2", "1, 3"; a mark ("+") without a number: the last semester
                found.append((kind, [int(n) for n in SEMESTER_NUMBER.findall(value)], split_column, value))
        for kind, semesters, where, written in found:
            if not semesters and loads:
                semesters = [max(loads)]
            for semester in semesters:
                if semester in loads:
                    loads[semester][1] = kind
                elif loads:  # a control where the row has no hours: the sheet contradicts itself
                    self.bad("semester_control", "file.control_without_hours", line, where, value=written[:60],
                             semester=semester)
