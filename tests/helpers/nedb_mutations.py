"""Broken NEDB contingent files made from a valid one, for fuzzing the reader and the import.

Usage (the fuzz test, or a longer run from a script)::

    from nedb_mutations import broken_files, exercise
    for name, data in broken_files(valid_bytes, 1000, seed=1):
        outcome = exercise(template_db, work_folder, name, data, today)   # "refused" or "imported"

broken_files() yields (what was done, bytes) pairs, each from one to three mutations of the valid
file: bytes flipped, cut or inserted; the byte-order mark dropped or the encoding changed; lines
dropped, repeated or swapped; a tab or a line end inside a cell; a column removed or its header
renamed; and cells replaced by values known to have broken readers before (digits that str.isdigit()
takes but int() does not, full-width digits, 20- and 5,000-digit numbers, NUL, control and
bidi-override characters, 5,000-character texts, impossible and far dates, a student who left before
enrolling or without an enrolment date, a repeated IIN).

exercise() reads one file into a copy of a database the way the command line does (analyse, then
apply when analyse accepts it, then an export in the file's layout read back) and fails (AssertionError)
unless the file is either refused with named problems and nothing written, or imported whole; an
exception of any other kind propagates. Each run is timed: over max_seconds is a failure too (a hang).
"""
from __future__ import annotations

import random
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

NASTY_CELLS = [
    "", " ", "²", "¹ курс", "１", "０８０６１７５３５９５６", "⁰⁸⁰⁶¹⁷⁵³⁵⁹⁵⁶", "9" * 20, "9" * 5000, "-1", "0",
    "1e400", "inf", "NaN", "\x00", "Ахме\x00тов", "\x07", "\u202eвечиванИ", "\u2066x\u2069", "А" * 5000,
    '="', '=""', '="="""', '"', "=\"" + "9" * 20 + "\"", "31.02.2026", "2026-02-30", "0000-01-01",
    "9999-12-31", "10000-01-01", "2026-13-01T00:00:00", "1800-01-01", "99 лет", "0 месяцев", "value=", "value=-5",
    "value=" + "9" * 30, "Да Нет", "дa", "\ufeff", "\ud7ff", "𝟘𝟙𝟚", "٣", "०१", "3 года 99999999999 месяцев",
]


def _text_mutations(lines: list[str], pick: random.Random) -> tuple[str, list[str]]:
    lines = list(lines)
    if not lines:
        return "still empty", lines
    width = len(lines[0].split("\t"))
    body = range(1, len(lines)) if len(lines) > 1 else range(0)
    choice = pick.randrange(11)
    if choice == 0 and body:  # one cell replaced by a nasty value
        row = pick.choice(body)
        cells = lines[row].split("\t")
        cell = pick.randrange(len(cells))
        value = pick.choice(NASTY_CELLS)
        cells[cell] = value if pick.random() < 0.5 or value.startswith("=") else f'="{value}"'
        lines[row] = "\t".join(cells)
        return f"cell {row + 1}:{cell + 1} = {value[:20]!r}", lines
    if choice == 1 and body:  # a tab or a line end inside a cell
        row = pick.choice(body)
        at = pick.randrange(len(lines[row]) + 1)
        mark = pick.choice(["\t", "\r\n", "\n", "\r"])
        lines[row] = lines[row][:at] + mark + lines[row][at:]
        return f"{mark!r} in line {row + 1}", lines
    if choice == 2 and body:  # a line dropped, repeated or moved
        row = pick.choice(body)
        how = pick.randrange(3)
        if how == 0:
            del lines[row]
        elif how == 1:
            lines.insert(pick.randrange(1, len(lines) + 1), lines[row])
        else:
            other = pick.choice(body)
            lines[row], lines[other] = lines[other], lines[row]
        return f"line {row + 1} {'dropped repeated swapped'.split()[how]}", lines
    if choice == 3:  # a column removed everywhere
        cell = pick.randrange(width)
        lines = ["\t".join(c for i, c in enumerate(line.split("\t")) if i != cell) for line in lines]
        return f"column {cell + 1} removed", lines
    if choice == 4:  # a header renamed, emptied or repeated
        headers = lines[0].split("\t")
        cell = pick.randrange(width)
        headers[cell] = pick.choice(["", "ИИН", "Код группы [6159]", "X [5802]", headers[cell].upper(), "\x00"])
        lines[0] = "\t".join(headers)
        return f"header {cell + 1} = {headers[cell]!r}", lines
    if choice == 5 and body:  # a student who left before enrolling, or without an enrolment date
        headers = lines[0].split("\t")
        row = pick.choice(body)
        cells = lines[row].split("\t")
        for index, header in enumerate(headers[:len(cells)]):
            if "[267]" in header:
                cells[index] = pick.choice(["", '="2026-10-01T00:00:00"'])
            elif "[269]" in header:
                cells[index] = '="2026-09-15T00:00:00"'
        lines[row] = "\t".join(cells)
        return f"line {row + 1} left before enrolling", lines
    if choice == 6 and len(lines) > 3:  # an IIN repeated on another line
        headers = lines[0].split("\t")
        if "ИИН" in headers:
            index = headers.index("ИИН")
            a, b = pick.sample(list(body), 2)
            cells, source = lines[b].split("\t"), lines[a].split("\t")
            if index < min(len(cells), len(source)):
                cells[index] = source[index]
                lines[b] = "\t".join(cells)
        return "repeated IIN", lines
    if choice == 7:  # only the header, or nothing at all
        return "no rows", lines[:pick.randrange(2)]
    if choice == 8 and body:  # a row cut short or made longer
        row = pick.choice(body)
        cells = lines[row].split("\t")
        lines[row] = "\t".join(cells[:pick.randrange(len(cells))] if pick.random() < 0.5 else [*cells, "x"])
        return f"line {row + 1} of another width", lines
    if choice == 9 and body:  # every cell of a row nasty
        row = pick.choice(body)
        lines[row] = "\t".join(pick.choice(NASTY_CELLS) for _ in range(width))
        return f"line {row + 1} all nasty", lines
    # an extra unknown column with nasty values
    lines = [f"{line}\t{pick.choice(NASTY_CELLS) if n else 'Новый признак [99999]'}" for n, line in enumerate(lines)]
    return "extra column", lines


