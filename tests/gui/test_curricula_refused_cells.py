"""Text a plan's cell cannot hold is refused in words: the row, the column and what the cell takes."""
import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize(("column", "typed", "expected"), [
    (2, "-5", "a number of credits, 0 or more"),
    (3, "abc", "a whole number of hours, 0 or more"),
    (9, "сто", "the hours, then the control letter"),
])
def test_a_refused_cell_says_row_column_and_what_it_takes(open_draft, column, typed, expected):
    editor = open_draft("en")
    model = editor.model
    before = model.curriculum
    title = str(model.headerData(column, Qt.Orientation.Horizontal))
    assert not model.setData(model.index_of("g6", column), typed)
    said = editor.window().statusBar().currentMessage()
    assert model.curriculum == before and not editor.undo_stack.canUndo()
    assert said.startswith(model.index_of("g6", 0).data() + ", ")  # the row's code, as the tree shows it
    assert title.replace("\n", " ") in said and f"“{typed}”" in said and expected in said


def test_a_taken_cell_says_nothing(open_draft):
    editor = open_draft("en")
    editor.window().statusBar().clearMessage()
    assert editor.model.setData(editor.model.index_of("g6", 3), "144")
    assert "not taken" not in editor.window().statusBar().currentMessage()


def test_the_refusal_reads_in_russian_with_the_russian_column_title(open_draft):
    editor = open_draft("ru")
    model = editor.model
    assert not model.setData(model.index_of("g6", 2), "-5")
    said = editor.window().statusBar().currentMessage()
    assert said.startswith("ООД 06, Кредиты: ") and "-5" in said
