"""Logging to a rotating file in the user's log folder, with personal numbers masked."""
from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


class MaskIdNumbers(logging.Filter):
    """IINs are personal data (law No. 94-V): a log line never carries a 12-digit number."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _TWELVE_DIGITS.sub(lambda m: m.group()[:2] + "*" * 10, message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskIdNumbers())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
