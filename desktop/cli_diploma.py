"""zhospar-cli diploma check|print GROUP: a group's final grades reconciled with its curriculum, and its diploma
supplements printed in Kazakh, Russian or both, on plain A4 or onto the blank moved by the printer's calibration.

Exit codes as every command (desktop.cli): 0 done, 1 refused (something is missing before printing, no such
group), 2 a folder that cannot be written or a database that cannot be opened.
"""
from __future__ import annotations

import sys
from pathlib import Path

LANGUAGE_CHOICES = ("kk", "ru", "both")


def add_command(commands, languages) -> None:
    diploma = commands.add_parser("diploma", help="final grades and diploma supplements of a group")
    actions = diploma.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="what is missing or failing per student before the supplements print")
    check.add_argument("group", help="the group's code, as the Groups tab shows it (22ПО-41к)")
    check.add_argument("--lang", choices=languages, help="language of the messages")
    check.set_defaults(func=cmd_check)
    printing = actions.add_parser("print", help="the group's supplements as PDF files, one per student and language")
    printing.add_argument("group", help="the group's code")
    printing.add_argument("--language", choices=LANGUAGE_CHOICES, default="both", help="the copies to print")
    printing.add_argument("--out", required=True, help="the folder to write the files to (made if missing)")
    printing.add_argument("--blank", action="store_true", help="print onto the pre-printed blank: the values alone")
    printing.add_argument("--dx", type=float, default=0.0, help="move right by this many millimetres (with --blank)")
    printing.add_argument("--dy", type=float, default=0.0, help="move down by this many millimetres (with --blank)")
    printing.set_defaults(func=cmd_print)


def with_diploma(parser):
    """The parser of desktop.cli with this command added, when cli.build_parser does not add it itself."""
    from desktop.cli_texts import LANGUAGES  # noqa: PLC0415

    commands = next(a for a in parser._subparsers._group_actions if hasattr(a, "choices"))  # argparse keeps it so
    if "diploma" not in commands.choices:
        add_command(commands, LANGUAGES)
    return parser


def _text(args, table: str, key: str, **params) -> str:
    """A sentence of desktop/services/grade_texts.py in the chosen language: the window's catalogue's when it holds
    the code, else ours translated by the same .ts files (English until translated)."""
    from desktop.cli import _texts  # noqa: PLC0415
    from desktop.cli_texts import _Keep  # noqa: PLC0415
    from desktop.services import grade_texts  # noqa: PLC0415

    texts = _texts(args)
    if table == "Messages" and texts.has(key):
        return texts.message(key, params)
    source = (grade_texts.MESSAGES if table == "Messages" else grade_texts.CLI_WORDS).get(key)
    if source is None:
        return texts.message(key, params)
    for template in (texts.lookup(table, source), source):
        try:
            return template.format_map(_Keep(params))
        except (ValueError, IndexError, AttributeError):
            continue
    return source


def _problems(args, problems) -> None:
    for problem in problems:
        print(f"  {_text(args, 'Messages', problem.code, **problem.params)}", file=sys.stderr)


def _open(args, paths):
    from desktop.services.database import open_database  # noqa: PLC0415

    return open_database(args.db or str(paths.default_db), paths.backups, create=False)


def _group(args, db) -> int | None:
    from desktop.services import grades  # noqa: PLC0415
    from desktop.services.errors import NotFound  # noqa: PLC0415

    try:
        return grades.find_group(db, args.group)
    except NotFound:
        print(f"zhospar-cli: {_text(args, 'Cli', 'diploma_no_group', group=args.group)}", file=sys.stderr)
        return None


def cmd_check(args, paths) -> int:
    from desktop.cli import REFUSED  # noqa: PLC0415
    from desktop.services import grades  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    db = _open(args, paths)
    try:
        group_id = _group(args, db)
        if group_id is None:
            return REFUSED
        try:
            checks = grades.reconcile_group(db, group_id)
        except ValidationFailed as exc:
            _problems(args, exc.problems)
            return REFUSED
    finally:
        db.close()
    for check in checks:
        if check.clean:
            print(_text(args, "Cli", "diploma_clean", student=check.full_name, graded=check.graded))
        else:
            print(_text(args, "Cli", "diploma_problems", student=check.full_name, count=len(check.problems)))
            for problem in check.problems:
                print(f"  {_text(args, 'Messages', problem.code, **problem.params)}")
    ready = sum(c.clean for c in checks)
    print(_text(args, "Cli", "diploma_checked", group=args.group, ready=ready, total=len(checks)), file=sys.stderr)
    return 0 if ready == len(checks) else REFUSED


def _writable(args, folder: Path) -> bool:
    from desktop.cli import writing  # noqa: PLC0415

    return writing(args, folder / "supplement.pdf") if folder.is_dir() else writing(args, folder)


def cmd_print(args, paths) -> int:
    from desktop.cli import REFUSED, UNREADABLE  # noqa: PLC0415
    from desktop.reports.supplement_data import Calibration  # noqa: PLC0415
    from desktop.services import supplements  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    folder = Path(args.out)
    if not _writable(args, folder):
        return UNREADABLE
    languages = ("kk", "ru") if args.language == "both" else (args.language,)
    calibration = Calibration(args.dx, args.dy) if args.blank else None
    db = _open(args, paths)
    try:
        group_id = _group(args, db)
        if group_id is None:
            return REFUSED
        try:
            written = supplements.print_group(db, group_id, folder, languages, on_blank=args.blank,
                                              calibration=calibration)
        except ValidationFailed as exc:
            _problems(args, exc.problems)
            return REFUSED
    finally:
        db.close()
    print(_text(args, "Cli", "diploma_printed", count=len(written), folder=folder))
    return 0
