"""After a run that died without a word (a segfault inside Qt), the next start says so and where the log is."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.views import errors


def test_the_start_after_a_crash_logs_it_and_closes_with_no_mark_left(tmp_path):
    logs = tmp_path / "home" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (logs / "zhospar.log.running").write_text(gone.stdout.strip(), encoding="ascii")  # left by a run that died
    env = dict(os.environ, ZHOSPAR_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    zhospar = Path(sys.executable).parent / "zhospar"
    result = subprocess.run([str(zhospar), "--demo", "--lang", "en"], env=env, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    log = (logs / "zhospar.log").read_text(encoding="utf-8")
    assert "the last run ended without closing" in log
    assert not (logs / "zhospar.log.running").exists()  # this run closed: the next start says nothing


def test_the_notice_names_the_log_and_the_start_goes_on_behind_it(qtbot, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    log_file = tmp_path / "logs" / "zhospar.log"
    errors.show_last_crash(window, log_file)  # returns at once: no nested loop holding the start up
    box = window.findChild(QMessageBox, "last_crash")
    assert box is not None and box.isVisible()
    assert str(log_file) in box.text() and "closed unexpectedly" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "last_crash") is None)
