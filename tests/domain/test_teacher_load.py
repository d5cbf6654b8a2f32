"""The load arithmetic: a curriculum row cut into units per semester and component, the sums per teacher, group and
department, the subgroup rule (each subgroup's teacher gets the split hours in full; a class not split never counts
twice), and the invariant the deputy relies on: whatever the split, the teachers' hours add up to the curriculum's."""
from datetime import date
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from desktop.domain.curriculum import Row, Section, SemesterLoad
from desktop.domain import teacher_load as tl


def row(key="r1", section=Section.BASIC, hours=120, theory=60, practice=40, course_project=20, production=0,
        semesters=((3, 72), (4, 48)), parent=None):
    return Row(key, section, key.upper(), key, key, hours, None, theory, practice, course_project, production,
               semesters=tuple(SemesterLoad(s, h) for s, h in semesters), parent=parent)


def test_a_group_in_its_second_year_takes_semesters_three_and_four():
    assert tl.year_semesters(2025, 2026) == (3, 4)
    assert tl.year_semesters(2026, 2026) == (1, 2)
    assert tl.year_semesters(2027, 2026) == ()
    assert (tl.term(3), tl.term(4)) == (1, 2)


def test_a_rows_components_share_its_semesters_and_add_up_both_ways():
    parts = tl.row_components(row())
    assert parts == {3: {"theory": 36, "practice": 24, "course_project": 12},
                     4: {"theory": 24, "practice": 16, "course_project": 8}}


def test_hours_the_row_does_not_break_down_are_theory():
    assert tl.row_components(row(theory=0, practice=30, course_project=0, semesters=((1, 50),))) == {
        1: {"theory": 20, "practice": 30}}


def test_practice_consultations_and_attestation_rows_have_one_component():
    assert tl.row_components(row(section=Section.PRACTICE, semesters=((6, 216),))) == {6: {"supervision": 216}}
    assert tl.row_components(row(section=Section.CONSULTATIONS, semesters=((1, 8), (2, 8)))) == {
        1: {"consultations": 8}, 2: {"consultations": 8}}
    assert tl.row_components(row(section=Section.INTERMEDIATE, semesters=((2, 24),))) == {2: {"exams": 24}}


def test_a_module_counts_through_its_outcomes_and_other_years_are_left_out():
    rows = [row("m1", Section.PROFESSIONAL, semesters=((3, 72), (4, 48))),
            row("m1.1", Section.PROFESSIONAL, hours=72, theory=40, practice=32, course_project=0,
                semesters=((3, 72),), parent="m1"),
            row("g1", Section.GENERAL, semesters=((1, 72), (2, 48)))]
    units = tl.group_units(7, rows, (3, 4))
    assert {(u.row_key, u.semester, u.component, u.hours) for u in units} == {
        ("m1.1", 3, "theory", 40), ("m1.1", 3, "practice", 32)}


def unit(component="practice", hours=40, group=1, key="r1", semester=3):
    return tl.Unit(group, key, semester, component, hours)


def test_subgroups_each_get_the_split_hours_in_full():
    units = [unit("theory", 60), unit("practice", 40)]
    assignments = [tl.Assignment(1, "r1", 3, "theory", 0, 10),
                   tl.Assignment(1, "r1", 3, "practice", 1, 10), tl.Assignment(1, "r1", 3, "practice", 2, 11)]
    result = tl.calculate(units, assignments)
    assert result.teachers[10].total == 100 and result.teachers[11].total == 40
    assert (result.groups[1].planned, result.groups[1].unassigned) == (140, 0)


def test_a_class_not_split_never_counts_twice():
    """A whole-group assignment beside a subgroup one is a conflict: the hours are counted per subgroup only."""
    assignments = [tl.Assignment(1, "r1", 3, "practice", 0, 10), tl.Assignment(1, "r1", 3, "practice", 1, 11)]
    result = tl.calculate([unit()], assignments)
    assert result.teachers[10].total == 0 and result.teachers[11].total == 40
    assert [c.teacher_id for c in result.conflicts] == [10]
    assert result.groups[1].unassigned == 40  # subgroup 2 has no teacher yet
    assert [(u.component, slot) for u, slot in result.unassigned] == [("practice", 2)]


