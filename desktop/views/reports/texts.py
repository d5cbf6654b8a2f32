"""Words of the Reports screens: the indicators, graduates' statuses, the columns of the records behind a figure."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP

from desktop.views.exams.texts import EXAM_CHOICES, exam_choice
from desktop.views.table_model import display

TITLES = {
    "employment": QT_TRANSLATE_NOOP("Indicators", "State-order graduates employed in the first year"),
    "dual_coverage": QT_TRANSLATE_NOOP("Indicators", "State-order students covered by dual training"),
    "demo_exams": QT_TRANSLATE_NOOP("Indicators", "The college holds demonstration exams"),
    "inclusive": QT_TRANSLATE_NOOP("Indicators", "Conditions for inclusive education"),
    "kazakh_textbooks": QT_TRANSLATE_NOOP("Indicators", "Provision with Kazakh-language textbooks"),
    "teacher_upgrade": QT_TRANSLATE_NOOP("Indicators", "Teachers whose last upgrade is over 3 years old"),
}
STATUS_TEXTS = {
    "employed_in_specialty": QT_TRANSLATE_NOOP("Indicators", "employed in the specialty"),
    "employed_outside": QT_TRANSLATE_NOOP("Indicators", "employed outside the specialty"),
    "further_study": QT_TRANSLATE_NOOP("Indicators", "further study"),
    "military": QT_TRANSLATE_NOOP("Indicators", "military service"),
    "parental_leave": QT_TRANSLATE_NOOP("Indicators", "parental leave"),
    "not_employed": QT_TRANSLATE_NOOP("Indicators", "not employed"),
    "unknown": QT_TRANSLATE_NOOP("Indicators", "unknown"),
    "confirmed": QT_TRANSLATE_NOOP("Indicators", "confirmed by records"),
    "self_reported": QT_TRANSLATE_NOOP("Indicators", "self-reported"),
    "has_ramps": QT_TRANSLATE_NOOP("Indicators", "ramps"),
    "has_light_signals": QT_TRANSLATE_NOOP("Indicators", "light signals"),
    "has_call_button": QT_TRANSLATE_NOOP("Indicators", "call button"),
    "has_sanitary_unit": QT_TRANSLATE_NOOP("Indicators", "adapted sanitary unit"),
}
COLUMNS = {
    "graduate": QT_TRANSLATE_NOOP("Indicators", "Graduate"),
    "group": QT_TRANSLATE_NOOP("Indicators", "Group"),
    "state_order": QT_TRANSLATE_NOOP("Indicators", "State order"),
    "status": QT_TRANSLATE_NOOP("Indicators", "Status"),
    "date": QT_TRANSLATE_NOOP("Indicators", "Date"),
    "employer": QT_TRANSLATE_NOOP("Indicators", "Employer"),
    "evidence": QT_TRANSLATE_NOOP("Indicators", "Evidence"),
    "student": QT_TRANSLATE_NOOP("Indicators", "Student"),
    "covered": QT_TRANSLATE_NOOP("Indicators", "Under a dual contract"),
    "contract": QT_TRANSLATE_NOOP("Indicators", "Contract"),
    "kind": QT_TRANSLATE_NOOP("Indicators", "Kind"),
    "form": QT_TRANSLATE_NOOP("Indicators", "Form"),
    "qualification": QT_TRANSLATE_NOOP("Indicators", "Qualification"),
    "condition": QT_TRANSLATE_NOOP("Indicators", "Condition"),
    "present": QT_TRANSLATE_NOOP("Indicators", "In place"),
    "year": QT_TRANSLATE_NOOP("Indicators", "Year"),
    "textbooks": QT_TRANSLATE_NOOP("Indicators", "Textbooks"),
    "kazakh_textbooks": QT_TRANSLATE_NOOP("Indicators", "In Kazakh"),
    "teacher": QT_TRANSLATE_NOOP("Indicators", "Teacher"),
    "last_upgrade": QT_TRANSLATE_NOOP("Indicators", "Last qualification upgrade"),
    "overdue": QT_TRANSLATE_NOOP("Indicators", "Over 3 years ago"),
    "iin": QT_TRANSLATE_NOOP("Indicators", "IIN"),
    "counted": QT_TRANSLATE_NOOP("Indicators", "Counted as employed"),
    "continuing": QT_TRANSLATE_NOOP("Indicators", "Continuing / not available for work"),
    "assessed": QT_TRANSLATE_NOOP("Indicators", "Candidates assessed"),
    "counted_held": QT_TRANSLATE_NOOP("Indicators", "Counted as held"),
}
# which reading of the employment indicator the figure uses (State Program 2020-2025, indicator 4)
EMPLOYMENT_READING = QT_TRANSLATE_NOOP(
    "Indicators", "The employment indicator counts graduates employed in the first year after graduation, of all "
                  "state-order graduates; further study, military service and parental leave are shown apart.")

MESSAGES = {
    "report.not_a_graduate": QT_TRANSLATE_NOOP("Messages", "{name} has not graduated: employment is recorded for graduates"),
    "report.bad_counts": QT_TRANSLATE_NOOP("Messages", "{kazakh} Kazakh-language textbooks cannot be more than all {total}"),
    "report.before_graduation": QT_TRANSLATE_NOOP("Messages", "is before the graduation on {date}"),
    "report.after_first_year": QT_TRANSLATE_NOOP("Messages", "is after {date}: the indicator counts the first year after graduation"),
    "report.not_a_graduate_of": QT_TRANSLATE_NOOP("Messages", "{iin} is not the IIN of a graduate of {year}"),
    "report.twice": QT_TRANSLATE_NOOP("Messages", "{iin} is on the sheet twice"),
    "report.year_taken": QT_TRANSLATE_NOOP("Messages", "the count of {year} was just saved elsewhere; open the list again"),
}
FIELDS = {
    "on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "kazakh_textbooks": QT_TRANSLATE_NOOP("Fields", "Textbooks in Kazakh"),
}


YES = QT_TRANSLATE_NOOP("Indicators", "yes")


def t(text: str) -> str:
    return QCoreApplication.translate("Indicators", text)


def word(value) -> str:
    """A stored value as the user reads it: a status, a choice, a date, a yes/no."""
    if isinstance(value, bool):
        return t(YES) if value else ""  # a word: the shipped font has no ✓
    if isinstance(value, str) and value in STATUS_TEXTS:
        return t(STATUS_TEXTS[value])
    if isinstance(value, str) and value in EXAM_CHOICES:
        return exam_choice(value)
    return display(value)  # dates as dd.mm.yyyy, nothing as empty


def percent(value: float | None, digits: int | None = 1) -> str:
    """«63,6%» in Kazakh and Russian, «63.6%» in English: the locale's decimal sign; `digits` None: as few as
    needed («60%», «92,5%»)."""
    if value is None:
        return "—"
    if digits is None:
        digits = 0 if float(value).is_integer() else len(f"{value:g}".partition(".")[2])
    return QLocale().toString(float(value), "f", digits) + "%"


def percent_text(figure) -> str:
    if figure is None:
        return "—"
    share = percent(figure.percent)
    return f"{share} ({figure.numerator} / {figure.denominator})"


def continuing_text(figure) -> str:
    """The graduates beside the employment figure: continuing / not available for work, count and share."""
    if figure is None or figure.key != "employment":
        return ""
    share = percent(figure.continuing_percent)
    return QCoreApplication.translate("Indicators", "continuing / not available for work: {count} ({share})").format(
        count=figure.continuing, share=share)
