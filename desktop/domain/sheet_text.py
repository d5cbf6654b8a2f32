"""How colleges write curricula in their own sheets: "96с-4к" for hours and credits, section codes in
Kazakh or Russian ("ЖБП 00", "ООД", "БМ 1.", "КМ 04", "ПМ 3", "ОН 1.1", "РО 2.3", "Ф 00")."""
from __future__ import annotations

import re

from desktop.domain.curriculum import Section

# "96с-4к", "216 с-9к", "36с-1,5к", "96 сағ - 4 кр", "96ч-4кр": hours with с/сағ/ч, credits with к/кр.
_HOURS_CREDITS = re.compile(
    r"^\s*(?P<hours>\d+)\s*(?:с|сағ|ч|час|h)?\.?\s*[-–/]\s*(?P<credits>\d+(?:[.,]\d+)?)\s*(?:к|кр|кредит|cr)?\.?\s*$",
    re.IGNORECASE)
_HOURS_ONLY = re.compile(r"^\s*(?P<hours>\d+)\s*(?:с|сағ|ч|час|h)?\.?\s*$", re.IGNORECASE)

# Code prefixes, Kazakh and Russian, and the section each opens.
_PREFIXES = (
    (("ЖБП", "ООД", "ЖБ"), Section.GENERAL),
    (("БМ",), Section.BASIC),
    (("КМ", "ПМ"), Section.PROFESSIONAL),
    (("ОН", "РО"), Section.PROFESSIONAL),
    (("КП", "ӨО", "ПП", "ПО"), Section.PRACTICE),
    (("АА", "ПА", "БЕ", "КЭ"), Section.INTERMEDIATE),
    (("ҚА", "ИА"), Section.FINAL),
    (("К", "КОНС"), Section.CONSULTATIONS),
    (("Ф",), Section.ELECTIVES),
)
_CODE = re.compile(r"^\s*(?P<prefix>[А-ЯӘҒҚҢӨҰҮҺІA-Z]{1,4})\s*(?P<number>\d+(?:[.,]\s*\d+)?)?\.?", re.IGNORECASE)


def parse_hours_credits(text: object) -> tuple[int, float | None] | None:
    """(hours, credits or None) from "96с-4к", "36с-1,5к", "120" or a number; None when it is neither."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, (int, float)):
        return (int(text), None) if float(text).is_integer() and text >= 0 else None
    value = str(text).strip()
    match = _HOURS_CREDITS.match(value)
    if match:
        return int(match["hours"]), float(match["credits"].replace(",", "."))
    match = _HOURS_ONLY.match(value)
    if match:
        return int(match["hours"]), None
    return None


def split_code(text: str) -> tuple[str, str]:
    """("ОН", "1.1") from "ОН 1.1 Бизнестің...", ("БМ", "1") from "БМ 1.", ("", "") when no code starts it."""
    match = _CODE.match(text.replace("\n", " "))
    if not match:
        return "", ""
    return match["prefix"].upper(), (match["number"] or "").replace(",", ".").replace(" ", "")


def is_outcome(prefix: str) -> bool:
    return prefix in ("ОН", "РО")


def section_of(prefix: str) -> Section | None:
    for prefixes, section in _PREFIXES:
        if prefix in prefixes:
            return section
    return None


def normal_code(prefix: str, number: str) -> str:
    """Codes as this program writes them: Kazakh prefixes, "КМ 04" and "КМ 4" both "КМ 04"."""
    kazakh = {"ООД": "ЖБП", "ПМ": "КМ", "РО": "ОН", "ИА": "ҚА", "ПА": "АА"}.get(prefix, prefix)
    if number and "." not in number and kazakh in ("КМ", "ЖБП", "Ф"):
        number = f"{int(number):02d}"
    return f"{kazakh} {number}".strip()
