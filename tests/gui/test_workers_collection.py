"""Garbage is collected on the GUI thread only once background work has started: a collection on a worker thread
destroys Qt objects left in cycles on the wrong thread, and the app dies with a segfault inside Qt and no dialog."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from desktop.views import workers


def _allocating_work() -> int:
    junk = []
    for _ in range(100_000):  # cycles, as a PDF or a workbook being built makes: the collector's counters climb
        a: dict = {}
        b = [a]
        a["b"] = b
        junk.append(b)
    return len(junk)


class _Cycle:
    pass


def _collections_by_thread(run) -> dict[str, int]:
    seen: dict[str, int] = {}

    def note(phase, _info) -> None:
        if phase == "start":
            name = threading.current_thread().name
            seen[name] = seen.get(name, 0) + 1

    gc.callbacks.append(note)
    try:
        run()
    finally:
        gc.callbacks.remove(note)
    return seen


def test_work_whose_page_closes_first_never_collects_on_its_thread(qtbot):
    """The page that started the work goes before it ends (closed, rebuilt on a language change): collection used
    to come back on then, and ran hundreds of times on the worker thread."""
    outcomes = []

    def run() -> None:
        owner = QObject()
        workers.run_in_thread(_allocating_work, outcomes.append, owner)
        owner.deleteLater()
        qtbot.waitUntil(lambda: workers._executor._work_queue.empty(), timeout=20_000)
        qtbot.wait(1500)  # the task ends meanwhile; its outcome has nobody to go to

    seen = _collections_by_thread(run)
    assert set(seen) <= {threading.main_thread().name}, seen
    assert outcomes == []


def test_garbage_is_still_collected_on_the_gui_thread(qtbot):
    """Automatic collection is off once workers exist: the GUI thread's timer frees cycles instead."""
    done, owner = [], QObject()
    workers.run_in_thread(lambda: 1, done.append, owner)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0].value == 1 and not gc.isenabled()
    cycle = _Cycle()
    cycle.me = cycle
    gone = weakref.ref(cycle)
    del cycle
    for _ in range(1000):  # past the first generation's threshold, as the GUI's own work gets
        x = _Cycle()
        x.me = x
    seen = _collections_by_thread(lambda: qtbot.waitUntil(lambda: gone() is None, timeout=5000))
    assert set(seen) == {threading.main_thread().name}


def test_progress_work_collects_only_on_the_gui_thread(qtbot):
    """Printing a curriculum to PDF and the like: many tasks, each ending while the GUI thread polls."""
    def run() -> None:
        for _ in range(20):
            outcome = workers.run_with_progress(None, "", _allocating_work, delay_ms=10_000)
            assert outcome.value == 100_000

    seen = _collections_by_thread(run)
    assert set(seen) <= {threading.main_thread().name}, seen
