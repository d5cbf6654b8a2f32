"""Bring i18n/zhospar_{kk,ru,en}.ts up to date with the source (pyside6-lupdate), then compile them.

Run after changing any user-visible string; translate the new entries (Qt Linguist or any editor);
tests/i18n fails while an entry is unfinished.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.catalogs import LANGUAGES, compile_catalogs, find_tool  # noqa: E402


def main() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
                     if "migrations" not in p.parts)
    lupdate = find_tool("lupdate")
    for language in LANGUAGES:
        ts = ROOT / "i18n" / f"zhospar_{language}.ts"
        subprocess.run([lupdate, "-locations", "none", "-no-obsolete", "-target-language", language,
                        *sources, "-ts", str(ts)], check=True, cwd=ROOT)
    compile_catalogs(ROOT / "i18n", ROOT / "resources" / "i18n")


if __name__ == "__main__":
    main()
