"""The Reports page: the indicator dashboard and the records behind a figure, graduates' employment, teachers and
textbook counts, the report pack made in the background."""
from datetime import date
from decimal import Decimal

from contingent import add_group, enrol
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from desktop.services import employment, movements, report_records, teachers
from desktop.services.movements import OrderInput
from desktop.views.dual.form import FormDialog
from desktop.views.load.teacher_form import TeacherForm
from desktop.views.reports.employment_dialog import EmploymentDialog
from desktop.views.reports.records_dialog import RecordsDialog, TeachersDialog


def graduates_of_2027(db, count=2):
    group = add_group(db, "23ПО-41к", intake_year=2023)
    ids = enrol(db, group, count, enrolled_on=date(2023, 8, 28))
    movements.apply_order(db, OrderInput("1-в", date(2027, 6, 30), "graduation", date(2027, 6, 30)), ids)
    return ids


def test_employment_entered_in_the_dialog_moves_the_dashboard(make_window, db, monkeypatch):
    graduates_of_2027(db)
    board = make_window(db).page("reports").indicators
    board.year.setValue(2027)
    # six indicators and, under employment, the graduates shown beside it (continuing / not available for work)
    assert board.table.rowCount() == 7 and board.table.horizontalHeaderItem(3).text() == "2027"
    assert board.table.item(0, 3).text() == "0.0% (0 / 2)"
    assert board.table.item(1, 0).text().strip() == "Continuing / not available for work"  # indented under employment
    assert (board.table.item(1, 3).text(), board.table.item(1, 4).text()) == ("0.0% (0 / 2)", "—")
    assert board.charts["employment"].points[-1] == (2027, 0.0, 75.0, False)

    def employ_first(dialog: EmploymentDialog):
        assert dialog.table.rowCount() == 2 and "2 graduates, 2 still unknown." == dialog.summary.text()
        status, on, employer, evidence = dialog.widgets[0]
        status.set_value("employed_in_specialty")
        assert on.value() is not None  # a status is dated: today unless told otherwise
        employer.setText("ТОО «Алатау Софт»")
        evidence.set_value("confirmed")
        dialog.only_unknown.setChecked(True)
        assert dialog.table.isRowHidden(0) and not dialog.table.isRowHidden(1)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EmploymentDialog, "exec", employ_first)
    board.findChild(QPushButton, "employment").click()
    assert board.table.item(0, 3).text() == "50.0% (1 / 2)"
    [first] = [g for g in employment.graduates(db, 2027) if g.status != "unknown"]
    assert (first.employer, first.evidence) == ("ТОО «Алатау Софт»", "confirmed")
    # the second goes on to further study: not employed, counted under the figure instead (State Program
    # l.372-384 counts the employed): still 1 of 2 employed, 1 of 2 continuing
    [second] = [g.student_id for g in employment.graduates(db, 2027) if g.status == "unknown"]
    employment.set_employment(db, second, "further_study", date(2027, 9, 1))
    board.refresh()
    assert [board.table.item(r, 3).text() for r in (0, 1)] == ["50.0% (1 / 2)", "50.0% (1 / 2)"]


def test_a_wrong_date_names_the_row_and_saves_nothing(make_window, db, dialogs):
    graduates_of_2027(db)
    window = make_window(db)
    dialog = EmploymentDialog(db, 2027, "en", window)
    status, on, *_ = dialog.widgets[1]
    status.set_value("military")
    on.set_value(date(2027, 1, 5))  # before graduation
    dialog.save()
    [(_, title, text, details)] = dialogs
    assert "row 2" in details and "Date" in details and "30.06.2027" in details
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert all(g.status == "unknown" for g in employment.graduates(db, 2027))


def test_employment_from_excel_in_the_dialog(make_window, db, tmp_path):
    ids = graduates_of_2027(db)
    sheet = tmp_path / "g.xlsx"
    window = make_window(db)
    dialog = EmploymentDialog(db, 2027, "ru", window)
    dialog.export(str(sheet))
    from openpyxl import load_workbook
    book = load_workbook(sheet)
    for row in book.active.iter_rows(min_row=2):
        row[3].value, row[4].value = "продолжает обучение", date(2027, 9, 1)
    book.save(sheet)
    assert dialog.import_file(str(sheet)) == 2
    assert "2 graduates, 0 still unknown." in dialog.summary.text()
    assert {g.status for g in employment.graduates(db, 2027)} == {"further_study"}
    assert len(ids) == 2



def test_an_english_window_saves_the_graduates_list_in_kazakh(make_window, db, tmp_path, dialogs):
    """The list is a printed sheet: in Kazakh or Russian only (English once raised the crash dialog)."""
    graduates_of_2027(db)
    dialog = EmploymentDialog(db, 2027, "en", make_window(db))
    assert dialog.export(str(tmp_path / "g.xlsx")) == tmp_path / "g.xlsx"
    from openpyxl import load_workbook
    assert load_workbook(tmp_path / "g.xlsx").active.max_row == 3 and dialogs == []

