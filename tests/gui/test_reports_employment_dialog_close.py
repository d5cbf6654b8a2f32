"""The graduates' employment dialog as a deputy fills it in Russian on a 1366×768 laptop."""
from PySide6.QtWidgets import QMessageBox, QStyle

from desktop.services import employment
from desktop.views.reports import employment_dialog
from desktop.views.reports.employment_dialog import EVIDENCE, EmploymentDialog


def test_cancel_after_changing_a_status_asks_and_can_keep_the_dialog(make_window, demo_db, monkeypatch):
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    dialog = EmploymentDialog(demo_db, 2026, "ru", make_window(demo_db, "ru"))
    before = [(g.status, g.on) for g in employment.graduates(demo_db, 2026)]
    unknown = next(i for i, g in enumerate(dialog.rows) if g.status == "unknown")
    dialog.widgets[unknown][0].set_value("further_study")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    dialog.reject()
    assert len(asked) == 1 and dialog.widgets[unknown][0].value() == "further_study"  # still open, still typed
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert len(asked) == 2 and [(g.status, g.on) for g in employment.graduates(demo_db, 2026)] == before


def test_cancel_with_nothing_changed_closes_without_a_question(make_window, demo_db, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    dialog = EmploymentDialog(demo_db, 2026, "ru", make_window(demo_db, "ru"))
    dialog.reject()
    assert asked == []


def test_every_column_fits_the_width_the_dialog_asks_for_in_russian(make_window, demo_db):
    """“подтверждено документами” was cut in the last column at 1366×768: the table needs all its columns."""
    dialog = EmploymentDialog(demo_db, 2026, "ru", make_window(demo_db, "ru"))
    table = dialog.table
    evidence = max(table.cellWidget(r, EVIDENCE).sizeHint().width() for r in range(table.rowCount()))
    scrollbar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    margins = dialog.layout().contentsMargins()
    needed = (table.verticalHeader().sizeHint().width() + sum(table.columnWidth(c) for c in range(EVIDENCE))
              + evidence + scrollbar + 2 * table.frameWidth() + margins.left() + margins.right())
    assert needed <= employment_dialog.WIDTH <= 1366 - 16
