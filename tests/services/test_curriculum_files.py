"""A college's workbook as the import sees it: one curriculum a sheet, the sheets that hold none named with the
reason, the intake year asked for when nothing gives it, and the chosen sheets stored all or none."""
from __future__ import annotations

import pytest

from desktop.services import curricula, curriculum_files
from desktop.services.errors import ValidationFailed

from tests.helpers.college_sheets import ORAL, ZHAMBYL, with_cover, without_years



def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_every_sheet_of_a_workbook_is_its_own_curriculum():
    choices = curriculum_files.read_sheets(ZHAMBYL)
    assert [c.sheet for c in choices] == ["3D-1", "3D-2", "3Ғ-1", "3Ғ-2", "3Ғ-3", "3Ғ-4"]
    assert all(c.importable for c in choices), [(c.sheet, c.problems) for c in choices]
    assert [c.curriculum.specialty for c in choices] == ["04110100"] * 2 + ["06130100"] * 4
    # the groups' plans are told apart by their sheet, whatever the titles on the sheets say (3D-2's says 3D-1)
    assert len({c.curriculum.title for c in choices}) == 6
    assert all(c.sheet in c.curriculum.title for c in choices)
    # the cohort 2023-2026: the year cells FM6 and FN6 of each sheet, and the file name
    assert {(c.curriculum.intake_year, c.needs_intake_year) for c in choices} == {(2023, False)}


def test_a_named_sheet_is_read_and_an_unknown_name_lists_the_sheets():
    assert curriculum_files.read_curriculum_file(ZHAMBYL, sheet="3Ғ-2").specialty == "06130100"
    with pytest.raises(ValidationFailed) as refused:
        curriculum_files.read_curriculum_file(ZHAMBYL, sheet="3Ғ-9")
    (problem,) = refused.value.problems
    assert problem.code == "file.no_such_sheet" and "3Ғ-1" in problem.params["sheets"]


def test_a_sheet_without_a_curriculum_is_named_with_the_reason(tmp_path):
    path = with_cover(tmp_path / "plans.xlsx")
    cover_choice, plan = curriculum_files.read_sheets(path)
    assert not cover_choice.importable and codes(cover_choice.problems) == ["file.unplaceable_sheet"]
    assert cover_choice.problems[0].params == {"sheet": "Мұқаба"}
    assert plan.importable and plan.curriculum.intake_year == 2022 and not plan.needs_intake_year
    # without a name, the first sheet that holds a curriculum
    assert curriculum_files.read_curriculum_file(path).specialty == "01140100"


def test_a_workbook_with_no_curriculum_at_all_is_refused_sheet_by_sheet(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Тізім"
    book.active.append(["Аты-жөні", "Топ"])
    book.active.append(["Оқушы", "3D-1"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    with pytest.raises(ValidationFailed) as refused:
        curriculum_files.read_curriculum_file(path)
    assert codes(refused.value.problems) == ["file.unplaceable_sheet"]


def test_the_intake_year_is_asked_when_nothing_gives_it(tmp_path):
    path = without_years(tmp_path / "groups.xlsx")
    choice = curriculum_files.read_sheets(path)[0]
    assert choice.importable and choice.needs_intake_year
    for year in (None, 1989, 2101):
        with pytest.raises(ValidationFailed) as refused:
            curriculum_files.with_intake_year(choice, year)
        assert codes(refused.value.problems) == ["file.intake_year_unknown"]
    curriculum = curriculum_files.with_intake_year(choice, 2023)
    assert curriculum.intake_year == 2023 and curriculum.years == choice.curriculum.years
    with pytest.raises(ValidationFailed):
        curriculum_files.read_curriculum_file(path)
    assert curriculum_files.read_curriculum_file(path, intake_year=2024).intake_year == 2024


def test_the_chosen_sheets_are_stored_as_drafts_all_or_none(db):
    choices = curriculum_files.read_sheets(ZHAMBYL)
    ids = curriculum_files.import_curricula(db, [c.curriculum for c in choices[:3]])
    stored = [curricula.get_curriculum(db, i) for i in ids]
    assert [s.curriculum.title for s in stored] == [c.curriculum.title for c in choices[:3]]
    assert {s.status for s in stored} == {"draft"}
    from dataclasses import replace

    broken = replace(choices[3].curriculum, rows=choices[3].curriculum.rows * 2)  # every key twice
    before = len(curricula.list_curricula(db))
    with pytest.raises(ValidationFailed):
        curriculum_files.import_curricula(db, [choices[4].curriculum, broken])
    assert len(curricula.list_curricula(db)) == before


def test_our_own_export_is_one_curriculum_over_its_two_sheets(db, tmp_path):
    from desktop.exchange.curriculum_xlsx import MAIN

    first = curricula.list_curricula(db)
    curriculum_id = curriculum_files.import_curricula(db, [curriculum_files.read_curriculum_file(ORAL)])[0]
    path = tmp_path / "export.xlsx"
    curricula.export_curriculum_file(db, curriculum_id, path)
    (choice,) = curriculum_files.read_sheets(path)
    assert choice.sheet == MAIN and choice.importable and not choice.needs_intake_year
    assert choice.curriculum == curricula.get_curriculum(db, curriculum_id).curriculum
    assert len(first) == 0
