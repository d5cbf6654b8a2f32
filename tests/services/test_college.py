import pytest

from desktop.services import college
from desktop.services.college import CollegeProfileData
from desktop.services.errors import ValidationFailed


def test_the_profile_is_saved_trimmed_and_read_back(db):
    assert college.get_profile(db) is None
    college.save_profile(db, CollegeProfileData(name_kk=" Колледж ", name_ru="Колледж", bin="990340004720",
                                                has_ramps=True))
    profile = college.get_profile(db)
    assert profile.name_kk == "Колледж" and profile.bin == "990340004720" and profile.has_ramps
    assert not profile.inclusive_conditions_met


def test_a_bad_profile_names_every_field_and_writes_nothing(db):
    with pytest.raises(ValidationFailed) as caught:
        college.save_profile(db, CollegeProfileData(name_kk="", name_ru="К", bin="990340004721", email="nope"))
    assert {(p.field, p.code) for p in caught.value.problems} == {
        ("name_kk", "field.required"), ("bin", "id.bad_check_digit"), ("email", "field.email")}
    assert college.get_profile(db) is None


def test_all_four_conditions_make_the_college_inclusive():
    assert CollegeProfileData(has_ramps=True, has_light_signals=True, has_call_button=True,
                              has_sanitary_unit=True).inclusive_conditions_met


def test_the_deputy_director_and_the_russian_bank_name_are_kept(db):
    college.save_profile(db, CollegeProfileData(name_kk="Колледж", name_ru="Колледж",
                                                deputy_director=" Байжанова Динара Ерланқызы ",
                                                bank_name="«Қазақстан Халық Банкі» АҚ",
                                                bank_name_ru="АО «Народный Банк Казахстана»"))
    profile = college.get_profile(db)
    assert profile.deputy_director == "Байжанова Динара Ерланқызы"
    assert profile.bank_name_in("kk") == "«Қазақстан Халық Банкі» АҚ"
    assert profile.bank_name_in("ru") == "АО «Народный Банк Казахстана»"


def test_a_russian_document_prints_the_one_bank_name_when_no_russian_one_is_kept():
    profile = CollegeProfileData(bank_name="«Банк ЦентрКредит»")
    assert profile.bank_name_in("ru") == profile.bank_name_in("kk") == "«Банк ЦентрКредит»"


def test_an_overlong_deputy_or_bank_name_is_refused_by_name(db):
    with pytest.raises(ValidationFailed) as caught:
        college.save_profile(db, CollegeProfileData(name_kk="К", name_ru="К", deputy_director="Д" * 201,
                                                    bank_name_ru="Б" * 201))
    assert {(p.field, p.code) for p in caught.value.problems} == {
        ("deputy_director", "text.too_long"), ("bank_name_ru", "text.too_long")}
