"""The demo college's teacher load for 2026-2027: teachers with their tarification fields in departments, every
group distributed but for a few rows, one teacher over the norm, and hours taught with a replacement."""
from desktop.services import teacher_load as load, teacher_load_actual as actual, teacher_load_changes as changes, \
    teachers
from desktop.services.demo_load import add_demo_load


def test_the_demo_college_has_a_years_distribution_to_show(demo_db):
    add_demo_load(demo_db)  # once: a demo built with it already keeps its own
    add_demo_load(demo_db)
    staff = teachers.list_teachers(demo_db)
    assert len(staff) == 10 and all(t.department_id and t.position for t in staff)
    assert {t.category for t in staff} >= {"pedagogue", "moderator", "expert", "researcher", "master", ""}
    over = [s.full_name for s in load.teacher_summaries(demo_db, 2026) if s.status == "over"]
    assert over == ["Иванова Татьяна Сергеевна"]
    groups = load.group_summaries(demo_db, 2026)
    assert len(groups) == 3 and 0 < sum(g.unassigned for g in groups) < 100
    assert [d.teachers for d in load.department_summaries(demo_db, 2026)] == [3, 4, 3]
    assert changes.differences(demo_db, 2026) == []
    year = actual.fulfilment(demo_db, 2026)
    assert year.total.taught > 0 and any(t.replacing for t in year.teachers.values())
    assert actual.fulfilment(demo_db, 2026, terms=(2,)).total.taught == 0
