"""One exit-code contract for every zhospar-cli command, with sentences in the chosen language.

0 done; 1 the input was read and refused (bad cells, rule errors); 2 the input could not be read or the
environment failed (no such file, a folder, not a workbook, no folder to write into, a locked database);
3 only for a bug, with the log's path.
"""
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest
from curricula import mid_level_9
from openpyxl import Workbook

from desktop import cli
from desktop.exchange.curriculum_xlsx import write_curriculum


@pytest.fixture
def files(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "text.xlsx").write_text("not a workbook")
    book = Workbook()
    book.active.append(["Код", "Қазақша", "Русский"])
    book.active.append(["123", "А", "А"])
    book.save(tmp_path / "bad-classifier.xlsx")
    book = Workbook()
    book.active.append(["Код", "Қазақша", "Русский"])
    book.active.append(["07150300", "Машина жасау", "Машиностроение"])
    book.save(tmp_path / "classifier.xlsx")
    curriculum = replace(mid_level_9(), title="Test")
    write_curriculum(tmp_path / "good.xlsx", curriculum)
    write_curriculum(tmp_path / "years.xlsx", replace(curriculum, years=10_000_000))
    return tmp_path


# (arguments, with {t} the test folder and {db} the demo database; exit code; words of the message)
CASES = [
    (["demo", "--path", "{t}/nowhere/demo.sqlite"], 2, "the folder {t}/nowhere does not exist"),
    (["--db", "{t}/text.xlsx", "migrate"], 2, "not a Zhospar database"),
    (["--db", "{db}", "migrate"], 0, "up to date"),
    (["--db", "{db}", "backup", "--to", "{t}/nowhere/copy.sqlite"], 2, "does not exist"),
    (["--db", "{db}", "backup", "--to", "{t}/folder"], 2, "is a folder, not a file"),
    (["--db", "{db}", "backups"], 0, ""),
    (["--db", "{db}", "restore", "{t}/missing.sqlite", "--yes"], 2, "the file {t}/missing.sqlite does not exist"),
    (["--db", "{db}", "classifier", "import", "{t}/missing.xlsx"], 2, "does not exist"),
    (["--db", "{db}", "classifier", "import", "{t}/folder"], 2, "is a folder, not a file"),
    (["--db", "{db}", "classifier", "import", "{t}/text.xlsx"], 2, "not an Excel workbook"),
    (["--db", "{db}", "classifier", "import", "{t}/bad-classifier.xlsx"], 1, "row 2, column A: Code:"),
    (["--db", "{db}", "classifier", "import", "{t}/classifier.xlsx"], 0, ""),
    (["--db", "{db}", "classifier", "export", "{t}/nowhere/c.xlsx"], 2, "the folder {t}/nowhere does not exist"),
    (["check", "{t}/missing.xlsx"], 2, "does not exist"),
    (["check", "{t}/text.xlsx"], 2, "not an Excel workbook"),
    (["check", "{t}/years.xlsx"], 1, "row 8, column B: Years of study: “10000000” is out of range: a number from 1 to 6"),
    (["check", "{t}/good.xlsx"], 0, "0 errors"),
    (["--db", "{db}", "report", "curriculum", "--id", "1", "--out", "{t}/nowhere/c.pdf"], 2, "does not exist"),
    (["--db", "{db}", "report", "curriculum", "--id", "99"], 1, "no curriculum 99"),
    (["--db", "{db}", "nedb", "export", "{t}/nowhere/n.txt"], 2, "does not exist"),
    (["--db", "{db}", "nedb", "import", "{t}/missing.txt"], 2, "does not exist"),
    (["--db", "{db}", "nedb", "import", "{t}/text.xlsx"], 2, "not NEDB's contingent file"),
    (["--db", "{db}", "nedb", "check"], 1, "problems before the NEDB round"),
    (["--db", "{db}", "nedb", "log"], 0, ""),
    (["--db", "{db}", "report", "contingent", "--out", "{t}/nowhere/c.pdf"], 2, "does not exist"),
    (["--db", "{db}", "report", "pack", "--out", "{t}/text.xlsx"], 2, "the folder {t}/text.xlsx does not exist"),
    (["--db", "{db}", "report", "pack", "--out", "{t}/text.xlsx/pack"], 2, "does not exist"),
]


