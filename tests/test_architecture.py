"""Imports point one way: views -> services -> (domain, models, exchange, reports); domain is pure."""
import ast
from pathlib import Path

import desktop

PACKAGE = Path(desktop.__file__).resolve().parent


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(folder: str):
    return sorted((PACKAGE / folder).rglob("*.py")) if folder else [PACKAGE / "cli.py"]


def offenders(folder: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in modules(folder):
        bad = sorted(name for name in imports_of(path) if name.split(".")[0] in forbidden or name in forbidden
                     or any(name.startswith(f + ".") for f in forbidden))
        if bad:
            found[str(path.relative_to(PACKAGE))] = bad
    return found


def test_domain_imports_neither_qt_nor_a_database_nor_file_formats():
    assert offenders("domain", ("PySide6", "sqlalchemy", "alembic", "openpyxl", "reportlab",
                                "desktop.models", "desktop.services", "desktop.views", "desktop.exchange")) == {}


def test_views_never_touch_sqlalchemy_or_the_models():
    assert offenders("views", ("sqlalchemy", "alembic", "desktop.models")) == {}


def test_the_command_line_never_reaches_qt():
    assert offenders("", ("PySide6", "desktop.views")) == {}


def test_services_exchange_and_models_know_nothing_of_qt():
    for folder in ("services", "exchange", "models"):
        assert offenders(folder, ("PySide6", "desktop.views")) == {}, folder
    assert offenders("exchange", ("desktop.services", "desktop.models", "sqlalchemy")) == {}


def test_no_module_is_too_long_to_read():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert long == {}
