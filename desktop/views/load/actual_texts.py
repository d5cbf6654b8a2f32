"""Words of the hours-taught tab: the months as its columns write them, the load components, a teacher's short name,
and the message codes of the hours-taught workbook and of a refused cell, made known to the window's catalogue
(views.messages lists the load services' codes; the workbook's are added here on import, never overriding one)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.exchange.load_actual_xlsx import LOAD_ACTUAL_MESSAGES
from desktop.reports.load_labels import MONTHS_SHORT
from desktop.services.load_texts import COMPONENTS
from desktop.views import messages
from desktop.views.i18n import current_language

# A value's own problem put after the cell it is in: "Row 3 (26ПО-11к ЖБП 01), October 2026: ..."
CELL_MESSAGES = {
    "load.cell": QT_TRANSLATE_NOOP("Messages", "{cell}: {problem}"),
    "load.cell_hours": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number of hours: a whole number from 0 to {limit} is expected"),
}
for _code, _text in (*LOAD_ACTUAL_MESSAGES.items(), *CELL_MESSAGES.items()):
    messages.MESSAGES.setdefault(_code, _text)

FIELDS = {
    "group": QT_TRANSLATE_NOOP("Fields", "Group"),
    "component": QT_TRANSLATE_NOOP("Fields", "Kind of load"),
    "semester": QT_TRANSLATE_NOOP("Fields", "Semester"),
}
for _name, _text in FIELDS.items():
    messages.FIELDS.setdefault(_name, _text)

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_FULL = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
           "желтоқсан"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
           "декабрь"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def month_short(month: date) -> str:
    """The month's column title in the interface language ("Қыр", "Окт", "Nov"): data, not a translated text."""
    language = current_language()
    names = MONTHS_SHORT.get(language, MONTHS_EN)
    return names[month.month - 1].capitalize()


def month_name(month: date) -> str:
    """"қазан 2026", "октябрь 2026", "October 2026"."""
    names = MONTHS_FULL.get(current_language(), MONTHS_FULL["en"])
    return f"{names[month.month - 1]} {month.year}"


def component_name(component: str) -> str:
    return QCoreApplication.translate("LoadComponents", COMPONENTS.get(component, component))


def short_name(full_name: str) -> str:
    """"Иванова Айгүл Бекқызы" as a narrow column writes it, "Иванова А.Б."."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return parts[0] + " " + "".join(f"{part[0]}." for part in parts[1:3])
