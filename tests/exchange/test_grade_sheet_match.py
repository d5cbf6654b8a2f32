"""The real grade sheets' items matched to the curricula imported from the same workbooks: each item finds the row
of its own column, and what a plan lacks (the final attestation written without hours, course work, exams) is
reported, not guessed."""
from pathlib import Path

import pytest

from desktop.domain.grading_match import match_items
from desktop.exchange.curriculum_sheets import read_sheets
from desktop.exchange.grade_sheet import read_grade_workbook

HEADERS = Path(__file__).resolve().parents[1] / "fixtures" / "college-sheets"
ZHAMBYL = HEADERS / "zhambyl-accounting-and-it-2023-2026-headers.xlsx"
ORAL = HEADERS / "oral-primary-teacher-2022-2026-headers.xlsx"


def _subject_key():
    import json  # noqa: PLC0415

    from desktop.domain.ruleset import RuleSet  # noqa: PLC0415
    from desktop.paths import resource_path  # noqa: PLC0415

    rules = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))
    return rules.subject_key


@pytest.mark.parametrize(("path", "unmatched"), [
    (ZHAMBYL, {"3D-1": ("FC",), "3D-2": ("FC",), "3Ғ-1": (), "3Ғ-2": (), "3Ғ-3": (), "3Ғ-4": ("GY",)}),
    (ORAL, {"экви": ("BP", "BQ", "BR")})])
def test_every_item_finds_the_row_of_its_own_column(path, unmatched):
    plans = {sheet.sheet: sheet.reading.curriculum for sheet in read_sheets(path)}
    subject_key = _subject_key()
    for sheet in read_grade_workbook(path):
        found = match_items(sheet.items, plans[sheet.sheet].rows, subject_key)
        # the curriculum reader names each row after the column of its hours: the item's own first column
        assert all(m.row == f"c{sheet.item(m.item).first_column}" for m in found.matches), sheet.sheet
        assert found.unmatched_items == unmatched[sheet.sheet], sheet.sheet
        assert found.uncovered_rows == (), sheet.sheet
