"""Long work off the GUI thread, with a progress dialog, results handed back to the GUI thread.

Workers never touch widgets: the function runs in a plain thread, and its result or exception comes
back through a queued signal (the pattern of Picard's run_task and Anki's operations).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class _Relay(QObject):
    finished = Signal(object)


def run_in_thread(func: Callable[[], Any], done: Callable[[Outcome], None]) -> threading.Thread:
    """Start func in a worker thread; done(outcome) is called later on the GUI thread."""
    relay = _Relay()
    relay.finished.connect(done, Qt.ConnectionType.QueuedConnection)

    def work():
        try:
            outcome = Outcome(value=func())
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            outcome = Outcome(error=exc)
        relay.finished.emit(outcome)

    thread = threading.Thread(target=work, daemon=True)
    thread._relay = relay  # keep the relay alive as long as the thread
    thread.start()
    return thread


def run_with_progress(parent: QWidget, label: str, func: Callable[[], Any], delay_ms: int = 300) -> Outcome:
    """Run func in a worker while the window stays responsive behind a modal progress dialog."""
    loop = QEventLoop()
    result: list[Outcome] = []

    def done(outcome: Outcome) -> None:
        result.append(outcome)
        loop.quit()

    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setWindowTitle(parent.window().windowTitle() if parent else "")
    run_in_thread(func, done)
    if not result:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return result[0]
