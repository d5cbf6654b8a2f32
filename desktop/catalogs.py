"""Compile Qt translation sources (.ts) into binary catalogues (.qm).

Stdlib only: the build (setup.py) loads this file by path before any dependency is importable
in the project itself; lrelease comes from the PySide6 wheel of the build environment.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("kk", "ru", "en")


def find_tool(name: str) -> str:
    """Path of a Qt linguist tool (lrelease, lupdate) shipped with PySide6."""
    try:
        import PySide6  # noqa: PLC0415 - only the build and the scripts need it

        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    except ImportError:
        pass
    for found in (shutil.which(f"pyside6-{name}"), shutil.which(name)):
        if found:
            return found
    raise FileNotFoundError(f"Qt tool {name!r} not found; install PySide6-Essentials")


def compile_catalogs(source_dir: Path, target_dir: Path) -> list[Path]:
    """Compile every zhospar_*.ts in source_dir to target_dir; return the written files."""
    target_dir.mkdir(parents=True, exist_ok=True)
    lrelease = find_tool("lrelease")
    written = []
    for ts in sorted(Path(source_dir).glob("zhospar_*.ts")):
        qm = target_dir / (ts.stem + ".qm")
        # Written beside and then renamed: a running Zhospar that maps the old file keeps reading it whole.
        fresh = target_dir / (ts.stem + ".qm.new")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        os.replace(fresh, qm)
        written.append(qm)
    if not written:
        raise FileNotFoundError(f"no translation sources in {source_dir}")
    return written


if __name__ == "__main__":  # pragma: no cover - manual use
    compile_catalogs(Path(sys.argv[1]), Path(sys.argv[2]))
