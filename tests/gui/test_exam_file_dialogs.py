"""The Demonstration exams page's file dialogs (the protocol, the results workbook, a marking scheme, a sheet of
scores) start in the folder the user last saved to or opened from, with the file's own name offered."""
from PySide6.QtWidgets import QFileDialog, QInputDialog


def test_save_and_open_dialogs_start_where_the_last_file_went(make_window, demo_db, monkeypatch, tmp_path, dialogs):
    page = make_window(demo_db, "ru").page("exams")
    page.sessions.selectRow(next(n for n, s in enumerate(page.session_model.rows()) if s.status == "held"))
    session_id = page.selected_session().id
    folder = tmp_path / "Экзамены"
    folder.mkdir()
    offered, opened = [], []

    def choose(parent, title, start, filters, *args, **kwargs):
        offered.append(start)
        return str(folder / start.rsplit("/", 1)[-1]), filters

    def pick(parent, title, start, filters, *args, **kwargs):
        opened.append(start)
        return "", ""  # cancelled: nothing is read

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert page.print_protocol() == folder / f"протокол-{session_id}-ru.pdf"
    assert page.save_results() == folder / f"результаты-{session_id}-ru.xlsx"
    assert offered[0].endswith(f"протокол-{session_id}-ru.pdf") and offered[1] == str(folder / f"результаты-{session_id}-ru.xlsx")
    page.import_scores()
    page.import_scheme()
    assert opened == [str(folder), str(folder)]
    assert (folder / f"протокол-{session_id}-ru.pdf").exists() and (folder / f"результаты-{session_id}-ru.xlsx").exists()


def test_the_protocol_is_offered_under_a_kazakh_name_in_kazakh(make_window, demo_db, monkeypatch, tmp_path):
    page = make_window(demo_db, "kk").page("exams")
    page.sessions.selectRow(next(n for n, s in enumerate(page.session_model.rows()) if s.status == "held"))
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filters, *a, **k:
                        offered.append(start.rsplit("/", 1)[-1]) or ("", ""))
    page.print_protocol()
    page.save_results()
    number = page.selected_session().id
    assert offered == [f"хаттама-{number}-kk.pdf", f"нәтижелер-{number}-kk.xlsx"]
