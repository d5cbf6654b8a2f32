"""Row codes in the interface language: a Russian interface reads ООД 01, ПМ 02, РО 1.1 in the tree, the findings,
the row dialog and the undo entries, as its findings and printed plans do; the codes stored stay the Kazakh ones,
and a code typed in Russian stores the same plan as the Kazakh code."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, strategies as st

from desktop.domain.sheet_text import RUSSIAN_CODES
from desktop.views.curricula.row_dialog import NamesDialog, RowDialog
from desktop.views.names import shown_code, stored_code

SHOWN = {"ru": {"g1": "ООД 01", "m2": "ПМ 02", "m1.1": "РО 1.1", "b2": "БМ 2", "ia": "ПА", "fa": "ИА", "q1": "КЭ 1",
                "pp": "ПП"},
         "kk": {"g1": "ЖБП 01", "m2": "КМ 02", "m1.1": "ОН 1.1", "b2": "БМ 2", "ia": "АА", "fa": "ҚА", "q1": "БЕ 1",
                "pp": "КП"}}


def _code_cell(editor, row_id):
    return editor.model.index_of(row_id, 0)


def test_the_tree_shows_codes_in_the_interface_language(open_draft):
    for language, codes in SHOWN.items():
        editor = open_draft(language)
        assert {row_id: _code_cell(editor, row_id).data() for row_id in codes} == codes, language
        # What is stored is not touched by showing it.
        assert editor.model.curriculum.row("m2").code == "КМ 02"


def test_the_english_interface_shows_the_stored_kazakh_codes(open_draft):
    editor = open_draft("en")
    assert _code_cell(editor, "m2").data() == "КМ 02" and _code_cell(editor, "g1").data() == "ЖБП 01"


def test_a_code_typed_in_russian_stores_the_same_code_as_the_kazakh_one(open_draft):
    editor = open_draft("ru")
    assert editor.model.setData(_code_cell(editor, "m2"), "ПМ 07")
    assert editor.model.curriculum.row("m2").code == "КМ 07"
    assert _code_cell(editor, "m2").data() == "ПМ 07"
    # The undo entry names the row as the user sees it.
    entry = editor.undo_stack.text(editor.undo_stack.count() - 1)
    assert "ПМ 02" in entry and "КМ" not in entry
    editor.undo_stack.undo()
    assert editor.model.setData(_code_cell(editor, "m2"), "КМ 07")
    assert editor.model.curriculum.row("m2").code == "КМ 07"
    # The same in the Kazakh interface: "пм 07" is КМ 07.
    editor = open_draft("kk")
    assert editor.model.setData(_code_cell(editor, "m2"), "пм 07")
    assert editor.model.curriculum.row("m2").code == "КМ 07"
    assert "КМ 02" in editor.undo_stack.text(editor.undo_stack.count() - 1)


def test_a_code_left_as_shown_is_not_rewritten(open_draft):
    editor = open_draft("ru")
    c = editor.model.curriculum
    # A practice row read from a Russian sheet keeps its Russian code "ПП 01" as long as nobody retypes it.
    editor.apply(replace(c, rows=tuple(replace(r, code="ПП 01") if r.id == "pp" else r for r in c.rows)), "set")
    before = editor.undo_stack.count()
    editor.model.setData(_code_cell(editor, "pp"), _code_cell(editor, "pp").data())
    editor.model.setData(_code_cell(editor, "m2"), _code_cell(editor, "m2").data())
    assert editor.model.curriculum.row("pp").code == "ПП 01"
    assert editor.undo_stack.count() == before


def test_the_row_dialog_shows_and_takes_codes_in_the_interface_language(open_draft, qtbot):
    editor = open_draft("ru")
    c = editor.model.curriculum
    row = c.row("m2")
    dialog = RowDialog(replace(row, merged_into="КМ 03"), c, {})
    qtbot.addWidget(dialog)
    assert "ПМ 02" in dialog.windowTitle()
    assert dialog.code.text() == "ПМ 02" and dialog.merged_into.text() == "ПМ 03"
    assert dialog.merged_into.placeholderText() == "ПМ 05"
    assert dialog.edited() == replace(row, merged_into="КМ 03")  # opened and closed: nothing changes
    dialog.code.setText("ПМ 09")
    dialog.merged_into.setText("ПМ 04")
    assert (dialog.edited().code, dialog.edited().merged_into) == ("КМ 09", "КМ 04")
    names = NamesDialog()
    qtbot.addWidget(names)
    assert names.code.placeholderText() == "БМ 05, ПМ 03, РО 3.1"
    names.code.setText("РО 3.5")
    assert names.names()[0] == "ОН 3.5"


def test_findings_name_modules_as_the_tree_does(open_draft):
    for language, module in (("ru", "ПМ 03"), ("kk", "КМ 03")):
        editor = open_draft(language)
        c = editor.model.curriculum
        rows = tuple(replace(r, merged_into="КМ 03") if r.id == "b4" else r for r in c.rows)
        editor.apply(replace(c, military=True, rows=rows), "military")
        texts = [editor.findings_list.item(i).text() for i in range(editor.findings_list.count())]
        merged = [t for t in texts if "(" + module + ")" in t]
        assert merged, (language, texts)
        other = "КМ 03" if language == "ru" else "ПМ 03"
        assert not any(other in t for t in texts)


_PREFIXES = sorted(set(RUSSIAN_CODES) | set(RUSSIAN_CODES.values()))


@given(st.sampled_from(_PREFIXES), st.sampled_from(["", " 1", " 02", " 3.1", "04"]), st.booleans())
def test_typing_either_languages_code_stores_one_code_and_shows_it_back(prefix, number, lower):
    typed = (prefix.lower() if lower else prefix) + number
    stored = stored_code(typed)
    kazakh = next(kk for kk, ru in RUSSIAN_CODES.items() if prefix in (kk, ru))
    assert stored == kazakh + number
    for language in ("kk", "ru", "en"):
        assert stored_code(shown_code(stored, language)) == stored  # what is shown reads back as what is stored


def test_rows_copied_for_a_spreadsheet_carry_the_codes_shown(open_draft):
    from PySide6.QtGui import QGuiApplication

    editor = open_draft("ru")
    editor.tree.setCurrentIndex(editor.model.index_of("m2", 0))
    editor.copy_rows()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("ПМ 02\t") and lines[1].startswith("РО 2.1\t")
    count = len(editor.model.curriculum.rows)
    editor.paste_rows()  # pasted back whole: the stored codes
    pasted = [r for r in editor.model.curriculum.rows if r.id.startswith("n")]  # new rows get new ids "n1"...
    assert len(editor.model.curriculum.rows) == count + len(lines) and pasted[0].code == "КМ 02"
