"""File-menu work on databases: new, open, demo, backup, restore. Errors become plain messages."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.database import Database, open_database
from desktop.services.demo import build_demo
from desktop.services.errors import DatabaseEnvironmentError
from desktop.views.context import AppContext
from desktop.views.errors import show_database_problem
from desktop.views.workers import busy, run_with_progress


# Databases are opened from and made in the data folder (where the default database and its backups live), not
# the folder of the last exported file: a database among the reports would be lost or sent by mistake.
def open_folder(ctx: AppContext) -> Path:
    """Where Open starts: the folder of the database used last, if it is still there; else the data folder."""
    for target in ctx.settings.recent_databases():
        folder = Path(target).parent
        if "://" not in target and folder.is_dir():
            return folder
    return ctx.paths.data


def free_name(folder: Path) -> Path:
    """A new database's suggested file: college.sqlite, or college-2.sqlite when that one is taken."""
    candidate, number = folder / "college.sqlite", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"college-{number}.sqlite"
    return candidate


def _run(parent: QWidget, label: str, func) -> Database | None:
    outcome = run_with_progress(parent, label, func)
    if isinstance(outcome.error, DatabaseEnvironmentError):
        show_database_problem(parent, outcome.error)
        return None
    if outcome.error is not None:
        raise outcome.error
    return outcome.value


def open_file(parent: QWidget, ctx: AppContext, target: str) -> Database | None:
    return _run(parent, QCoreApplication.translate("DatabaseActions", "Opening the database…"),
                lambda: open_database(target, ctx.paths.backups, create=False))


def open_demo(parent: QWidget, ctx: AppContext) -> Database | None:
    return _run(parent, QCoreApplication.translate("DatabaseActions", "Preparing the demo college…"),
                lambda: build_demo(ctx.paths.demo_db, ctx.paths.backups))


def ask_open(parent: QWidget, ctx: AppContext) -> tuple[Database, str] | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("DatabaseActions", "Open a database"),
                                          str(open_folder(ctx)),
                                          QCoreApplication.translate("DatabaseActions", "Zhospar databases (*.sqlite *.db);;All files (*)"))
    if not path:
        return None
    db = open_file(parent, ctx, path)
    return (db, path) if db else None


def ask_new(parent: QWidget, ctx: AppContext) -> tuple[Database, str] | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DatabaseActions", "New database"),
                                          str(free_name(ctx.paths.data)),
                                          QCoreApplication.translate("DatabaseActions", "Zhospar databases (*.sqlite)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return None
    if not path.endswith((".sqlite", ".db")):
        path += ".sqlite"
    if Path(path).exists():
        QMessageBox.warning(parent, QCoreApplication.translate("DatabaseActions", "New database"),
                            QCoreApplication.translate("DatabaseActions", "{path} already exists. Choose another name, or open it with File › Open.").format(path=path))
        return None
    db = _run(parent, QCoreApplication.translate("DatabaseActions", "Creating the database…"), lambda: open_database(path, ctx.paths.backups))
    return (db, path) if db else None


def backup_now(parent: QWidget, db: Database) -> None:
    if db.path is None:
        QMessageBox.information(parent, QCoreApplication.translate("DatabaseActions", "Backup"), QCoreApplication.translate("DatabaseActions", "A shared server database is backed up by its server's "
                                                          "administrator, not by Zhospar."))
        return
    try:
        with busy(parent, QCoreApplication.translate("DatabaseActions", "Backing up…")):
            written = db.backup_now("manual")
    except DatabaseEnvironmentError as error:
        show_database_problem(parent, error)
        return
    QMessageBox.information(parent, QCoreApplication.translate("DatabaseActions", "Backup"), QCoreApplication.translate("DatabaseActions", "The backup was written to:\n{path}").format(path=written))


def ask_restore(parent: QWidget, db: Database) -> bool:
    """Ask for a backup and restore it over the open database; True when restored."""
    if db.path is None:
        QMessageBox.information(parent, QCoreApplication.translate("DatabaseActions", "Restore"), QCoreApplication.translate("DatabaseActions", "A shared server database is restored by its server's "
                                                           "administrator, not by Zhospar."))
        return False
    backups = db.backups()
    start = str(backups[0].parent) if backups else str(db.backups_root)
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("DatabaseActions", "Restore from a backup"), start,
                                          QCoreApplication.translate("DatabaseActions", "Backups (*.sqlite *.db);;All files (*)"))
    if not path:
        return False
    question = QCoreApplication.translate("DatabaseActions", "Replace everything in the open database with the backup\n{backup}?\n\n"
           "A copy of the current data is saved first, so this can be undone by restoring that copy.").format(backup=path)
    others = db.others_lately()
    if others:  # a file shared by several computers: what they did since the backup goes too
        question += "\n\n" + QCoreApplication.translate(
            "DatabaseActions", "Other computers changed this database in the last half hour: {who}. What anyone did "
            "after the backup was made is lost: ask them to close Zhospar first.").format(
            who=", ".join(f"{name} ({computer})" for name, computer in others))
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("DatabaseActions", "Restore"), question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    outcome = run_with_progress(parent, QCoreApplication.translate("DatabaseActions", "Restoring…"), lambda: db.restore(Path(path)))
    if isinstance(outcome.error, DatabaseEnvironmentError):
        show_database_problem(parent, outcome.error)
        return False
    if outcome.error is not None:
        raise outcome.error
    QMessageBox.information(parent, QCoreApplication.translate("DatabaseActions", "Restore"), QCoreApplication.translate("DatabaseActions", "The database was restored from the backup."))
    return True
