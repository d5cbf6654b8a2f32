"""zhospar-cli check on a college's workbook: every sheet its own curriculum, --sheet for one, --intake-year
for a sheet that does not say it; the exit code is the worst sheet's."""
from __future__ import annotations

from desktop import cli

from tests.helpers.college_sheets import ZHAMBYL, with_cover, without_years



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
    path = with_cover(tmp_path / "plans.xlsx")
    cli.main(["--lang", "ru", "check", str(path)])
    out, err = capsys.readouterr()
    assert "Мұқаба" in err and "# " not in out  # one curriculum: no sheet headings
    assert cli.main(["--lang", "en", "check", str(path), "--sheet", "Мұқаба"]) == 1
    assert "holds no curriculum" in capsys.readouterr().err
