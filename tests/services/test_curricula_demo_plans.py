"""The demo college's approved curricula follow the recommendations: no error finding, each qualification
exam where its modules end (MR l.946-950), the final attestation in the last semester (MR l.220-222)."""
import pytest
from sqlalchemy import select

from desktop.domain.curriculum import Section, leaves
from desktop.domain.schedule import layouts
from desktop.models import ContractModule, DualContract, Student, StudyGroup
from desktop.domain.rules.engine import check, errors
from desktop.services import curricula, demo_curricula

APPROVED = [demo_curricula.software_on_9_grades, demo_curricula.web_designer_on_11_grades,
            demo_curricula.dual_software_on_9_grades]


@pytest.mark.parametrize("make", APPROVED, ids=lambda make: make.__name__)
def test_the_demo_plans_approve_with_their_exams_in_place(make):
    plan = make()
    assert errors(check(plan, curricula.rule_set_for(plan))) == []
    assert [load.semester for load in plan.row("fa").semesters] == [2 * plan.years]
    for exam in (row for row in plan.rows if row.section is Section.INTERMEDIATE and row.qualification):
        end = max(load.semester for row in plan.rows if row.section is Section.PROFESSIONAL
                  and row.qualification == exam.qualification for load in row.semesters)
        assert exam.semesters[-1].semester in (end, end + 1), exam.qualification


def test_the_software_plans_worker_exam_sits_where_its_modules_end():
    plan = demo_curricula.software_on_9_grades()
    assert [load.semester for load in plan.row("m2.4").semesters][-1] == 5
    assert [load.semester for load in plan.row("q1").semesters] == [5]  # was 8: three semesters late


@pytest.mark.parametrize("make", APPROVED, ids=lambda make: make.__name__)
def test_each_semesters_weeks_hold_exactly_its_hours_at_the_weekly_load(make):
    """A reviewer multiplies the weeks the schedule gives a semester by the weekly load and finds the plan's hours:
    720 hours are 20 weeks at 36 (19 of classes and the attestation week), never 21."""
    plan = make()
    hours = {}
    for row in leaves(plan):
        if row.section not in (Section.CONSULTATIONS, Section.ELECTIVES):
            for load in row.semesters:
                hours[load.semester] = hours.get(load.semester, 0) + load.hours
    for layout in layouts(plan):
        per_week = plan.schedule[layout.year - 1].theory_hours_per_week
        for semester, weeks in ((2 * layout.year - 1, layout.autumn), (2 * layout.year, layout.spring)):
            assert len(weeks) * per_week == hours.get(semester, 0), semester
    for year in range(1, plan.years):
        assert hours[2 * year - 1] + hours[2 * year] == 1440  # 60 credits a full year (MR l.263-267)


@pytest.mark.parametrize("make", APPROVED + [demo_curricula.draft_with_findings], ids=lambda make: make.__name__)
def test_each_plan_is_titled_in_its_own_language(make):
    plan = make()
    kazakh_letters = set("әғқңөұүһі")
    assert bool(kazakh_letters & set(plan.title.lower())) == (plan.language == "kk"), plan.title


def test_the_dual_groups_plan_holds_the_production_training_its_contracts_take_at_the_enterprise(demo_db):
    """Every module a demo contract puts at the enterprise is the student's own curriculum's, taught in the
    contract's course, with at least as many hours of production training as the contract holds there."""
    with demo_db.session() as session:
        taken = session.execute(
            select(ContractModule.code, ContractModule.hours, StudyGroup.curriculum_id, StudyGroup.intake_year)
            .join(DualContract, ContractModule.contract_id == DualContract.id)
            .join(Student, DualContract.student_id == Student.id)
            .join(StudyGroup, Student.group_id == StudyGroup.id)).all()
    assert taken
    for code, hours, curriculum_id, intake in taken:
        plan = curricula.get_curriculum(demo_db, curriculum_id).curriculum
        [module] = [row for row in plan.rows if row.code == code and row.section is Section.PROFESSIONAL]
        # a module, or an outcome (the autumn-only contracts take ОН 1.1 alone)
        outcomes = [row for row in plan.rows if row.parent == module.id] or [module]
        assert sum(row.production for row in outcomes) >= hours, code
        assert {load.semester for row in outcomes for load in row.semesters} & {3, 4}  # course II of 2026-2027
        assert intake == plan.intake_year == 2025
    # the print's production column is the plan's: not empty where the contracts need it
    plan = demo_curricula.dual_software_on_9_grades()
    assert sum(row.production for row in plan.rows if row.section is Section.PROFESSIONAL) == 216 + 144
