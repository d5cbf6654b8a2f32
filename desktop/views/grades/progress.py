"""Printing a group's supplements takes a minute, and a registrar who sees the wrong paper chosen must be able to
stop it: workers.run_with_progress with its Cancel button, the worker handed the steps it reports to."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QWidget

from desktop.views.workers import Outcome, StepProgress as Steps, run_with_progress


def run_cancellable(parent: QWidget | None, label: str, cancel_text: str, func: Callable[[Steps], Any],
                    delay_ms: int = 300) -> Outcome:
    """func(steps) in a worker behind a modal progress dialog whose Cancel sets steps.stop."""
    steps = Steps()
    return run_with_progress(parent, label, lambda: func(steps), delay_ms, steps, cancel_text)
