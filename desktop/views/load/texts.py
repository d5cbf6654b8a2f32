"""Words of the teacher-load page that several of its tabs share: the load components, a teacher's short name, the
status against the norm, and the academic years offered."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.services.load_texts import COMPONENTS
from desktop.views.i18n import current_language


def component_name(component: str) -> str:
    return QCoreApplication.translate("LoadComponents", COMPONENTS.get(component, component))


def short_name(full_name: str) -> str:
    """"Иванова Айгүл Бекқызы" as a load table writes it, "Иванова А.Б.": three teacher columns fit 1366 pixels."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return parts[0] + " " + "".join(f"{part[0]}." for part in parts[1:3])


def hours(value, language: str | None = None) -> str:
    """Hours or rates as Kazakhstan writes them, a decimal comma (a point in the English interface), no ",00" on
    whole numbers."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return str(int(number))
    text = format(number.normalize(), "f")
    return text.replace(".", ",") if (language or current_language()) in ("kk", "ru") else text


def rate_text(value, language: str | None = None) -> str:
    return hours(Decimal(value).quantize(Decimal("0.01")), language)


def current_year(today: date | None = None) -> int:
    """The academic year under way (from September); from March the next year's distribution is the work at hand,
    but the current one stays the default: its actual hours are still being entered."""
    today = today or date.today()
    return today.year if today.month >= 9 else today.year - 1


def year_label(year: int) -> str:
    return f"{year}–{year + 1}"


def status_words(status: str, balance) -> str:
    if status == "over":
        return QCoreApplication.translate("LoadStatus", "over the norm by {hours} h").format(hours=hours(balance))
    if status == "under":
        return QCoreApplication.translate("LoadStatus", "under the norm by {hours} h").format(hours=hours(-balance))
    return QCoreApplication.translate("LoadStatus", "at the norm")



def limit_words(limit: str | None) -> str:
    """A year beyond the rule set's limits on rates (services.teacher_load.TeacherSummary.limit), in words."""
    from desktop.services.teacher_load import current_norms  # noqa: PLC0415

    figures = current_norms().figures
    if limit == "above_max":
        return QCoreApplication.translate("LoadStatus", "more than {rates} rates").format(
            rates=hours(figures["max_rates"].value))
    if limit == "below_min":
        return QCoreApplication.translate("LoadStatus", "less than {rates} rate").format(
            rates=hours(figures["min_rates"].value))
    return ""