@pytest.mark.parametrize(("arguments", "code", "words"), CASES, ids=[" ".join(c[0][2:] if c[0][0] == "--db" else c[0])
                                                                  for c in CASES])
def test_every_command_keeps_the_exit_code_contract(arguments, code, words, files, demo_db, capsys):
    fill = {"t": str(files), "db": str(demo_db.path)}
    assert cli.main(["--lang", "en", *(a.format(**fill) for a in arguments)]) == code
    out = capsys.readouterr()
    assert words.format(**fill) in out.err + out.out
    assert "Traceback" not in out.err and "{'" not in out.err  # sentences, not Python dicts


def test_a_locked_database_exits_2_with_a_sentence(db, paths, files, capsys, monkeypatch):
    from desktop.models import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(paths.default_db, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code = cli.main(["--lang", "en", "--db", str(paths.default_db), "classifier", "import",
                         str(files / "classifier.xlsx")])
    finally:
        holder.rollback()
        holder.close()
    assert code == 2
    assert "The database is busy" in capsys.readouterr().err


def test_a_bug_exits_3_and_names_the_log(paths, capsys, monkeypatch):
    def broken(args, paths):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "cmd_backups", broken)
    assert cli.main(["backups"]) == 3
    assert str(paths.log_file) in capsys.readouterr().err


def test_problems_are_sentences_in_the_chosen_language(files, capsys):
    for language, words in (("ru", "лист Жоспар-План, строка 8, столбец B"), ("kk", "8-жол, B бағаны"),
                            ("en", "sheet Жоспар-План, row 8, column B: Years of study")):
        assert cli.main(["--lang", language, "check", str(files / "years.xlsx")]) == 1
        assert words in capsys.readouterr().err


@pytest.mark.parametrize(("environment", "language"), [({"LANG": "ru_RU.UTF-8"}, "ru"), ({"LC_ALL": "kk_KZ.UTF-8",
                         "LANG": "ru_RU.UTF-8"}, "kk"), ({"LANG": "de_DE.UTF-8"}, "en"), ({}, "en")])
def test_the_language_comes_from_the_locale(environment, language):
    from desktop.cli_texts import default_language

    assert default_language(environment) == language


def test_the_installed_command_speaks_russian_without_qt(files):
    """The console script, as an administrator runs it under a Russian locale: no Qt is loaded for the sentences."""
    code = ("import sys, desktop.cli; code = desktop.cli.main(['--db', sys.argv[1], 'migrate']); "
            "print(code, 'PySide6' in sys.modules)")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    result = subprocess.run([sys.executable, "-c", code, str(files / "text.xlsx")], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.stdout.split() == ["2", "False"]
    assert "Этот файл не является базой данных Zhospar" in result.stderr


def test_restore_without_a_terminal_to_answer_changes_nothing(demo_db, capsys, monkeypatch):
    db = ["--db", str(demo_db.path)]
    assert cli.main([*db, "backup"]) == 0
    written = capsys.readouterr().out.split(": ", 1)[1].strip()

    def no_terminal(prompt):
        raise EOFError

    monkeypatch.setattr("builtins.input", no_terminal)
    assert cli.main([*db, "restore", written]) == 1
    assert "nothing changed" in capsys.readouterr().out


def test_a_file_that_cannot_be_written_while_the_command_runs_exits_2(db, paths, capsys, monkeypatch):
    from desktop.services import classifier

    def gone(db, path):
        raise FileNotFoundError(2, "No such file or directory", str(path))

    monkeypatch.setattr(classifier, "export_classifier_file", gone)
    out = paths.data / "c.xlsx"
    assert cli.main(["--lang", "en", "--db", str(paths.default_db), "classifier", "export", str(out)]) == 2
    assert f"the file cannot be written ({out}: No such file or directory)" in capsys.readouterr().err


def test_the_commands_own_language_is_the_messages_language_too(files, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert cli.main(["check", str(files / "years.xlsx"), "--lang", "ru"]) == 1
    assert "лист Жоспар-План, строка 8, столбец B" in capsys.readouterr().err
    assert cli.main(["check", str(files / "years.xlsx")]) == 1
    assert "sheet Жоспар-План, row 8, column B" in capsys.readouterr().err
