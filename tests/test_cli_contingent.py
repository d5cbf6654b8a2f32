"""zhospar-cli nedb export|import|check|log and report contingent, as the registrar's scripts run them."""
from pypdf import PdfReader

from desktop import cli
from desktop.paths import resource_path


def test_nedb_check_export_log_and_import_into_an_empty_database(demo_db, paths, tmp_path, capsys):
    db = ["--db", str(demo_db.path)]
    assert cli.main([*db, "nedb", "check"]) == 1  # the demo keeps problems for the registrar to fix
    out = capsys.readouterr()
    assert "preflight.no_curriculum\tgroup" in out.out and "problems before the NEDB round" in out.err
    assert "\tthe group has no working curriculum" in out.out  # a sentence, not the parameters
    assert cli.main(["--lang", "ru", *db, "nedb", "check"]) == 1
    assert "\tу группы нет рабочего учебного плана" in capsys.readouterr().out
    exported = tmp_path / "contingent.txt"
    assert cli.main([*db, "nedb", "export", str(exported), "--by", "Registrar"]) == 0
    assert "290 students written" in capsys.readouterr().out
    assert cli.main([*db, "nedb", "log"]) == 0
    assert "\texport\tRegistrar\tcontingent.txt\t290" in capsys.readouterr().out
    assert cli.main(["--lang", "kk", *db, "nedb", "log"]) == 0  # the round and direction in words, under a header
    log = capsys.readouterr().out.splitlines()
    assert log[0].split("\t")[:3] == ["қашан", "кезең", "бағыты"]
    assert "\tэкспорт\tRegistrar\tcontingent.txt\t290" in log[-1] and "(қыркүйек–қазан)" in log[-1] or "(наурыз–сәуір)" in log[-1]
    empty = ["--db", str(tmp_path / "empty.sqlite")]
    assert cli.main([*empty, "nedb", "import", str(exported), "--dry-run"]) == 0
    assert "290 new" in capsys.readouterr().out
    assert cli.main([*empty, "nedb", "import", str(exported)]) == 0
    assert "290 added" in capsys.readouterr().out
    again = tmp_path / "again.txt"
    assert cli.main([*empty, "nedb", "export", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()


def test_nedb_import_lists_differences_and_keeps_ours_by_default(demo_db, capsys):
    db = ["--db", str(demo_db.path)]
    assert cli.main([*db, "nedb", "import", str(resource_path("demo", "nedb-contingent.txt"))]) == 0
    out = capsys.readouterr().out
    assert "Surname: ours «Жақсылықова», file «Жақсылықева»" in out
    assert "4 added, 0 updated from the file, 3 kept as ours" in out


def test_a_bad_nedb_file_lists_its_cells_and_imports_nothing(demo_db, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("not a file from NEDB", encoding="utf-8")
    assert cli.main(["--db", str(demo_db.path), "nedb", "import", str(bad)]) == 2  # not NEDB's file: unreadable
    assert "this is not NEDB's contingent file" in capsys.readouterr().err


def test_report_contingent_as_pdf_and_excel(demo_db, tmp_path, capsys):
    db = ["--db", str(demo_db.path)]
    pdf = tmp_path / "c.pdf"
    assert cli.main([*db, "report", "contingent", "--lang", "ru", "--from", "2026-09-01", "--to", "2026-11-20",
                     "--out", str(pdf)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "КОНТИНГЕНТ СТУДЕНТОВ" in text and "Период: 01.09.2026 – 20.11.2026" in text
    xlsx = tmp_path / "c.xlsx"
    assert cli.main([*db, "report", "contingent", "--xlsx", "--out", str(xlsx)]) == 0
    assert xlsx.stat().st_size > 0
