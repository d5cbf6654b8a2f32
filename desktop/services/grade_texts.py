"""The English source texts of the final-grade and diploma services' message codes and of `zhospar-cli diploma`.

The window's catalogues (desktop/views/messages.py and views/*/texts.py) and the command line's (cli_texts reads
the dictionaries named MESSAGES and CLI_WORDS of the files it lists) take them from here once this file is listed
among them; until then cli_diploma looks them up here itself, and their translations come from the .ts files.
"""
from desktop.domain.problems import QT_TRANSLATE_NOOP

MESSAGES = {
    "grade.no_curriculum": QT_TRANSLATE_NOOP("Messages", "the group {group} has no curriculum: choose its curriculum on the Groups tab first"),
    "grade.not_in_group": QT_TRANSLATE_NOOP("Messages", "{student} is not a student of the group {group}"),
    "grade.row_not_graded": QT_TRANSLATE_NOOP("Messages", "{student}, {row}: this row of the curriculum takes no grade"),
    "grade.expected_pass_fail": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a pass or a fail: this row is graded сынақ / зачтено or not"),
    "grade.missing": QT_TRANSLATE_NOOP("Messages", "{student}: no grade for {row}"),
    "grade.not_in_plan": QT_TRANSLATE_NOOP("Messages", "{student}: a grade for {row}, which is not a graded row of the group's curriculum"),
    "grade.failing": QT_TRANSLATE_NOOP("Messages", "{student}: a failing grade ({value}) for {row}"),
    "grade.percent_on_pass_fail": QT_TRANSLATE_NOOP("Messages", "{student}, {row}: a percent is kept for a row the curriculum grades сынақ / зачтено"),
    "grade.pass_fail_on_percent": QT_TRANSLATE_NOOP("Messages", "{student}, {row}: a pass or fail is kept for a row the curriculum grades by percent"),
    "grade.no_hours": QT_TRANSLATE_NOOP("Messages", "{student}, {row}: the curriculum gives this row no hours"),
    "grade.unmatched_student": QT_TRANSLATE_NOOP("Messages", "{student} (row {line} of the sheet) is not a student of the group {group}"),
    "grade.ambiguous_student": QT_TRANSLATE_NOOP("Messages", "{student} (row {line} of the sheet) matches more than one student of the group"),
    "grade.student_twice": QT_TRANSLATE_NOOP("Messages", "{student} is on the sheet twice (rows {first} and {line})"),
    "grade.unmatched_item": QT_TRANSLATE_NOOP("Messages", "the sheet's column “{item}” matches no row of the group's curriculum"),
    "grade.uncovered_row": QT_TRANSLATE_NOOP("Messages", "no column of the sheet grades {row}"),
    "grade.not_on_sheet": QT_TRANSLATE_NOOP("Messages", "{student} of the group is not on the sheet"),
    "diploma.bad_kind": QT_TRANSLATE_NOOP("Messages", "“{value}” is neither a diploma nor a supplement"),
    "diploma.bad_language": QT_TRANSLATE_NOOP("Messages", "a supplement's copy is in Kazakh or Russian, not “{value}”"),
    "diploma.number_issued": QT_TRANSLATE_NOOP("Messages", "the blank {series} № {number} is issued already: a number is never used twice"),
    "diploma.number_spoiled": QT_TRANSLATE_NOOP("Messages", "the blank {series} № {number} was spoiled: its number is never used again"),
    "diploma.bad_number": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a blank number: digits are expected"),
    "diploma.registration_used": QT_TRANSLATE_NOOP("Messages", "the registration number {value} is already given to {series} № {number}"),
    "diploma.not_issued": QT_TRANSLATE_NOOP("Messages", "the blank {series} № {number} is spoiled already"),
    "diploma.no_student": QT_TRANSLATE_NOOP("Messages", "there is no such student"),
    "diploma.not_reconciled": QT_TRANSLATE_NOOP("Messages", "{student}: the supplement cannot print while {count} problems of the grades remain (see the grade check)"),
}

FIELDS = {
    "grade": QT_TRANSLATE_NOOP("Fields", "Grade"),
    "bands": QT_TRANSLATE_NOOP("Fields", "Grade bands"),  # the grading scale's problems (domain.grading)
    "traditional": QT_TRANSLATE_NOOP("Fields", "Traditional grade"),
    "student": QT_TRANSLATE_NOOP("Fields", "Student"),
    "item": QT_TRANSLATE_NOOP("Fields", "Column of the sheet"),
    "series": QT_TRANSLATE_NOOP("Fields", "Series"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "registration_number": QT_TRANSLATE_NOOP("Fields", "Registration number"),
    "issued_on": QT_TRANSLATE_NOOP("Fields", "Date of issue"),
    "spoiled_reason": QT_TRANSLATE_NOOP("Fields", "Why the blank is spoiled"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Document"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "curriculum": QT_TRANSLATE_NOOP("Fields", "Curriculum"),
}

CLI_WORDS = {
    "diploma_clean": QT_TRANSLATE_NOOP("Cli", "{student}: ready to print ({graded} grades)"),
    "diploma_problems": QT_TRANSLATE_NOOP("Cli", "{student}: {count} to fix before printing"),
    "diploma_checked": QT_TRANSLATE_NOOP("Cli", "{group}: {ready} of {total} students ready to print"),
    "diploma_printed": QT_TRANSLATE_NOOP("Cli", "{count} files written to {folder}"),
    "diploma_no_group": QT_TRANSLATE_NOOP("Cli", "there is no group {group}"),
}
