"""zhospar-cli: headless jobs. Never imports PySide6, so it runs where Qt cannot start."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from desktop import __version__
from desktop.paths import resolve_paths

# Exit codes, one contract for every command (README, "Command line"):
DONE = 0  # the work is done
REFUSED = 1  # the input was read and refused: bad cells, rule errors, problems to fix first
UNREADABLE = 2  # the input could not be read or the environment failed: no such file, not a workbook, a locked database
BUG = 3  # a bug of ours: the details are in the log, whose path is printed
# Problem codes that mean a file could not be read at all (as against cells that were read and refused), or that
# the environment failed (a file that cannot be written).
_UNREADABLE_NEDB = frozenset({"nedb.no_bom", "nedb.not_utf16"})
_ENVIRONMENT = frozenset({"file.cannot_write", "file.no_folder"})


def _texts(args):
    from desktop.cli_texts import Texts  # noqa: PLC0415

    return Texts(getattr(args, "ui_lang", None) or "en")


def _say(args, code: str, **params) -> None:
    print(f"zhospar-cli: {_texts(args).message(code, params)}", file=sys.stderr)


def _print_problems(problems, args=None) -> None:
    texts = _texts(args)
    for problem in problems:
        print(texts.problem(problem), file=sys.stderr)


def refused(problems) -> int:
    """REFUSED for cells and rules, UNREADABLE when the file itself could not be read."""
    from desktop.exchange.cells import UNREADABLE as CODES  # noqa: PLC0415

    unreadable = CODES | _UNREADABLE_NEDB | _ENVIRONMENT
    return UNREADABLE if any(p.code in unreadable for p in problems) else REFUSED


def reading(args, path) -> bool:
    """True when the file can be opened for reading; else its problem is said (the caller exits UNREADABLE)."""
    from desktop.exchange.cells import input_problem  # noqa: PLC0415

    problem = input_problem(Path(path))
    if problem:
        _print_problems([problem], args)
    return problem is None


def writing(args, path) -> bool:
    """True when a file can be written there; checked before any work so a refusal changes nothing."""
    from desktop.exchange.cells import output_problem  # noqa: PLC0415

    problem = output_problem(Path(path))
    if problem:
        _print_problems([problem], args)
    return problem is None


def _db_target(args, paths) -> str:
    return args.db or str(paths.default_db)


def cmd_demo(args, paths) -> int:
    from desktop.services.demo import build_demo  # noqa: PLC0415

    target = Path(args.path) if args.path else paths.demo_db
    if args.path and not writing(args, target):
        return UNREADABLE
    db = build_demo(target, paths.backups, force=args.force)
    db.close()
    print(_texts(args).say("demo_written", path=target))
    return 0


def cmd_migrate(args, paths) -> int:
    from desktop.services.database import open_database  # noqa: PLC0415

    db = open_database(_db_target(args, paths), paths.backups)
    print(_texts(args).say("up_to_date", name=db.display_name))
    db.close()
    return 0


def cmd_backup(args, paths) -> int:
    from desktop.models.backup import copy_database  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415

    if args.to and not writing(args, args.to):
        return UNREADABLE
    db = open_database(_db_target(args, paths), paths.backups, create=False)
    try:
        if args.to:
            copy_database(db.path, Path(args.to))
            written = Path(args.to)
        else:
            written = db.backup_now("manual")
    finally:
        db.close()
    print(_texts(args).say("backup_written", path=written))
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
    if not reading(args, source):
        return UNREADABLE
    db = open_database(_db_target(args, paths), paths.backups, create=False)
    try:
        if not args.yes:
            try:
                answer = input(_texts(args).say("restore_question", name=db.display_name, path=source))
            except EOFError:  # no terminal to answer from (a script, a pipe): no
                answer = ""
            if answer.strip().lower() not in ("y", "yes", "д", "да", "и", "иә"):
                print(_texts(args).say("nothing_changed"))
                return 1
        db.restore(source)
    finally:
        db.close()
    print(_texts(args).say("restored", name=db.display_name, path=source))
    return 0


def cmd_classifier(args, paths) -> int:
    from desktop.services import classifier  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    if not (writing(args, args.file) if args.action == "export" else reading(args, args.file)):
        return UNREADABLE
    db = open_database(_db_target(args, paths), paths.backups)
    try:
        if args.action == "export":
            count = classifier.export_classifier_file(db, Path(args.file))
            print(_texts(args).say("entries_written", count=count, path=args.file))
            return 0
        try:
            summary = classifier.import_classifier_file(db, Path(args.file))
        except ValidationFailed as exc:
            _print_problems(exc.problems, args)
            print(_texts(args).say("nothing_imported"), file=sys.stderr)
            return refused(exc.problems)
        print(_texts(args).say("classifier_imported", added=summary.added, updated=summary.updated))
        return 0
    finally:
        db.close()


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
            print(f"zhospar-cli: {_texts(args).say('give_id')}", file=sys.stderr)
            return REFUSED
        out = Path(args.out or f"curriculum-{args.id}-{args.lang}.pdf")
        if not writing(args, out):
            return UNREADABLE
        try:
            curricula.write_curriculum_pdf(db, args.id, out, args.lang)
        except NotFound:
            print(f"zhospar-cli: {_texts(args).say('no_curriculum', id=args.id)}", file=sys.stderr)
            return REFUSED
        except ValidationFailed as exc:
            _print_problems(exc.problems, args)
            return refused(exc.problems)
        print(_texts(args).say("written", path=out))
        return 0
    finally:
        db.close()


def cmd_grant(args, paths) -> int:
    """Give the application's role what Zhospar needs and no more; run by the owner role, which migrates first."""
    from sqlalchemy.exc import DBAPIError  # noqa: PLC0415

    from desktop.services import pg_setup  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415
    from desktop.services.errors import DatabaseEnvironmentError, classify  # noqa: PLC0415

    target = _db_target(args, paths)
    if not target.startswith("postgresql"):
        print(f"zhospar-cli: {_texts(args).say('not_a_server')}", file=sys.stderr)
        return REFUSED
    db = open_database(target, paths.backups)
    try:
        pg_setup.grant(db.engine, args.role)
    except LookupError:
        print(f"zhospar-cli: {_texts(args).say('no_role', role=args.role)}", file=sys.stderr)
        return REFUSED
    except DBAPIError as exc:
        problem = classify(exc)
        if problem is None:
            raise
        raise DatabaseEnvironmentError(problem, db.display_name, str(exc.orig)) from exc
    finally:
        db.close()
    print(_texts(args).say("privileges_granted", role=args.role, name=db.display_name))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli_texts import LANGUAGES  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="zhospar-cli", description="Zhospar without a window.")
    parser.add_argument("--version", action="version", version=f"zhospar {__version__}")
    parser.add_argument("--db", help="database file or URL (default: your own database)")
    parser.add_argument("--lang", dest="ui_lang", choices=LANGUAGES,
                        help="language of the messages (default: the command's own --lang, else from LC_ALL / LANG "
                             "when kk or ru, else en)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="build the demo college database")
    demo.add_argument("--path", help="where to write it (default: the demo database in your data folder)")
    demo.add_argument("--force", action="store_true", help="rebuild it even when it exists")
    demo.set_defaults(func=cmd_demo)

    commands.add_parser("migrate", help="bring the database to the current schema").set_defaults(func=cmd_migrate)

    grant = commands.add_parser("grant", help="give the application's PostgreSQL role the privileges it needs "
                                                    "(run as the database's owner)")
    # --db may also follow the command here, as the README's server section writes it.
    grant.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    grant.add_argument("--role", required=True, help="the role the workstations sign in to the server with")
    grant.set_defaults(func=cmd_grant)

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

    from desktop.cli_check import add_command as add_check  # noqa: PLC0415 - it imports this module's helpers

    add_check(commands, LANGUAGES)
    from desktop.cli_diploma import add_command as add_diploma  # noqa: PLC0415

    add_diploma(commands, LANGUAGES)

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
    from desktop.cli_texts import default_language  # noqa: PLC0415

    args = build_parser().parse_args(argv)
    # One language for everything said: given before the command, else the one given to it (check --lang ru,
    # report ... --lang kk), else the locale's.
    args.ui_lang = args.ui_lang or getattr(args, "lang", None) or default_language()
    paths = resolve_paths().ensure()
    from desktop.logs import setup_logging  # noqa: PLC0415

    setup_logging(paths.log_file)
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415
    from desktop.services.errors import DatabaseEnvironmentError  # noqa: PLC0415

    try:
        return args.func(args, paths)
    except DatabaseEnvironmentError as exc:
        print(f"zhospar-cli: {exc.location}: {_texts(args).message(exc.problem.value)}", file=sys.stderr)
        return UNREADABLE
    except SheetFileError as exc:  # a reader's refusal that no service turned into ValidationFailed
        _print_problems(exc.problems, args)
        return refused(exc.problems)
    except OSError as exc:  # a file or folder the command needed, gone or closed to us while it ran
        _os_problem(args, exc)
        return UNREADABLE
    except KeyboardInterrupt:  # Ctrl+C: the work in hand is rolled back by its transaction
        print(f"zhospar-cli: {_texts(args).say('interrupted')}", file=sys.stderr)
        return 130
    except Exception:
        logging.getLogger("zhospar.cli").exception("command %s failed", args.command)
        print(f"zhospar-cli: {_texts(args).say('bug', path=paths.log_file)}", file=sys.stderr)
        return BUG


def _os_problem(args, exc: OSError) -> None:
    """Inputs are checked before a command starts, so an OS error while it runs is most often a file it writes."""
    import errno  # noqa: PLC0415

    from desktop.services.errors import DbProblem, classify  # noqa: PLC0415

    where = str(exc.filename or "")
    if isinstance(exc, IsADirectoryError):
        _say(args, "file.is_folder", path=where)
    elif exc.errno == errno.ENOSPC or classify(exc) is DbProblem.DISK_FULL:
        _say(args, "db.disk_full")
    else:
        _say(args, "file.cannot_write", detail=f"{where}: {exc.strerror or exc}".strip(": "))


if __name__ == "__main__":
    sys.exit(main())
