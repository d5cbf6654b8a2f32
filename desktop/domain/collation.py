"""Names in alphabetical order as a Kazakh or Russian reader expects, and a name in the reader's language.

Python compares code points, which puts Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І after Я (Әбенов after Төлеуов). The views
sort with Qt's QCollator; services and reports cannot import Qt, so they use this key, which orders Cyrillic as
QCollator does for the language: the Kazakh alphabet for kk_KZ (І between Ы and Ь, Ұ before Ү, Ё a letter of
its own), and for ru_RU (and for English, whose collation is the same) each Kazakh letter after the Russian
letter it is made from (І after И, Ү before Ұ after У, Һ after Х) with Ё read as Е. Numbers sort by value.
"""
from __future__ import annotations

import re

KAZAKH_ALPHABET = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
# QCollator(QLocale("ru_RU")) with the Kazakh letters (ICU's root order, which Russian keeps); Ё ties with Е
RUSSIAN_ALPHABET = "АӘБВГҒДЕЁЖЗИІЙКҚЛМНҢОӨПРСТУҮҰФХҺЦЧШЩЪЫЬЭЮЯ"
# Letters are moved to the private-use area in alphabet order: above Latin letters and digits, as in ICU's order.
_FIRST = 0xE000


def _table(alphabet: str) -> dict[int, int]:
    return {ord(letter.lower()): _FIRST + 2 * place for place, letter in enumerate(alphabet)}


_KAZAKH = _table(KAZAKH_ALPHABET)
_RUSSIAN_YO = _table(RUSSIAN_ALPHABET)  # Ё after Е: decides between two names that differ only there
_RUSSIAN = {**_RUSSIAN_YO, ord("ё"): _RUSSIAN_YO[ord("е")]}
_NUMBER = re.compile(r"(\d+)")


def name_key(text: str | None, language: str = "kk") -> tuple[str, str, str]:
    """Sorts names by the alphabet of `language` ("kk"; "ru" or "en" for the Russian order), ignoring case; names
    equal but for case (or Ё in Russian) keep a fixed order."""
    text = text or ""
    folded = text.casefold()
    if language == "kk":
        letters = folded.translate(_KAZAKH)
        return letters, letters, text
    letters = folded.translate(_RUSSIAN)
    if "ё" not in folded:  # the usual case: one translation (20,000 students sort at once)
        return letters, letters, text
    return letters, folded.translate(_RUSSIAN_YO), text


def code_key(text: str | None, language: str = "kk") -> tuple:
    """Like name_key, with runs of digits compared as numbers: group П-2 before П-10, module 9 before 10."""
    parts = _NUMBER.split(text or "")
    # split alternates text and digits; a text part is never compared with a number in the same position.
    return tuple((int(part), "") if index % 2 else (-1, name_key(part, language)[0])
                 for index, part in enumerate(parts)), text or ""


def in_language(language: str, kk: str | None, ru: str | None, en: str | None = None) -> str:
    """The name in the reader's language, else in the other one: a name entered only once still shows.
    English readers get the English name where there is one, else the Kazakh (the state language)."""
    kk, ru, en = kk or "", ru or "", en or ""
    if language == "ru":
        return ru or kk
    if language == "en":
        return en or kk or ru
    return kk or ru


# A Kazakh letter typed on a Russian keyboard: the letter it is read as (Әбенов found by "Абен", Қасымова by "Кас").
_TYPED_AS = str.maketrans("әғқңөұүһіё", "агкноуухие")


def search_key(text: str | None) -> str:
    """Text as a search compares it: case and runs of spaces ignored, and the Kazakh letters a Russian keyboard
    lacks read as the letters typed instead of them, so a search works from either keyboard."""
    return " ".join((text or "").casefold().translate(_TYPED_AS).split())
