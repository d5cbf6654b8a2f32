"""The supplement built from the database and a group printed: values from the profile, the card, the plan, the
grades and the register; nothing prints while a student's grades are not reconciled."""
from datetime import date

import pytest
from final_grades import fill_all, graded_group
from pypdf import PdfReader

from desktop.reports.supplement_data import RowKind
from desktop.services import college, diplomas, grades, supplements
from desktop.services.college import CollegeProfileData
from desktop.services.diplomas import IssueData
from desktop.services.errors import ValidationFailed
from desktop.services.grades import CellChange


@pytest.fixture
def group(db):
    college.save_profile(db, CollegeProfileData(name_kk="Орал жоғары колледжі", name_ru="Уральский высший колледж",
                                                director="Сейтқалиев Е. Б.", deputy_director="Ахметова Г. К.",
                                                locality_kk="Орал қ.", locality_ru="г. Уральск"))
    group_id, ids = graded_group(db)
    fill_all(db, group_id, 88)
    return group_id


def _first(db, group_id):
    return grades.reconcile_group(db, group_id)[0].student_id


def test_a_supplement_holds_the_register_the_rows_and_the_averages(db, group):
    student = _first(db, group)
    grades.save_cells(db, group, [CellChange(student, "g1", 96)])
    diplomas.issue(db, IssueData("diploma", "JB", "0012345", student, date(2026, 6, 30), "D-1", with_honours=True))
    diplomas.issue(db, IssueData("supplement", "ЖБ", "0000501", student, date(2026, 6, 30), "Қ-17", language="kk"))
    s = supplements.build_supplement(db, student, "kk")
    assert (s.diploma_series, s.diploma_number, s.registration_number, s.with_honours) == ("JB", "0012345", "Қ-17",
                                                                                         True)
    assert s.college.name_ru == "Уральский высший колледж" and s.signatories[0].name == "Сейтқалиев Е. Б."
    assert s.signatories[1].name == "Ахметова Г. К."
    assert s.specialty_code == "06130100" and s.entry_year == 2022 and s.iin
    assert s.prior_education_kk.startswith("негізгі орта білім") and s.study_form_ru == "очная"
    kinds = [r.kind for r in s.rows]
    assert kinds[0] is RowKind.GENERAL and RowKind.PROFESSIONAL_MODULE in kinds and kinds[-1] is RowKind.ELECTIVE
    module = next(r for r in s.rows if r.kind is RowKind.PROFESSIONAL_MODULE)
    assert module.grade is None and module.hours == 576 and module.credits == 24
    first = s.rows[0]
    assert (first.grade.percent, first.grade.letter, first.grade.traditional_kk) == (96, "A", "өте жақсы")
    pe = next(r for r in s.rows if r.code == "ЖБП 09")
    assert pe.grade.passed is True and pe.grade.traditional_ru == "зачтено"
    assert [r.number for r in s.rows] == [str(n) for n in range(1, len(s.rows) + 1)]
    assert 3.33 < s.average_points < 3.36 and 88 < s.average_percent < 88.5  # one 96 among 88s, by credits
    # the Russian copy has its own registration line: none yet, so the diploma's
    assert supplements.build_supplement(db, student, "ru").registration_number == "D-1"


def test_a_student_not_reconciled_is_refused_naming_what_is_missing(db, group, tmp_path):
    student = _first(db, group)
    grades.save_cells(db, group, [CellChange(student, "fa", None), CellChange(student, "g2", 30)])
    with pytest.raises(ValidationFailed) as caught:
        supplements.build_supplement(db, student, "ru")
    assert [p.code for p in caught.value.problems] == ["diploma.not_reconciled", "grade.failing", "grade.missing"]
    with pytest.raises(ValidationFailed):
        supplements.print_group(db, group, tmp_path / "out")
    assert not (tmp_path / "out").exists()  # refused before a file is begun


def test_a_group_prints_each_student_in_both_languages_with_progress(db, group, tmp_path):
    seen = []
    files = supplements.print_group(db, group, tmp_path, ("kk", "ru"), progress=lambda d, t: seen.append((d, t)))
    assert len(files) == 6 and seen[-1] == (6, 6)
    text = PdfReader(files[1]).pages[0].extract_text()
    assert "Уральский высший колледж" in text and "Казахский язык" in text
    assert "Казахский язык" not in PdfReader(files[0]).pages[0].extract_text()  # the Kazakh copy: Kazakh names


def test_cancelling_removes_the_files_of_the_run(db, group, tmp_path):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(supplements.PrintCancelled):
        supplements.print_group(db, group, tmp_path, ("kk",), cancelled=cancelled, on_blank=True)
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_group_in_one_file_per_language_in_the_order_of_the_blanks(db, group, tmp_path):
    seen = []
    files = supplements.print_group(db, group, tmp_path, ("ru",), one_file=True, on_blank=True,
                                    progress=lambda d, t: seen.append(d))
    assert [f.name for f in files] == ["22ПО-41к (ru).pdf"] and seen == [1, 2, 3]
    assert len(PdfReader(files[0]).pages) >= 3


def test_cancelling_a_one_file_run_leaves_no_file(db, group, tmp_path):
    asked = []

    def cancelled():  # after the first graduate's pages
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(supplements.PrintCancelled):
        supplements.print_group(db, group, tmp_path, ("kk",), one_file=True, cancelled=cancelled)
    assert list(tmp_path.glob("*.pdf")) == []
