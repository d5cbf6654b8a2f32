"""A name in the interface language, and the order of names for the interface locale.

Every record named in both languages (specialties, qualifications, enterprises, positions) shows in the
language of the interface and falls back to the other one when that name was never entered.
"""
from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QCollator, QLocale, Qt

from desktop.domain.collation import in_language
from desktop.domain.sheet_text import RUSSIAN_CODES, code_in
from desktop.views.i18n import current_language


def local_name(kk: str | None, ru: str | None, en: str | None = None, language: str | None = None) -> str:
    return in_language(language or current_language(), kk, ru, en)


def collator() -> QCollator:
    """The interface locale's order (kk_KZ puts Ә after А, Ғ after Г ...), case aside, digits read as numbers."""
    found = QCollator(QLocale())
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)
    return found


def text_sort_key() -> Callable[[str], Any]:
    return functools.cmp_to_key(collator().compare)


def sorted_names(items, text: Callable[[Any], str] = str) -> list:
    """Items in the interface language's alphabetical order of their shown text."""
    key = text_sort_key()
    return sorted(items, key=lambda item: key(text(item) or ""))


def value_sort_key() -> Callable[[Any], Any]:
    """Orders a column's values: numbers by value, dates by date, text by the locale; blanks last.
    Each key starts with a kind, so a column mixing kinds never compares a number with a text."""
    text_key = text_sort_key()

    def key(value: Any):
        if value is None or value == "":
            return (3, 0)
        if isinstance(value, bool):
            return (0, int(value))
        if isinstance(value, (int, float, Decimal)):
            return (0, value)
        if isinstance(value, date):
            return (1, value.toordinal())
        return (2, text_key(str(value)))

    return key


def row_label(row, language: str | None = None, longest: int = 40) -> str:
    """What an undo entry or a title calls a curriculum row: its code as the interface writes it, else its name in
    `language` or the interface's (shortened), never its internal id ("n1")."""
    if getattr(row, "code", ""):
        return shown_code(row.code)
    name = local_name(getattr(row, "name_kk", ""), getattr(row, "name_ru", ""), language=language).strip()
    if not name:
        return "—"
    return name if len(name) <= longest else name[:longest - 1].rstrip() + "…"


def shown_code(code: str, language: str | None = None) -> str:
    """A curriculum row's code as the interface language writes it: "КМ 02" stays in Kazakh and English (the stored
    form, the codes the recommendations give first), reads "ПМ 02" in Russian. Only what is shown changes."""
    # The printed documents' own rule (a data rule of the domain), reused rather than copied.
    return code_in(code, language or current_language())


@functools.lru_cache(maxsize=1)
def _typed_prefix() -> tuple[re.Pattern, dict[str, str]]:
    kazakh = {**{kk: kk for kk in RUSSIAN_CODES}, **{ru: kk for kk, ru in RUSSIAN_CODES.items()}}
    longest_first = sorted(kazakh, key=len, reverse=True)
    pattern = re.compile(r"^\s*(" + "|".join(longest_first) + r")(?=[\s\d.]|$)", re.IGNORECASE)
    return pattern, kazakh


def stored_code(typed: str, before: str = "") -> str:
    """A code as typed ("ПМ 02", "пм 02", "км 02") in the form stored ("КМ 02"): typing a code in either language
    stores the same plan. A code of no known prefix stays as typed; a field left as it was shown keeps the code
    stored `before` (a "ПП 01" read from a Russian sheet is not rewritten by merely opening it)."""
    pattern, kazakh = _typed_prefix()
    text = typed.strip()
    if before and text == shown_code(before):
        return before
    match = pattern.match(text)
    if not match:
        return text
    return kazakh[match.group(1).upper()] + text[match.end():]
