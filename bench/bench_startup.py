"""Time from process start to the main window shown on the demo database, against a bare QMainWindow.

The window shows first and the database opens in a worker right after, so two figures: the window on
screen (the issue's goal) and the demo college's overview filled with its data.
"""
from __future__ import annotations

import os
import tempfile

from bench.common import PYTHON, Figure, median, time_until_lines

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: (print("window shown", flush=True), app.quit()))
app.exec()
"""


def run(runs: int = 15) -> list[Figure]:
    home = tempfile.mkdtemp(prefix="zhospar-bench-")
    env = dict(os.environ, ZHOSPAR_HOME=home, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ZHOSPAR_QUIT_WHEN_SHOWN="1")
    app = [PYTHON, "-m", "desktop.app", "--demo"]
    lines = ["window shown", "database shown"]
    time_until_lines(app, env, lines)  # builds the demo database once; the starts after that are measured
    window, data, bare = [], [], []
    for _ in range(runs):  # alternated, so the machine's noise hits both alike
        shown, filled = time_until_lines(app, env, lines)
        window.append(shown)
        data.append(filled)
        bare.append(time_until_lines([PYTHON, "-c", BARE], env, ["window shown"])[0])
    return [
        Figure("start-up to the main window on the demo college (vs bare QMainWindow)", median(window), median(bare), 1.5),
        Figure("start-up to the demo college's data on screen (vs bare QMainWindow)", median(data), median(bare), None),
    ]
