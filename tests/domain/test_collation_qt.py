"""The services' order is the views' order: name_key sorts as Qt's QCollator does for kk_KZ and ru_RU (the
views sort with QCollator, the services and the printed reports with name_key), Kazakh letters included."""
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCollator, QLocale, Qt

from desktop.domain.collation import KAZAKH_ALPHABET, name_key

LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}


def collator(language: str) -> QCollator:
    found = QCollator(QLocale(LOCALES[language]))  # as desktop.views.names.collator makes it
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return found


def sign(value) -> int:
    return (value > 0) - (value < 0)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_letters_in_qts_order(language):
    qt = sorted(KAZAKH_ALPHABET, key=functools.cmp_to_key(collator(language).compare))
    assert sorted(KAZAKH_ALPHABET, key=lambda letter: name_key(letter, language)[0]) == qt


words = st.text(alphabet=KAZAKH_ALPHABET + KAZAKH_ALPHABET.lower(), min_size=1, max_size=6)


@settings(max_examples=300)
@given(st.sampled_from(["kk", "ru", "en"]), words, words)
def test_two_names_compare_as_qt_compares_them(language, a, b):
    qt = sign(collator(language).compare(a, b))
    ours = name_key(a, language)[:2], name_key(b, language)[:2]  # the letters, then Ё against Е; case aside
    assert qt == sign((ours[0] > ours[1]) - (ours[0] < ours[1])), (a, b)