def test_a_figure_opens_its_records_and_a_student_opens_the_card(make_window, demo_db, qtmodeltester, monkeypatch):
    window = make_window(demo_db)
    board = window.page("reports").indicators
    assert board.year.value() == date.today().year
    opened = []
    monkeypatch.setattr(window, "open_record", lambda kind, rid: opened.append((kind, rid)))
    board.open_record = lambda kind, rid: opened.append((kind, rid))
    shown = []

    def look(dialog: RecordsDialog):
        qtmodeltester.check(dialog.model)
        shown.append((dialog.key, dialog.model.rowCount()))
        if dialog.key == "employment":
            # the demo's 2026: 20 of 35 state-order graduates employed, 6 continuing shown beside them (State
            # Program l.372-384 counts the employed); each row says which it is
            reading = dialog.findChild(QLabel, "reading").text()
            assert reading.startswith("continuing / not available for work: 6 (17.1%). The employment indicator counts")
            model = dialog.model
            ticks = [sum(model.index(r, c).data() == "yes" for r in range(model.rowCount())) for c in (4, 5)]
            assert ticks == [20, 6] and model.headerData(5, Qt.Orientation.Horizontal) == (
                "Continuing / not available for work")
        dialog.table.doubleClicked.emit(dialog.table.model().index(0, 0))
        return 0

    monkeypatch.setattr(RecordsDialog, "exec", look)
    board.year.setValue(2026)
    board.table.cellDoubleClicked.emit(2, 0)  # dual coverage: the state-order students studying now
    board.charts["employment"].clicked.emit("employment")
    assert shown == [("dual_coverage", 184), ("employment", 50)]
    assert [kind for kind, _ in opened] == ["student", "student"]


def test_teachers_are_added_and_counted(make_window, db, monkeypatch):
    """The Reports page's teacher list opens the staff list's card: one teacher form in the application."""
    report_records.add_teacher(db, "Ким Елена", date(2020, 1, 1))
    board = make_window(db).page("reports").indicators
    assert board.table.item(6, 3).text() == "100.0% (1 / 1)"

    def fill(form: TeacherForm):
        assert "position" in form.widgets and "rate" in form.widgets  # the whole card, not name and IIN only
        form.widgets["full_name"].setText("Әбенова Сәуле")
        form.widgets["last_upgrade_on"].set_value(date.today())
        form.widgets["rate"].setText("0,5")
        form.save()
        return form.result()

    def add_one(dialog: TeachersDialog):
        monkeypatch.setattr(TeacherForm, "exec", fill)
        dialog.add()
        assert dialog.model.rowCount() == 2
        [row] = dialog.table.selectionModel().selectedRows()  # the new teacher, chosen
        assert row.data() == "Әбенова Сәуле"
        return 0

    monkeypatch.setattr(TeachersDialog, "exec", add_one)
    board.findChild(QPushButton, "teachers").click()
    assert board.table.item(6, 3).text() == "50.0% (1 / 2)"
    [added] = [t for t in teachers.list_teachers(db) if t.full_name == "Әбенова Сәуле"]
    assert added.rate == Decimal("0.50") and added.last_upgrade_on == date.today()


def test_the_report_pack_is_made_in_the_background(make_window, demo_db, tmp_path, qtbot):
    window = make_window(demo_db, language="kk")
    page = window.page("reports")
    page.tabs.setCurrentWidget(page.pack)
    page.pack.folder.setText(str(tmp_path / "out"))
    page.pack.year.setValue(2026)
    page.pack.language.set_value("ru")
    made = page.pack.make()
    assert made is not None and all(p.exists() and p.stat().st_size > 10_000 for p in made)
    assert "pack-2026-ru.pdf" in page.pack.done.text()
    assert page.tabs.count() == 3  # indicators, the pack, the contingent report


def test_textbook_counts_from_the_college_profile_feed_the_indicator(make_window, db, monkeypatch, dialogs):
    from desktop.views.reports.records_dialog import LibraryDialog

    window = make_window(db)
    year = date.today().year

    def fill(form: FormDialog, total=1000, kazakh=400):
        form.widgets["year"].setValue(year)
        form.widgets["textbooks"].setValue(total)
        form.widgets["kazakh_textbooks"].setValue(kazakh)
        form.accept_if_valid()
        return form.result()

    def add_counts(dialog: LibraryDialog):
        monkeypatch.setattr(FormDialog, "exec", lambda form: fill(form, 100, 400))  # more Kazakh than all: refused
        dialog.add()
        assert dialog.model.rowCount() == 0 and "cannot be more than all" in dialogs[-1][3]
        monkeypatch.setattr(FormDialog, "exec", fill)
        dialog.add()
        assert dialog.model.rowCount() == 1
        return 0

    monkeypatch.setattr(LibraryDialog, "exec", add_counts)
    window.show_page("college")
    window.page("college").findChild(QPushButton, "library").click()
    board = window.page("reports").indicators
    assert board.table.item(5, 3).text() == "40.0% (400 / 1000)"


def test_the_dashboard_counts_again_when_the_page_comes_back(make_window, db):
    window = make_window(db)
    window.show_page("reports")
    board = window.page("reports").indicators
    assert board.table.item(6, 3).text() == "— (0 / 0)"
    report_records.add_teacher(db, "Ким Елена", date(2020, 1, 1))  # recorded elsewhere meanwhile
    window.show_page("college")
    window.show_page("reports")
    assert board.table.item(6, 3).text() == "100.0% (1 / 1)"
