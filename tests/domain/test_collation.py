"""Names sort by the Kazakh alphabet in Kazakh and by the Russian one (Kazakh letters beside their Russian
neighbours) in Russian, codes by their numbers, and a name shows in the reader's language."""
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.collation import KAZAKH_ALPHABET, RUSSIAN_ALPHABET, code_key, in_language, name_key

# One surname for each letter of the Kazakh alphabet, in that order.
SURNAMES = ["Абаев", "Әбенов", "Бекова", "Валиев", "Гусев", "Ғабдуллин", "Дина", "Ералы", "Ёсов", "Жұмабаев",
            "Зейнолла", "Исаев", "Йогурт", "Кенжеев", "Қасымов", "Лаура", "Мирас", "Нұрлан", "Ңұрлан", "Орынбаев",
            "Өмірбек", "Пак", "Рахым", "Сапар", "Төлеуов", "Уалиев", "Ұлан", "Үсенов", "Фарид", "Хасенов",
            "Һасенов", "Цой", "Чингиз", "Шаяхметов", "Щукин", "Ъ-тест", "Ыбыраев", "Іргебаев", "Ь-тест", "Эмиль",
            "Юсупов", "Ямалов"]


def test_every_kazakh_letter_has_its_place_in_the_alphabet():
    assert [s[0] for s in SURNAMES] == list(KAZAKH_ALPHABET)
    assert sorted(reversed(SURNAMES), key=name_key) == SURNAMES


# The same surnames as a Russian reader (Qt's ru_RU collation) orders them: І beside И, Ү before Ұ, Ё read as Е.
RUSSIAN_SURNAMES = ["Абаев", "Әбенов", "Бекова", "Валиев", "Гусев", "Ғабдуллин", "Дина", "Ералы", "Ёсов",
                    "Жұмабаев", "Зейнолла", "Исаев", "Іргебаев", "Йогурт", "Кенжеев", "Қасымов", "Лаура", "Мирас",
                    "Нұрлан", "Ңұрлан", "Орынбаев", "Өмірбек", "Пак", "Рахым", "Сапар", "Төлеуов", "Уалиев", "Үсенов",
                    "Ұлан", "Фарид", "Хасенов", "Һасенов", "Цой", "Чингиз", "Шаяхметов", "Щукин", "Ъ-тест",
                    "Ыбыраев", "Ь-тест", "Эмиль", "Юсупов", "Ямалов"]


def russian(name):
    return name_key(name, "ru")


def test_every_kazakh_letter_has_its_place_in_the_russian_order():
    assert sorted(SURNAMES) == sorted(RUSSIAN_SURNAMES)
    assert [s[0] for s in RUSSIAN_SURNAMES] == list(RUSSIAN_ALPHABET)
    assert sorted(reversed(SURNAMES), key=russian) == RUSSIAN_SURNAMES
    assert sorted(SURNAMES, key=lambda n: name_key(n, "en")) == RUSSIAN_SURNAMES  # English collation is the same


def test_i_goes_beside_i_in_russian_and_after_y_in_kazakh():
    names = ["Ыбыраев", "Іргебаев", "Исаев", "Йогурт"]
    assert sorted(names, key=russian) == ["Исаев", "Іргебаев", "Йогурт", "Ыбыраев"]
    assert sorted(names, key=name_key) == ["Исаев", "Йогурт", "Ыбыраев", "Іргебаев"]
    assert sorted(["Ұлан", "Үсенов"], key=russian) == ["Үсенов", "Ұлан"]
    assert sorted(["Ұлан", "Үсенов"], key=name_key) == ["Ұлан", "Үсенов"]


def test_the_reported_names_come_before_toleuov_not_after():
    names = sorted(["Төлеуов", "Ғабдуллин", "Қасымов", "Әбенов"], key=name_key)
    assert names == ["Әбенов", "Ғабдуллин", "Қасымов", "Төлеуов"]


def test_case_does_not_decide_the_order():
    assert sorted(["әлия", "Бек", "Әбен", "абай"], key=name_key) == ["абай", "Әбен", "әлия", "Бек"]


def test_russian_order_reads_yo_as_ye():
    assert sorted(["Ёлкин", "Еркин", "Елена"], key=lambda n: name_key(n, "ru")) == ["Елена", "Ёлкин", "Еркин"]
    assert sorted(["Ёлкин", "Еркин"], key=name_key) == ["Еркин", "Ёлкин"]  # Kazakh keeps Ё a letter of its own


def test_codes_sort_by_their_numbers():
    codes = ["ПМ 10", "ПМ 2", "БМ 1", "ПМ 1", "П-21", "П-3"]
    assert sorted(codes, key=code_key) == ["БМ 1", "П-3", "П-21", "ПМ 1", "ПМ 2", "ПМ 10"]


cyrillic = st.text(alphabet=KAZAKH_ALPHABET + KAZAKH_ALPHABET.lower() + " -", max_size=12)


@given(st.lists(cyrillic, max_size=20))
def test_sorting_by_the_key_is_a_total_order(names):
    once = sorted(names, key=name_key)
    assert sorted(reversed(once), key=name_key) == once
    for first, second in zip(once, once[1:]):
        assert name_key(first) <= name_key(second)


@given(st.lists(cyrillic, max_size=20))
def test_sorting_by_the_russian_key_is_a_total_order(names):
    once = sorted(names, key=russian)
    assert sorted(reversed(once), key=russian) == once
    for first, second in zip(once, once[1:]):
        assert russian(first) <= russian(second)


@given(cyrillic, cyrillic)
def test_a_letter_earlier_in_the_alphabet_comes_first(a, b):
    letters = sorted(KAZAKH_ALPHABET)  # code-point order, to pick two letters at random positions
    for x, y in zip(letters, letters[1:]):
        expected = KAZAKH_ALPHABET.index(x) < KAZAKH_ALPHABET.index(y)
        assert (name_key(x + a) < name_key(y + b)) == expected
        if "Ё" not in (x, y):  # Ё and Е are one letter to a Russian reader
            expected = RUSSIAN_ALPHABET.index(x) < RUSSIAN_ALPHABET.index(y)
            assert (russian(x + a) < russian(y + b)) == expected


@given(st.lists(st.tuples(st.text(alphabet="АБӘ", max_size=3), st.integers(0, 999)), max_size=15))
def test_codes_with_numbers_follow_the_numbers(parts):
    codes = [f"{text}{number}" for text, number in parts]
    ordered = sorted(codes, key=code_key)
    for first, second in zip(ordered, ordered[1:]):
        text_a, text_b = first.rstrip("0123456789"), second.rstrip("0123456789")
        if text_a == text_b:
            assert int(first[len(text_a):]) <= int(second[len(text_b):])


@given(st.sampled_from(["kk", "ru", "en"]), st.text(max_size=5), st.text(max_size=5))
def test_a_name_shows_in_the_language_else_in_the_other(language, kk, ru):
    shown = in_language(language, kk, ru)
    preferred = ru if language == "ru" else kk
    other = kk if language == "ru" else ru
    assert shown == (preferred or other)


@given(st.text(alphabet="АӘБҒҚҢӨҰҮҺІаәбғқңөұүһіЁё -", max_size=20))
def test_a_search_finds_a_kazakh_name_typed_on_a_russian_keyboard(name):
    from desktop.domain.collation import search_key

    typed = name.upper().translate(str.maketrans("ӘҒҚҢӨҰҮҺІЁ", "АГКНОУУХИЕ"))
    assert search_key(typed) == search_key(name)
    assert search_key("Әбенов  Нұрлан") == "абенов нурлан" and search_key(None) == ""
