"""An organisation's legal form in the document's language: ТОО in a Russian document, ЖШС in a Kazakh one.

Employers are typed as free text (a graduate's employer) or entered in one language only, so a Kazakh report
would print "ТОО «Алатау Софт»". The form at the start or end of a name, as an abbreviation or in full words, is
written in the other language where it is printed, in that language's place: after the name in Kazakh
(«Алатау Софт» ЖШС, «Қазақтелеком» акционерлік қоғамы), before it in Russian (ТОО «Алатау Софт»).
A name with no form recognised prints as typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LegalForm:
    kk: str  # abbreviation
    ru: str
    kk_words: str  # the full words standing alone or first
    kk_after: str  # the full words after the name (possessive: «Х» акционерлік қоғамы)
    ru_words: str
    kk_first: bool = False  # a person's form (ЖК Сапаров) stays before the name in Kazakh too


# The forms of the Civil Code most employers and enterprises have; the pairs are the ones used in the state
# register (egov) in both languages.
FORMS = (
    LegalForm("ЖШС", "ТОО", "жауапкершілігі шектеулі серіктестік", "жауапкершілігі шектеулі серіктестігі",
              "товарищество с ограниченной ответственностью"),
    LegalForm("АҚ", "АО", "акционерлік қоғам", "акционерлік қоғамы", "акционерное общество"),
    LegalForm("ЖК", "ИП", "жеке кәсіпкер", "жеке кәсіпкер", "индивидуальный предприниматель", kk_first=True),
    LegalForm("МКҚК", "ГККП", "мемлекеттік коммуналдық қазыналық кәсіпорын",
              "мемлекеттік коммуналдық қазыналық кәсіпорны", "государственное коммунальное казённое предприятие"),
    LegalForm("МКК", "ГКП", "мемлекеттік коммуналдық кәсіпорын", "мемлекеттік коммуналдық кәсіпорны",
              "государственное коммунальное предприятие"),
    LegalForm("РМК", "РГП", "республикалық мемлекеттік кәсіпорын", "республикалық мемлекеттік кәсіпорны",
              "республиканское государственное предприятие"),
    # schools and other state bodies employ many graduates of pedagogical specialties
    LegalForm("КММ", "КГУ", "коммуналдық мемлекеттік мекеме", "коммуналдық мемлекеттік мекемесі",
              "коммунальное государственное учреждение"),
    LegalForm("ММ", "ГУ", "мемлекеттік мекеме", "мемлекеттік мекемесі", "государственное учреждение"),
)

_SPELLINGS: dict[str, tuple[LegalForm, str, bool]] = {}  # folded spelling -> (form, its language, in words)
for _form in FORMS:
    for _text, _language, _words in ((_form.kk, "kk", False), (_form.ru, "ru", False), (_form.kk_words, "kk", True),
                                     (_form.kk_after, "kk", True), (_form.ru_words, "ru", True)):
        _SPELLINGS[_text.casefold().replace("ё", "е")] = (_form, _language, _words)


def _alternatives() -> str:
    # the longest first: ГККП before ГКП, the full words before a shorter spelling they start with
    spellings = sorted(_SPELLINGS, key=len, reverse=True)
    return "|".join(re.escape(s).replace("е", "[её]").replace(r"\ ", r"\s+") for s in spellings)


_FORM = _alternatives()
_QUOTES = "«»\"“”„'"
# the form first: "ТОО «Алатау»", "ТОО Алатау", "ТОО, Алатау", "Товарищество с ограниченной ответственностью X"
_LEADING = re.compile(rf"^\s*(?P<form>{_FORM})\.?(?=[\s,{_QUOTES}]|$)[\s,]*(?P<rest>.*?)\s*$", re.IGNORECASE)
# the form last: "«Алатау» ЖШС", "Алатау, ТОО", "«Алатау» акционерлік қоғамы"
_TRAILING = re.compile(rf"^\s*(?P<rest>.*?[\s,{_QUOTES}])\s*(?P<form>{_FORM})\.?\s*$", re.IGNORECASE)


def _found(name: str) -> tuple[LegalForm, str, bool, str, bool] | None:
    """(form, its language, in words, the name without it, whether the form stood first)."""
    for pattern, first in ((_LEADING, True), (_TRAILING, False)):
        match = pattern.match(name)
        if match:
            spelling = re.sub(r"\s+", " ", match["form"]).casefold().replace("ё", "е")
            form, language, words = _SPELLINGS[spelling]
            if not words and match["form"] != match["form"].upper():
                continue  # "Ао" or "ип" is a word of the name, not a form (abbreviations are written in capitals)
            return form, language, words, match["rest"].rstrip(" ,"), first
    return None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def legal_form_in(name: str | None, language: str) -> str:
    """The name with its legal form in `language` ("kk" or "ru"), in the place that language puts it; a name whose
    form is in the language already, or that has none, is returned as it is."""
    name = name or ""
    if language not in ("kk", "ru"):
        return name
    found = _found(name)
    if found is None:
        return name
    form, written_in, words, rest, _ = found
    if written_in == language:
        return name
    if not rest:
        return _capital(form.kk_words if words else form.kk) if language == "kk" else \
            _capital(form.ru_words if words else form.ru)
    if language == "ru":
        return f"{_capital(form.ru_words) if words else form.ru} {rest}"
    if form.kk_first:
        return f"{_capital(form.kk_words) if words else form.kk} {rest}"
    return f"{rest} {form.kk_after if words else form.kk}"
