from dataclasses import replace
from datetime import datetime

import pytest

from desktop.domain.rules import Severity
from desktop.services import curricula
from desktop.services.classifier import list_entries
from desktop.services.demo_curricula import draft_with_findings, software_on_9_grades
from desktop.services.errors import NotFound, ValidationFailed


def test_a_curriculum_is_stored_and_read_back_exactly(db):
    original = software_on_9_grades()
    stored = curricula.get_curriculum(db, curricula.create(db, original))
    assert stored.curriculum == replace(original, rule_set="credit-modular-2022")
    assert (stored.status, stored.version) == ("draft", 1)


def test_lifecycle_draft_approved_archived_new_version(db):
    curriculum_id = curricula.create(db, software_on_9_grades())
    warnings = curricula.approve(db, curriculum_id, "Сейтқалиев Е. Б.", datetime(2026, 6, 1, 10, 0))
    assert warnings == []
    stored = curricula.get_curriculum(db, curriculum_id)
    assert (stored.status, stored.approved_by, stored.approved_at) == ("approved", "Сейтқалиев Е. Б.",
                                                                       datetime(2026, 6, 1, 10, 0))
    with pytest.raises(ValidationFailed) as caught:
        curricula.save(db, curriculum_id, stored.curriculum)
    assert caught.value.problems[0].code == "curriculum.not_draft"
    curricula.archive(db, curriculum_id)
    assert curricula.get_curriculum(db, curriculum_id).status == "archived"
    draft_id = curricula.new_version(db, curriculum_id)
    draft = curricula.get_curriculum(db, draft_id)
    assert (draft.status, draft.version) == ("draft", 2) and draft.curriculum == stored.curriculum


def test_approval_is_refused_while_a_rule_is_broken(db):
    curriculum_id = curricula.create(db, draft_with_findings())
    with pytest.raises(ValidationFailed) as caught:
        curricula.approve(db, curriculum_id, "Директор")
    assert caught.value.problems[0].code == "curriculum.has_errors"
    assert curricula.get_curriculum(db, curriculum_id).status == "draft"
    with pytest.raises(ValidationFailed):
        curricula.approve(db, curricula.create(db, software_on_9_grades()), "  ")


def test_a_draft_is_saved_copied_and_deleted(db):
    curriculum_id = curricula.create(db, draft_with_findings())
    fixed = software_on_9_grades()
    curricula.save(db, curriculum_id, replace(fixed, title="Fixed"))
    assert curricula.get_curriculum(db, curriculum_id).title == "Fixed"
    assert curricula.check_curriculum(curricula.get_curriculum(db, curriculum_id).curriculum) == []
    copy_id = curricula.copy(db, curriculum_id, "Copy")
    assert curricula.get_curriculum(db, copy_id).curriculum.rows == fixed.rows
    curricula.delete(db, copy_id)
    with pytest.raises(NotFound):
        curricula.get_curriculum(db, copy_id)


def test_a_curriculum_that_cannot_be_stored_is_refused_whole(db):
    broken = software_on_9_grades()
    twice = replace(broken, rows=broken.rows + (broken.rows[0],))
    orphan = replace(broken, rows=broken.rows + (replace(broken.rows[0], id="x1", parent="nowhere"),))
    untitled = replace(broken, title=" ")
    for bad, code in ((twice, "curriculum.duplicate_row"), (orphan, "curriculum.unknown_parent"),
                      (untitled, "field.required")):
        with pytest.raises(ValidationFailed) as caught:
            curricula.create(db, bad)
        assert caught.value.problems[0].code == code
    assert curricula.list_curricula(db) == []


def test_the_demo_has_its_curricula(demo_db):
    summaries = curricula.list_curricula(demo_db)
    # three plans of today's groups, two the graduated groups studied on (graded), one draft
    assert sorted(s.status for s in summaries) == ["approved"] * 5 + ["draft"]
    for summary in summaries:
        findings = curricula.check_curriculum(curricula.get_curriculum(demo_db, summary.id).curriculum)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        assert bool(errors) == (summary.status == "draft")
    bases = {s.entry_base for s in summaries if s.status == "approved"}
    assert bases == {"9", "11"}
    # every qualification a demo plan awards is in the college's classifier, as a reviewer would look it up
    known = {entry.code for entry in list_entries(demo_db)}
    assert {q for s in summaries for q in s.qualifications} <= known
    assert {s.language for s in summaries if s.status == "approved"} == {"kk", "ru"}
