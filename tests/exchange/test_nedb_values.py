"""NEDB's words: written one way, read forgivingly, and every value of ours survives the round trip."""
from datetime import date

import pytest
from hypothesis import given, strategies as st

from desktop.exchange import nedb_values as words


@given(st.integers(1, 72))
def test_a_duration_reads_back_as_written(months):
    assert words.read_duration(words.write_duration(months)) == months


@pytest.mark.parametrize("text, months", [("3 г. 10 мес.", 46), ("2 г.", 24), ("10 мес.", 10), ("3 года", 36),
                                          ("4", 48), ("10", 10), ("три года", None), ("", None)])
def test_durations_as_people_write_them(text, months):
    assert words.read_duration(text) == months


@given(st.dates(date(1950, 1, 1), date(2100, 12, 31)))
def test_dates_are_written_as_the_system_does_and_read_in_every_form(day):
    text = words.write_date(day)
    assert text == day.isoformat()
    assert words.read_date(text) == day
    for form in ("iso", "iso_time", "day_first"):
        written = words.date_in_form(text, form)
        assert words.read_date(written) == day and words.date_form(written) == form
    assert words.read_date(f"{day.isoformat()}T00:00:00") == day


def test_a_bad_date_is_refused_and_an_empty_one_is_none():
    assert words.read_date("  ") is None
    with pytest.raises(ValueError):
        words.read_date("31.02.2026")


@pytest.mark.parametrize("vocabulary", sorted(words.VOCABULARIES))
def test_every_value_of_ours_reads_back_from_its_word(vocabulary):
    for ours, word in words.VOCABULARIES[vocabulary].items():
        assert words.read_choice(vocabulary, word) == ours
        assert words.read_choice(vocabulary, f"  {word.upper()} ") == ours


def test_other_spellings_are_understood_and_unknown_words_are_not():
    assert words.read_choice("language", "Қазақ") == "kk"
    assert words.read_choice("locality", "Сельская") == "rural"
    assert words.read_choice("funding", "местный бюджет") == "state_local"
    assert words.read_choice("language", "английский") is None
    assert words.read_yes("Да") is True and words.read_yes("жоқ") is False and words.read_yes("") is False
    assert words.read_yes("может быть") is None


def test_dormitory_words_carry_both_flags():
    for (needed, given_), word in words.DORMITORY.items():
        if needed or not given_:  # a place given to someone who does not need one is not a state we keep
            assert words.read_dormitory(word) == (needed, given_)
    assert words.read_dormitory("") == (False, False)
    assert words.read_classifier_code("06130100 - Программное обеспечение") == "06130100"
    assert words.read_classifier_code("06130100 Программное обеспечение") == "06130100"
