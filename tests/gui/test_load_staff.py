"""The teaching staff (issue #18): the list of teachers with what the tarification list needs, the teacher's card,
the departments (cycle commissions), on a real database, as the deputy director uses them."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QRadioButton

from desktop.services import teacher_load, teachers
from desktop.services.demo_load import YEAR
from desktop.services.teachers import TeacherData
from desktop.views.dual.form import FormDialog
from desktop.views.load.department_dialog import DepartmentDialog
from desktop.views.load.staff_dialog import StaffDialog
from desktop.views.load.teacher_form import TeacherForm, edit_teacher, rate_text
from desktop.views.reports.records_dialog import TeachersDialog
from desktop.views.table_model import ROW_ROLE

from tests.gui.layout_check import FRAME_HEIGHT, SCREEN, cut_texts

LONG_DEPARTMENT = ("Ақпараттық технологиялар және бағдарламалық қамтамасыз ету пәндерінің циклдік комиссиясы",
                   "Цикловая комиссия информационных технологий и программного обеспечения")


@pytest.fixture
def staff(db):
    """Two departments, a teacher in each and one in none."""
    it = teachers.add_department(db, *LONG_DEPARTMENT)
    general = teachers.add_department(db, "Жалпы білім беретін пәндер", "Общеобразовательные дисциплины")
    ids = {
        "Әбенова Сәуле Маратқызы": teachers.add_teacher(db, TeacherData(
            "Әбенова Сәуле Маратқызы", position="арнайы пәндер оқытушысы", subject="Информатика", education="higher",
            diploma_number="ЖБ-Б 0123456", diploma_on=date(2010, 6, 28), category="expert",
            category_on=date(2022, 5, 1), experience_since=date(2010, 9, 1), rate="1,5", department_id=it,
            last_upgrade_on=date(2024, 3, 1))),
        "Ким Елена": teachers.add_teacher(db, TeacherData("Ким Елена", position="преподаватель", experience_years=7,
                                                          rate="0,5", department_id=general)),
        "Омаров Бауыржан": teachers.add_teacher(db, TeacherData("Омаров Бауыржан")),
    }
    return {"it": it, "general": general, "teachers": ids}


def open_staff(qtbot, db, code="en") -> StaffDialog:
    dialog = StaffDialog(db, code)
    qtbot.addWidget(dialog)
    dialog.resize(1130, 620)  # what the page leaves it on a 1366×768 laptop
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def activate(qtbot, window) -> None:
    """Its keys (Ctrl+N, Enter, Del) reach an active window only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def shown(dialog: StaffDialog, column: int = 0) -> list[str]:
    model = dialog.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose(dialog: StaffDialog, name: str) -> None:
    dialog.select(dialog.model.rows()[[t.full_name for t in dialog.model.rows()].index(name)].id)


def fill_card(monkeypatch, **typed):
    """The next card opened gets these fields typed and Save pressed; what it said is kept."""
    seen = []

    def fill(form: TeacherForm):
        for name, value in typed.items():
            widget = form.widgets[name]
            if hasattr(widget, "set_value"):
                widget.set_value(value)
            elif hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value))
            elif hasattr(widget, "setValue"):
                form.by_years.setChecked(True)
                widget.setValue(value)
            else:
                widget.setText(value)
        form.save()
        seen.append(form)
        return form.result()

    monkeypatch.setattr(TeacherForm, "exec", fill)
    return seen


