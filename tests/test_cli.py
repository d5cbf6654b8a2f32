"""zhospar-cli as an administrator runs it."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli


def run_cli(*args):
    """The installed zhospar-cli, as an administrator runs it."""
    script = Path(sys.executable).parent / "zhospar-cli"
    return subprocess.run([str(script), *args], capture_output=True, text=True, env=os.environ.copy(), timeout=120)


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("demo", "migrate", "backup", "restore", "classifier"):
        assert command in result.stdout


def test_the_cli_starts_without_qt():
    code = "import sys, desktop.cli; desktop.cli.main(['--help']) if False else None; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_demo_backup_and_restore(paths, capsys):
    assert cli.main(["demo"]) == 0
    assert paths.demo_db.exists()
    capsys.readouterr()
    db = ["--db", str(paths.demo_db)]
    assert cli.main([*db, "backup"]) == 0
    written = capsys.readouterr().out.split(": ", 1)[1].strip()
    assert os.path.exists(written)
    assert cli.main([*db, "restore", written, "--yes"]) == 0
    assert cli.main([*db, "migrate"]) == 0
    assert cli.main([*db, "backups"]) == 0
    assert "before-restore" in capsys.readouterr().out


def test_a_bad_file_gets_a_plain_message_and_exit_code_2(tmp_path, capsys):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database")
    assert cli.main(["--db", str(path), "migrate"]) == 2
    assert "not a Zhospar database, or it is damaged" in capsys.readouterr().err


def test_a_bad_classifier_sheet_lists_its_cells_and_imports_nothing(tmp_path, capsys):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Код", "Қазақша", "Русский"])
    workbook.active.append(["123", "А", "А"])
    workbook.save(tmp_path / "c.xlsx")
    assert cli.main(["classifier", "import", str(tmp_path / "c.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "row 2" in err and "column A" in err and "nothing was imported" in err


@pytest.mark.parametrize("entry", ["zhospar", "zhospar-cli"])
def test_the_entry_points_are_installed(entry):
    from importlib.metadata import entry_points

    scripts = {e.name for e in entry_points(group="console_scripts")} | {e.name for e in entry_points(group="gui_scripts")}
    assert entry in scripts


def test_check_prints_the_findings_and_fails_on_errors(demo_db, tmp_path, capsys):
    from desktop.services import curricula

    summaries = {s.status: s.id for s in curricula.list_curricula(demo_db)}
    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    curricula.export_curriculum_file(demo_db, summaries["approved"], good)
    curricula.export_curriculum_file(demo_db, summaries["draft"], bad)
    assert cli.main(["check", str(good)]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().err
    assert cli.main(["check", str(bad), "--lang", "ru"]) == 1
    out = capsys.readouterr()
    assert "GENED-REMOVED\tошибка\tПредмет «Самопознание» исключён" in out.out
    assert "BASIC-MODULES" in out.out and "ошибок: " in out.err
    result = run_cli("check", str(bad), "--lang", "kk")
    assert result.returncode == 1 and "Міндетті базалық модуль жоқ: БМ 2" in result.stdout


def test_report_curriculum_writes_the_pdf(demo_db, tmp_path, capsys):
    assert cli.main(["--db", str(demo_db.path), "report", "curriculum", "--list"]) == 0
    assert "approved" in capsys.readouterr().out
    out = tmp_path / "c.pdf"
    assert cli.main(["--db", str(demo_db.path), "report", "curriculum", "--id", "1", "--lang", "ru",
                     "--out", str(out)]) == 0
    assert out.stat().st_size > 10_000
    assert cli.main(["--db", str(demo_db.path), "report", "curriculum", "--id", "99"]) == 1


def test_the_command_lines_own_sentences_follow_the_language(tmp_path, capsys):
    """Results and summaries, not only the problems, are said in the chosen language."""
    target = tmp_path / "demo.sqlite"
    assert cli.main(["--lang", "kk", "demo", "--path", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"демо дерекқор: {target}"
    assert cli.main(["--lang", "ru", "--db", str(target), "backup", "--to", str(tmp_path / "copy.sqlite")]) == 0
    assert capsys.readouterr().out.startswith("резервная копия записана: ")



def _approved_plan(demo_db, tmp_path):
    from desktop.services import curricula

    approved = next(s.id for s in curricula.list_curricula(demo_db) if s.status == "approved")
    plan = tmp_path / "plan.xlsx"
    curricula.export_curriculum_file(demo_db, approved, plan)
    return plan, curricula.get_curriculum(demo_db, approved).curriculum


def test_check_warns_of_a_qualification_the_colleges_classifier_does_not_hold(demo_db, paths, tmp_path, capsys):
    """The same CLASSIFIER warning the curriculum editor gives: a mistyped code, or the classifier not imported."""
    from desktop.services import classifier, curricula
    from desktop.services.database import open_database

    plan, curriculum = _approved_plan(demo_db, tmp_path)
    assert cli.main(["--db", str(demo_db.path), "--lang", "en", "check", str(plan)]) == 0
    assert "CLASSIFIER" not in capsys.readouterr().out
    college = open_database(tmp_path / "other.sqlite", paths.backups)
    lost = curriculum.qualifications[-1]
    if lost in curricula.college_codes(college):
        classifier.delete_entry(college, lost)
    college.close()
    assert cli.main(["--db", str(tmp_path / "other.sqlite"), "--lang", "en", "check", str(plan)]) == 0  # a warning
    out, err = capsys.readouterr()
    warned = [line for line in out.splitlines() if line.startswith("CLASSIFIER\twarning")]
    assert [lost in line for line in warned] == [True] and "0 errors, 1 warnings" in err


def test_check_does_not_make_a_database_named_by_mistake(demo_db, tmp_path, capsys):
    plan, _ = _approved_plan(demo_db, tmp_path)
    missing = tmp_path / "typo.sqlite"
    assert cli.main(["--db", str(missing), "--lang", "en", "check", str(plan)]) == 2
    assert not missing.exists() and "cannot be opened" in capsys.readouterr().err
