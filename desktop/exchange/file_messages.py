"""The sentences of the workbook readers' message codes (files that cannot be read, cells refused), marked for
Qt's lupdate like the views' catalogues: the window shows them through desktop.views.messages, the command line
through desktop.cli_texts, both translated from i18n/zhospar_{kk,ru,en}.ts (contexts "Messages" and "Fields").

PySide6 is not imported here (the readers and the command line run without Qt): QT_TRANSLATE_NOOP below is the
same no-op, under the name lupdate looks for.
"""
from __future__ import annotations

from desktop.domain.problems import QT_TRANSLATE_NOOP




FILE_MESSAGES = {
    "file.not_found": QT_TRANSLATE_NOOP("Messages", "the file {path} does not exist"),
    "file.is_folder": QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a file"),
    "file.no_access": QT_TRANSLATE_NOOP("Messages", "you may not read {path}: copy the file or ask the administrator for access"),
    "file.no_folder": QT_TRANSLATE_NOOP("Messages", "the folder {path} does not exist: create it or choose another"),
    "file.not_workbook": QT_TRANSLATE_NOOP("Messages", "the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx and try again"),
    "file.damaged": QT_TRANSLATE_NOOP("Messages", "the workbook is damaged and cannot be read: open it in Excel, save it again and try again"),
    "file.too_large": QT_TRANSLATE_NOOP("Messages", "the workbook is too large to read (at most {limit} MB unpacked and {rows} rows): delete the unused rows and columns"),
    "file.no_sheet": QT_TRANSLATE_NOOP("Messages", "the workbook has no sheet with cells (a chart sheet cannot be read)"),
    "file.not_a_number": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number"),
    "file.not_whole": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a whole number"),
    "file.out_of_range": QT_TRANSLATE_NOOP("Messages", "“{value}” is out of range: a number from {low} to {high} is expected"),
    "file.too_long": QT_TRANSLATE_NOOP("Messages", "has {length} characters, more than the {limit} that fit"),
    "file.bad_hours": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number of hours: write 96, or hours and credits as 96с-4к (at most {limit} hours)"),
    "file.bad_choice": QT_TRANSLATE_NOOP("Messages", "“{value}” is not one of: {allowed}"),
    "file.no_section": QT_TRANSLATE_NOOP("Messages", "the section of “{value}” is not known: fill in the section column or start the code with ЖБП, БМ, КМ, ОН, КП, АА, ҚА, К or Ф"),
    "file.no_curriculum_header": QT_TRANSLATE_NOOP("Messages", "no header row of a curriculum (with the columns code and hours) was found"),
    "file.subtotal_mismatch": QT_TRANSLATE_NOOP("Messages", "the subtotal “{name}” says {written} hours but its rows add up to {sum}: correct the subtotal or the rows above it"),
    "file.no_hours": QT_TRANSLATE_NOOP("Messages", "“{value}” has no hours: write them in the hours column or in its semesters"),
    "file.no_plan_rows": QT_TRANSLATE_NOOP("Messages", "the header of a curriculum is on row {header}, but no row under it has a subject, module or outcome with hours"),
    "file.control_without_hours": QT_TRANSLATE_NOOP("Messages", "the control “{value}” falls in semester {semester}, where the row has no hours: write the semester in which the row is taught"),
    "file.unplaceable_sheet": QT_TRANSLATE_NOOP("Messages", "the sheet “{sheet}” holds no curriculum that can be read: a header row naming the index (code), name and hours columns over a row for each subject, module or outcome was expected, or a summary sheet with a column for each subject over a row of hours (96 or 96с-4к)"),
    "file.no_such_sheet": QT_TRANSLATE_NOOP("Messages", "the workbook has no sheet “{sheet}”; its sheets are: {sheets}"),
    "file.weekly_without_weeks": QT_TRANSLATE_NOOP("Messages", "the semester columns hold hours a week, but the weeks of each semester are not written under them: write the weeks under each semester (17 апта / 17 нед.) or the semester's hours instead"),
    "file.intake_year_unknown": QT_TRANSLATE_NOOP("Messages", "the intake year of the sheet “{sheet}” is written neither on the sheet nor in the file name: give it (a year from {low} to {high})"),
    "curriculum.duplicate_row": QT_TRANSLATE_NOOP("Messages", "the key {row} is used by more than one row"),
    "curriculum.unknown_parent": QT_TRANSLATE_NOOP("Messages", "row {row} belongs to {parent}, which is not in the curriculum"),
    "curriculum.negative_hours": QT_TRANSLATE_NOOP("Messages", "row {row} has fewer than 0 hours"),
}

FILE_FIELDS = {
    "section": QT_TRANSLATE_NOOP("Fields", "Section"),
    "credits": QT_TRANSLATE_NOOP("Fields", "Credits"),
    "theory": QT_TRANSLATE_NOOP("Fields", "Theory"),
    "practice": QT_TRANSLATE_NOOP("Fields", "Laboratory and practical lessons"),
    "course_project": QT_TRANSLATE_NOOP("Fields", "Course project"),
    "production": QT_TRANSLATE_NOOP("Fields", "Production training"),
    "distance": QT_TRANSLATE_NOOP("Fields", "At a distance"),
    "basic_module": QT_TRANSLATE_NOOP("Fields", "Basic module number"),
    "exam_form": QT_TRANSLATE_NOOP("Fields", "Form of the exam"),
    "years": QT_TRANSLATE_NOOP("Fields", "Years of study"),
    "weeks": QT_TRANSLATE_NOOP("Fields", "Weeks"),
    "hours_per_week": QT_TRANSLATE_NOOP("Fields", "Hours a week"),
    "semester_hours": QT_TRANSLATE_NOOP("Fields", "Hours in the semester"),
    "semester_control": QT_TRANSLATE_NOOP("Fields", "Control in the semester"),
    "rows": QT_TRANSLATE_NOOP("Fields", "Rows"),
    "parent": QT_TRANSLATE_NOOP("Fields", "Module"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "merged_into": QT_TRANSLATE_NOOP("Fields", "Merged into"),
    "justification": QT_TRANSLATE_NOOP("Fields", "Justification"),
    "qualifications": QT_TRANSLATE_NOOP("Fields", "Qualifications"),
    "entry_base": QT_TRANSLATE_NOOP("Fields", "Entry base"),
    "rule_set": QT_TRANSLATE_NOOP("Fields", "Rule set"),
    "sheet": QT_TRANSLATE_NOOP("Fields", "Sheet"),
}