def test_a_teacher_is_added_edited_and_deleted_in_the_staff_list(qtbot, db, staff, monkeypatch, dialogs,
                                                                  qtmodeltester):
    dialog = open_staff(qtbot, db, "ru")
    qtmodeltester.check(dialog.proxy)
    dialog.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the rates by value: 0,5, 1, 1,5
    assert shown(dialog) == ["Ким Елена", "Омаров Бауыржан", "Әбенова Сәуле Маратқызы"]
    assert not dialog.changed

    fill_card(monkeypatch, full_name="Сейтқали Нұрлан", position="оқытушы", rate="1,5", category="moderator",
              category_on=date(2023, 4, 1), department_id=staff["general"], education="tvet")
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [new] = [t for t in teachers.list_teachers(db) if t.full_name == "Сейтқали Нұрлан"]
    assert (new.rate, new.category, new.education, new.department_id) == (Decimal("1.50"), "moderator", "tvet",
                                                                          staff["general"])
    assert dialog.selected().id == new.id and dialog.changed
    row = dialog.table.selectionModel().selectedRows()[0].row()
    assert [dialog.table.model().index(row, c).data() for c in (1, 3, 4)] == [
        "Общеобразовательные дисциплины", "педагог-модератор", "1,5"]

    # Enter on the chosen row opens the card; the post changed there is in the list
    fill_card(monkeypatch, position="старший преподаватель")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert teachers.get_teacher(db, new.id).position == "старший преподаватель"
    assert dialog.table.model().index(row, 2).data() == "старший преподаватель"

    # Del asks first, naming the teacher
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialogs[-1][2] == "Delete the teacher Сейтқали Нұрлан?"
    assert new.id not in {t.id for t in teachers.list_teachers(db)}
    assert "Сейтқали Нұрлан" not in shown(dialog) and dialog.selected() is None


def test_a_refused_card_names_every_field_and_keeps_what_was_typed(qtbot, db, staff, dialogs):
    form = TeacherForm(db, None, "en")
    qtbot.addWidget(form)
    form.widgets["iin"].setText("123456789012")
    form.widgets["rate"].setText("полторы")
    form.widgets["category_on"].set_value(date(2024, 1, 10))  # a category's date without a category
    future = date.today().replace(year=date.today().year + 1, day=1)
    form.widgets["experience_since"].set_value(future)
    form.save()
    [(kind, title, text, details)] = dialogs
    assert (kind, title, text) == ("box", "The teacher was not saved", "Nothing was saved. Please correct:")
    for said in ("Full name: is required", "IIN: ", "Rate: “полторы” is not a rate",
                 "Category awarded on: a category's date is given but no category",
                 f"Teaching since: {future:%d.%m.%Y} is a date still to come"):  # as the field shows it
        assert said in details, said
    assert form.result() != QDialog.DialogCode.Accepted and form.saved_id is None
    assert (form.widgets["iin"].text(), form.widgets["rate"].text()) == ("123456789012", "полторы")
    assert len(teachers.list_teachers(db)) == 3
    marked = {name for name, caption in form.captions.items() if caption.property("refused")}
    assert marked == {"full_name", "iin", "rate", "category_on", "experience_since"}
    # the IIN is judged while it is typed, as the service judges it on Save
    assert form.iin_status.isVisibleTo(form) and "check digit" in form.iin_status.text()


@pytest.mark.parametrize("typed, stored, shown_ru, shown_en", [
    ("1,5", Decimal("1.50"), "1,5", "1.5"), ("0,5", Decimal("0.50"), "0,5", "0.5"), ("1", Decimal("1.00"), "1", "1"),
    ("0.25", Decimal("0.25"), "0,25", "0.25")])
def test_a_rate_with_a_decimal_comma_is_stored_as_a_number(qtbot, db, monkeypatch, typed, stored, shown_ru,
                                                          shown_en):
    fill_card(monkeypatch, full_name="Ким Елена", rate=typed)
    saved = edit_teacher(None, db, None, "ru")
    assert teachers.get_teacher(db, saved).rate == stored
    for code, text in (("ru", shown_ru), ("en", shown_en)):
        assert shown(open_staff(qtbot, db, code), 4) == [text]
    form = TeacherForm(db, saved, "kk")
    qtbot.addWidget(form)
    assert form.widgets["rate"].text() == shown_ru  # the card shows it as it was typed


