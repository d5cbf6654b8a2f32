"""Help › User guide (F1): a short task-oriented guide in the interface language, read from resources/guide/ (HTML
shipped with the package, so it can be corrected without touching the code)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from desktop.paths import resource_path

PREFERRED_SIZE = (780, 660)
# The interface's own names (menus, buttons, tabs) are marked class="ui" in the guide and shown in bold.
STYLE = ".ui { font-weight: bold; } h1 { font-size: x-large; } h2 { margin-top: 18px; }"


def guide_file(language: str) -> Path:
    """The guide in `language`, or the English one for a language it is not written in."""
    wanted = resource_path("guide", f"guide_{language}.html")
    return wanted if wanted.is_file() else resource_path("guide", "guide_en.html")


class GuideWindow(QDialog):
    """Not modal: the user keeps it open beside the window and follows the steps."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(True)  # a web address opens in the browser; the contents' #links stay here
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.document().setDocumentMargin(14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.language = ""
        self.show_language(language)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = PREFERRED_SIZE
        if free is not None:  # a 1366×768 laptop: never taller than the screen less the window frame
            width, height = min(width, free.width() - 40), min(height, free.height() - 80)
        self.resize(width, height)

    def show_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        path = guide_file(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.setWindowTitle(self.browser.documentTitle() or "Zhospar")