def _byte_mutations(data: bytes, pick: random.Random) -> tuple[str, bytes]:
    choice = pick.randrange(6)
    if choice == 0:
        at = pick.randrange(len(data))
        return f"byte {at} flipped", data[:at] + bytes([data[at] ^ (1 << pick.randrange(8))]) + data[at + 1:]
    if choice == 1:
        at = pick.randrange(len(data))
        return f"cut at {at}", data[:at]
    if choice == 2:
        at = pick.randrange(len(data))
        return f"bytes inserted at {at}", data[:at] + pick.randbytes(pick.randrange(1, 5)) + data[at:]
    if choice == 3:
        return "no byte-order mark", data[2:]
    if choice == 4:
        text = data[2:].decode("utf-16-le", errors="replace")
        return "big-endian", b"\xfe\xff" + text.encode("utf-16-be")
    return "lone surrogate", data + "\ud800".encode("utf-16-le", errors="surrogatepass")


def broken_files(valid: bytes, count: int, seed: int = 0) -> Iterator[tuple[str, bytes]]:
    """count broken variants of a valid NEDB file (UTF-16 LE with its byte-order mark), reproducible by seed."""
    pick = random.Random(seed)
    text = valid[2:].decode("utf-16-le")
    final = text.endswith("\r\n")
    lines = (text[:-2] if final else text).split("\r\n")
    for _ in range(count):
        done, mutated = [], lines
        for _ in range(pick.randrange(1, 4)):
            what, mutated = _text_mutations(mutated, pick)
            done.append(what)
        data = b"\xff\xfe" + ("\r\n".join(mutated) + ("\r\n" if final else "")).encode("utf-16-le",
                                                                                      errors="surrogatepass")
        if pick.random() < 0.15 and data:
            what, data = _byte_mutations(data, pick)
            done.append(what)
        yield "; ".join(done), data


def _counts(db) -> tuple[int, int, int, int]:
    from sqlalchemy import func, select  # noqa: PLC0415

    from desktop.models import Movement, NedbSubmission, Student, StudyGroup  # noqa: PLC0415

    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(table))
                     for table in (Student, Movement, StudyGroup, NedbSubmission))


def exercise(template: Path, folder: Path, name: str, data: bytes, today: date, max_seconds: float = 5.0) -> str:
    """Import one file into a copy of the template database; "refused" or "imported", else AssertionError."""
    from desktop.services import nedb, nedb_import  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    path = folder / "fuzzed.txt"
    path.write_bytes(data)
    target = folder / "fuzzed.sqlite"
    shutil.copyfile(template, target)
    db = open_database(target, folder / "backups")
    try:
        before = _counts(db)
        start = time.perf_counter()
        try:
            plan = nedb_import.analyse(db, path, today)
        except ValidationFailed as refused:
            assert refused.problems and all(p.code for p in refused.problems), name
            assert _counts(db) == before, f"{name}: written although refused"
            outcome = "refused"
        else:
            result = nedb_import.apply(db, plan, set(), "fuzz", today)  # the dry run passed: the import must too
            after = _counts(db)
            assert after[0] == before[0] + result.added and after[3] == before[3] + 1, f"{name}: partly written"
            exported = folder / "exported.txt"  # written back in the file's layout, it reads again
            nedb.export_contingent(db, exported, "fuzz", today)
            nedb_import.analyse(db, exported, today)
            outcome = "imported"
        elapsed = time.perf_counter() - start
        assert elapsed < max_seconds, f"{name}: {elapsed:.1f} s"
        return outcome
    finally:
        db.close()
        for each in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            each.unlink(missing_ok=True)