def test_experience_is_a_start_date_or_whole_years_and_the_card_says_which_counts(qtbot, db, staff):
    form = TeacherForm(db, staff["teachers"]["Ким Елена"], "en")  # stored as 7 years
    qtbot.addWidget(form)
    assert form.by_years.isChecked() and not form.widgets["experience_since"].isEnabled()
    assert "The years entered count: 7" in form.experience_note.text()
    form.by_date.setChecked(True)
    form.widgets["experience_since"].set_value(date(2015, 9, 1))
    assert "The start date counts" in form.experience_note.text()
    form.save()
    record = teachers.get_teacher(db, staff["teachers"]["Ким Елена"])
    assert (record.experience_since, record.experience_years) == (date(2015, 9, 1), None)


@pytest.mark.parametrize("code", ["en", "kk", "ru"])
def test_a_teacher_holding_load_is_refused_at_once_in_a_sentence_saying_what_to_do(qtbot, demo_db, dialogs, language,
                                                                                   code):
    """Not asked «Удалить?» first and refused after: the refusal comes at once, a sentence with a capital letter
    (the Russian message, written to follow a field's name, begins «за педагогом»)."""
    language(code)
    held = {a.teacher_id for a in teacher_load.assignments(demo_db, YEAR)}
    dialog = open_staff(qtbot, demo_db, code)
    teacher = next(t for t in dialog.model.rows() if t.id in held)
    dialog.select(teacher.id)
    dialog.findChild(QPushButton, "delete").click()
    [(kind, title, text)] = dialogs
    assert kind == "warning" and title == {"en": "The teacher was not deleted", "kk": "Педагог жойылмады",
                                           "ru": "Преподаватель не удалён"}[code]
    assert text[0].isupper() and teacher.full_name in text
    assert text.startswith({"en": teacher.full_name, "kk": teacher.full_name, "ru": "За педагогом"}[code])
    if code == "en":
        assert text.endswith("give them to another teacher first")
    assert teacher.id in {t.id for t in teachers.list_teachers(demo_db)} and not dialog.changed


def test_departments_are_added_renamed_and_deleted(qtbot, db, staff, monkeypatch, dialogs, qtmodeltester):
    staff_dialog = open_staff(qtbot, db, "ru")
    typed: list[tuple[str, str]] = []

    def fill(form: FormDialog):
        name_kk, name_ru = typed.pop(0)
        form.widgets["name_kk"].setText(name_kk)
        form.widgets["name_ru"].setText(name_ru)
        form.widgets["head"].setText("Жұмабекова А.С.")  # the chair, who signs the cards and the summary
        form.accept_if_valid()
        return form.result()

    def work(dialog: DepartmentDialog):
        dialog.show()
        activate(qtbot, dialog)
        qtmodeltester.check(dialog.model)
        monkeypatch.setattr(FormDialog, "exec", fill)
        typed.append(("", "Языки"))  # the Kazakh name is required: refused, nothing added
        typed.append(("Тілдер", "Языки"))
        dialog.add()
        assert "Name in Kazakh: is required" in dialogs[-1][3]
        dialog.add()
        assert [d.name_kk for d in dialog.model.rows()][-1] == "Тілдер" and dialog.chosen().name_ru == "Языки"
        assert dialog.chosen().head == "Жұмабекова А.С."
        typed.append(("Шет тілдері", "Иностранные языки"))
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter renames the chosen one
        dialog.table.selectRow(0)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
        assert dialogs[-1][2] == (f"Delete the department “{LONG_DEPARTMENT[1]}”? Its teachers (1) stay, "
                                  "without a department.")
        return 0

    monkeypatch.setattr(DepartmentDialog, "exec", work)
    staff_dialog.findChild(QPushButton, "departments").click()
    assert [(d.name_kk, d.name_ru) for d in teachers.list_departments(db)] == [
        ("Жалпы білім беретін пәндер", "Общеобразовательные дисциплины"), ("Шет тілдері", "Иностранные языки")]
    combo = staff_dialog.department
    assert [combo.itemText(i) for i in range(2, combo.count())] == ["Общеобразовательные дисциплины",
                                                                    "Иностранные языки"]
    assert staff_dialog.changed
    # the teacher of the deleted department stays, without one
    assert teachers.get_teacher(db, staff["teachers"]["Әбенова Сәуле Маратқызы"]).department_id is None
    assert "" in shown(staff_dialog, 1)


