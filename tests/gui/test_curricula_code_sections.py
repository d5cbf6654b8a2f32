"""A new row goes where its code says (БМ: basic modules, ОН 3.1: under module 3, Ф: electives…), not into the
section of whichever row happened to be selected."""
from __future__ import annotations

from hypothesis import given, strategies as st

from desktop.domain.curriculum import Row, Section
from desktop.views.curricula import row_dialog
from desktop.views.curricula.code_sections import SECTION_OF_PREFIX, placed_by_code, section_of_code

ROWS = (
    Row("g1", Section.GENERAL, "ЖБП 01", "Қазақ тілі", "Казахский язык", 72),
    Row("b1", Section.BASIC, "БМ 1", "Негіздер", "Основы", 48, basic_module=1),
    Row("m3", Section.PROFESSIONAL, "КМ 03", "Модуль 3", "Модуль 3", 120, qualification="4S06130103"),
    Row("o31", Section.PROFESSIONAL, "ОН 3.1", "Нәтиже", "Результат", 120, parent="m3", qualification="4S06130103"),
    Row("m4", Section.PROFESSIONAL, "КМ 04", "Модуль 4", "Модуль 4", 0, qualification="4S06130104"),
    Row("p1", Section.PRACTICE, "КП 01", "Практика", "Практика", 144),
)


@given(prefix=st.sampled_from(sorted(SECTION_OF_PREFIX)), number=st.integers(1, 19),
       selected=st.sampled_from([r.id for r in ROWS]))
def test_a_new_row_lands_in_the_section_its_code_names_whatever_was_selected(prefix, number, selected):
    near = next(r for r in ROWS if r.id == selected)
    new = Row("n1", near.section, f"{prefix} {number}", "Жаңа жол", "", 0, parent=near.parent)
    rows = placed_by_code(ROWS + (new,), "n1", near=near)
    placed = next(r for r in rows if r.id == "n1")
    assert placed.section is SECTION_OF_PREFIX[prefix]
    assert sorted(r.id for r in rows) == sorted(r.id for r in ROWS + (new,))  # nothing lost, nothing doubled
    if prefix in ("ОН", "РО"):
        assert placed.parent in ("m3", "m4") and rows.index(placed) > rows.index(next(r for r in rows
                                                                                        if r.id == placed.parent))
    else:
        assert placed.parent is None


def test_an_outcome_goes_under_the_module_its_number_names():
    new = Row("n1", Section.GENERAL, "ОН 4.2", "Нәтиже", "", 0)
    rows = placed_by_code(ROWS + (new,), "n1", near=ROWS[0])
    placed = next(r for r in rows if r.id == "n1")
    assert (placed.section, placed.parent, placed.qualification) == (Section.PROFESSIONAL, "m4", "4S06130104")


def test_codes_of_no_known_prefix_stay_where_they_were_added():
    assert section_of_code("Модуль") is None and section_of_code("") is None
    new = Row("n1", Section.BASIC, "", "Жаңа жол", "", 0)
    assert placed_by_code(ROWS + (new,), "n1") == ROWS + (new,)


def test_a_code_typed_into_a_new_row_under_a_module_moves_it_to_basic_modules(open_draft):
    editor = open_draft("kk")
    module = next(r for r in editor.model.curriculum.rows if r.section is Section.PROFESSIONAL and not r.parent)
    editor.tree.setCurrentIndex(editor.model.index_of(module.id, 0))
    editor.add_row()
    new = editor.model.row_of(editor.tree.currentIndex())
    assert new.section is Section.PROFESSIONAL and new.parent == module.id  # no code yet: where it was added
    assert editor.model.setData(editor.model.index_of(new.id, 0), "БМ 5")
    placed = editor.model.curriculum.row(new.id)
    assert (placed.section, placed.parent, placed.basic_module) == (Section.BASIC, None, 5)
    basic = editor.model.index_of(next(r.id for r in editor.model.curriculum.rows if r.section is Section.BASIC), 0)
    assert editor.model.index_of(new.id, 0).parent() == basic.parent()  # shown among the basic modules
    editor.undo_stack.undo()
    assert editor.model.curriculum.row(new.id).section is Section.PROFESSIONAL


def test_a_russian_code_asked_for_a_new_row_places_it_too(open_draft, monkeypatch):
    editor = open_draft("ru")
    editor.set_names_language("ru")
    monkeypatch.setattr(row_dialog, "ask_names", lambda parent: ("Ф 07", "Факультатив", "Факультатив"))
    editor.tree.setCurrentIndex(editor.model.index_of("g6", 0))
    editor.add_row()
    new = editor.model.row_of(editor.tree.currentIndex())
    assert (new.section, new.code) == (Section.ELECTIVES, "Ф 07")
