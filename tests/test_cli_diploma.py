"""zhospar-cli diploma check|print: a group's reconciliation with its exit code, and its supplements as PDF."""
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parent / "helpers"))
from final_grades import fill_all, graded_group  # noqa: E402

from desktop import cli  # noqa: E402
from desktop.cli_diploma import with_diploma  # noqa: E402
from desktop.services import grades  # noqa: E402


@pytest.fixture(autouse=True)
def diploma_command(monkeypatch):
    """Until desktop.cli registers the command itself (with_diploma adds it only when it is missing)."""
    original = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda: with_diploma(original()))


@pytest.fixture
def group(db):
    group_id, _ = graded_group(db)
    fill_all(db, group_id)
    return db, group_id


def test_check_exits_refused_naming_what_is_missing_then_done_when_clean(group, capsys):
    db, group_id = group
    student = grades.reconcile_group(db, group_id)[0]
    grades.save_cells(db, group_id, [grades.CellChange(student.student_id, "fa", None)])
    args = ["--db", str(db.path), "diploma", "check", "22ПО-41к"]
    assert cli.main(args) == cli.REFUSED
    out = capsys.readouterr()
    assert f"{student.full_name}: 1 to fix before printing" in out.out
    assert f"{student.full_name}: no grade for ҚА" in out.out
    assert "2 of 3 students ready to print" in out.err
    grades.save_cells(db, group_id, [grades.CellChange(student.student_id, "fa", 90)])
    assert cli.main(args) == cli.DONE
    assert "3 of 3 students ready to print" in capsys.readouterr().err


def test_an_unknown_group_is_refused(group, capsys):
    db, _ = group
    assert cli.main(["--db", str(db.path), "diploma", "check", "99ЖОҚ"]) == cli.REFUSED
    assert "there is no group 99ЖОҚ" in capsys.readouterr().err


def test_print_writes_each_student_in_each_language(group, tmp_path, capsys):
    db, _ = group
    out = tmp_path / "supplements"
    assert cli.main(["--db", str(db.path), "diploma", "print", "22ПО-41к", "--language", "both",
                     "--out", str(out)]) == cli.DONE
    assert "6 files written" in capsys.readouterr().out
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 6 and sum(f.name.endswith("(ru).pdf") for f in files) == 3
    assert cli.main(["--db", str(db.path), "diploma", "print", "22ПО-41к", "--language", "ru", "--blank",
                     "--dx", "2", "--dy", "-1.5", "--out", str(tmp_path / "blank")]) == cli.DONE
    blank = sorted((tmp_path / "blank").glob("*.pdf"))
    assert len(blank) == 3 and PdfReader(blank[0]).pages[0].extract_text()


def test_print_refuses_before_writing_while_grades_are_missing(group, tmp_path, capsys):
    db, group_id = group
    student = grades.reconcile_group(db, group_id)[1]
    grades.save_cells(db, group_id, [grades.CellChange(student.student_id, "g1", 20)])
    out = tmp_path / "supplements"
    assert cli.main(["--db", str(db.path), "diploma", "print", "22ПО-41к", "--out", str(out)]) == cli.REFUSED
    assert "a failing grade (20%)" in capsys.readouterr().err
    assert not out.exists()
