"""Broken workbooks, for every reader and for `zhospar-cli check`: a named problem, never a traceback, never a hang.

The inputs are valid workbooks broken by tests/helpers/workbook_mutations.py: each kind the issue names once, and a
few dozen random mutations a reader (the same seed every run). scripts/fuzz.py runs thousands through the command
line and the services.
"""
import time

import pytest
import workbook_bases
import workbook_mutations

from desktop import cli
from desktop.exchange.cells import MAX_UNPACKED_BYTES, SheetFileError

RANDOM_PER_READER = 10
SLOW = 5.0  # seconds


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bases")
    return {name: build(folder / f"{name}.xlsx").read_bytes() for name, build in workbook_bases.BASES.items()}


def _read(reader, path) -> str:
    """"ok" or the codes of a SheetFileError; any other exception fails the test with its traceback."""
    started = time.monotonic()
    try:
        reader(path)
        outcome = "ok"
    except SheetFileError as error:
        assert error.problems, "a refusal names its problems"
        outcome = ",".join(sorted({p.code for p in error.problems}))
    assert time.monotonic() - started < SLOW, f"{path.name} took more than {SLOW} s"
    return outcome


@pytest.mark.parametrize("name", list(workbook_bases.BASES))
def test_every_reader_refuses_broken_workbooks_by_name(name, bases, tmp_path):
    reader = workbook_bases.readers()[name]
    path = tmp_path / "broken.xlsx"
    path.write_bytes(bases[name])
    assert _read(reader, path) == "ok"  # the base itself is valid
    cases = workbook_mutations.named_cases(bases[name])
    if name == "college_sheet":  # read whole (merged cells), ten times slower: its values are fuzzed by `check` below
        cases = [(kind, data) for kind, data in cases if not kind.startswith("every number")]
    cases += list(workbook_mutations.mutants(bases[name], RANDOM_PER_READER, seed=len(name)))
    outcomes = {}
    for kind, data in cases:
        path.write_bytes(data)
        outcomes[kind] = _read(reader, path)
    unreadable = ("file.damaged", "file.not_workbook")
    assert outcomes["not a zip"] == "file.not_workbook" and outcomes["empty"] == "file.not_workbook"
    path.write_bytes(bases[name][:3000])  # a download cut short: the workbook's start, no directory at its end
    assert _read(reader, path) == "file.damaged"
    assert outcomes["corrupt stream"] in unreadable + ("ok",) or "file." in outcomes["corrupt stream"]
    assert outcomes["broken sheet xml"] == "file.damaged"
    assert outcomes["no sheets"] in ("file.no_sheet", "file.damaged")
    assert outcomes["no xl/worksheets/sheet1.xml"] != "ok"
    assert outcomes["a value at XFD1048576"] in ("file.too_large", "ok") or outcomes["a value at XFD1048576"]


def test_an_archive_that_unpacks_too_large_is_refused_before_parsing(bases, tmp_path):
    path = tmp_path / "large.xlsx"
    path.write_bytes(workbook_mutations.unpacks_too_large(__import__("random").Random(1), bases["curriculum"],
                                                          MAX_UNPACKED_BYTES // 2**20 + 8))
    assert path.stat().st_size < 1_000_000  # small on disk, 40 MB unpacked
    started = time.monotonic()
    for reader in workbook_bases.readers().values():
        assert _read(reader, path) == "file.too_large"
    assert time.monotonic() - started < 2


def test_absurd_numbers_are_named_by_cell(bases, tmp_path):
    """1e400 and infinity in hour cells, an intake year of 10000, 10,000,000 years: each refused where it is."""
    from openpyxl import load_workbook

    from desktop.exchange.curriculum_words import COLUMN_HEADERS
    from desktop.exchange.curriculum_xlsx import read_curriculum

    path = tmp_path / "c.xlsx"
    path.write_bytes(bases["curriculum"])
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet["B7"], sheet["B8"] = 10000, 10_000_000  # intake year, years
    header = next(r for r in range(1, 30) if sheet.cell(r, 3).value == COLUMN_HEADERS["code"])
    sheet.cell(header + 1, 6).value = float("inf")  # hours
    sheet.cell(header + 2, 8).value = "1e400"  # theory
    sheet.cell(header + 3, 20).value = "nan"  # semester 1 hours
    book.save(path)
    with pytest.raises(SheetFileError) as caught:
        read_curriculum(path)
    found = {(p.row, p.column, p.field, p.code) for p in caught.value.problems}
    assert found == {(7, "B", "intake_year", "file.out_of_range"), (8, "B", "years", "file.out_of_range"),
                     (header + 1, "F", "hours", "file.bad_hours"), (header + 2, "H", "theory", "file.out_of_range"),
                     (header + 3, "T", "semester_hours", "file.bad_hours")}


def test_the_check_command_exits_0_1_or_2_on_broken_workbooks(bases, tmp_path, capsys):
    path = tmp_path / "broken.xlsx"
    codes = {}
    for name, count in (("curriculum", 8), ("college_sheet", 4)):
        cases = workbook_mutations.named_cases(bases[name])
        cases += list(workbook_mutations.mutants(bases[name], count, seed=7))
        for kind, data in cases:
            path.write_bytes(data)
            started = time.monotonic()
            codes[(name, kind)] = cli.main(["--lang", "en", "check", str(path)])
            assert time.monotonic() - started < SLOW, (name, kind)
    out = capsys.readouterr()
    assert set(codes.values()) <= {0, 1, 2}, {k: c for k, c in codes.items() if c not in (0, 1, 2)}
    assert codes[("curriculum", "not a zip")] == 2 and codes[("curriculum", "every number 10000000")] == 1
    assert "Traceback" not in out.err and "unexpected error" not in out.err
