import pytest

from desktop.views.context import AppContext, load_fonts
from desktop.views.i18n import Translations
from desktop.views.main_window import MainWindow
from desktop.views.settings import AppSettings


@pytest.fixture
def make_window(qtbot, qapp, paths):
    qapp.setFont(load_fonts())
    made = []

    def make(db, language="en", is_demo=False):
        translations = Translations()
        translations.install(language)
        window = MainWindow(AppContext(paths, AppSettings(paths.settings_file), translations), db, is_demo)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(translations)
        return window

    yield make
    Translations().install("en")


@pytest.fixture
def language(qapp):
    """The interface in a language, as the View menu sets it; English again afterwards (a test file may
    define its own, parametrized one)."""
    qapp.setFont(load_fonts())

    def install(code: str) -> str:
        Translations().install(code)
        return code

    yield install
    Translations().install("en")


@pytest.fixture
def dialogs(monkeypatch):
    """Modal message boxes answered at once; what they said is recorded."""
    from PySide6.QtWidgets import QMessageBox

    said = []

    def record(kind, answer):
        def show(parent, title, text, *args, **kwargs):
            said.append((kind, title, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(("box", self.windowTitle(), self.text(), self.informativeText())) or 0)
    return said


@pytest.fixture(autouse=True, scope="module")
def collected_between_modules(qapp):
    """A test file's windows are collected when it ends, on the GUI thread with no worker running, not in the
    middle of the next file's background work (a segfault in that collection was seen once the grades tests'
    windows were collected while the hours-taught import ran its worker; the cause is not found)."""
    yield
    import gc

    qapp.processEvents()
    gc.collect()


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A question nobody answers would hang the run: unless a test says otherwise, discard."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def open_draft(make_window, demo_db):
    """A new draft copied from the demo's first curriculum, open in the editor of a window in `language`."""
    from desktop.services import curricula  # noqa: PLC0415

    def open_in(language="en"):
        window = make_window(demo_db, language)
        window.show_page("curricula")
        page = window.page("curricula")
        draft = curricula.create(demo_db, curricula.get_curriculum(demo_db, 1).curriculum)
        page.reload()
        page.open_curriculum(draft)
        return page.editor

    return open_in
