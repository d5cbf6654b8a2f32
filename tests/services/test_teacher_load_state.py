"""The page's kept year (services.teacher_load_state) shows what the services read afresh: after a change read back
for the groups it touched, every view equals a new read of the whole year."""
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.services import teacher_load as load, teacher_load_changes as changes
from desktop.services.teacher_load_state import YearState

YEAR = 2026


def _views(state: YearState):
    groups = [g.group_id for g in state.group_summaries()]
    teachers = [t.teacher_id for t in state.teacher_summaries("kk")]
    return (state.group_summaries(), state.teacher_summaries("kk"), state.department_summaries(),
            state.differences(), [state.group_lines(g) for g in groups], [state.teacher_lines(t) for t in teachers])


def test_the_kept_year_equals_the_services_reads(demo_db):
    state = YearState(demo_db, YEAR)
    assert state.group_summaries() == load.group_summaries(demo_db, YEAR)
    assert state.teacher_summaries("ru") == load.teacher_summaries(demo_db, YEAR, "ru")
    assert state.department_summaries() == load.department_summaries(demo_db, YEAR)
    assert state.differences() == changes.differences(demo_db, YEAR)
    for group in state.group_summaries():
        assert state.group_lines(group.group_id) == load.group_lines(demo_db, YEAR, group.group_id)
    for teacher in state.teacher_summaries("kk"):
        assert state.teacher_lines(teacher.teacher_id) == load.teacher_lines(demo_db, YEAR, teacher.teacher_id)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 9), st.sampled_from(["assign", "split",
                                                                                             "unassign"])),
                      min_size=1, max_size=6))
def test_a_change_read_back_by_group_equals_a_fresh_read(demo_db, picks):
    state = YearState(demo_db, YEAR)
    units = state.plan.units
    people = [p[0] for p in state.people]
    undo_all = []
    for at, who, what in picks:
        unit = units[at % len(units)]
        if what == "assign":
            undo = load.assign(demo_db, YEAR, [unit.key], people[who])
        elif what == "split":
            undo = load.split(demo_db, YEAR, unit.key, people[who], people[(who + 1) % len(people)])
        else:
            undo = load.unassign(demo_db, YEAR, [unit.key])
        state.groups_changed({unit.group_id})
        undo_all.append(undo)
    assert _views(state) == _views(YearState(demo_db, YEAR))
    for undo in reversed(undo_all):
        load.apply(demo_db, YEAR, undo)
