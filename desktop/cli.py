"""zhospar-cli: headless jobs. Never imports PySide6, so it runs where Qt cannot start."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from desktop import __version__
from desktop.paths import resolve_paths

# Plain English for the administrator's terminal; the window speaks kk / ru / en.
DB_MESSAGES = {
    "db.locked": "the database is locked by another program; close it or try again in a moment",
    "db.read_only": "the database file is read-only; copy it somewhere writable or change its permissions",
    "db.disk_full": "the disk is full; free some space and try again",
    "db.not_a_database": "this file is not a database (or it is damaged)",
    "db.cannot_open": "the database cannot be opened",
    "db.io_error": "the disk reported an input/output error",
    "db.schema_too_new": "this database was written by a newer Zhospar; update the application",
    "db.not_zhospar": "this database does not belong to Zhospar",
    "db.cannot_connect": "the database server cannot be reached",
}


def _db_target(args, paths) -> str:
    return args.db or str(paths.default_db)


def cmd_demo(args, paths) -> int:
    from desktop.services.demo import build_demo  # noqa: PLC0415

    target = Path(args.path) if args.path else paths.demo_db
    db = build_demo(target, paths.backups, force=args.force)
    db.close()
    print(f"demo database: {target}")
    return 0


def cmd_migrate(args, paths) -> int:
    from desktop.services.database import open_database  # noqa: PLC0415

    db = open_database(_db_target(args, paths), paths.backups)
    print(f"up to date: {db.display_name}")
    db.close()
    return 0


def cmd_backup(args, paths) -> int:
    from desktop.models.backup import copy_database  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415

    db = open_database(_db_target(args, paths), paths.backups, create=False)
    try:
        if args.to:
            copy_database(db.path, Path(args.to))
            written = Path(args.to)
        else:
            written = db.backup_now("manual")
    finally:
        db.close()
    print(f"backup written: {written}")
    return 0


def cmd_backups(args, paths) -> int:
    from desktop.services.database import open_database  # noqa: PLC0415

    db = open_database(_db_target(args, paths), paths.backups, create=False)
    for backup in db.backups():
        print(backup)
    db.close()
    return 0


def cmd_restore(args, paths) -> int:
    from desktop.services.database import open_database  # noqa: PLC0415

    source = Path(args.backup)
    db = open_database(_db_target(args, paths), paths.backups, create=False)
    try:
        if not args.yes:
            answer = input(f"Replace {db.display_name} with {source}? A copy of the current data is kept. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing changed")
                return 1
        db.restore(source)
    finally:
        db.close()
    print(f"restored {db.display_name} from {source}")
    return 0


def cmd_classifier(args, paths) -> int:
    from desktop.services import classifier  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    db = open_database(_db_target(args, paths), paths.backups)
    try:
        if args.action == "export":
            count = classifier.export_classifier_file(db, Path(args.file))
            print(f"{count} entries written to {args.file}")
            return 0
        try:
            summary = classifier.import_classifier_file(db, Path(args.file))
        except ValidationFailed as exc:
            _print_problems(exc.problems)
            print("nothing was imported", file=sys.stderr)
            return 1
        print(f"imported: {summary.added} added, {summary.updated} updated")
        return 0
    finally:
        db.close()


def _print_problems(problems) -> None:
    for problem in problems:
        where = " ".join(f"{k} {v}" for k, v in (("sheet", problem.sheet), ("row", problem.row),
                                                 ("column", problem.column)) if v)
        print(f"{where or problem.field}: {problem.code} {problem.params or ''}".rstrip(), file=sys.stderr)


def cmd_check(args, paths) -> int:
    """Check a curriculum workbook against the credit-modular rules; exit 1 when any error is found."""
    from desktop.domain.rules import Severity  # noqa: PLC0415
    from desktop.services import curricula  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    try:
        curriculum = curricula.read_curriculum_file(Path(args.file))
    except ValidationFailed as exc:
        _print_problems(exc.problems)
        print("the workbook was not checked: correct the cells above", file=sys.stderr)
        return 2
    rules = curricula.rule_set_for(curriculum)
    texts = curricula.finding_texts()
    findings = curricula.check_curriculum(curriculum)
    position = {row.id: n for n, row in enumerate(curriculum.rows)}
    for finding in findings:
        codes = [curriculum.row(r).code or r for r in sorted(finding.rows, key=position.get)]
        rows = f" [{', '.join(codes)}]" if codes else ""
        print(f"{finding.rule}\t{texts.severity(finding.severity.value, args.lang)}\t"
              f"{texts.message(finding, args.lang, rules)}{rows}\t({finding.source})")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    print(f"{errors} errors, {len(findings) - errors} warnings; rule set {rules.id}", file=sys.stderr)
    return 1 if errors else 0


def cmd_report_curriculum(args, paths) -> int:
    """The curriculum PDF: from the database by id, or from a workbook."""
    from desktop.services import curricula  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415
    from desktop.services.errors import NotFound, ValidationFailed  # noqa: PLC0415

    db = open_database(_db_target(args, paths), paths.backups, create=False)
    try:
        if args.list:
            for item in curricula.list_curricula(db):
                print(f"{item.id}\t{item.status}\t{item.title}")
            return 0
        if args.id is None:
            print("zhospar-cli: give --id N (see --list)", file=sys.stderr)
            return 1
        out = Path(args.out or f"curriculum-{args.id}-{args.lang}.pdf")
        try:
            curricula.write_curriculum_pdf(db, args.id, out, args.lang)
        except NotFound:
            print(f"zhospar-cli: no curriculum {args.id} (see --list)", file=sys.stderr)
            return 1
        except ValidationFailed as exc:
            _print_problems(exc.problems)
            return 1
        print(f"written: {out}")
        return 0
    finally:
        db.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhospar-cli", description="Zhospar without a window.")
    parser.add_argument("--version", action="version", version=f"zhospar {__version__}")
    parser.add_argument("--db", help="database file or URL (default: your own database)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="build the demo college database")
    demo.add_argument("--path", help="where to write it (default: the demo database in your data folder)")
    demo.add_argument("--force", action="store_true", help="rebuild it even when it exists")
    demo.set_defaults(func=cmd_demo)

    commands.add_parser("migrate", help="bring the database to the current schema").set_defaults(func=cmd_migrate)

    backup = commands.add_parser("backup", help="back the database up now")
    backup.add_argument("--to", help="write the copy to this file instead of the backups folder")
    backup.set_defaults(func=cmd_backup)

    commands.add_parser("backups", help="list the database's backups, newest first").set_defaults(func=cmd_backups)

    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("backup", help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(func=cmd_restore)

    classifier = commands.add_parser("classifier", help="import or export the classifier as an Excel sheet")
    classifier.add_argument("action", choices=("import", "export"))
    classifier.add_argument("file")
    classifier.set_defaults(func=cmd_classifier)

    check = commands.add_parser("check", help="check a curriculum workbook against the credit-modular rules")
    check.add_argument("file", help="the curriculum as an Excel workbook (.xlsx)")
    check.add_argument("--lang", choices=("kk", "ru", "en"), default="en", help="language of the findings")
    check.set_defaults(func=cmd_check)

    report = commands.add_parser("report", help="print a document as PDF")
    documents = report.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    curriculum = documents.add_parser("curriculum", help="a working curriculum with its schedule and rule check")
    curriculum.add_argument("--id", type=int, help="the curriculum (see --list)")
    curriculum.add_argument("--list", action="store_true", help="list the curricula of the database")
    curriculum.add_argument("--lang", choices=("kk", "ru"), default="kk", help="language of the document")
    curriculum.add_argument("--out", help="the PDF file to write")
    curriculum.set_defaults(func=cmd_report_curriculum)
    from desktop.cli_contingent import add_commands  # noqa: PLC0415

    add_commands(commands, documents)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths().ensure()
    from desktop.logs import setup_logging  # noqa: PLC0415

    setup_logging(paths.log_file)
    from desktop.services.errors import DatabaseEnvironmentError  # noqa: PLC0415

    try:
        return args.func(args, paths)
    except DatabaseEnvironmentError as exc:
        print(f"zhospar-cli: {exc.location}: {DB_MESSAGES[exc.problem.value]}", file=sys.stderr)
        return 2
    except Exception:
        logging.getLogger("zhospar.cli").exception("command %s failed", args.command)
        print(f"zhospar-cli: unexpected error; details in {paths.log_file}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
