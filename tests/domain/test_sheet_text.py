from hypothesis import given, strategies as st

from desktop.domain.curriculum import Section
from desktop.domain.sheet_text import normal_code, parse_hours_credits, section_of, split_code


def test_hours_and_credits_as_colleges_write_them():
    assert parse_hours_credits("96с-4к") == (96, 4.0)
    assert parse_hours_credits("216 с-9к") == (216, 9.0)
    assert parse_hours_credits("36с-1,5к") == (36, 1.5)
    assert parse_hours_credits("432с-18к") == (432, 18.0)
    assert parse_hours_credits("120") == (120, None)
    assert parse_hours_credits(1728) == (1728, None)
    assert parse_hours_credits("сағат") is None
    assert parse_hours_credits(-4) is None


@given(st.integers(min_value=0, max_value=5000), st.integers(min_value=0, max_value=200), st.booleans(),
       st.sampled_from(["с", " с", "сағ", "ч"]), st.sampled_from(["к", "кр", " к"]))
def test_any_hours_credits_text_reads_back(hours, halves, spaced, h_unit, c_unit):
    credits = halves / 2
    written = f"{credits:g}".replace(".", ",")
    text = f"{hours}{h_unit}{' - ' if spaced else '-'}{written}{c_unit}"
    assert parse_hours_credits(text) == (hours, credits)


def test_section_codes_in_kazakh_or_russian():
    assert split_code("ОН 1.1 Бизнестің мақсаттары") == ("ОН", "1.1")
    assert split_code("БМ 1. Развитие") == ("БМ", "1")
    assert split_code("КМ 3 Бухгалтерлік") == ("КМ", "3")
    assert split_code("РО2.3 Использование") == ("РО", "2.3")
    assert [section_of(p) for p in ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "Ф")] == [
        Section.GENERAL, Section.GENERAL, Section.BASIC, Section.PROFESSIONAL, Section.PROFESSIONAL, Section.ELECTIVES]
    assert normal_code("ПМ", "4") == "КМ 04" and normal_code("КМ", "04") == "КМ 04"
    assert normal_code("РО", "2.3") == "ОН 2.3"


def test_stored_codes_read_in_russian_and_stay_in_kazakh():
    from desktop.domain.sheet_text import code_in
    assert [code_in(c, "ru") for c in ("ЖБП 01", "КМ 04", "ОН 4.1", "АА", "ҚА", "КП 02", "БЕ 1")] == [
        "ООД 01", "ПМ 04", "РО 4.1", "ПА", "ИА", "ПП 02", "КЭ 1"]
    assert code_in("КМ 04", "kk") == code_in("КМ 04", "en") == "КМ 04"
    assert code_in("КМА 1", "ru") == "КМА 1"  # not a code of ours: left as written


@given(st.sampled_from(["ЖБП", "КМ", "ОН", "АА", "ҚА", "КП", "БЕ"]), st.integers(0, 99))
def test_a_russian_code_is_read_back_as_the_stored_one(prefix, number_):
    """Whatever a Russian document shows, reading it back (normal_code, as sheets are read) finds the code stored."""
    from desktop.domain.sheet_text import RUSSIAN_CODES, code_in
    shown = code_in(f"{prefix} {number_:02d}", "ru")
    assert shown.startswith(RUSSIAN_CODES[prefix])
    shown_prefix, shown_number = split_code(shown)
    if prefix not in ("КП", "БЕ"):  # ПП and КЭ are read as their own sections' prefixes, not renamed
        assert normal_code(shown_prefix, shown_number) == normal_code(prefix, f"{number_:02d}")


def test_the_report_module_still_offers_the_rule():
    from desktop.domain import sheet_text
    from desktop.reports import finishing
    assert finishing.code_in is sheet_text.code_in and finishing.RUSSIAN_CODES is sheet_text.RUSSIAN_CODES
