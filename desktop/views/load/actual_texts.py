"""Words of the hours-taught tab: the months as its columns write them, the load components, a teacher's short name
(the message codes of the workbook and of a refused cell are in services.load_texts and exchange.load_actual_xlsx,
which views.messages merges)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.reports.load_labels import MONTHS_SHORT
from desktop.services.load_texts import COMPONENTS
from desktop.views.i18n import current_language


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
