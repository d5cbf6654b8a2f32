"""Findings that do not name their row say it first (its code and name), and a pink row says its errors on hover."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from desktop.domain.curriculum import Section


def _texts(editor):
    return [editor.findings_list.item(i).text() for i in range(editor.findings_list.count())]


def test_a_row_with_no_semesters_is_named_in_its_finding_and_its_pink_cells_say_why(open_draft):
    editor = open_draft("ru")
    c = editor.model.curriculum
    row = next(r for r in c.rows if r.section is Section.BASIC and r.semesters and r.hours)
    editor.apply(replace(c, rows=tuple(replace(r, semesters=()) if r.id == row.id else r for r in c.rows)), "test")
    said = next(t for t in _texts(editor) if "По семестрам распределено 0 часов" in t)
    shown = row.name_ru if editor.model.language == "ru" else row.name_kk  # the name as the tree shows it
    assert said.startswith(f"{row.code} {shown} — "), said
    assert row.id in editor.model.flagged_rows
    for column in (0, 1, 3):
        assert said in editor.model.index_of(row.id, column).data(Qt.ItemDataRole.ToolTipRole)
    # Put right: the pink and its tooltip go.
    editor.undo_stack.undo()
    assert not editor.model.index_of(row.id, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_an_outcomes_sum_finding_names_its_module(open_draft):
    editor = open_draft("kk")
    c = editor.model.curriculum
    outcome = next(r for r in c.rows if r.parent)
    module = c.row(outcome.parent)
    # The module's hours typed apart from its outcomes' sum.
    editor.apply(replace(c, rows=tuple(replace(r, hours=r.hours + 24, credits=None) if r.id == module.id else r
                                        for r in c.rows)), "test")
    named = [t for t in _texts(editor) if t.startswith(f"{module.code} {module.name_kk} — ")]
    assert named, _texts(editor)


def test_findings_about_many_rows_are_not_prefixed_with_one_of_them(open_draft):
    editor = open_draft("ru")
    codes = {r.code for r in editor.model.curriculum.rows if r.code}
    for finding, text in zip(editor.findings, _texts(editor)):
        if len(finding.rows) != 1 and not any(r.parent for r in editor.model.curriculum.rows if r.id in finding.rows):
            assert not any(text.startswith(code + " ") for code in codes), text