def test_the_list_shows_a_known_post_in_the_interface_language(qtbot, db, staff):
    """«оқытушы» typed on a Kazakh card reads «преподаватель» in the Russian list and back; a post the documents do
    not know, and every post in English, stays as written."""
    teachers.add_teacher(db, TeacherData("Сейтқали Нұрлан", position="Оқытушы"))
    stored = {"Әбенова Сәуле Маратқызы": "арнайы пәндер оқытушысы", "Ким Елена": "преподаватель",
              "Омаров Бауыржан": "", "Сейтқали Нұрлан": "Оқытушы"}
    expected = {"kk": {**stored, "Ким Елена": "оқытушы", "Сейтқали Нұрлан": "оқытушы"},
                "ru": {**stored, "Сейтқали Нұрлан": "преподаватель"}, "en": stored}
    for code, posts in expected.items():
        dialog = open_staff(qtbot, db, code)
        assert dict(zip(shown(dialog), shown(dialog, 2))) == posts, code


def test_the_list_is_filtered_by_name_and_department(qtbot, db, staff):
    dialog = open_staff(qtbot, db, "kk")
    assert dialog.count.text().startswith("3")
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.focusWidget() is dialog.search
    dialog.search.setText("сәуле")  # QTest types Latin letters only
    assert shown(dialog) == ["Әбенова Сәуле Маратқызы"]
    dialog.search.clear()
    dialog.department.setCurrentIndex(dialog.department.findData(staff["general"]))
    assert shown(dialog) == ["Ким Елена"]
    dialog.department.setCurrentIndex(1)  # without a department
    assert shown(dialog) == ["Омаров Бауыржан"]
    dialog.search.setText("ким")
    assert shown(dialog) == []
    assert dialog.count.text().startswith("0")


def test_every_button_needing_a_teacher_is_off_with_a_tooltip_when_none_is_chosen(qtbot, db, staff, monkeypatch):
    dialog = open_staff(qtbot, db, "en")
    for name in ("edit", "delete"):
        button = dialog.findChild(QPushButton, name)
        assert not button.isEnabled() and "Select a teacher in the list first." in button.toolTip()
    assert dialog.findChild(QPushButton, "new").isEnabled() and "Ctrl+N" in dialog.findChild(
        QPushButton, "new").toolTip()
    opened = []
    monkeypatch.setattr(TeacherForm, "exec", lambda form: opened.append(form) or 0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [] and len(teachers.list_teachers(db)) == 3
    choose(dialog, "Ким Елена")
    assert all(dialog.findChild(QPushButton, n).isEnabled() for n in ("edit", "delete"))
    departments = DepartmentDialog(db, "en", dialog)
    qtbot.addWidget(departments)
    for name in ("rename", "delete"):
        button = departments.findChild(QPushButton, name)
        assert not button.isEnabled() and "Select a department in the list first." in button.toolTip()


def test_escape_on_a_changed_card_asks_before_dropping_it(qtbot, db, staff, monkeypatch):
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[1]) or answer[0])
    form = TeacherForm(db, staff["teachers"]["Ким Елена"], "ru")
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing typed: closes without a word
    assert asked == [] and not form.isVisible()
    form.show()
    form.widgets["rate"].setText("1")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == ["Unsaved changes"] and form.isVisible()  # Cancel: the card stays with what was typed
    assert form.widgets["rate"].text() == "1"
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and teachers.get_teacher(db, staff["teachers"]["Ким Елена"]).rate == Decimal("0.50")


