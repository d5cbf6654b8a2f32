"""An employer's legal form printed in the document's language: ТОО «Алатау Софт» in a Russian report is
«Алатау Софт» ЖШС in a Kazakh one, and back; a name without a form, or with it in the right language, as typed."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.legal_forms import FORMS, legal_form_in


@pytest.mark.parametrize("russian, kazakh", [
    ("ТОО «Алатау Софт»", "«Алатау Софт» ЖШС"),
    ("АО «Казпочта»", "«Казпочта» АҚ"),
    ("ИП «Ермеков»", "ЖК «Ермеков»"),  # a person's form stays first
    ("ГККП «Высший колледж»", "«Высший колледж» МКҚК"),
    ("ГКП «Жылу»", "«Жылу» МКК"),
    ("КГУ «Средняя школа № 41»", "«Средняя школа № 41» КММ"),
    ("Товарищество с ограниченной ответственностью «Алатау Софт»",
     "«Алатау Софт» жауапкершілігі шектеулі серіктестігі"),
    ("Акционерное общество «Қазақтелеком»", "«Қазақтелеком» акционерлік қоғамы"),
])
def test_the_form_in_both_directions(russian, kazakh):
    assert legal_form_in(russian, "kk") == kazakh
    assert legal_form_in(kazakh, "ru") == russian
    assert legal_form_in(russian, "ru") == russian and legal_form_in(kazakh, "kk") == kazakh


@pytest.mark.parametrize("typed, kazakh", [
    ("«Алатау Софт» ТОО", "«Алатау Софт» ЖШС"),  # the Russian form typed after the name
    ("Алатау, ТОО", "Алатау ЖШС"),
    ("ТОО Алатау", "Алатау ЖШС"),
    ('АО "КазМунайГаз"', '"КазМунайГаз" АҚ'),
    ("товарищество с ограниченной ответственностью «Береке»", "«Береке» жауапкершілігі шектеулі серіктестігі"),
    ("Государственное коммунальное казенное предприятие «Колледж»",  # е for ё, as often typed
     "«Колледж» мемлекеттік коммуналдық қазыналық кәсіпорны"),
    ("ТОО", "ЖШС"),
])
def test_forms_as_people_type_them(typed, kazakh):
    assert legal_form_in(typed, "kk") == kazakh


@pytest.mark.parametrize("name", ["Сапаров Бизнес", "Ао Дан", "Кафе Ип", "ТООР «Нұр»", "«Ипотека» банкі",
                                  "№ 3 мектеп-гимназия", ""])
def test_a_name_with_no_form_prints_as_typed(name):
    assert legal_form_in(name, "kk") == name and legal_form_in(name, "ru") == name


def test_english_documents_keep_the_name():
    assert legal_form_in("ТОО «Алатау Софт»", "en") == "ТОО «Алатау Софт»"


names = st.text(alphabet="АБВЕКЛМНОРСТабвеклмнорстҚқӘәҰұ «»-", min_size=1, max_size=20).map(
    lambda text: f"«{text.strip(' «»') or 'Нұр'}»")


@given(names, st.sampled_from(FORMS))
def test_there_and_back_gives_the_name_back(name, form):
    russian = f"{form.ru} {name}"
    kazakh = legal_form_in(russian, "kk")
    assert form.kk in kazakh.split() and form.ru not in kazakh.split()
    assert legal_form_in(kazakh, "ru") == russian
    assert legal_form_in(kazakh, "kk") == kazakh  # printing twice changes nothing
