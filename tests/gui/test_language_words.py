"""Values and refusals in the interface's words: NEDB's Russian words, rows named by code or name (never an
internal id), no raw message key."""
import re
from pathlib import Path

import pytest

import desktop
from desktop.domain.curriculum import Row, Section
from desktop.domain.problems import FieldProblem
from desktop.services import nedb_import
from desktop.views import messages
from desktop.views.contingent.import_dialogs import NedbImportDialog
from desktop.views.contingent.nedb_words import shown
from desktop.views.i18n import Translations
from desktop.views.names import local_name, row_label

EXPECTED = {  # field, NEDB's word, then what the Kazakh and the Russian interface show (from i18n/*.ts)
    "kk": [("locality", "городская местность", "қала"), ("locality", "сельская местность", "ауыл")],
    "ru": [("locality", "городская местность", "городская"), ("locality", "сельская местность", "сельская")],
}


@pytest.fixture
def language(request, qapp):
    translations = Translations()
    translations.install(request.param)
    yield request.param
    Translations().install("en")


@pytest.mark.parametrize("language", ["kk", "ru"], indirect=True)
def test_nedb_words_show_in_the_interface_language(language):
    for field, word, expected in EXPECTED[language]:
        assert shown(field, word) == expected
    assert shown("birth_date", "2008-05-14") == "14.05.2008"
    assert shown("orphan", "Да") != "Да" and shown("orphan", "Нет") != shown("orphan", "Да")
    assert shown("dormitory", "нуждается, не предоставлено") != "нуждается, не предоставлено"
    assert shown("surname", "Әбенов") == "Әбенов"
    assert shown("locality", "на Луне") == "на Луне"  # a word we cannot read back stays as the file has it


@pytest.mark.parametrize("language", ["kk"], indirect=True)
def test_the_nedb_differences_in_kazakh(language, db, tmp_path):
    row = nedb_import.PlannedRow(3, "080514500123", "Әбенов Ерлан", "conflict", differences=[
        nedb_import.Difference("locality", "городская местность", "сельская местность"),
        nedb_import.Difference("status", "studying", "academic_leave")])
    plan = nedb_import.ImportPlan(tmp_path / "nedb.txt", b"", [row], {})
    dialog = NedbImportDialog(db, plan, "registrar")
    cells = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert cells[0][3:] == ["қала", "ауыл"]
    assert "местность" not in " ".join(" ".join(line) for line in cells)
    dialog.deleteLater()


@pytest.mark.parametrize("language", ["kk", "ru"], indirect=True)
def test_a_curriculum_row_is_named_by_its_code_or_its_name_never_its_id(language):
    coded = Row(id="n7", code="ПМ 03", name_kk="Өлшеу", name_ru="Измерения", section=Section.PROFESSIONAL, hours=72)
    uncoded = Row(id="n1", code="", name_kk="Дене шынықтыру", name_ru="Физическая культура", section=Section.GENERAL, hours=72)
    assert row_label(coded) == "ПМ 03"
    assert row_label(uncoded) == ("Дене шынықтыру" if language == "kk" else "Физическая культура")
    assert "n1" not in row_label(Row(id="n1", code="", name_kk="", name_ru="", section=Section.GENERAL, hours=72))
    assert local_name("", "Только по-русски") == "Только по-русски"


@pytest.mark.parametrize("language", ["kk", "ru"], indirect=True)
def test_an_approval_refused_for_errors_reads_as_words(language):
    text = messages.problem_text(FieldProblem("rules", "curriculum.has_errors", {"count": 2}))
    assert "curriculum.has_errors" not in text and "rules:" not in text and "2" in text


def test_every_refusal_the_services_raise_has_words():
    """A code raised without a text would show raw ("rules: curriculum.has_errors")."""
    package = Path(desktop.__file__).parent
    raised = re.compile(r'(?:FieldProblem\(\s*[a-z_"]+\s*,\s*|bad\(\s*[a-z_"]+\s*,\s*)"([a-z_]+\.[a-z_0-9.]+)"')
    named = re.compile(r'FieldProblem\(\s*"([a-z_0-9]+)"')
    missing = set()
    for path in [*package.joinpath("services").rglob("*.py"), *package.joinpath("domain").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        missing |= {(code, path.name) for code in raised.findall(text) if code not in messages.MESSAGES}
        missing |= {(field, path.name) for field in named.findall(text) if field not in messages.FIELDS}
    assert missing == set()
