"""Logging to a rotating file in the user's log folder, with personal data masked.

Personal data (law No. 94-V): a log line never carries an IIN, and the text of an exception or a
traceback (where a failed import's values used to land) carries neither IINs nor names nor dates.
The log file and its folder are the owner's alone.
"""
from __future__ import annotations

import faulthandler
import logging
import os
import re
from pathlib import Path

from desktop.paths import owner_only, private_file, private_folder

MAX_LOG_BYTES = 2_000_000
KEEP_LOGS = 3
TRACEBACK = "Traceback (most recent call last):"

_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")
# SQLAlchemy's "[parameters: (...)]" (our engines hide them; another engine or a test's may not).
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
# PostgreSQL's "DETAIL:  Key (iin)=(070107580828) already exists."
_KEY_VALUES = re.compile(r"(Key \([^)]*\)=)\((?:[^()]|\([^()]*\))*\)")
_DATE_REPRS = re.compile(r"datetime\.(?:date|datetime)\([\d, ]*\)")
_DATES = re.compile(r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})(?!\d)")
# Names are written in Cyrillic (Kazakh and Russian letters); a word of them in an exception's text is
# taken for personal data. Code, types and SQL are Latin and stay readable.
_CYRILLIC_WORDS = re.compile(r"[\u0400-\u04FF]+")


def mask_numbers(text: str) -> str:
    text = _TWELVE_DIGITS.sub(lambda m: m.group()[:2] + "*" * 10, text)
    text = _SQL_PARAMETERS.sub("[parameters: hidden]", text)
    text = _KEY_VALUES.sub(r"\1(…)", text)
    return _DATE_REPRS.sub("datetime.date(…)", text)


def mask_exception_text(text: str) -> str:
    """An exception's message or a formatted traceback: no IIN, no SQL values, no dates, no names."""
    text = mask_numbers(text)
    text = _DATES.sub("****-**-**", text)
    return _CYRILLIC_WORDS.sub(lambda m: m.group()[0] + "***", text)


def mask_message(text: str) -> str:
    """A log message; a traceback pasted into it (the crash handler logs one so) is masked as one."""
    head, found, tail = text.partition(TRACEBACK)
    return mask_numbers(head) + (found + mask_exception_text(tail) if found else "")


class MaskIdNumbers(logging.Filter):
    """Masks the message: IINs, SQL parameters, and any exception passed as an argument, as exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, BaseException) for a in record.args):
            record.args = tuple(mask_exception_text(str(a)) if isinstance(a, BaseException) else a
                                for a in record.args)
        message = record.getMessage()
        masked = mask_message(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class MaskingFormatter(logging.Formatter):
    """Masks what the filter cannot reach: the traceback of exc_info and the stack of stack_info."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return mask_exception_text(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return mask_exception_text(super().formatStack(stack_info))

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the formatted traceback on the record (exc_text): another handler may have
        # put an unmasked one there, so it is formatted again here.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


class ZhosparLogHandler(logging.FileHandler):
    pass


def rotate(log_file: Path) -> None:
    """Start a new log once the current one is large, keeping a few old ones (checked once per start)."""
    if not log_file.exists() or log_file.stat().st_size < MAX_LOG_BYTES:
        return
    for index in range(KEEP_LOGS - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{index}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{index + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    private_folder(log_file.parent)
    rotate(log_file)
    if not private_file(log_file):
        owner_only(log_file)  # a log written before the owner-only rule was world-readable
    for index in range(1, KEEP_LOGS + 1):
        older = log_file.with_name(f"{log_file.name}.{index}")
        if older.exists():
            owner_only(older)
    handler = ZhosparLogHandler(log_file, encoding="utf-8")
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskIdNumbers())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, ZhosparLogHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)



# --- a crash Python cannot catch ------------------------------------------------------------------------------------
# A segfault inside Qt ends the process at once: no exception, no dialog, no line in the log. faulthandler writes the
# Python stack of every thread into the log then (file names, lines and functions only: no data), and a mark left
# while the app runs tells the next start that the last one did not end.

_fault_log = None


def running_mark(log_file: Path) -> Path:
    return log_file.with_name(log_file.name + ".running")


def _mark_pid(mark: Path) -> int:
    try:
        return int(mark.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0


def _pid_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return False  # a mark with our own number is a leftover of an earlier run that had it
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows: a second window there counts as a crash
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, someone else's
        return True
    return True


def watch_for_crash(log_file: Path) -> bool:
    """Trace a fatal signal into the log from now on and mark this run as under way. True when the last run left its
    mark: it ended without closing (a crash, a kill, a power cut), unless that run is still going (a second window)."""
    global _fault_log
    mark = running_mark(log_file)
    crashed = mark.exists() and not _pid_alive(_mark_pid(mark))
    mark.write_text(str(os.getpid()), encoding="ascii")
    owner_only(mark)
    if _fault_log is not None:
        _fault_log.close()
    _fault_log = open(log_file, "a", encoding="utf-8")  # noqa: SIM115 - open for the whole run
    faulthandler.enable(file=_fault_log, all_threads=True)
    return crashed


def closed_cleanly(log_file: Path) -> None:
    """The window closed normally: no mark for the next start. The trace stays on until the process is gone (a
    crash while Qt tears down is logged too, without a word at the next start)."""
    running_mark(log_file).unlink(missing_ok=True)
