"""New student… offers the groups still studying (issue #16): the demo's first group in the alphabet is past its
last course, with its students graduated, and was the one the dialog chose for a new student."""
from desktop.views.contingent.student_dialog import StudentDialog


def _finished(group) -> bool:
    return bool(group.duration_months) and group.course() > -(-group.duration_months // 12)


def test_a_group_past_its_last_course_is_not_offered(make_window, demo_db, monkeypatch):
    page = make_window(demo_db).page("contingent")
    offered = []
    monkeypatch.setattr(StudentDialog, "exec", lambda self: offered.append(
        [self.group_box.itemText(i) for i in range(self.group_box.count())] + [self.group_box.currentText()]) or 0)
    page.new_student()
    *codes, default = offered[0]
    finished = {g.code for g in page.groups_list if _finished(g)}
    assert finished  # the demo has such groups (21ПО-41р, 22ПО-41к)
    assert not finished & set(codes) and default not in finished
    assert set(codes) == {g.code for g in page.groups_list} - finished
