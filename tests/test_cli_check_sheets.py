"""zhospar-cli check on a college's workbook: every sheet its own curriculum, --sheet for one, --intake-year
for a sheet that does not say it; the exit code is the worst sheet's."""
from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop import cli

SHEETS = Path(__file__).resolve().parent / "fixtures" / "college-sheets"
ZHAMBYL = SHEETS / "zhambyl-accounting-and-it-2023-2026-headers.xlsx"
ORAL = SHEETS / "oral-primary-teacher-2022-2026-headers.xlsx"


def without_years(path: Path) -> Path:
    """The Zhambyl workbook with its cohort written nowhere: not in the file's name, not in the year cells of
    its sheets (FM6 2023, FN6 2026)."""
    import re

    book = load_workbook(ZHAMBYL)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if re.fullmatch(r"20\d\d", str(cell.value or "")):
                    cell.value = None
    book.save(path)
    return path


def test_every_sheet_is_checked_under_its_name(paths, capsys):
    code = cli.main(["--lang", "en", "check", str(ZHAMBYL)])
    out, err = capsys.readouterr()
    headings = [line for line in out.splitlines() if line.startswith("# ")]
    assert headings == [f"# sheet {name}" for name in ("3D-1", "3D-2", "3Ғ-1", "3Ғ-2", "3Ғ-3", "3Ғ-4")]
    assert err.count("errors,") == 6 and code == 1  # summary sheets lay out no semesters: errors in each


def test_one_sheet_by_name(paths, capsys):
    cli.main(["--lang", "en", "check", str(ZHAMBYL), "--sheet", "3Ғ-2"])
    out, err = capsys.readouterr()
    assert "# sheet" not in out and err.count("errors,") == 1
    # sources in words, not the rule set's shorthand "MR l.212-222"
    assert "(Methodological recommendations 2022-2023, lines " in out and "MR l." not in out
    assert cli.main(["--lang", "en", "check", str(ZHAMBYL), "--sheet", "4A"]) == 1
    err = capsys.readouterr().err
    assert "4A" in err and "3D-1, 3D-2" in err and "errors," not in err


def test_a_sheet_without_its_intake_year_needs_one(paths, tmp_path, capsys):
    path = without_years(tmp_path / "groups.xlsx")
    assert cli.main(["--lang", "en", "check", str(path), "--sheet", "3D-1"]) == 1
    err = capsys.readouterr().err
    assert "intake year" in err and "not checked" in err
    cli.main(["--lang", "en", "check", str(path), "--sheet", "3D-1", "--intake-year", "2023"])
    assert "errors," in capsys.readouterr().err


def test_a_cover_sheet_is_passed_over_and_named(paths, tmp_path, capsys):
    book = load_workbook(ORAL)
    book.create_sheet("Мұқаба", 0)["A1"] = "Жұмыс оқу жоспарлары"
    path = tmp_path / "plans.xlsx"
    book.save(path)
    cli.main(["--lang", "ru", "check", str(path)])
    out, err = capsys.readouterr()
    assert "Мұқаба" in err and "# " not in out  # one curriculum: no sheet headings
    assert cli.main(["--lang", "en", "check", str(path), "--sheet", "Мұқаба"]) == 1
    assert "holds no curriculum" in capsys.readouterr().err
