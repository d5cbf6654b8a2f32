"""The Kazakh, Russian and English catalogues: complete, current, with the same placeholders, shipped."""
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.catalogs import LANGUAGES, find_tool
from desktop.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name") or "", m.findtext("source")): m.find("translation")
            for ctx in tree.getroot().iter("context") for m in ctx.iter("message")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_unfinished_and_placeholders_match(language):
    problems = []
    for (context, source), translation in messages(SOURCES / f"zhospar_{language}.ts").items():
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text)):
            problems.append(f"{context}: {source!r} -> {translation.text!r} changes the placeholders")
    assert problems == []


def test_every_entry_has_a_context():
    """A string lupdate filed under no context came from a local helper named tr(): at run time it is looked up
    under its real context, where it is not, and shows in English (the contract steps did)."""
    homeless = [source for (context, source) in messages(SOURCES / "zhospar_en.ts") if not context]
    assert homeless == []


def test_the_catalogues_hold_every_string_of_the_source(tmp_path):
    """lupdate on the current source finds nothing that the committed catalogues lack."""
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    subprocess.run([find_tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    wanted = set(messages(fresh))
    for language in LANGUAGES:
        have = set(messages(SOURCES / f"zhospar_{language}.ts"))
        assert wanted - have == set(), f"run scripts/update_translations.py ({language})"
        assert have - wanted == set(), f"stale entries in {language}: run scripts/update_translations.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogues_ship_in_the_package(language, qapp):
    from PySide6.QtCore import QTranslator

    from desktop.views.i18n import catalogue_folder

    translator = QTranslator()
    assert translator.load(str(catalogue_folder() / f"zhospar_{language}.qm"))
    if language == "kk":
        assert translator.translate("Navigation", "Curricula") == "Оқу жоспарлары"


def test_the_font_has_every_kazakh_letter(qapp):
    from PySide6.QtGui import QRawFont

    raw = QRawFont(str(resource_path("fonts", "NotoSans-Regular.ttf")), 12)
    assert raw.isValid()
    assert all(raw.supportsCharacter(ord(c)) for c in "ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def test_no_window_text_uses_a_sign_the_shipped_font_lacks():
    """⚠, ✓, ✗ and ⛔ showed as boxes: the shipped Noto Sans has none of them. Every non-ASCII character of a
    string in the views (docstrings aside) must be in the font, or the text must use widgets.mark_icon/mark_html."""
    import ast

    from reportlab.pdfbase.ttfonts import TTFontFile

    font = TTFontFile(str(resource_path("fonts", "NotoSans-Regular.ttf"))).charToGlyph
    missing = set()
    for path in (ROOT / "desktop" / "views").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                missing |= {(path.name, node.lineno, ch) for ch in node.value if ord(ch) > 127 and ord(ch) not in font}
    assert sorted(missing) == []
