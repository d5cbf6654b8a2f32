"""The words NEDB writes in its contingent file, and ours for them (DOMAIN.md section 5).

DOMAIN.md gives the kind of values (Russian words: казахский/русский, очная/заочная, сельская/городская
местность, Да/Нет, МБ/самофинансирование); the exact wording of the rest is ours, chosen to read as
the system's. Reading is forgiving (case, spaces, Kazakh or short forms); writing uses one form.
"""
from __future__ import annotations

import re
from datetime import date, datetime

YES, NO = "Да", "Нет"
DATE_FORMAT = "%d.%m.%Y"

LANGUAGE = {"kk": "казахский", "ru": "русский"}
STUDY_FORM = {"full_time": "очная", "part_time": "заочная"}
LOCALITY = {"urban": "городская местность", "rural": "сельская местность"}
PRIOR_EDUCATION = {"9": "основное среднее (9 классов)", "11": "общее среднее (11 классов)",
                   "tvet": "техническое и профессиональное"}
ENROLMENT_KIND = {"general": "на общих основаниях", "transfer": "в порядке перевода",
                  "reinstatement": "в порядке восстановления"}
FUNDING = {"state_republic": "РБ", "state_local": "МБ", "enterprise": "средства работодателя",
           "paid": "самофинансирование"}
DORMITORY = {(False, False): "не нуждается", (True, False): "нуждается, не предоставлено",
             (True, True): "нуждается, предоставлено", (False, True): "предоставлено"}
LEAVING_REASON = {
    "graduation": "окончание обучения",
    "own_wish": "по собственному желанию",
    "academic_failure": "академическая неуспеваемость",
    "transfer_out": "перевод в другую организацию образования",
    "discipline": "нарушение правил внутреннего распорядка",
    "health": "по состоянию здоровья",
    "military": "призыв на воинскую службу",
    "death": "смерть",
    "other": "другие причины",
}
# Words that also mean the same value when a file (or a person) writes them differently.
_ALIASES = {
    "language": {"қазақ": "kk", "казахский язык": "kk", "русский язык": "ru", "орыс": "ru"},
    "study_form": {"дневная": "full_time", "вечерняя": "part_time", "күндізгі": "full_time", "сырттай": "part_time"},
    "locality": {"городская": "urban", "сельская": "rural", "город": "urban", "село": "rural"},
    "prior_education": {"9": "9", "11": "11", "основное среднее": "9", "общее среднее": "11", "типо": "tvet"},
    "funding": {"республиканский бюджет": "state_republic", "местный бюджет": "state_local",
                "госзаказ": "state_local", "платно": "paid", "платное": "paid", "работодатель": "enterprise"},
}
VOCABULARIES = {"language": LANGUAGE, "study_form": STUDY_FORM, "locality": LOCALITY,
                "prior_education": PRIOR_EDUCATION, "enrolment_kind": ENROLMENT_KIND, "funding": FUNDING,
                "leaving_reason": LEAVING_REASON}


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _lookup(vocabulary: str) -> dict[str, str]:
    table = dict(_ALIASES.get(vocabulary, {}))
    for ours, word in VOCABULARIES[vocabulary].items():
        table[_norm(ours)] = ours
        table[_norm(word)] = ours
    return table


_LOOKUPS = {name: _lookup(name) for name in VOCABULARIES}


def read_choice(vocabulary: str, text: str) -> str | None:
    """Our value for a file's word (its own or another spelling, any case), or None when it is not one we know."""
    return _LOOKUPS[vocabulary].get(_norm(text))


def read_yes(text: str) -> bool | None:
    value = _norm(text)
    if value in ("да", "иә", "yes", "1", "true"):
        return True
    if value in ("нет", "жоқ", "no", "0", "false", ""):
        return False
    return None


def yes(flag: bool) -> str:
    return YES if flag else NO


def write_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


def read_date(text: str) -> date | None:
    """dd.mm.yyyy as the system writes it, or ISO; None for an empty cell; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 10 and text[2] == text[5] == "." and text.replace(".", "").isdigit():  # the usual case, fast
        return date(int(text[6:]), int(text[3:5]), int(text[:2]))
    for pattern in (DATE_FORMAT, "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def write_dormitory(needed: bool, given: bool) -> str:
    return DORMITORY[(needed, given)]


def read_dormitory(text: str) -> tuple[bool, bool] | None:
    wanted = _norm(text)
    if not wanted:
        return (False, False)
    for flags, word in DORMITORY.items():
        if _norm(word) == wanted:
            return flags
    return None


def write_duration(months: int) -> str:
    years, rest = divmod(months, 12)
    if not years:
        return f"{rest} мес."
    return f"{years} г. {rest} мес." if rest else f"{years} г."


_DURATION = re.compile(r"^(\d+)\s*(?:г\.?|год[а-я]*|лет)\s*(?:(\d+)\s*мес[а-я.]*)?$|^(\d+)\s*мес[а-я.]*$")


def read_duration(text: str) -> int | None:
    """Months in "3 г. 10 мес.", "10 мес." or a bare number (years up to 6, months above)."""
    text = text.strip()
    if text.isdigit():
        return int(text) * 12 if int(text) <= 6 else int(text)
    match = _DURATION.match(text)
    if not match:
        return None
    if match.group(3):
        return int(match.group(3))
    return int(match.group(1)) * 12 + int(match.group(2) or 0)


def write_classifier(code: str, name_ru: str) -> str:
    return f"{code} - {name_ru}" if name_ru else code


def read_classifier_code(text: str) -> str:
    """The code at the start of "06130100 - Программное обеспечение"."""
    return text.strip().split(" ", 1)[0].strip() if text.strip() else ""
