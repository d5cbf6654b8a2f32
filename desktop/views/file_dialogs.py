"""Open and save dialogs that start where the user last saved or opened a file (Documents the first time),
not in whatever folder the program was started from."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.views import settings


def start_folder() -> Path:
    remembered = settings.active().last_folder() if settings.active() else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember(path: str) -> str:
    if path and settings.active():
        settings.active().set_last_folder(str(Path(path).parent))
    return path


def save_path(parent: QWidget, title: str, file_name: str, filters: str,
              options: QFileDialog.Option | None = None) -> str:
    """The path the user chose to save `file_name` under ("" when cancelled)."""
    start = str(start_folder() / file_name)
    if options is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    else:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters, options=options)
    return _remember(path)


def open_path(parent: QWidget, title: str, filters: str) -> str:
    """The file the user chose to open ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    return _remember(path)
