"""Long work with a progress bar and a Cancel button. workers.run_with_progress shows no Cancel; printing a group's
supplements takes a minute, and a registrar who sees the wrong paper chosen must be able to stop it. Built on
workers.run_in_thread the same way (no Qt object crosses threads: the worker reads a flag and writes counters)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.views.workers import Outcome, busy, run_in_thread


class Steps:
    """What the worker reports (done, total, what) and whether the user asked it to stop."""

    def __init__(self):
        self.done, self.total, self.what = 0, 0, ""
        self.stop = False

    def __call__(self, done: int, total: int, what: str = "") -> None:
        self.done, self.total, self.what = done, total, what

    def cancelled(self) -> bool:
        return self.stop


def run_cancellable(parent: QWidget | None, label: str, cancel_text: str, func: Callable[[Steps], Any],
                    delay_ms: int = 300) -> Outcome:
    """func(steps) in a worker behind a modal progress dialog whose Cancel sets steps.stop (func decides how to
    stop: it asks steps.cancelled() between its steps)."""
    steps = Steps()
    loop = QEventLoop()
    result: list[Outcome] = []
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(lambda: setattr(steps, "stop", True))

    def show_step() -> None:
        if steps.total:
            dialog.setMaximum(steps.total)
            dialog.setValue(min(steps.done, steps.total - 1))
            dialog.setLabelText(f"{label}\n{steps.what}" if steps.what else label)

    ticker = QTimer(dialog)
    ticker.setInterval(50)
    ticker.timeout.connect(show_step)
    ticker.start()

    def done(outcome: Outcome) -> None:
        result.append(outcome)
        loop.quit()

    with busy(parent, label):
        run_in_thread(lambda: func(steps), done, dialog)
        if not result:
            loop.exec()
    ticker.stop()
    dialog.reset()
    dialog.deleteLater()
    return result[0]
