"""zhospar-cli's contingent and state-report commands: nedb export|import|check|log, report contingent|pack."""
from __future__ import annotations

import getpass
import sys
from datetime import date
from pathlib import Path


def _open(args, paths, create: bool = False):
    from desktop.services.database import open_database  # noqa: PLC0415

    return open_database(args.db or str(paths.default_db), paths.backups, create=create)


def _texts(args):
    from desktop.cli import _texts as texts  # noqa: PLC0415

    return texts(args)


def _problems(problems, args) -> int:
    """Say every problem in the chosen language; the exit code they call for."""
    from desktop.cli import _print_problems, refused  # noqa: PLC0415

    _print_problems(problems, args)
    return refused(problems)


def _can_write(args, path) -> bool:
    from desktop.cli import writing  # noqa: PLC0415

    return writing(args, path)


def _can_read(args, path) -> bool:
    from desktop.cli import reading  # noqa: PLC0415

    return reading(args, path)


def cmd_nedb_export(args, paths) -> int:
    from desktop.services import nedb  # noqa: PLC0415

    if not _can_write(args, args.file):
        return 2
    db = _open(args, paths)
    try:
        changes = nedb.changes_since_last_export(db)
        row = nedb.export_contingent(db, Path(args.file), args.by or getpass.getuser())
    finally:
        db.close()
    texts = _texts(args)
    print(texts.say("nedb_exported", total=row.total, path=args.file, round=row.round, sha256=row.sha256[:16]))
    counts = {"added": row.added, "changed": row.changed, "left": row.left}
    print(texts.say("nedb_changes_since", at=f"{changes.since.at:%d.%m.%Y %H:%M}", **counts) if changes.since
          else texts.say("nedb_changes", **counts))
    return 0


def cmd_nedb_import(args, paths) -> int:
    from desktop.services import nedb_import  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    if not _can_read(args, args.file):
        return 2
    db = _open(args, paths, create=True)
    try:
        try:
            plan = nedb_import.analyse(db, Path(args.file))
        except ValidationFailed as exc:
            code = _problems(exc.problems, args)
            print(_texts(args).say("nothing_imported_fix" if code == 1 else "nothing_imported"), file=sys.stderr)
            return code
        texts = _texts(args)
        for row in plan.rows:
            if row.outcome == "conflict":
                for d in row.differences:
                    print(texts.say("nedb_difference", line=row.line, name=row.name, field=texts.field(d.field),
                                    ours=d.ours, theirs=d.theirs))
        print(_texts(args).say("nedb_plan", new=plan.count("new"), same=plan.count("same"),
                               conflicts=plan.count("conflict"), groups=len(plan.new_groups)))
        if args.dry_run:
            print(_texts(args).say("dry_run"))
            return 0
        take = {r.line for r in plan.rows if r.outcome == "conflict"} if args.take_theirs else set()
        try:
            result = nedb_import.apply(db, plan, take, args.by or getpass.getuser())
        except ValidationFailed as exc:  # what only the writing finds; it writes nothing then
            code = _problems(exc.problems, args)
            print(_texts(args).say("nothing_imported_fix" if code == 1 else "nothing_imported"), file=sys.stderr)
            return code
    finally:
        db.close()
    print(_texts(args).say("nedb_imported", added=result.added, updated=result.updated, kept=result.kept,
                           groups=result.groups_added))
    return 0


def cmd_nedb_check(args, paths) -> int:
    from desktop.services.preflight import preflight  # noqa: PLC0415

    db = _open(args, paths)
    try:
        issues = preflight(db)
    finally:
        db.close()
    texts = _texts(args)
    for issue in issues:  # the code stays first, for scripts; the sentence is for the registrar
        print(f"{issue.code}\t{issue.target} {issue.target_id}\t{issue.subject}\t"
              f"{texts.preflight(issue.code, issue.params)}")
    print(texts.say("nedb_problems", count=len(issues)), file=sys.stderr)
    return 1 if issues else 0


def cmd_nedb_log(args, paths) -> int:
    from desktop.services import nedb  # noqa: PLC0415

    db = _open(args, paths)
    try:
        texts = _texts(args)
        rows = nedb.list_submissions(db)
        if rows:
            print(texts.say("nedb_log_header"))
        for row in rows:
            print(f"{row.at:%d.%m.%Y %H:%M}\t{texts.round_name(row.round)}\t{texts.choice(row.direction)}\t{row.by}\t"
                  f"{row.file_name}\t{row.total}\t+{row.added} ~{row.changed} -{row.left}\t{row.sha256}")
    finally:
        db.close()
    return 0


