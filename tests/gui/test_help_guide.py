"""Help › User guide (F1): a guide in the interface language that names the menus and buttons as they are."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop.paths import resource_path
from desktop.views.help_guide import guide_file

I18N = Path(__file__).resolve().parents[2] / "i18n"
TITLES = {"kk": "Zhospar: пайдаланушы нұсқаулығы", "ru": "Zhospar: руководство пользователя",
          "en": "Zhospar: user guide"}
TOPICS = {  # every part of a working day the guide must cover, in the words of each language
    "kk": ("демо", "Жаңа жоспар…", "Бекіту…", "Қозғалыс бұйрығы…", "ҰБДҚ файлын импорттау…", "Қол қою",
           "Тапсырманы жеребемен таңдау", "Есептер жинағын жасау", "Сақтық көшірме жасау"),
    "ru": ("демо", "Новый план…", "Утвердить…", "Приказ о движении…", "Импорт файла НОБД…", "Подписать",
           "Жеребьёвка задания", "Сформировать пакет отчётности", "Сделать резервную копию"),
}


def _quoted(language: str) -> list[str]:
    html = guide_file(language).read_text(encoding="utf-8")
    return [re.sub(r"\s+", " ", name) for name in re.findall(r'<span class="ui">(.*?)</span>', html, re.S)]


def _interface_words(language: str) -> set[str]:
    """Every text of the interface in `language` (the catalogue's translations; English: the sources), without the
    & of keyboard accelerators."""
    words = set()
    for message in ET.parse(I18N / f"zhospar_{language}.ts").getroot().iter("message"):
        text = message.findtext("source") if language == "en" else message.findtext("translation")
        words.add((text or "").replace("&", ""))
    return words


def _guide_action(window) -> QAction:
    return next(a for menu in window.menuBar().actions() for a in menu.menu().actions()
                if a.objectName() == "user_guide")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_f1_opens_the_guide_in_the_interface_language(make_window, demo_db, qtbot, language):
    window = make_window(demo_db, language)
    qtbot.waitUntil(lambda: not window._shortcuts)  # key sequences are set once the window has painted
    action = _guide_action(window)
    assert action.shortcut().toString() == "F1"
    action.trigger()  # offscreen windows are never active: trigger what F1 triggers
    guide = window.guide
    assert guide.isVisible()
    assert guide.windowTitle() == TITLES[language]
    text = guide.browser.toPlainText()
    for topic in TOPICS[language]:
        assert topic in text
    screen = QApplication.primaryScreen().availableGeometry()
    assert guide.width() <= screen.width() and guide.height() <= screen.height()  # the frame fits too


def test_the_guide_follows_a_language_change_and_stays_one_window(make_window, demo_db):
    window = make_window(demo_db, "kk")
    window.show_guide()
    first = window.guide
    window.set_language("ru")
    window.show_guide()
    assert window.guide is first
    assert window.guide.windowTitle() == TITLES["ru"]
    assert "Приказ о движении…" in window.guide.browser.toPlainText()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_name_the_guide_quotes_is_a_name_the_interface_shows(language):
    quoted = _quoted(language)
    assert len(quoted) > 80  # the menus and buttons of every area
    unknown = sorted(set(quoted) - _interface_words(language))
    assert unknown == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_menus_quoted_are_the_window_s_own(make_window, demo_db, language):
    """The File and Help menu names as the running window shows them, and every area of the navigation."""
    window = make_window(demo_db, language)
    shown = {a.objectName(): a.text().replace("&", "") for menu in window.menuBar().actions()
             for a in menu.menu().actions()}
    quoted = set(_quoted(language))
    for name in ("open_demo", "backup", "restore", "data_folder"):
        assert shown[name] in quoted, name
    for row in range(window.nav.count()):
        assert window.nav.item(row).text() in quoted


def test_the_guides_ship_with_the_package():
    for language in ("kk", "ru", "en"):
        assert resource_path("guide", f"guide_{language}.html").is_file()
    assert guide_file("de") == resource_path("guide", "guide_en.html")  # a language without a guide: English
    manifest = (Path(__file__).resolve().parents[2] / "MANIFEST.in").read_text()
    assert "graft resources" in manifest  # the source distribution carries resources/, setup.py copies it in


def test_the_overview_says_where_the_guide_is(make_window, demo_db, db):
    from PySide6.QtWidgets import QLabel

    for database in (demo_db, db):  # a college in use, and a new database's welcome
        window = make_window(database)
        assert "User guide (F1)" in window.page("overview").findChild(QLabel, "guide_hint").text()


MOVEMENT_LABEL = {"kk": "Қозғалыс", "ru": "Движение", "en": "Movement"}
ADMISSION = {"kk": "қабылдау", "ru": "зачисление", "en": "admission"}
NEW_STUDENT = {"kk": "Жаңа студент…", "ru": "Новый студент…", "en": "New student…"}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_movement_kinds_the_guide_lists_are_the_order_dialogs(language):
    """Issue #16: the guide offered "қабылдау" (admission) in the order dialog, which has no such kind: a new
    student is enrolled through New student."""
    from desktop.domain.contingent import MovementKind
    from desktop.views.contingent.order_dialog import KINDS

    assert MovementKind.ADMISSION.value not in KINDS
    html = re.sub(r"\s+", " ", guide_file(language).read_text(encoding="utf-8"))
    listed = html.split(f'<span class="ui">{MOVEMENT_LABEL[language]}</span>', 1)[1].split(":", 1)[1].split(".", 1)[0]
    words = [w.strip() for w in listed.split(",")]
    assert ADMISSION[language] not in words and len(words) == len(KINDS)
    after = html.split(listed, 1)[1][:400]
    assert f'<span class="ui">{NEW_STUDENT[language]}</span>' in after  # where admission is done instead
