"""A name in the interface language, and the order of names for the interface locale.

Every record named in both languages (specialties, qualifications, enterprises, positions) shows in the
language of the interface and falls back to the other one when that name was never entered.
"""
from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QCollator, QLocale, Qt

from desktop.domain.collation import in_language
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
    """What an undo entry or a title calls a curriculum row: its code, else its name in the interface language
    (shortened), never its internal id ("n1")."""
    if getattr(row, "code", ""):
        return row.code
    name = local_name(getattr(row, "name_kk", ""), getattr(row, "name_ru", ""), language=language).strip()
    if not name:
        return "—"
    return name if len(name) <= longest else name[:longest - 1].rstrip() + "…"