def _cut_labels(root) -> list[str]:
    """Labels and radio buttons narrower than their text (layout_check looks at buttons, headers and combos); a
    wrapped label shorter than its lines, or cut by the box around it."""
    cut = []
    for widget in root.findChildren(QLabel) + root.findChildren(QRadioButton):
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                cut.append(f"{widget.text()!r}: {widget.height()} px high for {widget.heightForWidth(widget.width())}")
            cut += _clipped(widget, root)
            continue
        need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        if isinstance(widget, QRadioButton):
            need = widget.sizeHint().width()
        if need > widget.width():
            cut.append(f"{widget.text()!r}: {widget.width()} px for {need}")
        cut += _clipped(widget, root)
    return cut


def _clipped(widget, root) -> list[str]:
    """A widget reaching out of a box around it: the box shows only its part inside."""
    outer = widget.parentWidget()
    while outer is not None:
        place = widget.mapTo(outer, widget.rect().topLeft())
        if not outer.rect().contains(QRect(place, widget.size())):
            return [f"{widget.text()!r}: cut by its {type(outer).__name__} {outer.objectName()!r}".strip()]
        if outer is root:
            break
        outer = outer.parentWidget()
    return []


def _settled(qtbot, window, size) -> None:
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the wrapped labels take their heights, the window then grows to them


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_no_warning_hint_or_name_label_is_cut_in_kazakh_and_russian(qtbot, db, staff, language, code, tmp_path):
    """The IIN warning under its field («должно состоять» and no more), the experience note («Сами они не растут:
    введите», cut above and below) and the departments' «Наименование на казахском / русском» keep all their
    lines, at the card's own width and at its narrowest."""
    language(code)
    cards = {"a wrong IIN": (None, {"iin": "90050140123"}),
             "years entered": (staff["teachers"]["Ким Елена"], {}),
             "a start date": (staff["teachers"]["Әбенова Сәуле Маратқызы"], {}),
             "no start date": (staff["teachers"]["Омаров Бауыржан"], {})}
    for case, (teacher, typed) in cards.items():
        for narrow in (False, True):
            form = TeacherForm(db, teacher, code)
            qtbot.addWidget(form)
            for name, text in typed.items():
                form.widgets[name].setText(text)
            _settled(qtbot, form, form.minimumSizeHint() if narrow else form.sizeHint())
            assert form.height() <= SCREEN[1] - FRAME_HEIGHT, (case, form.size())
            assert form.grab().save(str(tmp_path / f"card-{code}-{case}-{narrow}.png"))
            assert _cut_labels(form) == [], (case, narrow)
            assert form.experience_note.isVisible() and (form.iin_status.isVisible() == bool(typed))
            form.hide()
    departments = DepartmentDialog(db, code)
    qtbot.addWidget(departments)
    for department in (None, teachers.list_departments(db)[0]):
        form = departments._form(department)
        qtbot.addWidget(form)
        _settled(qtbot, form, form.size())
        assert form.grab().save(str(tmp_path / f"department-{code}.png"))
        assert _cut_labels(form) == [] and cut_texts(form) == []
        labels = [form.findChild(QLabel, f"{name}_label") for name in ("name_kk", "name_ru")]
        # short enough to stand beside their fields on one line
        assert all(label.height() < 2 * label.fontMetrics().height() for label in labels), code


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_card_and_the_list_fit_a_1366_screen_with_nothing_cut(qtbot, db, staff, language, code, tmp_path):
    language(code)
    teacher = staff["teachers"]["Әбенова Сәуле Маратқызы"]
    form = TeacherForm(db, teacher, code)
    qtbot.addWidget(form)
    wanted = form.sizeHint()
    assert wanted.width() <= SCREEN[0] and wanted.height() <= SCREEN[1] - FRAME_HEIGHT, wanted
    form.resize(wanted)
    form.show()
    qtbot.waitExposed(form)
    assert form.grab().save(str(tmp_path / f"card-{code}.png"))
    assert cut_texts(form) == [] and _cut_labels(form) == []
    department = form.widgets["department_id"]
    assert department.currentText() == LONG_DEPARTMENT[0 if code == "kk" else 1]
    assert form.widgets["category"].currentText() == {"kk": "педагог-сарапшы", "ru": "педагог-эксперт"}[code]
    assert form.widgets["education"].currentText() == {"kk": "жоғары", "ru": "высшее"}[code]
    dialog = open_staff(qtbot, db, code)
    assert dialog.grab().save(str(tmp_path / f"staff-{code}.png"))
    assert cut_texts(dialog) == []
    header = dialog.table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= dialog.table.viewport().width() + 1


