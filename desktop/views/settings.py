"""What the application remembers between runs, per user (language, recent databases, window geometry, column
widths and splitter sizes)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("kk", "ru", "en")
MAX_RECENT = 8
_ACTIVE: list[AppSettings] = []  # the running window's settings, for the views that remember sizes


class AppSettings:
    def __init__(self, settings_file: Path):
        self._qs = QSettings(str(settings_file), QSettings.Format.IniFormat)

    def language(self, default: str) -> str:
        value = self._qs.value("ui/language", default)
        return value if value in LANGUAGES else default

    def set_language(self, language: str) -> None:
        self._qs.setValue("ui/language", language)
        self._qs.sync()

    def recent_databases(self) -> list[str]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, target: str) -> None:
        recent = [target] + [r for r in self.recent_databases() if r != target]
        self._qs.setValue("files/recent", recent[:MAX_RECENT])
        self._qs.sync()

    def remove_recent(self, target: str) -> None:
        self._qs.setValue("files/recent", [r for r in self.recent_databases() if r != target])
        self._qs.sync()

    # The database open when the app was last left, reopened at the next start: a registrar who worked in the demo
    # or in a file of their own must find that work again, not the empty default database.
    def last_database(self) -> str:
        return str(self._qs.value("files/last", "") or "")

    def set_last_database(self, target: str) -> None:
        self._qs.setValue("files/last", target)
        self._qs.sync()

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("ui/geometry", geometry)
        self._qs.sync()

    def last_folder(self) -> str:
        return str(self._qs.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self._qs.setValue("files/last_folder", folder)
        self._qs.sync()

    def purpose_folder(self, purpose: str) -> str:
        """The folder last used for one kind of file ("pack", "curriculum-print"…); "" when none was yet."""
        return str(self._qs.value(f"files/folder_{purpose}", "") or "")

    def set_purpose_folder(self, purpose: str, folder: str) -> None:
        self._qs.setValue(f"files/folder_{purpose}", folder)
        self._qs.sync()

    def sizes(self, key: str) -> list[int]:
        """Remembered sizes of a view part (a tree's columns, a splitter's panes); [] when none are."""
        value = self._qs.value(f"sizes/{key}", [])
        if isinstance(value, str):
            value = [value]
        try:
            return [int(v) for v in value or []]
        except (TypeError, ValueError):
            return []

    def set_sizes(self, key: str, sizes: list[int]) -> None:
        self._qs.setValue(f"sizes/{key}", [str(int(s)) for s in sizes])
        self._qs.sync()

    # A printer's calibration for the pre-printed supplement blank: how far (mm) its output must move to land on the
    # blank's fields. Each printer feeds paper its own way, so it is kept per printer name.
    @staticmethod
    def _printer_key(printer: str) -> str:
        from urllib.parse import quote  # noqa: PLC0415

        return "calibration/" + quote(printer.strip() or "-", safe="")  # a "/" or "\\" of a network printer's name

    def calibration(self, printer: str) -> tuple[float, float]:
        """(dx, dy) in millimetres remembered for the printer; (0, 0) when none is."""
        value = self._qs.value(self._printer_key(printer), [])
        if isinstance(value, str):
            value = [value]
        try:
            dx, dy = (float(v) for v in value)
        except (TypeError, ValueError):
            return 0.0, 0.0
        return dx, dy

    def set_calibration(self, printer: str, dx: float, dy: float) -> None:
        self._qs.setValue(self._printer_key(printer), [f"{float(dx):g}", f"{float(dy):g}"])
        self._qs.sync()


def set_active(settings: AppSettings | None) -> None:
    _ACTIVE[:] = [settings] if settings is not None else []


def active() -> AppSettings | None:
    """The settings of the running window; None in a view made on its own (a test of one dialog)."""
    return _ACTIVE[0] if _ACTIVE else None
