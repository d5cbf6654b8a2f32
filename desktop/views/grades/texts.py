"""Words of the final-grade screens, and the grade and diploma services' message codes made known to the window's
catalogue (views.messages lists only the older areas' codes: until it lists services.grade_texts and the grading
scale's, they are added here on import, never overriding a code it has)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain.grading import GRADING_MESSAGES
from desktop.services.grade_texts import MESSAGES as GRADE_MESSAGES
from desktop.views import messages

# The pass/fail words a hint names, in the interface language only: a Russian hint said «сынақ» (the grid
# still takes either language's words, and + or -).
PASS_WORDS = {"kk": "сынақ / сынақ емес", "ru": "зачтено / не зачтено"}


def pass_words() -> str:
    from desktop.views.i18n import current_language  # noqa: PLC0415

    return PASS_WORDS.get(current_language(), "сынақ / зачтено")


# A value's own problem put after the cell it is in (the services' messages of a value name neither)
CELL_MESSAGES = {"grade.cell": QT_TRANSLATE_NOOP("Messages", "{student}, {row}: {problem}")}
for _code, _text in (*GRADING_MESSAGES.items(), *GRADE_MESSAGES.items(), *CELL_MESSAGES.items()):
    messages.MESSAGES.setdefault(_code, _text)
try:  # the grade sheet reader's codes (its import dialog shows them)
    from desktop.exchange.grade_sheet import GRADE_SHEET_MESSAGES

    for _code, _text in GRADE_SHEET_MESSAGES.items():
        messages.MESSAGES.setdefault(_code, _text)
except ImportError:  # pragma: no cover - the reader is optional for the grid
    pass

FIELDS = {
    "grade": QT_TRANSLATE_NOOP("Fields", "Grade"),
    "bands": QT_TRANSLATE_NOOP("Fields", "Grading scale"),
    "traditional": QT_TRANSLATE_NOOP("Fields", "Traditional grade"),
    "series": QT_TRANSLATE_NOOP("Fields", "Series"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "registration_number": QT_TRANSLATE_NOOP("Fields", "Registration number"),
    "issued_on": QT_TRANSLATE_NOOP("Fields", "Date of issue"),
    "spoiled_reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "student": QT_TRANSLATE_NOOP("Fields", "Student"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Document"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
}
for _name, _text in FIELDS.items():
    messages.FIELDS.setdefault(_name, _text)

WORDS = {
    "diploma": QT_TRANSLATE_NOOP("GradeWords", "diploma"),
    "supplement": QT_TRANSLATE_NOOP("GradeWords", "supplement"),
    "issued": QT_TRANSLATE_NOOP("GradeWords", "issued"),
    "spoiled": QT_TRANSLATE_NOOP("GradeWords", "spoiled"),
    "kk": QT_TRANSLATE_NOOP("GradeWords", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("GradeWords", "Russian"),
}


def word(key: str) -> str:
    return QCoreApplication.translate("GradeWords", WORDS[key]) if key in WORDS else key


def problem_line(problem, params: dict | None = None) -> str:
    """A grade problem as one line (the message names the student and the row); `params` replace its own."""
    return messages.message(problem.code, params if params is not None else problem.params)


def cell_problems(error, names: dict | None = None):
    """The service's refusal with each problem naming its cell: a value's own message ("“abc” is not a percent")
    says neither the student nor the row, so it is put after them (grade.cell); `names` give each row (by key) as
    the interface writes it."""
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    problems = []
    for problem in error.problems:
        params = dict(problem.params)
        if names and params.get("row_key") in names:
            params["row"] = names[params["row_key"]]
        template = messages.MESSAGES.get(problem.code, "")
        if "student" in params and "{student}" not in template:
            params = {"student": params["student"], "row": params.get("row", ""),
                      "problem": messages.message(problem.code, params)}
            problems.append(type(problem)(problem.field, "grade.cell", params, problem.row, problem.column,
                                          problem.sheet))
        else:
            problems.append(type(problem)(problem.field, problem.code, params, problem.row, problem.column,
                                          problem.sheet))
    return ValidationFailed(problems)
