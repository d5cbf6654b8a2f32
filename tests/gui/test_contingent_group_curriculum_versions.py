"""A group's curriculum is chosen among versions of one plan that share its title: each choice names its version
and status, so the group can be moved onto the new version a curriculum change made (a fresh user had to guess)."""
from desktop.services import contingent, curricula
from desktop.views.contingent.group_dialog import GroupDialog


def test_the_curriculum_choices_name_their_version_and_status(qtbot, demo_db):
    group = next(g for g in contingent.list_groups(demo_db) if g.curriculum_id)
    stored = curricula.get_curriculum(demo_db, group.curriculum_id)
    if stored.status != "approved":
        curricula.approve(demo_db, group.curriculum_id, "Сейтқалиев Е.Б.")
    newer = curricula.new_version(demo_db, group.curriculum_id)
    dialog = GroupDialog(demo_db, "en", group_id=group.id)
    qtbot.addWidget(dialog)
    labels = {dialog.curriculum.itemData(n): dialog.curriculum.itemText(n) for n in range(dialog.curriculum.count())}
    old, new = labels[group.curriculum_id], labels[newer]
    assert old != new
    assert "version" in old and "version" in new and "draft" in new
