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

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer
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


COLLECT_MS = 250
_collector: QTimer | None = None


def collect_due() -> None:
    """Collect the generations Python's thresholds say are due: what the automatic collector would have done."""
    count, threshold = gc.get_count(), gc.get_threshold()
    if count[0] <= threshold[0]:
        return
    gc.collect(2 if count[2] > threshold[2] else 1 if count[1] > threshold[1] else 0)


def _collect_on_gui_thread() -> None:
    """From the first worker on, garbage is collected on the GUI thread only, on a timer. Python collects in
    whichever thread allocates past the threshold: a worker, or the pool's own bookkeeping just after a task, could
    then free Qt objects the GUI thread left in cycles and destroy them on the wrong thread (a segfault in Qt with
    no Python traceback). Switching collection off only while a worker ran left holes: it came back on when the
    page that started the work closed first, and in the moment between a task's end and its thread going idle."""
    global _collector
    if _collector is not None and shiboken6.isValid(_collector):
        return
    gc.disable()
    _collector = QTimer(QCoreApplication.instance())  # goes with the application (a test may make another)
    _collector.setInterval(COLLECT_MS)
    _collector.timeout.connect(collect_due)
    _collector.start()


def run_in_thread(func: Callable[[], Any], done: Callable[[Outcome], None], owner: QObject) -> QTimer:
    """Start func in a worker; done(outcome) is called later on the GUI thread (while owner lives)."""
    _collect_on_gui_thread()
    future = _executor.submit(func)
    # func (and what its closure holds) is let go here, on the GUI thread, never by the worker after the task.
    held = [func]
    timer = QTimer(owner)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if future.done():
            timer.stop()
            timer.deleteLater()
            held.clear()
            done(_outcome(future))

    timer.timeout.connect(poll)
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
        self.stop = False  # set by the dialog's Cancel; the worker asks cancelled() between its steps

    def __call__(self, done: int, total: int, what: str = "") -> None:
        self.done, self.total, self.what = done, total, what

    def cancelled(self) -> bool:
        return self.stop


def run_with_progress(parent: QWidget | None, label: str, func: Callable[[], Any], delay_ms: int = 300,
                      steps: StepProgress | None = None, cancel_text: str | None = None) -> Outcome:
    """Run func in a worker while the window keeps painting behind a modal progress dialog; with `steps`
    (the callback func reports to) the bar fills and the label says which step runs; with cancel_text the dialog
    has a Cancel button that sets steps.stop (func decides how to stop, asking steps.cancelled())."""
    loop = QEventLoop()
    result: list[Outcome] = []
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    if cancel_text is not None and steps is not None:
        dialog.setAutoReset(False)  # the dialog stays until the worker has stopped and cleaned up
        dialog.setAutoClose(False)
        dialog.canceled.connect(lambda: setattr(steps, "stop", True))
    if steps is not None:
        def show_step() -> None:
            if steps.total:
                dialog.setMaximum(steps.total)
                dialog.setValue(min(steps.done, steps.total - 1))  # full only when the dialog closes
                what = steps.describe(steps.what)
                dialog.setLabelText(f"{label}\n{what}" if what else label)

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
        while not result:  # a loop refused to run (the application asked to quit): wait for the worker anyway
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(10)
    dialog.reset()
    dialog.deleteLater()
    return result[0]
