"""Installing the Kazakh, Russian or English catalogues, ours and Qt's own."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource_path
from desktop.views.settings import LANGUAGES

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}  # each in its own language
QT_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}


def current_language() -> str:
    """The interface language now in use (QLocale's default follows Translations.install)."""
    name = QLocale().name()[:2]
    return name if name in LANGUAGES else "en"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "kk"


def catalogue_folder() -> Path:
    """The .qm files: shipped in the package; in a source checkout, compiled from i18n/*.ts on first use."""
    shipped = resource_path("i18n")
    if (shipped / "zhospar_kk.qm").exists():
        return shipped
    sources = Path(__file__).resolve().parents[2] / "i18n"
    if sources.is_dir():
        from desktop.catalogs import compile_catalogs  # noqa: PLC0415

        compile_catalogs(sources, shipped)
        log.info("compiled translation catalogues from %s", sources)
    return shipped


# The bytes of every catalogue loaded: Qt reads them where they lie for as long as the application lives.
_LOADED: list[bytes] = []


def _load_copy(translator: QTranslator, path: Path) -> bool:
    """Load a catalogue from a copy in memory. Loaded by its file name, Qt maps the file and reads it in place for
    the whole run: a catalogue rewritten meanwhile (compiled again from the sources, a reinstall) then crashed the
    running app inside Qt at its next translated text (a segfault or a bus error, no dialog)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if not translator.load(data, str(path.parent)):
        return False
    _LOADED.append(data)
    return True


class Translations:
    def __init__(self):
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        ours = QTranslator(app)
        if _load_copy(ours, catalogue_folder() / f"zhospar_{language}.qm"):
            self._installed.append(ours)
        else:
            log.warning("no catalogue for %s", language)
        qt_own = QTranslator(app)
        if language != "en" and qt_own.load(f"qtbase_{language}",
                                            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt_own)
        for translator in self._installed:
            app.installTranslator(translator)
