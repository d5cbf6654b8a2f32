"""The command line's sentences, in Kazakh, Russian or English, from the window's own catalogue.

The window's message codes and their English source texts are the dictionaries of desktop/views/messages.py,
desktop/views/*/texts.py, desktop/exchange/file_messages.py and the grading scale's, the grade sheet reader's and
the grade services' (CATALOGUE_FILES); their translations are i18n/zhospar_*.ts. The
command line must not import Qt, so it reads both as data: the dictionaries' source with ast, the translations
with xml.etree. Nothing is written twice, and a sentence translated for the window is translated here too.
"""
from __future__ import annotations

import ast
import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("kk", "ru", "en")
PACKAGE = Path(__file__).resolve().parent
# Read in this order: a later file overrides the messages of an earlier one and adds only new field names,
# as desktop/views/messages.py merges them.
CATALOGUE_FILES = ("views/messages.py", "views/contingent/texts.py", "views/curricula/texts.py", "views/dual/texts.py",
                   "views/exams/texts.py", "views/reports/texts.py", "domain/grading.py", "exchange/grade_sheet.py",
                   "services/grade_texts.py", "domain/load_norms.py", "services/load_texts.py",
                   "exchange/file_messages.py", "cli_words.py",
                   "views/contingent/nedb_page.py")
_TABLES = {"MESSAGES": "Messages", "FIELDS": "Fields", "FILE_MESSAGES": "Messages", "FILE_FIELDS": "Fields",
           "GRADING_MESSAGES": "Messages", "GRADE_SHEET_MESSAGES": "Messages",
           "LOAD_NORM_MESSAGES": "Messages",
           "PREFLIGHT": "Preflight", "CHOICES": "Choices", "CLI_WORDS": "Cli", "ROUNDS": "Rounds"}
CONTEXTS = ("Messages", "Fields", "Preflight", "Choices", "Cli", "Rounds")


def default_language(environ=None) -> str:
    """kk or ru when the locale (LC_ALL, LC_MESSAGES, LANG, in POSIX order) starts with it, else en."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return value[:2].lower() if value[:2].lower() in ("kk", "ru") else "en"
    return "en"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """{"Messages": {code: English source}, "Fields": {field: English source}, ...} from the catalogue modules."""
    tables: dict[str, dict[str, str]] = {context: {} for context in CONTEXTS}
    for name in CATALOGUE_FILES:
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Dict):
                continue
            targets = [t.id for t in node.targets if isinstance(t, ast.Name) and t.id in _TABLES]
            if not targets:
                continue
            context = _TABLES[targets[0]]
            for key, value in zip(node.value.keys, node.value.values):
                source = _marked(value, context)
                if isinstance(key, ast.Constant) and isinstance(key.value, str) and source is not None:
                    if context != "Fields":
                        tables[context][key.value] = source
                    else:
                        tables[context].setdefault(key.value, source)
    return tables


def _marked(node, context: str) -> str | None:
    """The text of QT_TRANSLATE_NOOP(context, "text")."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
            and node.args[0].value == context):
        return node.args[1].value
    return None


def catalogue_file(language: str) -> Path | None:
    """zhospar_<language>.ts: shipped beside the compiled catalogues, or in i18n/ of a source checkout."""
    from desktop.paths import RESOURCES  # noqa: PLC0415

    name = f"zhospar_{language}.ts"
    for candidate in (RESOURCES / "i18n" / name, RESOURCES.parent / "i18n" / name):
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=None)
def translations(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, for the contexts the command line speaks."""
    return finished_translations(language, CONTEXTS)


def finished_translations(language: str, contexts) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation of the catalogue of `language`, for `contexts` (work without Qt:
    the command line, a file written in another language than the window's)."""
    path = catalogue_file(language)
    if path is None:
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        if name not in contexts:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                                     "obsolete"):
                continue
            text = translation.text or next((form.text for form in translation.iter("numerusform")), None)
            if text:
                found[(name, source)] = text
    return found


class _Keep(dict):
    def __missing__(self, key):  # a parameter the caller did not give stays as written
        return "{" + key + "}"


class Texts:
    """Sentences in one language; English (the source text) where a translation is missing."""

    def __init__(self, language: str = "en"):
        self.language = language if language in LANGUAGES else "en"

    def lookup(self, context: str, source: str) -> str:
        return translations(self.language).get((context, source), source)

    def say(self, key: str, **params) -> str:
        """One of the command line's own sentences (desktop/cli_words.py)."""
        source = catalogue()["Cli"][key]
        try:
            return self.lookup("Cli", source).format_map(_Keep(params))
        except (ValueError, IndexError, AttributeError):  # a translation with a stray brace
            return source.format_map(_Keep(params))

    def choice(self, key: str) -> str:
        """A stored value's word (a movement's kind, a submission's direction…), as the window says it."""
        source = catalogue()["Choices"].get(key)
        return self.lookup("Choices", source) if source else key

    def round_name(self, key: str) -> str:
        """"2026-autumn" as the NEDB page says it: autumn 2026 (September–October)."""
        year, _, season = key.partition("-")
        source = catalogue()["Rounds"].get(season)
        return self.lookup("Rounds", source).format(year=year) if source else key

    def has(self, code: str) -> bool:
        return code in catalogue()["Messages"]

    def message(self, code: str, params: dict | None = None) -> str:
        source = catalogue()["Messages"].get(code)
        if source is None:
            return code
        values = _Keep({k: v for k, v in (params or {}).items()})
        for template in (self.lookup("Messages", source), source):
            try:
                return template.format_map(values)
            except (ValueError, IndexError, AttributeError):  # a translation with a stray brace
                continue
        return source

    def preflight(self, code: str, params: dict) -> str:
        """A problem to fix before a NEDB round, as the NEDB page words it."""
        source = catalogue()["Preflight"].get(code)
        if source is None:
            return code
        values = _Keep(params)
        if "problem" in values:
            values["problem"] = self.message(values["problem"])
        if "kind" in values and values["kind"] in catalogue()["Choices"]:
            values["kind"] = self.lookup("Choices", catalogue()["Choices"][values["kind"]])
        try:
            return self.lookup("Preflight", source).format_map(values)
        except (ValueError, IndexError, AttributeError):
            return source.format_map(values)

    def field(self, name: str) -> str:
        source = catalogue()["Fields"].get(name)
        return self.lookup("Fields", source) if source else name

    def problem(self, problem) -> str:
        """“sheet Жоспар-План, row 12, column F: Hours: “12x” is not a number of hours…”."""
        where = []
        if problem.sheet:
            where.append(self.lookup("Messages", "sheet {sheet}").format(sheet=problem.sheet))
        if problem.row is not None:
            where.append(self.lookup("Messages", "row {row}").format(row=problem.row))
        if problem.column:
            where.append(self.lookup("Messages", "column {column}").format(column=problem.column))
        text = f"{self.field(problem.field)}: {self.message(problem.code, problem.params)}"
        return f"{', '.join(where)}: {text}" if where else text
