"""A crash Python cannot catch (a segfault inside Qt) leaves its trace in the log, and the next start knows."""
from __future__ import annotations

import faulthandler
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.logs import closed_cleanly, running_mark, watch_for_crash

ROOT = Path(__file__).resolve().parents[1]
CRASHING_RUN = """
import faulthandler, sys
from pathlib import Path
from desktop.logs import setup_logging, watch_for_crash
log_file = Path(sys.argv[1])
setup_logging(log_file)
watch_for_crash(log_file)
def print_curriculum_to_pdf():
    faulthandler._sigsegv()
print_curriculum_to_pdf()
"""


@pytest.fixture(autouse=True)
def _faulthandler_back():
    yield
    faulthandler.enable(file=sys.__stderr__)  # pytest's own trace, as before the test took it over


def test_a_segfault_leaves_its_stack_in_the_log_and_the_next_start_knows(tmp_path):
    log_file = tmp_path / "zhospar.log"
    run = subprocess.run([sys.executable, "-c", CRASHING_RUN, str(log_file)], cwd=ROOT, capture_output=True,
                         timeout=120)
    assert run.returncode != 0
    text = log_file.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "print_curriculum_to_pdf" in text  # where it happened, for support
    assert running_mark(log_file).exists()
    assert watch_for_crash(log_file) is True
    closed_cleanly(log_file)


def test_a_run_closed_normally_is_not_taken_for_a_crash(tmp_path):
    log_file = tmp_path / "zhospar.log"
    assert watch_for_crash(log_file) is False  # the first start ever
    closed_cleanly(log_file)
    assert not running_mark(log_file).exists()
    assert watch_for_crash(log_file) is False
    closed_cleanly(log_file)


@pytest.mark.skipif(os.name == "nt", reason="no check of a live process on Windows")
def test_a_second_window_while_the_first_runs_is_not_a_crash(tmp_path):
    log_file = tmp_path / "zhospar.log"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as first:
        try:
            running_mark(log_file).write_text(str(first.pid), encoding="ascii")
            assert watch_for_crash(log_file) is False
        finally:
            first.kill()
    closed_cleanly(log_file)


def test_the_mark_is_the_owners_alone(tmp_path):
    log_file = tmp_path / "zhospar.log"
    watch_for_crash(log_file)
    try:
        if os.name != "nt":
            assert running_mark(log_file).stat().st_mode & 0o077 == 0
    finally:
        closed_cleanly(log_file)
