"""The college page edits the deputy director for academic work and the bank's name in Russian beside the
Kazakh one; neither is required (no asterisk, as only the two names are), both are saved and read back."""
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop.services import college
from desktop.views.pages.college_page import CollegePage


def label_of(page: CollegePage, name: str) -> str:
    form = page.edits[name].parentWidget().layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(page.edits[name])
    assert isinstance(label, QLabel)
    return label.text()


def test_the_deputy_and_the_russian_bank_name_are_edited_and_saved(qtbot, db):
    page = CollegePage(db)
    qtbot.addWidget(page)
    assert label_of(page, "deputy_director") == "Deputy director for academic work"
    assert (label_of(page, "bank_name"), label_of(page, "bank_name_ru")) == ("Bank, in Kazakh", "Bank, in Russian")
    assert label_of(page, "name_kk").endswith(" *")
    assert not any(label_of(page, name).endswith("*") for name in ("deputy_director", "bank_name", "bank_name_ru"))
    page.edits["name_kk"].setText("Колледж")
    page.edits["name_ru"].setText("Колледж")
    page.edits["deputy_director"].setText("Байжанова Динара Ерланқызы")
    page.edits["bank_name"].setText("«Қазақстан Халық Банкі» АҚ")
    page.edits["bank_name_ru"].setText("АО «Народный Банк Казахстана»")
    assert page.is_dirty() and page.save()
    profile = college.get_profile(db)
    assert profile.deputy_director == "Байжанова Динара Ерланқызы"
    assert profile.bank_name_in("ru") == "АО «Народный Банк Казахстана»"
    page.edits["deputy_director"].setText("")
    page.revert()
    assert page.edits["deputy_director"].text() == "Байжанова Динара Ерланқызы" and not page.is_dirty()


def test_the_chief_accountant_who_signs_the_tarification_list_is_kept(qtbot, db):
    page = CollegePage(db)
    qtbot.addWidget(page)
    assert label_of(page, "chief_accountant") == "Chief accountant"
    assert "tarification" in page.edits["chief_accountant"].toolTip()
    page.edits["name_kk"].setText("Колледж")
    page.edits["name_ru"].setText("Колледж")
    page.edits["chief_accountant"].setText("Омарова Ләззат Бақытжанқызы")
    assert page.save()
    assert college.get_profile(db).chief_accountant == "Омарова Ләззат Бақытжанқызы"
