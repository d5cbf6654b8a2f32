"""Open and save dialogs that start where the user last saved or opened a file of the same kind (a `purpose`:
the report pack, supplements, a printed curriculum…), else where any file was last saved or opened, else in
Documents: not in whatever folder the program was started from, and not in the folder of another task."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.views import settings


def start_folder(purpose: str | None = None) -> Path:
    active = settings.active()
    remembered = [active.purpose_folder(purpose) if active and purpose else "",
                  active.last_folder() if active else ""]
    for folder in remembered:
        if folder and Path(folder).is_dir():
            return Path(folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(folder: str, purpose: str | None = None) -> None:
    """`folder` as the last one used (for `purpose` and in general)."""
    active = settings.active()
    if not folder or not active:
        return
    active.set_last_folder(folder)
    if purpose:
        active.set_purpose_folder(purpose, folder)


def _remember(path: str, purpose: str | None) -> str:
    if path:
        remember_folder(str(Path(path).parent), purpose)
    return path


def save_path(parent: QWidget, title: str, file_name: str, filters: str,
              options: QFileDialog.Option | None = None, purpose: str | None = None) -> str:
    """The path the user chose to save `file_name` under ("" when cancelled)."""
    start = str(start_folder(purpose) / file_name)
    if options is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    else:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters, options=options)
    return _remember(path, purpose)


def open_path(parent: QWidget, title: str, filters: str, purpose: str | None = None) -> str:
    """The file the user chose to open ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(purpose)), filters)
    return _remember(path, purpose)


def folder_path(parent: QWidget, title: str, purpose: str | None = None, start: str = "") -> str:
    """The folder the user chose ("" when cancelled), starting at `start` or where `purpose` last went."""
    chosen = QFileDialog.getExistingDirectory(parent, title, start or str(start_folder(purpose)))
    if chosen:
        remember_folder(chosen, purpose)
    return chosen
