from desktop.domain.ids import iin_problems
from desktop.services import classifier, college, contingent
from desktop.services.demo import demo_data


def test_the_demo_college_is_complete_and_its_iins_are_valid(demo_db):
    profile = college.get_profile(demo_db)
    assert profile.name_kk == demo_data()["profile"]["name_kk"]
    groups = contingent.list_groups(demo_db)
    students = contingent.list_students(demo_db)
    assert len(groups) >= 10 and 250 <= len(students) <= 400
    graduated = {g["code"] for g in demo_data()["graduated_groups"]}
    assert all(g.students > 0 for g in groups if g.code not in graduated)
    assert sum(s.status == "graduated" for s in students) == 78  # past graduates, for the employment figures
    assert {g.specialty_code for g in groups} >= {"06130100", "04110100"}
    assert all(iin_problems(s.iin, s.birth_date, s.sex) == [] for s in students)
    codes = {e.code for e in classifier.list_entries(demo_db)}
    assert {"06130100", "3W06130102", "4S06130103", "04110100", "4S04110102"} <= codes


def test_study_year_follows_the_academic_year():
    from datetime import date

    assert contingent.study_year(2026, date(2026, 9, 1)) == 1
    assert contingent.study_year(2026, date(2027, 8, 31)) == 1
    assert contingent.study_year(2025, date(2026, 11, 22)) == 2
