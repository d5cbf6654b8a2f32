"""What the editor's toolbar does beyond editing rows: save, approve, versions, files, the week grid."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.domain.rules import Severity
from desktop.services import curricula
from desktop.services.college import get_profile
from desktop.domain.problems import FieldProblem
from desktop.services.actors import AccessDenied
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import show_access_denied, show_stale
from desktop.views.curricula.approve_dialog import ask_approver
from desktop.views.errors import show_validation
from desktop.views.file_dialogs import save_path
from desktop.views.messages import problem_text
from desktop.views.widgets import status_message
from desktop.views.workers import run_with_progress

LISTED_ERRORS = 12
# The document's own title in its language: the file is found by what it is, not by an internal number.
DOCUMENT_WORDS = {"kk": "Оқу жоспары", "ru": "Учебный план"}


def document_file_name(curriculum, language: str, suffix: str) -> str:
    """«Оқу жоспары 06130100 2025 (kk).pdf» / «Учебный план 06130100 2025 (ru).pdf»."""
    language = language if language in DOCUMENT_WORDS else "kk"
    return f"{DOCUMENT_WORDS[language]} {curriculum.specialty} {curriculum.intake_year} ({language}).{suffix}"


def save(editor) -> bool:
    why = editor.gate.why_not(editor.actions["save"])
    if why is None and not editor.hold.still_held():  # lost since the last heartbeat: the editor says so
        return False
    if why is not None:  # reached by code or by a question's Save while read-only
        status_message(editor, why)
        return False
    try:
        editor.row_version = curricula.save(editor.db, editor.curriculum_id, editor.model.curriculum,
                                            version=editor.row_version)
    except ValidationFailed as error:
        show_validation(editor, QCoreApplication.translate("CurriculumEditor", "The curriculum was not saved"), error)
        return False
    except (StaleRecord, AccessDenied) as error:
        refused(editor, error)
        return False
    editor.undo_stack.setClean()
    editor.changed_on_disk.emit()
    # Never silently: the title's "*" going away is easy to miss.
    status_message(editor, QCoreApplication.translate("CurriculumEditor", "Saved: {title}").format(
        title=editor.model.curriculum.title))
    return True


def refused(editor, error) -> None:
    """A save the version or the role check refused: who saved the curriculum first, with its values and the
    editor's side by side, and the offer to show the saved curriculum instead (the edits then stay in the
    dialog's text only); or the role's refusal."""
    if isinstance(error, AccessDenied):
        show_access_denied(editor, error)
        return
    c = editor.model.curriculum
    mine = {"title": c.title, "specialty_code": c.specialty, "qualifications": " ".join(c.qualifications),
            "intake_year": c.intake_year}
    labels = {"title": QCoreApplication.translate("CurriculumEditor", "Title"),
              "specialty_code": QCoreApplication.translate("CurriculumEditor", "Specialty"),
              "qualifications": QCoreApplication.translate("CurriculumEditor", "Qualifications"),
              "intake_year": QCoreApplication.translate("CurriculumEditor", "Intake year")}
    if show_stale(editor, error, mine, labels):
        editor.reload_saved()


def approve(editor) -> None:
    """Check first (refused in words, with the errors listed), then ask who approves, save, approve and say so."""
    errors = [f for f in editor.findings if f.severity is Severity.ERROR]
    if errors:
        _refuse_for_errors(editor, errors)
        return
    profile = get_profile(editor.db)
    who = ask_approver(editor, profile.director if profile else "", editor.model.curriculum.title)
    if who is None:
        return
    if not editor.undo_stack.isClean() and not save(editor):
        return
    try:
        curricula.approve(editor.db, editor.curriculum_id, who, version=editor.row_version)
    except ValidationFailed as error:
        show_validation(editor, QCoreApplication.translate("CurriculumEditor", "Not approved"), error)
        return
    except (StaleRecord, AccessDenied) as error:
        refused(editor, error)
        return
    title = editor.model.curriculum.title
    editor.changed_on_disk.emit()
    editor.undo_stack.clear()
    status_message(editor, QCoreApplication.translate("CurriculumEditor", "Approved by {who}: {title}").format(
        who=who.strip(), title=title), 10000)
    editor.closed.emit()


def _refuse_for_errors(editor, errors) -> None:
    """The refusal the service would give, said before anyone is asked to sign, with each error in words."""
    texts, rules = curricula.finding_texts(), curricula.rule_set_for(editor.model.curriculum)
    reason = problem_text(FieldProblem("rules", "curriculum.has_errors", {"count": len(errors)}))
    lines = [f"• {reason}"] + [f"– {editor.finding_text(f, texts, rules)}" for f in errors[:LISTED_ERRORS]]
    if len(errors) > LISTED_ERRORS:
        lines.append(QCoreApplication.translate("Errors", "…and {count} more.").format(count=len(errors) - LISTED_ERRORS))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CurriculumEditor", "Not approved"),
                      QCoreApplication.translate("CurriculumEditor", "The curriculum is not approved: the rule check "
                                                 "finds errors. Nothing was changed."),
                      QMessageBox.StandardButton.Ok, editor)
    box.setInformativeText("\n".join(lines))
    box.exec()


def new_version(editor) -> None:
    new_id = curricula.new_version(editor.db, editor.curriculum_id)
    editor.changed_on_disk.emit()
    # The message had named the record's internal number, which nobody sees anywhere else: the version it is.
    made = curricula.get_curriculum(editor.db, new_id)
    QMessageBox.information(editor, QCoreApplication.translate("CurriculumEditor", "New version"),
                            QCoreApplication.translate("CurriculumEditor",
                                                       "Version {version} of “{title}” was made as a draft; it opens "
                                                       "now. The approved version stays as it was.").format(
                                version=made.version, title=made.title))
    editor.open_other.emit(new_id)


def archive(editor) -> None:
    answer = QMessageBox.question(editor, QCoreApplication.translate("CurriculumEditor", "Archive"),
                                  QCoreApplication.translate("CurriculumEditor",
                                                             "Move this approved curriculum to the archive? It stays readable and printable."))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        curricula.archive(editor.db, editor.curriculum_id, version=editor.row_version)
    except ValidationFailed as error:
        show_validation(editor, QCoreApplication.translate("CurriculumEditor", "Not archived"), error)
        return
    except (StaleRecord, AccessDenied) as error:
        refused(editor, error)
        return
    editor.changed_on_disk.emit()
    status_message(editor, QCoreApplication.translate("CurriculumEditor", "Moved to the archive: {title}").format(
        title=editor.model.curriculum.title), 10000)
    editor.closed.emit()


def export_excel(editor) -> None:
    path = save_path(editor, QCoreApplication.translate("CurriculumEditor", "Export to Excel"),
                     document_file_name(editor.model.curriculum, editor.model.curriculum.language, "xlsx"),
                     QCoreApplication.translate("CurriculumEditor", "Excel workbooks (*.xlsx)"),
                     purpose="curriculum-export")
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    from desktop.exchange.curriculum_xlsx import write_curriculum  # noqa: PLC0415

    write_curriculum(Path(path), editor.model.curriculum)
    editor.window().statusBar().showMessage(
        QCoreApplication.translate("CurriculumEditor", "Written: {path}").format(path=path), 5000)


def print_pdf(editor) -> None:
    if not editor.undo_stack.isClean():
        answer = QMessageBox.question(editor, QCoreApplication.translate("CurriculumEditor", "Print to PDF"),
                                      QCoreApplication.translate("CurriculumEditor",
                                                                 "The document is printed from the saved curriculum. Save the changes first?"))
        if answer != QMessageBox.StandardButton.Yes or not save(editor):
            return
    languages = [QCoreApplication.translate("CurriculumEditor", "Kazakh"),
                 QCoreApplication.translate("CurriculumEditor", "Russian")]
    choice, ok = QInputDialog.getItem(editor, QCoreApplication.translate("CurriculumEditor", "Print to PDF"),
                                      QCoreApplication.translate("CurriculumEditor", "Language of the document:"),
                                      languages, 0 if editor.language != "ru" else 1, False)
    if not ok:
        return
    language = "kk" if choice == languages[0] else "ru"
    path = save_path(editor, QCoreApplication.translate("CurriculumEditor", "Print to PDF"),
                     document_file_name(editor.model.curriculum, language, "pdf"), "PDF (*.pdf)",
                     purpose="curriculum-print")
    if not path:
        return
    db, curriculum_id = editor.db, editor.curriculum_id
    outcome = run_with_progress(editor, QCoreApplication.translate("CurriculumEditor", "Writing the PDF…"),
                                lambda: curricula.write_curriculum_pdf(db, curriculum_id, Path(path), language))
    if outcome.error is not None:
        raise outcome.error
    editor.window().statusBar().showMessage(
        QCoreApplication.translate("CurriculumEditor", "Written: {path}").format(path=path), 5000)


def edit_schedule(editor) -> None:
    from desktop.views.curricula.schedule_dialog import ScheduleDialog  # noqa: PLC0415

    dialog = ScheduleDialog(editor.model.curriculum, read_only=not editor.editable, parent=editor)
    if dialog.exec() and dialog.schedule != editor.model.curriculum.schedule:
        editor.apply(replace(editor.model.curriculum, schedule=dialog.schedule),
                     QCoreApplication.translate("CurriculumEditor", "Change the process schedule"))
