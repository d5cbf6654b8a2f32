"""The words NEDB writes in its contingent file, and ours for them (DOMAIN.md section 5).

The words written are the system's as its real contingent files show them (a public importer written
against those files reads the same): "основную школу", "4 года" / "3 года 10 месяцев", "1 курс",
"на общих основаниях", "как восстановившийся", "не нуждается", "МБ" / "самофинансирование", "Да" /
"Нет", dates as 2025-09-01 (also with a time, 2025-09-01T00:00:00). Reading is forgiving: the words
Zhospar itself wrote before, other spellings, Kazakh words, any case and spacing. Numbers and dates
take ASCII digits only: str.isdigit() also accepts superscripts (which int() refuses) and full-width
digits (which int() reads, so "０８…" would become a second person with the same IIN).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

YES, NO = "Да", "Нет"

LANGUAGE = {"kk": "казахский", "ru": "русский"}
STUDY_FORM = {"full_time": "очная", "part_time": "заочная"}
LOCALITY = {"urban": "городская местность", "rural": "сельская местность"}
PRIOR_EDUCATION = {"9": "основную школу", "11": "среднюю школу", "tvet": "организацию ТиПО"}
ENROLMENT_KIND = {"general": "на общих основаниях", "transfer": "переводом из другой организации образования",
                  "reinstatement": "как восстановившийся"}
FUNDING = {"state_republic": "РБ", "state_local": "МБ", "enterprise": "средства работодателя",
           "paid": "самофинансирование"}
DORMITORY = {(False, False): "не нуждается", (True, False): "нуждается, не предоставлено",
             (True, True): "обеспечен", (False, True): "обеспечен"}
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

# Words that also mean the same value: Zhospar's earlier words, other spellings, Kazakh.
_ALIASES = {
    "language": {"қазақ": "kk", "қазақ тілі": "kk", "казахский язык": "kk", "русский язык": "ru", "орыс": "ru",
                 "орыс тілі": "ru"},
    "study_form": {"дневная": "full_time", "вечерняя": "part_time", "күндізгі": "full_time", "сырттай": "part_time"},
    "locality": {"городская": "urban", "сельская": "rural", "город": "urban", "село": "rural",
                 "қалалық": "urban", "ауылдық": "rural"},
    "prior_education": {"9": "9", "11": "11", "основное среднее": "9", "общее среднее": "11", "типо": "tvet",
                        "основное среднее (9 классов)": "9", "общее среднее (11 классов)": "11",
                        "техническое и профессиональное": "tvet", "9 классов": "9", "11 классов": "11",
                        "основная школа": "9", "средняя школа": "11"},
    "enrolment_kind": {"в порядке перевода": "transfer", "в порядке восстановления": "reinstatement",
                       "общий порядок": "general", "на общих основаниях": "general"},
    "funding": {"республиканский бюджет": "state_republic", "местный бюджет": "state_local",
                "госзаказ": "state_local", "государственный заказ": "state_local", "платно": "paid",
                "платное": "paid", "работодатель": "enterprise", "за счет работодателя": "enterprise",
                "ақылы": "paid"},
    "leaving_reason": {"выпуск": "graduation", "окончил обучение": "graduation", "завершение обучения": "graduation"},
}
# Stems for the words the system varies ("переводом из колледжа ..."), tried in order after the exact words.
_STEMS = {
    "prior_education": (("типо", "tvet"), ("колледж", "tvet"), ("профессионал", "tvet"), ("основн", "9"),
                        ("9 класс", "9"), ("средн", "11"), ("11 класс", "11")),
    "enrolment_kind": (("восстанов", "reinstatement"), ("перевод", "transfer"), ("общих основ", "general")),
    "leaving_reason": (("выпуск", "graduation"), ("окончан", "graduation"), ("собствен", "own_wish"),
                       ("неуспева", "academic_failure"), ("перевод", "transfer_out"), ("нарушен", "discipline"),
                       ("здоров", "health"), ("воинск", "military"), ("призыв", "military"), ("смерт", "death")),
}
VOCABULARIES = {"language": LANGUAGE, "study_form": STUDY_FORM, "locality": LOCALITY,
                "prior_education": PRIOR_EDUCATION, "enrolment_kind": ENROLMENT_KIND, "funding": FUNDING,
                "leaving_reason": LEAVING_REASON}


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _lookup(vocabulary: str) -> dict[str, str]:
    table = {_norm(word): ours for word, ours in _ALIASES.get(vocabulary, {}).items()}
    for ours, word in VOCABULARIES[vocabulary].items():
        table[_norm(ours)] = ours
        table[_norm(word)] = ours
    return table


_LOOKUPS = {name: _lookup(name) for name in VOCABULARIES}


def read_choice(vocabulary: str, text: str) -> str | None:
    """Our value for a file's word (its own or another spelling, any case), or None when it is not one we know."""
    wanted = _norm(text)
    found = _LOOKUPS[vocabulary].get(wanted)
    if found is None and wanted:
        found = next((ours for stem, ours in _STEMS.get(vocabulary, ()) if stem in wanted), None)
    return found


