"""Open and save dialogs start in Documents the first time and in the folder the user last used afterwards, never
in the folder the program happened to be started from."""
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def location(kind):
        return str(folder) if kind == QStandardPaths.StandardLocation.DocumentsLocation else real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    monkeypatch.chdir(tmp_path)  # the working folder is not where a dialog may start
    return folder


@pytest.fixture
def asked(monkeypatch):
    """Every file dialog answered: the folder it started in is recorded; `answers` says what the user picks."""
    started: list[str] = []
    answers: list[str] = []

    def dialog(parent, caption="", directory="", *args, **kwargs):
        started.append(directory)
        return (answers.pop(0) if answers else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return started, answers


def _folder(directory: str) -> Path:
    """The folder a dialog started in (a save dialog is given the suggested file in it)."""
    path = Path(directory)
    return path.parent if path.suffix else path


def test_the_first_dialog_starts_in_documents_and_the_next_where_the_user_saved(make_window, demo_db, documents,
                                                                                 asked, tmp_path, dialogs):
    started, answers = asked
    window = make_window(demo_db)
    classifier = window.page("classifier")
    exports = tmp_path / "exports"
    exports.mkdir()
    answers.append(str(exports / "classifier.xlsx"))
    classifier.export_file()
    assert _folder(started[-1]) == documents
    assert (exports / "classifier.xlsx").exists()

    # Every other page's dialog now starts in the folder of that export.
    window.page("curricula").import_file()
    window.page("contingent").import_excel()
    window.page("nedb").export_workbook()
    window.page("nedb").import_file()
    window.page("reports").contingent.save_pdf()
    classifier.import_file()
    assert [_folder(d) for d in started[1:]] == [exports] * 6


def test_a_folder_that_is_gone_falls_back_to_documents(make_window, demo_db, documents, asked, tmp_path):
    started, answers = asked
    window = make_window(demo_db)
    gone = tmp_path / "usb-stick"
    window.ctx.settings.set_last_folder(str(gone))
    window.page("contingent").import_excel()
    assert _folder(started[-1]) == documents


def test_the_report_pack_goes_to_the_last_folder_and_choosing_one_is_remembered(make_window, demo_db, documents,
                                                                                  asked, tmp_path, monkeypatch):
    started, _ = asked
    window = make_window(demo_db)
    pack = window.page("reports").pack
    assert Path(pack.folder.text()) == documents
    chosen = tmp_path / "reports-2026"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    pack.choose_folder()
    assert pack.folder.text() == str(chosen)
    window.page("classifier").import_file()
    assert _folder(started[-1]) == chosen


def test_databases_open_from_the_last_database_folder_and_new_ones_get_a_free_name(make_window, demo_db, asked,
                                                                                   tmp_path, paths):
    from desktop.views import database_actions

    started, _ = asked
    window = make_window(demo_db)
    database_actions.ask_open(window, window.ctx)
    assert Path(started[-1]) == paths.data  # nothing opened yet: the data folder, where the database lives
    shared = tmp_path / "shared"
    shared.mkdir()
    window.ctx.settings.add_recent(str(shared / "college.sqlite"))
    database_actions.ask_open(window, window.ctx)
    assert Path(started[-1]) == shared

    (paths.data / "college.sqlite").touch()
    database_actions.ask_new(window, window.ctx)
    assert Path(started[-1]) == paths.data / "college-2.sqlite"  # never the name of a database already there


def test_the_curriculum_editor_exports_where_the_user_saved_last(open_draft, documents, asked, tmp_path):
    started, _ = asked
    editor = open_draft("en")
    plans = tmp_path / "plans"
    plans.mkdir()
    editor.window().ctx.settings.set_last_folder(str(plans))
    editor.export_excel()
    assert _folder(started[-1]) == plans


def test_each_kind_of_file_remembers_its_own_folder(make_window, demo_db, documents, asked, tmp_path, monkeypatch,
                                                    dialogs):
    """The report pack in one folder, a printed curriculum in another: each dialog starts where its own kind of
    file went last; a kind never used yet starts where any file went last."""
    started, answers = asked
    window = make_window(demo_db)
    packs, classifiers = tmp_path / "packs", tmp_path / "classifier"
    packs.mkdir()
    classifiers.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(packs))
    window.page("reports").pack.choose_folder()
    answers.append(str(classifiers / "classifier.xlsx"))
    window.page("classifier").export_file()
    assert _folder(started[-1]) == packs  # the classifier was never exported: the last folder of any kind
    window.page("curricula").import_file()
    assert _folder(started[-1]) == classifiers  # no curriculum imported yet: the last folder used
    window.page("classifier").import_file()
    assert _folder(started[-1]) == classifiers
    # The pack's own folder is still the pack's, though another folder was used since.
    from desktop.views.file_dialogs import start_folder

    assert start_folder("pack") == packs and start_folder("classifier") == classifiers
    window.ctx.settings.set_purpose_folder("pack", str(tmp_path / "gone"))
    assert start_folder("pack") == classifiers  # a vanished folder: the last one used


def test_a_printed_curriculum_is_offered_a_name_saying_what_it_is(open_draft, documents, asked, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    started, _ = asked
    editor = open_draft("ru")
    editor.save()
    c = editor.model.curriculum
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, current=0, *a, **k:
                        (items[1], True))  # the document in Russian
    editor.print_pdf()
    assert Path(started[-1]).name == f"Учебный план {c.specialty} {c.intake_year} (ru).pdf"
    editor.export_excel()
    assert Path(started[-1]).name == f"Оқу жоспары {c.specialty} {c.intake_year} ({c.language}).xlsx" \
        if c.language == "kk" else f"Учебный план {c.specialty} {c.intake_year} (ru).xlsx"
