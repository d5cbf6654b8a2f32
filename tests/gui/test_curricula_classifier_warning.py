"""The editor checks a plan against the college's classifier as the command line and approval do: a specialty or a
qualification the classifier does not hold is a warning in the findings list while the plan is edited."""
from __future__ import annotations

from dataclasses import replace

from desktop.domain.rules import Severity
from desktop.services import classifier, curricula


def _classifier_lines(editor):
    return [editor.findings_list.item(i).text() for i in range(editor.findings_list.count())
            if "09999999" in editor.findings_list.item(i).text()]


def test_a_specialty_missing_from_the_classifier_is_warned_of_while_editing(open_draft, qapp, demo_db):
    editor = open_draft("ru")
    assert not [f for f in editor.findings if f.rule == "CLASSIFIER"]  # the demo plan's codes are all known
    editor.apply(replace(editor.model.curriculum, specialty="09999999"), "specialty")
    warnings = [f for f in editor.findings if f.code == "classifier.unknown_specialty"]
    assert [(f.severity, f.found) for f in warnings] == [(Severity.WARNING, "09999999")]
    assert _classifier_lines(editor) == [curricula.finding_texts().rule_title("CLASSIFIER", "ru") + ": "
                                         "Специальности 09999999 нет в классификаторе колледжа: проверьте код или "
                                         "добавьте специальность в классификатор"]
    editor.undo_stack.undo()
    assert not _classifier_lines(editor)


def test_the_warning_goes_once_the_specialty_is_in_the_classifier(open_draft, qapp, demo_db):
    editor = open_draft("kk")
    editor.apply(replace(editor.model.curriculum, specialty="09999999"), "specialty")
    assert _classifier_lines(editor)
    classifier.save_entry(demo_db, classifier.ClassifierEntry("09999999", "Сынақ мамандығы", "Пробная специальность"))
    editor.apply(replace(editor.model.curriculum, title=editor.model.curriculum.title + " ."), "title")
    assert not [f for f in editor.findings if f.code.startswith("classifier.unknown")]