def read_yes(text: str) -> bool | None:
    value = _norm(text)
    if value in ("да", "иә", "yes", "1", "true", "есть"):
        return True
    if value in ("нет", "жоқ", "no", "0", "false", ""):
        return False
    return None


# Academic leave: the system writes "Нет" or the leave's reason ("по состоянию здоровья") instead of "Да".
_LEAVE_STEMS = ("здоров", "воинск", "призыв", "армия", "беремен", "родам", "уход за ребенком", "семейн",
                "академическ", "болезн", "другие")


# A leave's reason in the system's words, for a file that writes reasons in its leave column. Unconfirmed: only
# "по состоянию здоровья" has been seen in such a column; the others follow the leaving reasons' words.
LEAVE_REASON = {"health": "по состоянию здоровья", "childcare": "по уходу за ребенком",
                "military": "призыв на воинскую службу", "other": "другие причины"}
_LEAVE_REASON_STEMS = (("здоров", "health"), ("болезн", "health"), ("воинск", "military"), ("призыв", "military"),
                       ("армия", "military"), ("беремен", "childcare"), ("родам", "childcare"),
                       ("ребен", "childcare"), ("семейн", "other"), ("другие", "other"))


def read_leave_reason(text: str) -> str:
    """The leave's reason from the leave column ("" for "Да", "Нет" or a word not known)."""
    wanted = _norm(text)
    return next((reason for stem, reason in _LEAVE_REASON_STEMS if stem in wanted), "")


def read_leave(text: str) -> bool | None:
    flag = read_yes(text)
    if flag is not None:
        return flag
    wanted = _norm(text)
    return True if any(stem in wanted for stem in _LEAVE_STEMS) or read_leave_reason(text) else None


def yes(flag: bool) -> str:
    return YES if flag else NO


def write_date(value: date | None) -> str:
    return value.isoformat() if value else ""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
                  re.ASCII)
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$", re.ASCII)


