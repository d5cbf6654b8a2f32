"""Where Zhospar keeps its files.

Everything resolves through one Paths object made in main(); ZHOSPAR_HOME puts all of it under
one folder (tests, portable installs), --db points at another database.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "Zhospar"
DB_FILE = "zhospar.sqlite"
DEMO_DB_FILE = "zhospar-demo.sqlite"


class Paths(NamedTuple):
    data: Path
    config: Path
    logs: Path
    backups: Path

    @property
    def default_db(self) -> Path:
        return self.data / DB_FILE

    @property
    def demo_db(self) -> Path:
        return self.data / "demo" / DEMO_DB_FILE

    @property
    def log_file(self) -> Path:
        return self.logs / "zhospar.log"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    def ensure(self) -> "Paths":
        for folder in (self.data, self.config, self.logs, self.backups):
            private_folder(folder)
        return self


def resolve_paths(home: str | os.PathLike | None = None) -> Paths:
    home = home or os.environ.get("ZHOSPAR_HOME")
    if home:
        root = Path(home)
        return Paths(root / "data", root / "config", root / "logs", root / "data" / "backups")
    import platformdirs  # noqa: PLC0415 - resolved once, at start

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return Paths(data, Path(dirs.user_config_dir), Path(dirs.user_log_dir), data / "backups")


# The data files live in resources/ at the top of the repository; the build copies them into the
# package (setup.py), so an installed Zhospar finds them beside this module and a source checkout
# (editable install) one folder up.
_PACKAGED = Path(__file__).resolve().parent / "resources"
RESOURCES = _PACKAGED if _PACKAGED.is_dir() else Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file shipped inside the package (fonts, icons, demo data, rule sets, catalogues).

    The wheel installs as plain files, so a path next to this module is enough (and cheaper at start
    than importlib.resources)."""
    return RESOURCES.joinpath(*parts)


# Personal data (law No. 94-V of 21 May 2013): the database, its backups, the log and the folders that
# hold them are the owner's alone, whatever the umask (0o022 would make them world-readable).
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def owner_only(path: Path) -> None:
    """Let the owner alone read a file that carries personal data."""
    os.chmod(path, PRIVATE_FILE)


def private_folder(folder: Path) -> Path:
    """Create `folder` (and the parents it needs) for the owner alone, and make it so if it exists."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for new in reversed(missing):
        new.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)  # the umask only takes bits away from 0o700
        os.chmod(new, PRIVATE_FOLDER)
    os.chmod(folder, PRIVATE_FOLDER)
    return folder


def private_file(path: Path) -> bool:
    """Create an empty `path` for the owner alone before anything is written to it; False if it exists.

    SQLite gives a database's -wal, -shm and -journal files the main file's permissions, so a database
    created this way keeps its side files private too (an empty file is a valid empty database)."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(handle)
    os.chmod(path, PRIVATE_FILE)  # a umask such as 0o200 would have taken the owner's write bit
    return True
