"""Long work off the GUI thread, with a progress dialog; results are picked up on the GUI thread.

The worker is a plain Python thread that never touches Qt: the GUI thread polls its future with a
timer and hands the outcome on (the idea of Picard's run_task and Anki's operations, without any
Qt object crossing threads).
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

POLL_MS = 15
_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="zhospar-worker")


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None


def _outcome(future: Future) -> Outcome:
    error = future.exception()
    return Outcome(error=error) if error is not None else Outcome(value=future.result())


def run_in_thread(func: Callable[[], Any], done: Callable[[Outcome], None], owner: QObject) -> QTimer:
    """Start func in a worker; done(outcome) is called later on the GUI thread (while owner lives)."""
    future = _executor.submit(func)
    timer = QTimer(owner)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if future.done():
            timer.stop()
            timer.deleteLater()
            done(_outcome(future))

    timer.timeout.connect(poll)
    timer.start()
    return timer


def run_with_progress(parent: QWidget | None, label: str, func: Callable[[], Any], delay_ms: int = 300) -> Outcome:
    """Run func in a worker while the window keeps painting behind a modal progress dialog."""
    loop = QEventLoop()
    result: list[Outcome] = []
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)

    def done(outcome: Outcome) -> None:
        result.append(outcome)
        loop.quit()

    run_in_thread(func, done, dialog)
    if not result:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return result[0]
