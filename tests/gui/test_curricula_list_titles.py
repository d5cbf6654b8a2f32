"""The list of curricula on a 1366×768 laptop in Russian: the titles get the room, so two plans of one specialty
read apart."""
from tests.gui.layout_check import FRAME_HEIGHT, SCREEN


def test_the_titles_take_the_room_the_last_column_does_not_need(make_window, demo_db, qapp):
    window = make_window(demo_db, "ru", is_demo=True)
    window.resize(SCREEN[0], SCREEN[1] - FRAME_HEIGHT)
    window.show_page("curricula")
    qapp.processEvents()
    table = window.page("curricula").table
    header = table.horizontalHeader()
    title, version = header.sectionSize(0), header.sectionSize(header.count() - 1)
    others = sum(header.sectionSize(c) for c in range(1, header.count() - 1))
    # Whole titles if they fit, else all the room the other columns leave; never the cap of 300 with room to spare.
    assert title == min(table.sizeHintForColumn(0), table.viewport().width() - others - version) > 400
    assert version < 120 and not table.horizontalScrollBar().isVisible()


def test_a_narrow_window_keeps_the_titles_capped_and_every_column_on_screen(make_window, demo_db, qapp):
    window = make_window(demo_db, "ru", is_demo=True)
    window.resize(1000, SCREEN[1] - FRAME_HEIGHT)
    window.show_page("curricula")
    qapp.processEvents()
    table = window.page("curricula").table
    assert table.horizontalHeader().sectionSize(0) <= max(300, table.viewport().width() // 3)


def test_the_room_goes_back_when_the_window_narrows(make_window, demo_db, qapp):
    window = make_window(demo_db, "ru", is_demo=True)
    window.resize(SCREEN[0], SCREEN[1] - FRAME_HEIGHT)
    window.show_page("curricula")
    qapp.processEvents()
    window.resize(1250, SCREEN[1] - FRAME_HEIGHT)
    qapp.processEvents()
    table = window.page("curricula").table
    header = table.horizontalHeader()
    assert 300 < header.sectionSize(0) < table.sizeHintForColumn(0)  # between the cap and the whole title
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
