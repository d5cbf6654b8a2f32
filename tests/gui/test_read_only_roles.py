"""A role that may only read an area sees its records, and every control that would change them off, saying why."""
import pytest
from PySide6.QtWidgets import QPushButton

from desktop.domain.roles import Role
from desktop.services.actors import AccessDenied, Actor


@pytest.fixture
def registrar(demo_db):
    demo_db.actor = Actor("reg", "Registrar", Role.REGISTRAR)
    return demo_db


def test_the_college_profile_is_read_only_for_a_registrar(qtbot, registrar):
    from desktop.views.pages.college_page import CollegePage

    page = CollegePage(registrar)
    qtbot.addWidget(page)
    assert all(edit.isReadOnly() for edit in page.edits.values())
    assert not any(check.isEnabled() for check in page.checks.values())
    assert not page.save_button.isEnabled() and "Registrar" in page.save_button.toolTip()


def test_the_classifier_s_changing_actions_are_off_for_a_registrar(qtbot, registrar):
    from desktop.views.pages.classifier_page import ClassifierPage

    page = ClassifierPage(registrar)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    for key in ("add_specialty", "add_qualification", "edit", "delete", "import"):
        assert not page.actions[key].isEnabled(), key
        assert "may not change the classifier" in page.actions[key].toolTip()
    assert page.actions["export"].isEnabled()


def test_the_classifier_is_open_to_the_deputy_director(qtbot, demo_db):
    from desktop.views.pages.classifier_page import ClassifierPage

    demo_db.actor = Actor("dep", "Deputy", Role.DEPUTY)
    page = ClassifierPage(demo_db)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    assert page.actions["edit"].isEnabled() and page.actions["add_specialty"].isEnabled()


def test_textbook_counts_are_read_only_for_the_exam_organiser(qtbot, demo_db):
    from desktop.views.reports.records_dialog import LibraryDialog

    demo_db.actor = Actor("ex", "Exams", Role.EXAMS)
    dialog = LibraryDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert not any(dialog.findChild(QPushButton, name).isEnabled() for name in ("add", "edit", "delete"))


def test_employment_is_shown_but_not_saved_by_a_director(qtbot, demo_db):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.services import employment
    from desktop.views.reports.employment_dialog import EmploymentDialog

    demo_db.actor = Actor("dir", "Director", Role.DIRECTOR)
    year = next(y for y in range(2020, 2027) if employment.graduates(demo_db, y))
    dialog = EmploymentDialog(demo_db, year, "en")
    qtbot.addWidget(dialog)
    assert dialog.rows
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and not dialog.widgets[0][0].isEnabled()


def test_a_manual_backup_and_a_restore_are_the_administrator_s(registrar):
    with pytest.raises(AccessDenied):
        registrar.backup_now()
    with pytest.raises(AccessDenied):
        registrar.restore(registrar.path)
    registrar.actor = Actor("adm", "Admin", Role.ADMIN)
    assert registrar.backup_now().exists()
