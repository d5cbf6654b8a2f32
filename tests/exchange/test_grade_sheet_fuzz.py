"""Broken grade-sheet workbooks (tests/helpers/workbook_mutations.py on the made-up grade sheets): a named problem
or a complete reading, never a traceback, never a hang."""
import time
from pathlib import Path

import pytest
import workbook_mutations

from desktop.exchange.cells import SheetFileError
from desktop.exchange.grade_sheet import read_grade_workbook

GRADED = Path(__file__).resolve().parents[1] / "fixtures" / "grade-sheets"
SLOW = 5.0  # seconds


@pytest.mark.parametrize("name", ["own-layout.xlsx", "oral-graded.xlsx"])
def test_broken_grade_workbooks_are_refused_by_name(name, tmp_path):
    data = (GRADED / name).read_bytes()
    cases = workbook_mutations.named_cases(data) + list(workbook_mutations.mutants(data, 12, seed=len(name)))
    path = tmp_path / "broken.xlsx"
    outcomes = {}
    for kind, broken in cases:
        path.write_bytes(broken)
        started = time.monotonic()
        try:
            read_grade_workbook(path)
            outcomes[kind] = "ok"
        except SheetFileError as error:
            assert error.problems and all(p.code for p in error.problems), kind
            outcomes[kind] = ",".join(sorted({p.code for p in error.problems}))
        assert time.monotonic() - started < SLOW, kind
    assert outcomes["not a zip"] == "file.not_workbook" and outcomes["empty"] == "file.not_workbook"
    assert outcomes["broken sheet xml"] == "file.damaged"
