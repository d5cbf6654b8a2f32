"""zhospar-cli check: every curriculum of a workbook against the credit-modular rules, a sheet at a time (a
college's workbook often holds one plan per group), or the one sheet named with --sheet."""
from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import REFUSED, UNREADABLE, _db_target, _print_problems, _texts, reading, refused


def add_command(commands, languages) -> None:
    check = commands.add_parser("check", help="check the curricula of a workbook against the credit-modular rules")
    check.add_argument("file", help="the curricula as an Excel workbook (.xlsx): every sheet that holds one")
    check.add_argument("--sheet", help="check only this sheet (its name as the workbook's tab shows it)")
    check.add_argument("--intake-year", type=int, dest="intake_year",
                       help="the intake year of a sheet that does not write it (nor its file name)")
    check.add_argument("--lang", choices=languages, help="language of the findings (default: the messages' language)")
    check.set_defaults(func=cmd_check)


def cmd_check(args, paths) -> int:
    """Exit 1 when any error is found (or a cell is refused), 2 when the workbook cannot be read; each sheet is
    checked and the worst outcome is the exit code. Sheets that hold no curriculum are named and passed over
    when others do."""
    from desktop.services import curriculum_files  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    if not reading(args, args.file):
        return UNREADABLE
    texts = _texts(args)
    try:
        choices = curriculum_files.read_sheets(Path(args.file))
    except ValidationFailed as exc:
        _print_problems(exc.problems, args)
        return _not_checked(args, exc.problems)
    if args.sheet is not None:
        try:
            choices = [curriculum_files.sheet_named(choices, args.sheet)]
        except ValidationFailed as exc:
            _print_problems(exc.problems, args)
            return _not_checked(args, exc.problems)
    elif any(c.curriculum is not None for c in choices):
        for skipped in (c for c in choices if c.curriculum is None):
            print(texts.say("sheet_skipped", sheet=skipped.sheet), file=sys.stderr)
        choices = [c for c in choices if c.curriculum is not None]
    several = len(choices) > 1
    worst = 0
    # The college's classifier tells a qualification it does not hold (a warning): the user's own database,
    # which Zhospar makes on first start, or the one named with --db, which must exist.
    db = open_database(_db_target(args, paths), paths.backups, create=args.db is None)
    try:
        for choice in choices:
            worst = max(worst, _check_sheet(args, db, choice, several))
    finally:
        db.close()
    return worst


def _check_sheet(args, db, choice, several: bool) -> int:
    from desktop.services import curriculum_files  # noqa: PLC0415
    from desktop.services.errors import ValidationFailed  # noqa: PLC0415

    if several:
        print(_texts(args).say("sheet_heading", sheet=choice.sheet))
    try:
        curriculum = curriculum_files.with_intake_year(choice, args.intake_year)
    except ValidationFailed as exc:
        _print_problems(exc.problems, args)
        return _not_checked(args, exc.problems)
    return _findings(args, db, curriculum)


def _not_checked(args, problems) -> int:
    code = refused(problems)
    if code == REFUSED:
        print(_texts(args).say("not_checked"), file=sys.stderr)
    return code


def _findings(args, db, curriculum) -> int:
    from desktop.domain.rules import Severity  # noqa: PLC0415
    from desktop.services import curricula  # noqa: PLC0415

    lang = args.lang or args.ui_lang
    rules = curricula.rule_set_for(curriculum)
    texts = curricula.finding_texts()
    findings = curricula.check_in_college(db, curriculum)
    position = {row.id: n for n, row in enumerate(curriculum.rows)}
    for finding in findings:
        codes = [curriculum.row(r).code or r for r in sorted(finding.rows, key=position.get)]
        rows = f" [{', '.join(codes)}]" if codes else ""
        print(f"{finding.rule}\t{texts.severity(finding.severity.value, lang)}\t"
              f"{texts.message(finding, lang, rules)}{rows}\t({texts.source(finding.source, lang)})")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    print(_texts(args).say("check_summary", errors=errors, warnings=len(findings) - errors, rule_set=rules.id),
          file=sys.stderr)
    return REFUSED if errors else 0
