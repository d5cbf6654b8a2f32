"""Every problem code a file reader can emit has a sentence, in Kazakh, Russian and English, for the window and
for zhospar-cli alike (desktop.cli_texts reads the window's catalogue and its .ts translations)."""
import ast
import re
from pathlib import Path

import pytest

import desktop
from desktop.cli_texts import Texts, catalogue, translations

PACKAGE = Path(desktop.__file__).resolve().parent
CODE = re.compile(r"^(file|nedb|exam|field|curriculum|code|id|report|grades|grading)\.[a-z_]+$")
# The readers (desktop/exchange) and the parts of the services that read a file, by function where the module
# also holds codes of other work (approving a curriculum is not reading one).
READERS = {**{path: None for path in sorted((PACKAGE / "exchange").glob("*.py")) if path.name != "file_messages.py"},
           PACKAGE / "services" / "curricula.py": {"curriculum_problems", "read_curriculum_file"},
           PACKAGE / "services" / "classifier.py": {"entry_problems", "import_classifier_file", "import_entries"},
           PACKAGE / "services" / "employment.py": {"_problems", "import_employment"},
           PACKAGE / "domain" / "ids.py": None}


def _emitted() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = {}
    for path, functions in READERS.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        roots = [tree] if functions is None else [n for n in ast.walk(tree)
                                                  if isinstance(n, ast.FunctionDef) and n.name in functions]
        for root in roots:
            for node in ast.walk(root):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value):
                    codes.setdefault(node.value, set()).add(path.name)
    return codes


EMITTED = _emitted()


def test_the_readers_are_found():
    assert {"file.damaged", "file.out_of_range", "file.bad_hours", "nedb.no_bom", "id.bad_check_digit"} <= set(EMITTED)


def test_every_code_the_readers_emit_has_an_english_sentence():
    missing = {code: sorted(where) for code, where in EMITTED.items() if code not in catalogue()["Messages"]}
    assert missing == {}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_code_the_readers_emit_is_translated(language):
    sources = catalogue()["Messages"]
    missing = sorted(code for code in EMITTED if code in sources and ("Messages", sources[code]) not in
                     translations(language))
    assert missing == []


def test_a_sentence_takes_its_parameters_and_keeps_unknown_ones():
    texts = Texts("en")
    assert texts.message("file.out_of_range", {"value": "1e400", "low": 0, "high": 10000}) == \
        "“1e400” is out of range: a number from 0 to 10000 is expected"
    assert texts.message("file.out_of_range", {"value": "x"}).endswith("from {low} to {high} is expected")


def test_the_grade_sheet_grading_and_grade_service_codes_are_in_the_catalogue():
    """The window merges them (views/messages.py); the command line reads the same dictionaries."""
    from desktop.domain.grading import GRADING_MESSAGES
    from desktop.exchange.grade_sheet import GRADE_SHEET_MESSAGES
    from desktop.services import grade_texts

    sources = catalogue()["Messages"]
    for table in (GRADING_MESSAGES, GRADE_SHEET_MESSAGES, grade_texts.MESSAGES):
        assert {code: sources.get(code) for code in table} == table
    assert {key: catalogue()["Cli"].get(key) for key in grade_texts.CLI_WORDS} == grade_texts.CLI_WORDS
    assert Texts("en").message("grades.missing_name", {"column": "B"}) == \
        "the row has grades but no student's name: write the full name in column B"