def test_load_against_the_norm_of_the_teachers_rate_and_per_department():
    units = [unit("theory", 400, semester=3), unit("theory", 420, semester=4)]
    assignments = [tl.Assignment(1, "r1", 3, "theory", 0, 10), tl.Assignment(1, "r1", 4, "theory", 0, 10)]
    teachers = {10: tl.TeacherInfo(Decimal("1"), 5), 11: tl.TeacherInfo(Decimal("0.5"), 5)}
    result = tl.calculate(units, assignments, teachers, norm_per_rate=720)
    over, idle = result.teachers[10], result.teachers[11]
    assert (over.terms, over.total, over.balance, over.status) == ([400, 420], 820, Decimal(100), "over")
    assert (idle.total, idle.norm, idle.status) == (0, Decimal(360), "under")
    assert (result.departments[5].total, result.departments[5].norm) == (820, Decimal(1080))
    assert sorted(result.departments[5].teacher_ids) == [10, 11]


def test_without_a_norm_there_is_no_verdict():
    load = tl.calculate([unit()], [tl.Assignment(1, "r1", 3, "practice", 0, 10)]).teachers[10]
    assert (load.norm, load.balance, load.status) == (None, None, None)


def test_an_assignment_of_a_unit_the_curriculum_no_longer_has_is_stale_and_not_counted():
    result = tl.calculate([unit()], [tl.Assignment(1, "gone", 3, "practice", 0, 10)])
    assert [a.row_key for a in result.stale] == ["gone"] and result.teachers[10].total == 0


def test_differences_list_added_removed_and_changed_units():
    units = [unit("theory", 70), unit("practice", 40), unit("theory", 30, key="new"), unit("theory", 8, key="open")]
    assignments = [tl.Assignment(1, "r1", 3, "theory", 0, 10, hours=60), tl.Assignment(1, "r1", 3, "practice", 0, 11, 40),
                   tl.Assignment(1, "old", 3, "theory", 0, 12, hours=16)]
    seen = [(1, "r1", 3, "theory"), (1, "r1", 3, "practice"), (1, "old", 3, "theory"), (1, "open", 3, "theory")]
    found = {(d.kind, d.row_key, d.assigned_hours, d.hours) for d in tl.differences(units, assignments, seen)}
    # "open" was there when the group was distributed and left without a teacher on purpose: no difference.
    assert found == {("changed", "r1", 60, 70), ("removed", "old", 16, None), ("added", "new", None, 30)}
    # A group nobody distributed yet has unassigned units, not differences.
    assert tl.differences([unit(group=2)], [], seen) == []


def test_fulfilment_counts_replacements_towards_the_class_and_tells_who_taught():
    units = [unit("theory", 60, semester=3), unit("practice", 40, semester=4)]
    assignments = [tl.Assignment(1, "r1", 3, "theory", 0, 10), tl.Assignment(1, "r1", 4, "practice", 0, 10)]
    actuals = [tl.Actual(1, "r1", 3, "theory", 0, 10, date(2026, 9, 1), 40),
               tl.Actual(1, "r1", 3, "theory", 0, 11, date(2026, 10, 1), 20, replaced_id=10),
               tl.Actual(1, "r1", 4, "practice", 0, 10, date(2027, 2, 1), 46)]
    year = tl.fulfilment(units, assignments, actuals)
    owner, stand_in = year.teachers[10], year.teachers[11]
    assert (owner.planned, owner.done, owner.not_done, owner.over, owner.replaced_by_others) == (100, 100, 0, 6, 20)
    assert (stand_in.planned, stand_in.replacing, stand_in.months) == (0, 20, {date(2026, 10, 1): 20})
    assert (year.groups[1].taught, year.rows[(1, "r1")].over) == (106, 6)
    autumn = tl.fulfilment(units, assignments, actuals[:1], terms=(1,))
    assert (autumn.total.planned, autumn.total.done, autumn.total.not_done) == (60, 40, 20)


# -- the invariant ------------------------------------------------------------------------------------------------

semester_hours = st.lists(st.integers(0, 200), min_size=1, max_size=4)


