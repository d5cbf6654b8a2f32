"""The demo's final grades and register (services.demo_grades, added to the demo database here): the graduated
groups have their plan and grades, the check shows missing and failing grades, the register issued supplements
and one spoiled blank, and a supplement prints."""
import pytest

from desktop.services import diplomas, grades, supplements
from desktop.services.demo_grades import add_demo_grades


@pytest.fixture
def demo(demo_db):
    if not diplomas.list_documents(demo_db):  # until demo.py calls it itself
        add_demo_grades(demo_db)
    return demo_db


def test_the_graduated_groups_are_graded_with_something_to_reconcile(demo):
    checks = grades.reconcile_group(demo, grades.find_group(demo, "22ПО-41к"))
    codes = [sorted({p.code for p in c.problems}) for c in checks if not c.clean]
    assert sorted(codes) == [["grade.failing"], ["grade.missing"], ["grade.missing"]]
    assert all(c.clean for c in grades.reconcile_group(demo, grades.find_group(demo, "21ПО-41р")))


def test_the_register_holds_issued_supplements_in_each_language_and_one_spoiled_blank(demo, tmp_path):
    register = diplomas.list_documents(demo)
    spoiled = [e for e in register if e.status == "spoiled"]
    assert len(spoiled) == 1 and spoiled[0].kind == "supplement" and spoiled[0].spoiled_reason
    supplements_issued = [e for e in register if e.kind == "supplement" and e.status == "issued"]
    assert {e.language for e in supplements_issued} == {"kk", "ru"}
    assert len({(e.kind, e.series, e.number) for e in register}) == len(register)
    assert sum(e.with_honours for e in register if e.kind == "diploma") == 2
    student = supplements_issued[0].student_id
    s = supplements.build_supplement(demo, student, supplements_issued[0].language)
    assert s.diploma_number and s.registration_number.startswith(("2025-", "2026-")) and s.average_points
    assert s.signatories[0].name.startswith("Сейтқалиев")


def test_nobody_graduates_without_the_final_attestation(demo):
    """Issue #15: two graduates of order 124-к had no final-attestation grade (and were absent from its protocol).
    Every graduate of the demo's graded groups has that grade; the sheet's gaps left to reconcile are elsewhere."""
    from sqlalchemy import select

    from desktop.models import Movement, MovementOrder

    for code in ("21ПО-41р", "22ПО-41к"):
        group_id = grades.find_group(demo, code)
        grid = grades.grade_grid(demo, group_id)
        with demo.session() as session:
            graduated = set(session.scalars(select(Movement.student_id).join(MovementOrder).where(
                Movement.kind == "graduation", Movement.student_id.in_([s.id for s in grid.students]))))
        assert graduated == {s.id for s in grid.students}
        assert all((sid, "fa") in grid.cells for sid in graduated), code
    missing = {p.params["row_key"] for c in grades.reconcile_group(demo, grades.find_group(demo, "22ПО-41к"))
               for p in c.problems if p.code == "grade.missing"}
    assert missing == {"m4.4", "m5.1"}
