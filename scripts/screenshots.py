"""Render the main window on the demo college offscreen, as a 1366×768 college laptop shows it (the window
1366×698: the screen less a panel and the title bar), in Kazakh, Russian and English, to docs/screenshots/.
A dialog is shown at its own size, cut down to the screen's when it asks for more (said on the console).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [PAGE ...] [--languages=kk,ru]
"""
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The offscreen platform's screen is 800×800 unless told: a laptop's, so that dialogs size to it as they would.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _SCREEN_FILE = Path(tempfile.mkdtemp(prefix="zhospar-screen-")) / "screen.json"
    _SCREEN_FILE.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, '
                            '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}', encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN_FILE}"
OUT = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768 - 70)  # what a 1366×768 screen leaves a window: a 40-pixel panel and a 30-pixel title bar


def _card(window, db):
    from desktop.services import contingent
    from desktop.views.contingent.student_dialog import StudentDialog

    page = window.page("contingent")
    moved = next(s for s in contingent.list_students(db) if s.status == "academic_leave")
    return StudentDialog(db, window, student_id=moved.id, language=page.language)


def _order(window, db):
    from desktop.views.contingent.order_dialog import OrderDialog

    page = window.page("contingent")
    rows = page.student_model.all_rows()
    chosen = [s for s in rows if s.status == "expelled"] + [s for s in rows if s.status == "studying"][:4]
    dialog = OrderDialog(db, chosen, page.groups_list, window)
    dialog.kind.set_value("transfer")
    dialog.number.setText("241-к")
    return dialog


def _nedb_import(window, db):
    from desktop.paths import resource_path
    from desktop.services import nedb_import
    from desktop.views.contingent.import_dialogs import NedbImportDialog

    return NedbImportDialog(db, nedb_import.analyse(db, resource_path("demo", "nedb-contingent.txt")), "registrar",
                            window)


def _group(window, db):
    from desktop.views.contingent.group_dialog import GroupDialog

    page = window.page("contingent")
    return GroupDialog(db, page.language, window, page.groups_list[0].id)


def _contract(window, db):
    from desktop.services import contingent, dual_lists
    from desktop.views.dual.contract_dialog import ContractDialog

    contracted = {c.student_id for c in dual_lists.list_contracts(db)}
    student = next(s for s in contingent.list_students(db)
                   if s.group_code == "25ПО-21р" and s.status == "studying" and s.id not in contracted)
    dialog = ContractDialog(db, student.id, window, window.ctx.language)
    dialog.number.setText("Д-30/2026")
    dialog.add_from_plan()
    return dialog


def _scores(window, db):
    """The held session's score grid: every candidate by every aspect."""
    from desktop.services import exam_documents, exams
    from desktop.views.exams.score_grid import ScoreGridDialog

    held = next(s for s in exams.list_sessions(db) if s.status == "held")
    return ScoreGridDialog(db, held.id, exam_documents.protocol_document(db, held.id).lines, window)


def _employment(window, db):
    from desktop.views.reports.employment_dialog import EmploymentDialog

    return EmploymentDialog(db, 2026, window.ctx.language, window)


def _records(window, db):
    from desktop.views.reports.records_dialog import RecordsDialog

    return RecordsDialog(db, "employment", 2026, None, window)


def _teachers(window, db):
    from desktop.views.reports.records_dialog import TeachersDialog

    return TeachersDialog(db, window)


def _schedule(window, db):
    from desktop.views.curricula.schedule_dialog import ScheduleDialog

    _editor(window, db)
    dialog = ScheduleDialog(window.page("curricula").editor.model.curriculum, parent=window)
    dialog.recheck()
    return dialog


def _editor(window, db):
    """The draft curriculum with findings, open in the editor."""
    from desktop.services import curricula

    window.show_page("curricula")
    page = window.page("curricula")
    if page.editor is None:
        page.open_curriculum(next(s.id for s in curricula.list_curricula(db) if s.status == "draft"))
    return window


def _pack(window, db):
    window.show_page("reports")
    window.page("reports").tabs.setCurrentIndex(1)
    return window


def _load_teachers(window, db):
    window.show_page("load")
    page = window.page("load")
    page.tabs.setCurrentWidget(page.by_teacher)
    page.by_teacher.table.selectRow(0)
    return window


def _staff(window, db):
    from desktop.views.load.staff_dialog import StaffDialog

    return StaffDialog(db, window.ctx.language, window)


DIALOGS = {"load-teachers": _load_teachers, "staff": _staff, "schedule": _schedule, "teachers": _teachers, "employment": _employment, "records": _records, "pack": _pack, "scores": _scores, "contract": _contract, "card": _card, "order": _order, "nedb-import": _nedb_import, "group": _group}


def main(pages: list[str], languages: tuple[str, ...] = ("kk", "ru", "en")) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.paths import resolve_paths
    from desktop.services.demo import build_demo
    from desktop.views.context import AppContext, load_fonts
    from desktop.views.i18n import Translations
    from desktop.views.main_window import MainWindow
    from desktop.views.settings import AppSettings

    app = QApplication([])
    app.setFont(load_fonts())
    paths = resolve_paths(tempfile.mkdtemp(prefix="zhospar-shots-")).ensure()
    OUT.mkdir(parents=True, exist_ok=True)
    for language in languages:
        translations = Translations()
        translations.install(language)
        db = build_demo(paths.demo_db, paths.backups)
        window = MainWindow(AppContext(paths, AppSettings(paths.settings_file), translations), db, is_demo=True)
        window.resize(*SCREEN)
        window.show()
        for page in pages:
            if page == "editor":
                _editor(window, db)
            elif page in DIALOGS:
                try:
                    shot = DIALOGS[page](window, db)
                except Exception as error:  # noqa: BLE001 - one dialog under rework does not stop the others
                    print(f"{page}-{language}: not shown: {error!r}")
                    continue
                shot.show()
                app.processEvents()
                if shot is not window and (shot.width() > SCREEN[0] or shot.height() > SCREEN[1]):
                    print(f"{page}-{language}: the dialog asks for {shot.width()}×{shot.height()}, cut to the screen")
                    shot.resize(min(shot.width(), SCREEN[0]), min(shot.height(), SCREEN[1]))
                    app.processEvents()
                target = OUT / f"{page}-{language}.png"
                shot.grab().save(str(target))
                shot.close()
                print(target)
                continue
            else:
                window.show_page(page)
            app.processEvents()
            target = OUT / f"{page}-{language}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        app.processEvents()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--languages")]
    chosen = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--languages=")), "kk,ru,en")
    main(arguments or ["overview", "college", "classifier", "contingent", "curricula", "editor", "nedb", "reports",
                       "card", "order", "nedb-import", "group", "dual", "contract", "exams", "scores",
                       "employment", "records", "teachers", "pack", "schedule", "grades", "load",
                       "load-teachers", "staff"], tuple(chosen.split(",")))