@st.composite
def rows(draw):
    count = draw(st.integers(1, 6))
    result = []
    for k in range(count):
        hours = draw(semester_hours)
        section = draw(st.sampled_from([Section.GENERAL, Section.BASIC, Section.PROFESSIONAL, Section.PRACTICE,
                                        Section.CONSULTATIONS, Section.INTERMEDIATE]))
        components = draw(st.lists(st.integers(0, 150), min_size=4, max_size=4))
        result.append(row(f"r{k}", section, sum(hours), *components,
                          semesters=tuple((s + 1, h) for s, h in enumerate(hours))))
    return result


@given(rows())
def test_every_rows_units_add_up_to_its_semester_hours(plan):
    for r in plan:
        parts = tl.row_components(r)
        for load in r.semesters:
            assert sum(parts.get(load.semester, {}).values()) == load.hours
        given_parts = (r.theory, r.practice, r.course_project, r.production)
        if r.section in (Section.GENERAL, Section.BASIC, Section.PROFESSIONAL) and sum(given_parts) == r.hours:
            for name, total in zip(("theory", "practice", "course_project", "production"), given_parts):
                assert sum(p.get(name, 0) for p in parts.values()) == total


WAYS = ("whole", "nobody", "split", "one_subgroup")


@settings(max_examples=150)
@given(st.lists(rows(), min_size=1, max_size=3), st.data())
def test_whatever_the_split_the_teachers_hours_add_up_to_the_curriculums(plans, data):
    """Per group: the teachers' hours plus those without a teacher are the curriculum's hours, a split unit counted
    once per subgroup; and with every unit held, the teachers' hours are exactly the curriculum's."""
    units = [u for group, plan in enumerate(plans) for u in tl.group_units(group, plan, range(1, 5))]
    fully = data.draw(st.booleans())
    assignments, expected = [], {}
    for u in units:
        way = data.draw(st.sampled_from(WAYS[::2] if fully else WAYS))
        slots = {"whole": (0,), "nobody": (), "split": (1, 2), "one_subgroup": (data.draw(st.sampled_from((1, 2))),)}[way]
        expected[u.group_id] = expected.get(u.group_id, 0) + u.hours * (2 if way in ("split", "one_subgroup") else 1)
        assignments += [tl.Assignment(*u.key, slot, data.draw(st.integers(1, 5))) for slot in slots]
    for group, hours in expected.items():
        result = tl.calculate([u for u in units if u.group_id == group],
                              [a for a in assignments if a.group_id == group])
        teachers = sum(t.total for t in result.teachers.values())
        assert result.groups[group].planned == hours
        assert teachers + sum(u.hours for u, _ in result.unassigned) == hours
        assert teachers == (hours if fully else result.groups[group].assigned)
    whole = tl.calculate(units, assignments)
    assert sum(t.total for t in whole.teachers.values()) == sum(d.total for d in whole.departments.values()) == sum(
        g.assigned for g in whole.groups.values())


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1), st.integers(1, 4), st.integers(0, 60)), max_size=30))
def test_hours_taught_are_done_or_over_plan_and_the_plan_is_every_teachers(entries):
    """Whatever was taught and by whom: done + over = taught, done + not done = the plan, per line and in total."""
    units = [unit("theory", 40, key=f"r{k}", semester=3 + s) for k in range(4) for s in (0, 1)]
    assignments = [tl.Assignment(*u.key, 0, 1 + n % 2) for n, u in enumerate(units) if n % 3]
    actuals = [tl.Actual(1, f"r{k}", 3 + s, "theory", 0, teacher, date(2026, 9 + s, 1), hours)
               for k, s, teacher, hours in entries]
    result = tl.fulfilment(units, assignments, actuals)
    assert result.total.done + result.total.over == result.total.taught == sum(e[3] for e in entries)
    assert result.total.planned == 40 * len(assignments) == sum(t.planned for t in result.teachers.values())
    assert result.total.done + result.total.not_done == result.total.planned
    assert sum(sum(t.months.values()) for t in result.teachers.values()) == result.total.taught
    assert sum(g.taught for g in result.groups.values()) == result.total.taught
