"""Logging to a rotating file in the user's log folder, with personal numbers masked."""
from __future__ import annotations

import logging
import re
from pathlib import Path

MAX_LOG_BYTES = 2_000_000
KEEP_LOGS = 3

_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


class MaskIdNumbers(logging.Filter):
    """IINs are personal data (law No. 94-V): a log line never carries a 12-digit number."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _TWELVE_DIGITS.sub(lambda m: m.group()[:2] + "*" * 10, message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


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
    log_file.parent.mkdir(parents=True, exist_ok=True)
    rotate(log_file)
    handler = ZhosparLogHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskIdNumbers())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, ZhosparLogHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
