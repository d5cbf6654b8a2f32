"""The NEDB file layer alone for 5,000 students, against Python's csv module writing the same rows.

The whole export from the database, which the contingent issue's goal is about, is in bench_contingent.
"""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from bench.common import Figure, paired_medians_ms
from desktop.exchange.nedb_file import COLUMNS, from_records, render, write_file


def _records(count: int) -> list[dict[str, str]]:
    return [{key: f"{key[:3]}{n}" for key, _, _ in COLUMNS} | {"iin": f"{70107580000 + n:012d}"} for n in range(count)]


def run() -> list[Figure]:
    records = _records(5000)
    keys = [key for key, _, _ in COLUMNS]
    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-"))

    def ours():
        write_file(folder / "nedb.txt", from_records(records))

    def plain_csv():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\r\n")
        writer.writerow([k for k in keys])
        writer.writerows([[r[k] for k in keys] for r in records])
        (folder / "plain.txt").write_bytes(buffer.getvalue().encode("utf-16"))

    export = Figure("NEDB file layer: 5,000 rows written (vs csv writing the same rows in UTF-16)",
                    *paired_medians_ms(ours, plain_csv, repeat=9), None)
    data = render(from_records(records))
    from desktop.exchange.nedb_file import parse  # noqa: PLC0415

    def plain_read():
        list(csv.reader(io.StringIO(data.decode("utf-16"), newline=""), delimiter="\t"))

    read = Figure("NEDB file of 5,000 students parsed (vs csv reading it; file layer only)",
                  *paired_medians_ms(lambda: parse(data), plain_read, repeat=9), None, limit=3000)
    return [export, read]