def cmd_report_contingent(args, paths) -> int:
    from desktop.exchange.contingent_report_xlsx import write_contingent_report  # noqa: PLC0415
    from desktop.reports.contingent_pdf import build_contingent_pdf  # noqa: PLC0415
    from desktop.services.contingent_reports import contingent_report, default_period  # noqa: PLC0415

    period = _period(args, default_period(date.today()))
    out = Path(args.out or f"contingent-{args.lang}.{'xlsx' if args.xlsx else 'pdf'}")
    if not _can_write(args, out):
        return 2
    db = _open(args, paths)
    try:
        report = contingent_report(db, period=period)
    finally:
        db.close()
    if args.xlsx:
        write_contingent_report(out, report, args.lang)
    else:
        build_contingent_pdf(out, report, args.lang)
    print(_texts(args).say("written", path=out))
    return 0


def _period(args, default: tuple[date, date]) -> tuple[date, date]:
    days = []
    for text, fallback, option in ((args.start, default[0], "--from"), (args.end, default[1], "--to")):
        try:
            days.append(date.fromisoformat(text) if text else fallback)
        except ValueError:
            raise SystemExit(_texts(args).say("bad_date_option", option=option, value=text)) from None
    if days[0] > days[1]:
        raise SystemExit(_texts(args).say("period_reversed"))
    return days[0], days[1]


def cmd_report_pack(args, paths) -> int:
    from desktop.domain.problems import FieldProblem  # noqa: PLC0415
    from desktop.services.contingent_reports import default_period  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415
    from desktop.services.report_pack import make_pack  # noqa: PLC0415

    period = _period(args, default_period(date.today()))
    year = args.year or date.today().year
    folder = Path(args.out or ".")
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path("."))
    if not existing.is_dir():  # a file where the folder should be: said before an hour of counting, not after
        return _problems([FieldProblem("file", "file.no_folder", {"path": str(folder)})], args)
    db = _open(args, paths)
    try:
        pdf, xlsx = make_pack(db, Path(args.out or "."), year, args.lang, period=period,
                              progress=lambda done, total, what: print(f"[{done}/{total}] {what}", file=sys.stderr))
    except ValidationFailed as error:
        return _problems(error.problems, args)
    finally:
        db.close()
    print(_texts(args).say("written", path=pdf))
    print(_texts(args).say("written", path=xlsx))
    return 0


def add_commands(commands, documents) -> None:
    nedb = commands.add_parser("nedb", help="the contingent file of the National Education Database")
    actions = nedb.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write the contingent in NEDB's layout and log the submission")
    export.add_argument("file")
    export.add_argument("--by", help="who submits (default: your login name)")
    export.set_defaults(func=cmd_nedb_export)
    load = actions.add_parser("import", help="read NEDB's contingent file: new students added, differences listed")
    load.add_argument("file")
    load.add_argument("--dry-run", action="store_true", help="only list what would change")
    load.add_argument("--take-theirs", action="store_true",
                      help="take the file's values where it differs from the database (default: keep ours)")
    load.add_argument("--by", help="who imports (default: your login name)")
    load.set_defaults(func=cmd_nedb_import)
    actions.add_parser("check", help="list every problem to fix before a round (exit 1 when any)"
                       ).set_defaults(func=cmd_nedb_check)
    actions.add_parser("log", help="the submission log").set_defaults(func=cmd_nedb_log)

    contingent = documents.add_parser("contingent", help="contingent, movement and categories (PDF or Excel)")
    contingent.add_argument("--lang", choices=("kk", "ru"), default="kk", help="language of the document")
    contingent.add_argument("--from", dest="start", help="start of the movement period, YYYY-MM-DD")
    contingent.add_argument("--to", dest="end", help="end of the movement period, YYYY-MM-DD")
    contingent.add_argument("--xlsx", action="store_true", help="write an Excel workbook instead of a PDF")
    contingent.add_argument("--out", help="the file to write")
    contingent.set_defaults(func=cmd_report_contingent)
    pack = documents.add_parser("pack", help="the report pack for the ministry: one PDF and one Excel workbook "
                                             "(indicators, contingent, movement, dual training, exams, employment)")
    pack.add_argument("--year", type=int, help="year of the indicators and graduates (default: this year)")
    pack.add_argument("--lang", choices=("kk", "ru"), default="kk", help="language of the documents")
    pack.add_argument("--from", dest="start", help="start of the movement period, YYYY-MM-DD")
    pack.add_argument("--to", dest="end", help="end of the movement period, YYYY-MM-DD")
    pack.add_argument("--out", help="the folder to write pack-<year>-<lang>.pdf and .xlsx into (default: here)")
    pack.set_defaults(func=cmd_report_pack)
