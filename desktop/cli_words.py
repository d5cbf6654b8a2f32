"""What zhospar-cli says besides the problems: results, summaries and refusals of its own, marked for lupdate
so they are translated in i18n/zhospar_*.ts like the window's words (context "Cli"); desktop.cli_texts reads them.

No Qt here: QT_TRANSLATE_NOOP is the readers' no-op of the same name, which lupdate looks for.
"""
from __future__ import annotations

from desktop.exchange.file_messages import QT_TRANSLATE_NOOP


CLI_WORDS = {
    "demo_written": QT_TRANSLATE_NOOP("Cli", "demo database: {path}"),
    "up_to_date": QT_TRANSLATE_NOOP("Cli", "up to date: {name}"),
    "backup_written": QT_TRANSLATE_NOOP("Cli", "backup written: {path}"),
    "restore_question": QT_TRANSLATE_NOOP("Cli", "Replace {name} with {path}? A copy of the current data is kept. [y/N] "),
    "nothing_changed": QT_TRANSLATE_NOOP("Cli", "nothing changed"),
    "restored": QT_TRANSLATE_NOOP("Cli", "restored {name} from {path}"),
    "entries_written": QT_TRANSLATE_NOOP("Cli", "{count} entries written to {path}"),
    "classifier_imported": QT_TRANSLATE_NOOP("Cli", "imported: {added} added, {updated} updated"),
    "nothing_imported": QT_TRANSLATE_NOOP("Cli", "nothing was imported"),
    "nothing_imported_fix": QT_TRANSLATE_NOOP("Cli", "nothing was imported: correct the cells above"),
    "not_checked": QT_TRANSLATE_NOOP("Cli", "the workbook was not checked: correct the cells above"),
    "check_summary": QT_TRANSLATE_NOOP("Cli", "{errors} errors, {warnings} warnings; rule set {rule_set}"),
    "sheet_heading": QT_TRANSLATE_NOOP("Cli", "# sheet {sheet}"),
    "sheet_skipped": QT_TRANSLATE_NOOP("Cli", "the sheet “{sheet}” holds no curriculum: passed over"),
    "give_id": QT_TRANSLATE_NOOP("Cli", "give --id N (see --list)"),
    "no_curriculum": QT_TRANSLATE_NOOP("Cli", "no curriculum {id} (see --list)"),
    "written": QT_TRANSLATE_NOOP("Cli", "written: {path}"),
    "interrupted": QT_TRANSLATE_NOOP("Cli", "interrupted"),
    "bug": QT_TRANSLATE_NOOP("Cli", "unexpected error; details in {path}"),
    "nedb_exported": QT_TRANSLATE_NOOP("Cli", "{total} students written to {path} (round {round}, sha256 {sha256}…)"),
    "nedb_changes": QT_TRANSLATE_NOOP("Cli", "changes: {added} added, {changed} changed, {left} left"),
    "nedb_changes_since": QT_TRANSLATE_NOOP("Cli", "changes since the export of {at}: {added} added, {changed} changed, {left} left"),
    "nedb_difference": QT_TRANSLATE_NOOP("Cli", "line {line} {name}: {field}: ours «{ours}», file «{theirs}»"),
    "nedb_plan": QT_TRANSLATE_NOOP("Cli", "{new} new, {same} the same, {conflicts} with differences, {groups} new groups"),
    "dry_run": QT_TRANSLATE_NOOP("Cli", "dry run: nothing was written"),
    "nedb_imported": QT_TRANSLATE_NOOP("Cli", "imported: {added} added, {updated} updated from the file, {kept} kept as ours, {groups} groups added"),
    "nedb_log_header": QT_TRANSLATE_NOOP("Cli", "when\tround\tdirection\twho\tfile\tstudents\tadded/changed/left\tSHA-256"),
    "nedb_problems": QT_TRANSLATE_NOOP("Cli", "{count} problems before the NEDB round"),
    "bad_date_option": QT_TRANSLATE_NOOP("Cli", "{option}: “{value}” is not a date; write it as YYYY-MM-DD"),
    "period_reversed": QT_TRANSLATE_NOOP("Cli", "the period ends before it starts"),
    "privileges_granted": QT_TRANSLATE_NOOP("Cli", "privileges granted to {role} on {name}"),
    "no_role": QT_TRANSLATE_NOOP("Cli", "there is no role {role} on the server: create it first (CREATE ROLE {role} LOGIN PASSWORD '...')"),
    "not_a_server": QT_TRANSLATE_NOOP("Cli", "grant is for a PostgreSQL database (--db postgresql+psycopg://owner@server/database)"),
}
