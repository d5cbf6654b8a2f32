"""Words of the hours-taught tab: the months as its columns write them and as a message names them
(the message codes of the workbook and of a refused cell are in services.load_texts and exchange.load_actual_xlsx,
which views.messages merges)."""
from __future__ import annotations

from datetime import date

from desktop.reports.load_labels import MONTHS_SHORT
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


