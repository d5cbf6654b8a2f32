"""The grade-sheet workbooks of tests/fixtures/grade-sheets are what their generator makes: deterministic, and
regenerated whenever the generator changes."""
import importlib.util
from pathlib import Path

from openpyxl import load_workbook

GRADED = Path(__file__).resolve().parents[1] / "fixtures" / "grade-sheets"


def _values(path: Path) -> dict:
    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]
                for sheet in book.worksheets}
    finally:
        book.close()


def test_the_committed_workbooks_are_the_generators_output(tmp_path):
    spec = importlib.util.spec_from_file_location("make_grade_sheets", GRADED / "make_grade_sheets.py")
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    made = maker.make_all(tmp_path)
    assert sorted(p.name for p in made) == sorted(p.name for p in GRADED.glob("*.xlsx"))
    for path in made:
        assert _values(path) == _values(GRADED / path.name), f"run {GRADED / 'make_grade_sheets.py'} again"
