"""Printing the teacher-load documents from the window, on the demo college, as the deputy director sends them to
the director and the accountant: each document written in Kazakh and Russian under a name in its language and read
back (the teachers, the totals, the approval and the signatures), the workbook opened again, a document that cannot
be printed disabled with the reason in its tooltip, a file that cannot be written said in a message with nothing
half-written left, and the dialog whole on a 1366×768 screen."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.reports import finishing
from desktop.services import teacher_load_actual as actual, teacher_load_documents as docs, teachers
from desktop.services.demo_load import YEAR
from desktop.views.load.print_dialog import LoadPrintDialog

from tests.gui.layout_check import FRAME_HEIGHT, SCREEN, cut_texts

SIGNED = {"kk": ("БЕКІТЕМІН", "Колледж директоры", "Бас бухгалтер", "Директордың оқу ісі жөніндегі орынбасары", "М.О."),
          "ru": ("УТВЕРЖДАЮ", "Директор колледжа", "Главный бухгалтер", "Заместитель директора по учебной работе",
                 "М.П.")}
DEPUTY = "Байжанова Динара Ерланқызы"
DIRECTOR = "Сейтқалиев Ержан Болатұлы"


def figure(value) -> str:
    """A figure as the documents print it, with the no-break space read back as a space."""
    return finishing.figure(value).replace("\u00a0", " ")


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages).replace("\u00a0", " "))


def dialog_on(qtbot, db, tmp_path, **kwargs) -> LoadPrintDialog:
    dialog = LoadPrintDialog(db, YEAR, folder=str(tmp_path / "out"), **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog, document: str, language: str) -> None:
    getattr(dialog, document).setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData(language))


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_tarification_list_is_written_as_pdf_and_workbook_and_reads_back(qtbot, demo_db, tmp_path, dialogs,
                                                                             code):
    dialog = dialog_on(qtbot, demo_db, tmp_path)
    choose(dialog, "tarification", code)
    written = dialog.write()
    names = {"kk": "тарификациялық-тізім-2026-2027", "ru": "тарификационный-список-2026-2027"}[code]
    assert [p.name for p in written] == [f"{names}.pdf", f"{names}.xlsx"] and dialog.written == written
    doc = docs.tarification_list(demo_db, YEAR, code)
    text = text_of(written[0])
    total = figure(sum(t.hours_total for t in doc.teachers))
    assert total == "4 392"
    for expected in (*SIGNED[code], DIRECTOR, DEPUTY, *(t.name for t in doc.teachers), f" {total} "):
        assert expected in text, expected
    assert "ПРОЕКТ" not in text and "ЖОБА" not in text
    # a position the staff list wrote in Kazakh prints in Russian on the Russian list
    assert ("оқытушы" in text) == (code == "kk") and ("преподаватель" in text) == (code == "ru")
    sheet = load_workbook(written[1]).active
    cells = [v for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert all(t.name in cells for t in doc.teachers)
    total_row = next(r for r in sheet.iter_rows(min_row=9) if r[1].value in ("Жиыны", "Итого"))
    assert sum(sheet.cell(r, 9).value for r in range(9, total_row[0].row)) == 4392  # what the SUM formula gives
    assert total_row[8].value == f"=SUM(I9:I{total_row[0].row - 1})"
    assert SIGNED[code][0] in cells and SIGNED[code][2] in cells
    said = next(d for d in dialogs if d[0] == "box")
    assert said[1] == "Documents written" and str(tmp_path / "out") in said[2]
    assert f"{names}.pdf" in said[3] and f"{names}.xlsx" in said[3]


def test_a_draft_says_so_on_every_page(qtbot, demo_db, tmp_path, dialogs):
    dialog = dialog_on(qtbot, demo_db, tmp_path)
    choose(dialog, "tarification", "ru")
    dialog.xlsx.setChecked(False)
    dialog.draft.setChecked(True)
    written = dialog.write()
    assert len(written) == 1
    assert all("ПРОЕКТ" in page.extract_text() for page in PdfReader(written[0]).pages)


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_cards_of_the_teachers_chosen_are_one_pdf_signed_by_each(qtbot, demo_db, tmp_path, dialogs, code):
    staff = {t.full_name: t.id for t in teachers.list_teachers(demo_db)}
    chosen = [staff["Қасымова Жанар Бекқызы"], staff["Ким Елена Викторовна"]]
    dialog = dialog_on(qtbot, demo_db, tmp_path, teacher_ids=chosen)
    choose(dialog, "cards", code)
    assert dialog.chosen_only()
    written = dialog.write()
    assert [p.name for p in written] == [{"kk": "жеке-жүктеме-2026-2027.pdf",
                                          "ru": "индивидуальная-нагрузка-2026-2027.pdf"}[code]]
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(written[0]).pages]
    text = " ".join(pages)
    for card in docs.load_cards(demo_db, YEAR, code, chosen):
        assert card.teacher in text and f" {figure(card.total)} " in text
    assert "Сәрсенова" not in text  # only the two chosen
    production = {"kk": "Өндірістік", "ru": "Производ"}[code]
    teacher_sign, chair = {"kk": ("Оқытушы", "ПЦК төрағасы"), "ru": ("Преподаватель", "Председатель ПЦК")}[code]
    assert all(production in page for page in pages)  # the header, on every page
    assert text.count(chair) == 2 and text.count(f"{teacher_sign} ____") == 2  # each card signed
    # the master of production training gives her hours in the workshop: they show in their own column
    kasymova = docs.load_cards(demo_db, YEAR, code, [chosen[0]])[0]
    assert sum(r.production for r in kasymova.rows) > 0


def test_all_the_cards_when_asked_instead_of_the_chosen(qtbot, demo_db, tmp_path, dialogs):
    staff = {t.full_name: t.id for t in teachers.list_teachers(demo_db)}
    dialog = dialog_on(qtbot, demo_db, tmp_path, teacher_ids=[staff["Ким Елена Викторовна"]])
    choose(dialog, "cards", "ru")
    assert dialog.file_names() == ["индивидуальная-нагрузка-Ким-2026-2027.pdf"]
    dialog.who.setCurrentIndex(dialog.who.findData(False))
    written = dialog.write()
    assert len(PdfReader(written[0]).pages) >= len(docs.load_cards(demo_db, YEAR, "ru"))


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_department_summary_of_the_department_passed(qtbot, demo_db, tmp_path, dialogs, code):
    departments = {name_ru: dep_id for dep_id, _, name_ru in docs.printable(demo_db, YEAR).departments}
    it = departments["Информационные технологии"]
    dialog = dialog_on(qtbot, demo_db, tmp_path, department_id=it)
    choose(dialog, "summary", code)
    assert dialog.department.currentData() == it
    written = dialog.write()
    assert written[0].name == {"kk": "ПЦК-жүктемесі-Ақпараттық-технологиялар-2026-2027.pdf",
                               "ru": "сводная-нагрузка-ПЦК-Информационные-технологии-2026-2027.pdf"}[code]
    text = text_of(written[0])
    summary = docs.department_summary(demo_db, YEAR, code, it)
    total = figure(sum(c.total for c in summary.cards))
    for expected in (summary.department, *(c.teacher for c in summary.cards), f" {total} ", DEPUTY,
                     {"kk": "ПЦК төрағасы", "ru": "Председатель ПЦК"}[code]):
        assert expected in text, expected


@pytest.mark.parametrize("code, period, semester", [("kk", 0, None), ("ru", 1, 1), ("ru", 2, 2)])
def test_the_fulfilment_report_of_the_year_or_a_semester_adds_up_to_the_services_figures(
        qtbot, demo_db, tmp_path, dialogs, code, period, semester):
    dialog = dialog_on(qtbot, demo_db, tmp_path)
    choose(dialog, "fulfilment", code)
    dialog.period.setCurrentIndex(dialog.period.findData(period))
    written = dialog.write()
    assert ("семестр" in written[0].name) == (semester is not None)
    text = text_of(written[0])
    figures = actual.fulfilment(demo_db, YEAR, (semester,) if semester else (1, 2)).total
    grand = {"kk": "Жиыны", "ru": "Итого"}[code]
    # the grand total's plan, done and not done are the figures the window shows
    plan, done, not_done = (figure(v) for v in (figures.planned, figures.done, figures.not_done))
    assert re.search(rf"{grand} (\d[\d ]* )*{plan} {done} {not_done} ", text), (plan, done, not_done)
    assert DEPUTY in text and "Төлеуова Алия Нұрланқызы" in text


def test_nothing_to_print_leaves_every_document_disabled_with_the_reason(qtbot, db, tmp_path):
    dialog = dialog_on(qtbot, db, tmp_path)
    for button in (dialog.tarification, dialog.cards, dialog.fulfilment):
        assert not button.isEnabled() and "distribute the hours first" in button.toolTip()
    assert not dialog.summary.isEnabled() and "No department" in dialog.summary.toolTip()
    assert not dialog.write_button.isEnabled() and dialog.write_button.toolTip()
    assert dialog.write() == [] and not list(tmp_path.glob("out/*"))


def test_a_department_without_teachers_and_no_format_ticked_cannot_be_written(qtbot, demo_db, tmp_path):
    empty = teachers.add_department(demo_db, "Бос комиссия", "Пустая комиссия")
    dialog = dialog_on(qtbot, demo_db, tmp_path, department_id=empty)
    dialog.summary.setChecked(True)
    assert not dialog.write_button.isEnabled() and "has no teachers" in dialog.write_button.toolTip()
    dialog.tarification.setChecked(True)
    assert dialog.write_button.isEnabled()
    dialog.pdf.setChecked(False)
    dialog.xlsx.setChecked(False)
    assert not dialog.write_button.isEnabled() and "Tick PDF or Excel workbook" in dialog.write_button.toolTip()
    dialog.pdf.setChecked(True)
    dialog.folder.setText("")
    assert not dialog.write_button.isEnabled() and "folder" in dialog.write_button.toolTip()


def test_a_folder_that_cannot_be_made_is_said_and_nothing_is_written(qtbot, demo_db, tmp_path, dialogs):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    dialog = LoadPrintDialog(demo_db, YEAR, folder=str(blocked / "load"))
    qtbot.addWidget(dialog)
    assert dialog.write() == [] and dialog.written == [] and dialog.result() == 0
    said = next(d for d in dialogs if d[0] == "box")
    assert said[1] == "Not written" and "cannot be written" in said[3] and str(blocked) in said[3]


def test_a_file_open_in_excel_keeps_the_old_one_and_leaves_no_part(qtbot, demo_db, tmp_path, dialogs,
                                                                   monkeypatch):
    dialog = dialog_on(qtbot, demo_db, tmp_path)
    choose(dialog, "tarification", "ru")
    old = tmp_path / "out" / "тарификационный-список-2026-2027.xlsx"
    old.parent.mkdir()
    old.write_bytes(b"last week's list")

    def held(self, other):
        if Path(other).suffix == ".xlsx":  # Windows refuses to replace a workbook Excel has open
            raise PermissionError(13, "Permission denied", str(self), None, str(other))
        return original(self, other)

    original = Path.replace
    monkeypatch.setattr(Path, "replace", held)
    assert dialog.write() == []
    said = next(d for d in dialogs if d[0] == "box")
    assert said[1] == "Not written" and str(old) in said[3] and "close the file in the other program" in said[3]
    assert old.read_bytes() == b"last week's list"
    assert not [p for p in old.parent.iterdir() if p.name.startswith(".")]  # no part left behind


def test_the_file_name_chosen_in_the_save_dialog_is_kept(qtbot, demo_db, tmp_path, dialogs, monkeypatch):
    from desktop.views.load import print_dialog

    dialog = dialog_on(qtbot, demo_db, tmp_path)
    choose(dialog, "fulfilment", "kk")
    chosen = tmp_path / "elsewhere" / "қараша есебі.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr(print_dialog, "save_path", lambda *a, **k: str(chosen))
    dialog.choose_place()
    assert dialog.file_names() == ["қараша есебі.pdf"] and dialog.folder.text() == str(chosen.parent)
    assert dialog.write() == [chosen] and chosen.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("code, expected", [("kk", "kk"), ("ru", "ru"), ("en", "kk")])
def test_the_document_language_follows_the_interface(qtbot, demo_db, tmp_path, language, code, expected):
    language(code)
    assert dialog_on(qtbot, demo_db, tmp_path).language.currentData() == expected


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_dialog_fits_a_1366_screen_with_no_text_cut(qtbot, demo_db, tmp_path, language, code):
    language(code)
    dialog = dialog_on(qtbot, demo_db, tmp_path, department_id=None)
    dialog.show()
    qtbot.waitExposed(dialog)
    for document in ("tarification", "cards", "summary", "fulfilment"):
        getattr(dialog, document).setChecked(True)
        assert cut_texts(dialog) == [], document
    least = dialog.minimumSizeHint()
    assert least.width() <= SCREEN[0] and least.height() <= SCREEN[1] - FRAME_HEIGHT
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - FRAME_HEIGHT


def test_the_fulfilment_report_of_one_department(qtbot, demo_db, tmp_path, dialogs):
    departments = {name_ru: dep_id for dep_id, _, name_ru in docs.printable(demo_db, YEAR).departments}
    languages = departments["Языки"]
    dialog = dialog_on(qtbot, demo_db, tmp_path, department_id=languages)
    choose(dialog, "fulfilment", "ru")
    assert dialog.only_department.isChecked() and dialog.department.isEnabled()
    written = dialog.write()
    assert written[0].name == "выполнение-нагрузки-Языки-2026-2027.pdf"
    text = text_of(written[0])
    assert "Иванова Татьяна Сергеевна" in text and "Ким Елена Викторовна" not in text
    assert "Председатель ПЦК" in text  # a department's report is signed by its chair too
    dialog = dialog_on(qtbot, demo_db, tmp_path, department_id=languages)
    choose(dialog, "fulfilment", "ru")
    dialog.only_department.setChecked(False)
    assert not dialog.department.isEnabled() and dialog.file_names() == ["выполнение-нагрузки-2026-2027.pdf"]


def test_the_document_proposed_follows_where_the_dialog_was_opened(qtbot, demo_db, tmp_path):
    staff = {t.full_name: t.id for t in teachers.list_teachers(demo_db)}
    departments = {name_ru: dep_id for dep_id, _, name_ru in docs.printable(demo_db, YEAR).departments}
    card = dialog_on(qtbot, demo_db, tmp_path, teacher_ids=[staff["Ким Елена Викторовна"]])
    assert card.cards.isChecked() and card.chosen_only() and card.ticked() == [staff["Ким Елена Викторовна"]]
    summary = dialog_on(qtbot, demo_db, tmp_path, department_id=departments["Языки"])
    assert summary.summary.isChecked() and summary.department.currentData() == departments["Языки"]
    assert dialog_on(qtbot, demo_db, tmp_path).tarification.isChecked()


def test_the_cards_of_several_teachers_ticked_from_print(qtbot, demo_db, tmp_path, dialogs):
    staff = {t.full_name: t.id for t in teachers.list_teachers(demo_db)}
    dialog = dialog_on(qtbot, demo_db, tmp_path)
    choose(dialog, "cards", "ru")
    assert not dialog.chosen_only() and not dialog.people.isEnabled()
    dialog.who.setCurrentIndex(dialog.who.findData(True))
    assert dialog.people.isEnabled() and not dialog.write_button.isEnabled()
    assert "Tick the teachers" in dialog.write_button.toolTip()
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert len(names) == len(docs.printable(demo_db, YEAR).teachers_with_load)
    for name in ("Ким Елена Викторовна", "Қасымова Жанар Бекқызы"):
        dialog.people.item(names.index(name)).setCheckState(Qt.CheckState.Checked)
    assert sorted(dialog.request().teacher_ids) == sorted([staff["Ким Елена Викторовна"],
                                                            staff["Қасымова Жанар Бекқызы"]])
    written = dialog.write()
    text = text_of(written[0])
    assert "Ким Елена Викторовна" in text and "Қасымова Жанар Бекқызы" in text and "Сәрсенова" not in text


def test_the_dialog_stays_open_after_writing_for_the_next_document(qtbot, demo_db, tmp_path, dialogs):
    dialog = dialog_on(qtbot, demo_db, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    choose(dialog, "tarification", "kk")
    first = dialog.write()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    choose(dialog, "fulfilment", "ru")
    second = dialog.write()
    assert dialog.written == first + second and all(p.exists() for p in dialog.written)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