def read_date(text: str) -> date | None:
    """ISO (2006-01-01, 2025-09-01T00:00:00) or day first (01.09.2025); None when empty; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DAY_FIRST.match(text)
    if match:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    raise ValueError(text)


def date_form(text: str) -> str:
    """How a file writes its dates: "iso", "iso_time" (with T00:00:00) or "day_first" (01.09.2025)."""
    text = text.strip()
    if _DAY_FIRST.match(text):
        return "day_first"
    return "iso_time" if "T" in text else "iso"


def date_in_form(iso: str, form: str) -> str:
    """An ISO date written as a file writes its dates."""
    if not iso or form == "iso":
        return iso
    if form == "iso_time":
        return f"{iso}T00:00:00"
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"


def write_dormitory(needed: bool, given: bool) -> str:
    return DORMITORY[(needed, given)]


_DORMITORY_WORDS = {"не нуждается": (False, False), "нуждается, не предоставлено": (True, False),
                    "нуждается": (True, False), "нуждается, не обеспечен": (True, False),
                    "нуждается, предоставлено": (True, True), "обеспечен": (True, True), "обеспечена": (True, True),
                    "предоставлено": (True, True), "проживает в общежитии": (True, True), "нет": (False, False),
                    "да": (True, True), "": (False, False)}


def read_dormitory(text: str) -> tuple[bool, bool] | None:
    return _DORMITORY_WORDS.get(_norm(text))


def _int(digits: str) -> int:
    """ASCII digits as a number; any number of more than 9 digits is out of every range we accept (and int()
    refuses texts of over 4,300 digits outright)."""
    return int(digits) if len(digits) <= 9 else 10 ** 9


def _plural(number: int, one: str, few: str, many: str) -> str:
    if number % 10 == 1 and number % 100 != 11:
        return one
    return few if number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14) else many


def write_duration(months: int) -> str:
    """46 months as the system writes it: "3 года 10 месяцев"."""
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} {_plural(years, 'год', 'года', 'лет')}")
    if rest or not years:
        parts.append(f"{rest} {_plural(rest, 'месяц', 'месяца', 'месяцев')}")
    return " ".join(parts)


_DURATION = re.compile(r"^(\d+)\s*(?:г\.?|год[а-я]*|лет|жыл)\s*(?:(\d+)\s*(?:мес[а-я.]*|ай))?$"
                       r"|^(\d+)\s*(?:мес[а-я.]*|ай)$", re.ASCII)


def read_duration(text: str) -> int | None:
    """Months in "3 года 10 месяцев", "3 г. 10 мес.", "10 мес." or a bare number (years up to 6, months above)."""
    text = _norm(text)
    if text.isascii() and text.isdigit():
        number = _int(text)
        return number * 12 if number <= 6 else number
    match = _DURATION.match(text)
    if not match:
        return None
    if match.group(3):
        return _int(match.group(3))
    return _int(match.group(1)) * 12 + _int(match.group(2) or "0")


def write_course(course: int) -> str:
    return f"{course} курс"


_COURSE = re.compile(r"^(\d+)\s*(?:-?\s*(?:й|ый|ой))?\s*(?:курс[а-я]*)?$", re.ASCII)


def read_course(text: str) -> int | None:
    """1 in "1 курс", "1-й курс" or "1"; None for anything else."""
    match = _COURSE.match(_norm(text))
    return _int(match.group(1)) if match else None


def write_classifier(code: str, name_ru: str) -> str:
    return f"{code} {name_ru}" if name_ru else code


def read_classifier_code(text: str) -> str:
    """The code at the start of "06130100 Программное обеспечение" (or "06130100 - Программное обеспечение")."""
    return text.strip().split(" ", 1)[0].strip() if text.strip() else ""


_QUALIFICATION_CODE = re.compile(r"^\d[A-Z]{1,2}\d{8}$", re.ASCII)


def is_qualification_code(code: str) -> bool:
    """4S06130103: a qualification's code (level, W/S/AB, 8 digits), not a specialty's (8 digits)."""
    return bool(_QUALIFICATION_CODE.match(code))


_AMOUNT = re.compile(r"value\s*=\s*(\d+)", re.ASCII)


def read_amounts(text: str) -> list[int] | None:
    """Scholarship amounts as the system writes them ("value=25000", possibly several); None when malformed."""
    text = text.strip()
    if not text:
        return []
    if text.isascii() and text.isdigit():
        return [_int(text)]
    found = _AMOUNT.findall(text)
    return [_int(n) for n in found] if found else None


# Bidi embeddings, overrides and isolates: they make a name display as another (and hide what it holds).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def bad_character(text: str) -> str | None:
    """The first NUL, control, lone surrogate or bidi-control character in a text, as U+XXXX; None when clean."""
    if text.isprintable():  # the usual case, in C: no Cc, Cf (the bidi controls among them) or Cs at all
        return None
    for char in text:
        if char in _BIDI or unicodedata.category(char) in ("Cc", "Cs"):
            return f"U+{ord(char):04X}"
    return None
