"""Long work off the GUI thread, with a progress dialog; results are picked up on the GUI thread.

The worker is a plain Python thread that never touches Qt: the GUI thread polls its future with a
timer and hands the outcome on (the idea of Picard's run_task and Anki's operations, without any
Qt object crossing threads).
"""
from __future__ import annotations

import gc
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

POLL_MS = 15
_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="zhospar-worker")


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None


def _outcome(future: Future) -> Outcome:
    error = future.exception()
    return Outcome(error=error) if error is not None else Outcome(value=future.result())


_running = 0


def _hold_collector() -> None:
    """No automatic garbage collection while a worker runs: a collection the worker's allocations trigger could
    free Qt objects in cycles left by the GUI thread, destroying them on the wrong thread (a crash). Collection
    resumes, on the GUI thread, when the last worker is done."""
    global _running
    if _running == 0:
        gc.disable()
    _running += 1


def _release_collector() -> None:
    global _running
    _running -= 1
    if _running == 0:
        gc.enable()


def run_in_thread(func: Callable[[], Any], done: Callable[[Outcome], None], owner: QObject) -> QTimer:
    """Start func in a worker; done(outcome) is called later on the GUI thread (while owner lives)."""
    _hold_collector()
    future = _executor.submit(func)
    timer = QTimer(owner)
    timer.setInterval(POLL_MS)
    released = []

    def release() -> None:  # once: when the work is done, or when its owner goes first
        if not released:
            released.append(True)
            _release_collector()

    def poll() -> None:
        if future.done():
            timer.stop()
            release()
            timer.deleteLater()
            done(_outcome(future))

    timer.timeout.connect(poll)
    timer.destroyed.connect(lambda *_: release())
    timer.start()
    return timer


@contextmanager
def busy(widget: QWidget | None, message: str = ""):
    """The wait cursor, and `message` in the window's status bar, while the block runs: a step of a second or more
    with nothing moving looks like a hang (the progress dialog itself waits before it shows)."""
    bar = None
    window = widget.window() if widget is not None else None
    while window is not None and not hasattr(window, "statusBar") and window.parentWidget() is not None:
        window = window.parentWidget().window()  # a dialog's work is told in the status bar of the window behind it
    if message and window is not None and hasattr(window, "statusBar"):
        bar = window.statusBar()
        bar.showMessage(message)
        bar.repaint()  # said now, before the GUI thread is busy
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if bar is not None and bar.currentMessage() == message:
            bar.clearMessage()


class StepProgress:
    """Steps reported by the worker (plain attributes, no Qt object crosses threads) for the dialog to show."""

    def __init__(self, describe: Callable[[str], str] | None = None):
        self.done, self.total, self.what = 0, 0, ""
        self.describe = describe or (lambda what: what)

    def __call__(self, done: int, total: int, what: str) -> None:
        self.done, self.total, self.what = done, total, what


def run_with_progress(parent: QWidget | None, label: str, func: Callable[[], Any], delay_ms: int = 300,
                      steps: StepProgress | None = None) -> Outcome:
    """Run func in a worker while the window keeps painting behind a modal progress dialog; with `steps`
    (the callback func reports to) the bar fills and the label says which step runs."""
    loop = QEventLoop()
    result: list[Outcome] = []
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    if steps is not None:
        def show_step() -> None:
            if steps.total:
                dialog.setMaximum(steps.total)
                dialog.setValue(min(steps.done, steps.total - 1))  # full only when the dialog closes
                dialog.setLabelText(f"{label}\n{steps.describe(steps.what)}")

        ticker = QTimer(dialog)
        ticker.setInterval(50)
        ticker.timeout.connect(show_step)
        ticker.start()

    def done(outcome: Outcome) -> None:
        result.append(outcome)
        loop.quit()

    with busy(parent, label):
        run_in_thread(func, done, dialog)
        if not result:
            loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return result[0]
