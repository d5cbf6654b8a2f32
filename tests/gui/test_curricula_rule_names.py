"""The editor names each broken rule in the interface language; the id (what the command line prints) is in the tooltip."""
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.rules.engine import _ORDER
from desktop.services import curricula


@pytest.fixture
def kazakh_draft(open_draft):
    return open_draft("kk")


def test_the_kazakh_findings_list_shows_rule_titles_with_the_id_in_the_tooltip(kazakh_draft):
    editor = kazakh_draft
    editor.model.setData(editor.model.index_of("g6", 3), "144")  # mathematics over its volume
    items = [editor.findings_list.item(i) for i in range(editor.findings_list.count())]
    volume = next(item for item in items if item.toolTip().startswith("GENED-VOLUME"))
    assert "ЖБП көлемі" in volume.text()
    assert "Әдістемелік ұсынымдар 2022-2023" in volume.toolTip() and "MR l." not in volume.toolTip()  # source in words
    assert not [item.text() for item in items if any(rule in item.text() for rule in _ORDER)]
    assert "Кредиттік-модульдік ережелер" in editor.summary.text() and "credit-modular" not in editor.summary.text()
    assert editor.summary.toolTip() == "credit-modular-2022"


def test_an_approval_refused_for_errors_says_so_in_words(kazakh_draft, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.views.curricula.approve_dialog import ApproveDialog

    editor = kazakh_draft
    editor.model.setData(editor.model.index_of("g6", 3), "144")
    shown = []
    monkeypatch.setattr(ApproveDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    editor.approve()
    assert len(shown) == 1 and "curriculum.has_errors" not in shown[0] and "rules:" not in shown[0]
    assert shown[0].startswith("• Ережелерді тексеру: қателер қалды (")  # the field named once
    assert curricula.get_curriculum(editor.db, editor.curriculum_id).status == "draft"
