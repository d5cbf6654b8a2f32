"""How colleges write curricula in their own sheets: "96с-4к" for hours and credits, section codes in
Kazakh or Russian ("ЖБП 00", "ООД", "БМ 1.", "КМ 04", "ПМ 3", "ОН 1.1", "РО 2.3", "Ф 00")."""
from __future__ import annotations

import re

from desktop.domain.curriculum import Section

# The most hours one row may carry (a whole four-year programme has about 5,800): more is a typing error, and a
# bound keeps every later sum and loop finite.
MAX_HOURS = 10_000
# "96с-4к", "216 с-9к", "36с-1,5к", "96 сағ - 4 кр", "96ч-4кр": hours with с/сағ/ч, credits with к/кр. The digits
# are bounded too: int() of 5,000 digits is refused by Python itself.
_HOURS_CREDITS = re.compile(
    r"^\s*(?P<hours>\d{1,6})\s*(?:с|сағ|ч|час|h)?\.?\s*[-–/]\s*(?P<credits>\d{1,4}(?:[.,]\d{1,4})?)\s*"
    r"(?:к|кр|кредит|cr)?\.?\s*$", re.IGNORECASE | re.ASCII)
_HOURS_ONLY = re.compile(r"^\s*(?P<hours>\d{1,6})\s*(?:с|сағ|ч|час|h)?\.?\s*$", re.IGNORECASE | re.ASCII)

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
# Russian documents and the Russian interface write the Russian codes (the recommendations give both): ООД, ПМ, РО,
# ПА, ИА; the stored form is the Kazakh one.
RUSSIAN_CODES = {"ЖБП": "ООД", "КМ": "ПМ", "ОН": "РО", "АА": "ПА", "ҚА": "ИА", "БМ": "БМ", "КП": "ПП",
                 "БЕ": "КЭ", "Ф": "Ф", "К": "К"}
_STORED_CODE = re.compile(r"^(ЖБП|КМ|ОН|АА|ҚА|КП|БЕ)(?=[\s\d.]|$)")
_CODE = re.compile(r"^\s*(?P<prefix>[А-ЯӘҒҚҢӨҰҮҺІA-Z]{1,4})\s*(?P<number>[0-9]{1,4}(?:[.,]\s*[0-9]{1,4})?)?\.?",
                   re.IGNORECASE)


def parse_hours_credits(text: object) -> tuple[int, float | None] | None:
    """(hours, credits or None) from "96с-4к", "36с-1,5к", "120" or a number; None when it is neither, or when
    the hours are more than MAX_HOURS (infinity and not-a-number included)."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, (int, float)):
        return (int(text), None) if 0 <= text <= MAX_HOURS and float(text).is_integer() else None
    value = str(text).strip()
    match = _HOURS_CREDITS.match(value)
    if match:
        hours = int(match["hours"])
        return (hours, float(match["credits"].replace(",", "."))) if hours <= MAX_HOURS else None
    match = _HOURS_ONLY.match(value)
    if match:
        return (int(match["hours"]), None) if int(match["hours"]) <= MAX_HOURS else None
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


def code_in(code: str, language: str) -> str:
    """"КМ 04" in Kazakh (and English), "ПМ 04" in Russian: a stored code as that language writes it."""
    if language != "ru" or not code:
        return code
    return _STORED_CODE.sub(lambda m: RUSSIAN_CODES[m.group(1)], code, count=1)