def test_departments_are_put_in_order_with_alt_and_the_arrows(qtbot, db, staff):
    """Move up and Move down (Alt+arrows) put the departments in the order the load documents list them in."""
    dialog = DepartmentDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    up, down = (dialog.findChild(QPushButton, name) for name in ("up", "down"))
    assert not up.isEnabled() and "Select a department in the list first." in up.toolTip()
    dialog.table.selectRow(0)
    assert not up.isEnabled() and "The department is first already." in up.toolTip() and down.isEnabled()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [d.id for d in teachers.list_departments(db)] == [staff["general"], staff["it"]]
    assert dialog.chosen().id == staff["it"] and dialog.changed  # the moved one stays chosen, now last
    assert not down.isEnabled() and "The department is last already." in down.toolTip()
    up.click()
    assert [d.id for d in teachers.list_departments(db)] == [staff["it"], staff["general"]]


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9.99"), places=2), st.sampled_from(["kk", "ru", "en"]))
def test_a_rate_shown_on_the_card_reads_back_as_the_same_rate(rate, code):
    text = rate_text(rate, code)
    assert teachers.parse_rate(text) == rate
    assert ("." not in text) if code != "en" else ("," not in text)
    assert not text.endswith("0") or "." not in text and "," not in text  # 1,5, not 1,50


def test_the_reports_teacher_list_edits_in_the_same_card(qtbot, db, staff, monkeypatch, dialogs):
    """One teacher form in the application: the indicators' list of teachers opens the staff list's card."""
    from desktop.views.reports.records_dialog import TeachersDialog

    listing = TeachersDialog(db)
    qtbot.addWidget(listing)
    model = listing.table.model()
    listing.table.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Ким Елена"))
    opened = fill_card(monkeypatch, iin="000000000000", position="әдіскер")
    listing.findChild(QPushButton, "edit").click()
    assert opened[0].teacher_id == staff["teachers"]["Ким Елена"]
    assert teachers.get_teacher(db, staff["teachers"]["Ким Елена"]).position == "преподаватель"  # the IIN refused
    assert "IIN: " in dialogs[-1][3]
    opened = fill_card(monkeypatch, iin="", position="әдіскер", last_upgrade_on=date(2025, 2, 3))
    listing.findChild(QPushButton, "edit").click()
    record = teachers.get_teacher(db, staff["teachers"]["Ким Елена"])
    assert (record.position, record.last_upgrade_on, record.rate) == ("әдіскер", date(2025, 2, 3), Decimal("0.50"))
    assert "03.02.2025" in [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_the_reports_teacher_list_refuses_a_teacher_holding_load_without_asking_first(qtbot, demo_db, dialogs):
    held = {a.teacher_id for a in teacher_load.assignments(demo_db, YEAR)}
    dialog = TeachersDialog(demo_db)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.table.model().rowCount())
               if dialog.table.model().index(r, 0).data(ROW_ROLE)[1] in held)
    dialog.table.selectRow(row)
    dialog.delete()
    [(kind, title, _text)] = dialogs  # one warning, no "Delete?" before it
    assert kind == "warning" and title == "The teacher was not deleted"
