"""The demo college's approved curricula follow the recommendations: no error finding, each qualification
exam where its modules end (MR l.946-950), the final attestation in the last semester (MR l.220-222)."""
import pytest

from desktop.domain.curriculum import Section
from desktop.domain.rules.engine import check, errors
from desktop.services import curricula, demo_curricula

APPROVED = [demo_curricula.software_on_9_grades, demo_curricula.web_designer_on_11_grades,
            demo_curricula.two_worker_qualifications]


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
