"""The contract read by a Russian- or Kazakh-speaking lawyer: every name, address and position in the document's
language (the other one where only that was recorded), the parties' representatives named in the nominative
where the nominative is correct, a blank (never a dash) where nothing is recorded."""
from dataclasses import fields, replace
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.reports.dual_pdf import build_contract_pdf, contract_identity
from desktop.services import dual_lists


def flat_text(document, language, tmp_path) -> str:
    path = tmp_path / f"{document.number.replace('/', '-')}-{language}.pdf"
    build_contract_pdf(path, document, language)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def signed(demo_db):
    row = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "signed")
    return dual_lists.contract_document(demo_db, row.id)


def test_addresses_print_in_the_documents_language(demo_db, tmp_path):
    document = signed(demo_db)
    ru, kk = flat_text(document, "ru", tmp_path), flat_text(document, "kk", tmp_path)
    assert "Адрес: г. Конаев, пр. Абая, 17" in ru and "Адрес: г. Алматы, пр. аль-Фараби, 77/8" in ru
    assert "Мекенжайы: Қонаев қ., Абай даңғылы, 17" in kk and "Мекенжайы: Алматы қ., Әл-Фараби даңғылы, 77/8" in kk
    assert "даңғылы" not in ru and "пр. Абая" not in kk


def test_a_name_kept_in_one_language_prints_in_both_documents(demo_db, tmp_path):
    document = replace(signed(demo_db), enterprise_name_ru="", enterprise_signatory_position=("", "Директор"),
                       mentor_position_ru="", college_locality=("Қонаев қ.", ""),
                       enterprise_address="г. Алматы, ул. Абая, 1")
    ru, kk = flat_text(document, "ru", tmp_path), flat_text(document, "kk", tmp_path)
    # no blank where the other language has the name, its legal form in the document's language
    assert "ТОО «Алатау Софт», именуемое в дальнейшем" in ru and "ЖШС" not in ru and "Қонаев қ." in ru
    assert document.mentor_position in ru
    # the position recorded in Russian only stands in the Kazakh document too, lower-cased inside the sentence
    assert "(оның атынан Жарғы негізінде директор Әбдірахманов Талғат Серікұлы әрекет етеді)" in kk
    assert "Мекенжайы: г. Алматы, ул. Абая, 1" in kk  # typed once: printed as typed


def test_the_representatives_are_named_where_the_nominative_is_correct(demo_db, tmp_path):
    document = signed(demo_db)
    ru, kk = flat_text(document, "ru", tmp_path), flat_text(document, "kk", tmp_path)
    assert "в лице" not in ru  # "в лице директора" would want the name in the genitive
    assert f"от имени которого на основании Устава действует директор {document.director}, с одной стороны" in ru
    assert (f"от имени которого на основании Устава действует генеральный директор {document.enterprise_signatory}, "
            "с другой стороны") in ru
    assert f"законного представителя, которым является {document.representative}, с третьей стороны" in ru
    assert f"(оның атынан Жарғы негізінде директор {document.director} әрекет етеді), бір тараптан" in kk
    assert f"(оның атынан Жарғы негізінде бас директор {document.enterprise_signatory} әрекет етеді)" in kk
    assert f"заңды өкілінің келісімімен (заңды өкілі: {document.representative})" in kk


def test_a_draft_with_nothing_recorded_prints_blanks_and_no_dash(demo_db, tmp_path):
    document = signed(demo_db)
    emptied = {}
    for field in fields(document):
        value = getattr(document, field.name)
        if field.name in ("number", "status", "starts_on", "ends_on"):
            continue
        if isinstance(value, str):
            emptied[field.name] = ""
        elif isinstance(value, tuple):
            emptied[field.name] = tuple("" for _ in value) if value and isinstance(value[0], str) else ()
        elif value is None or isinstance(value, date):
            emptied[field.name] = None
    draft = replace(document, status="draft", **emptied)
    for language in ("kk", "ru"):
        text = flat_text(draft, language, tmp_path)
        assert "—" not in text and "None" not in text
        assert text.count("______________________") >= 15
        assert contract_identity(draft, language).startswith({"kk": "Дуальды", "ru": "Договор"}[language])


@pytest.mark.parametrize("reason, ru, kk", [
    ("ауыстырылды / переведен", "Причина: переведен", "Себебі: ауыстырылды"),
    # two separators: which half is which cannot be told, so the reason prints as typed, whole
    ("бұйрық 1 / 2 / приказ", "Причина: бұйрық 1 / 2 / приказ", "Себебі: бұйрық 1 / 2 / приказ"),
    ("по соглашению сторон", "Причина: по соглашению сторон", "Себебі: по соглашению сторон")])
def test_a_two_language_text_prints_its_half_only_when_unambiguous(demo_db, tmp_path, reason, ru, kk):
    document = replace(signed(demo_db), status="terminated", terminated_on=date(2026, 12, 1),
                       termination_reason=reason)
    assert ru in flat_text(document, "ru", tmp_path)
    assert kk in flat_text(document, "kk", tmp_path)


@pytest.mark.parametrize("college, enterprise, expected", [
    ("Высший политехнический колледж «Алатау»", "ТОО «Алатау Софт»",
     ("колледж «Алатау», именуемый в дальнейшем", "от имени которого на основании Устава действует директор",
      "ТОО «Алатау Софт», именуемое в дальнейшем «Предприятие», от имени которого на основании Устава")),
    ("ГККП «Колледж сервиса»", "Организация «Жол»",
     ("ГККП «Колледж сервиса», именуемое в дальнейшем", "Организация «Жол», именуемая в дальнейшем "
                                                          "«Предприятие», от имени которой")),
    ("«Алатау»", "«Жол»", ("«Алатау», именуемое(-ый) в дальнейшем",))])  # no legal form: both endings
def test_the_russian_words_agree_with_each_partys_name(demo_db, tmp_path, college, enterprise, expected):
    document = replace(signed(demo_db), college_name_ru=college, enterprise_name_ru=enterprise)
    text = flat_text(document, "ru", tmp_path)
    for words in expected:
        assert words in text


def test_the_student_is_named_in_the_words_of_their_sex(demo_db, tmp_path):
    document = signed(demo_db)
    text = flat_text(replace(document, student_sex="F"), "ru", tmp_path)
    assert "года рождения, именуемая в дальнейшем «Обучающийся», действующая с согласия" in text
    text = flat_text(replace(document, student_sex="M"), "ru", tmp_path)
    assert "года рождения, именуемый в дальнейшем «Обучающийся», действующий с согласия" in text
    assert document.student_sex in ("M", "F")


def test_an_individual_entrepreneur_signs_on_a_basis_to_fill_in_not_a_charter(demo_db, tmp_path):
    document = replace(signed(demo_db), enterprise_name_ru="ИП «Шағын Веб»", enterprise_name_kk="«Шағын Веб» ЖК",
                       enterprise_signatory_position=("Жеке кәсіпкер", "Индивидуальный предприниматель"))
    ru, kk = flat_text(document, "ru", tmp_path), flat_text(document, "kk", tmp_path)
    assert ("ИП «Шағын Веб», именуемый в дальнейшем «Предприятие», от имени которого на основании "
            "______________________ действует индивидуальный предприниматель") in ru
    assert "(оның атынан ______________________ негізінде жеке кәсіпкер" in kk
