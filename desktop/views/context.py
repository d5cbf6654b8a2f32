"""What every window shares: where files live, remembered settings, the installed language."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon

from desktop.paths import Paths, resource_path
from desktop.views.i18n import Translations
from desktop.views.settings import AppSettings

FONT_FAMILY = "Noto Sans"


class AppContext:
    def __init__(self, paths: Paths, settings: AppSettings, translations: Translations):
        self.paths = paths
        self.settings = settings
        self.translations = translations

    @property
    def language(self) -> str:
        return self.translations.language


def load_fonts() -> QFont:
    """Register the shipped font so Kazakh letters show on any machine, even one without fonts."""
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    font = QFont(FONT_FAMILY)
    font.setPointSize(10)
    return font


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))
