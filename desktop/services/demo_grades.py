"""The demo college's final grades and register: its two graduated groups of software engineering (06130100) get
the plan they studied on, every graduate's final grades, and a register of issued diplomas and supplements.

So that the grade check has something to show: two graduates of 22ПО-41к lack a grade or two of their last modules
(the sheet was not finished: entered from the paper record later) and one has a failing grade; they have no
documents yet. Every graduate has the final-attestation grade: nobody is in the graduation order without it. One supplement blank was spoiled at printing
and replaced. One graduate has all grades excellent and the honours flag (set by the registrar: the rule is not
confirmed). The third graduated group (23УА-31р, 04110100) has no curriculum in the demo and is left ungraded.
Series and numbers are made up for the demo (the blanks' real series are not known here).
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select

from desktop.models import CurriculumRecord, StudyGroup
from desktop.services import curricula, diplomas, grades
from desktop.services.database import Database
from desktop.services.diplomas import IssueData

# group code -> (the demo plan copied for it, title)
PLANS = {"22ПО-41к": ("06130100", "kk", "06130100 Бағдарламалық қамтамасыз ету, 9 сынып негізінде, 2022"),
         "21ПО-41р": ("06130100", "ru", "06130100 Программное обеспечение, на базе 9 классов, 2021")}
SERIES = "JB"  # made up for the demo
INCOMPLETE = 2  # graduates of 22ПО-41к whose sheet lacks a few grades
# outcomes whose grades the sheet lacks (never the final attestation, which the graduation order needs)
MISSING_ROWS = ("m4.4", "m5.1")


def _plan_for(db: Database, code: str, intake_year: int) -> int:
    specialty, language, title = PLANS[code]
    with db.session() as session:
        source = session.scalar(select(CurriculumRecord.id).where(
            CurriculumRecord.specialty_code == specialty, CurriculumRecord.entry_base == "9",
            CurriculumRecord.language == language, CurriculumRecord.status == "approved"))
    new_id = curricula.copy(db, source, title)
    with db.session() as session:
        record = session.get(CurriculumRecord, new_id)
        record.intake_year, record.status = intake_year, "approved"
        record.approved_by = "Сейтқалиев Е. Б."
        record.approved_at = datetime(intake_year, 8, 25, 10, 0)
        group = session.scalar(select(StudyGroup).where(StudyGroup.code == code))
        group.curriculum_id = new_id
        return group.id


def _percent(pick: random.Random, best: bool) -> int:
    return pick.randint(92, 100) if best else min(100, max(55, int(pick.gauss(80, 9))))


def add_demo_grades(db: Database) -> None:
    number = 12340  # the next blank of the demo's series
    registration = 0
    for code in ("21ПО-41р", "22ПО-41к"):
        with db.session() as session:
            intake = session.scalar(select(StudyGroup.intake_year).where(StudyGroup.code == code))
        group_id = _plan_for(db, code, intake)
        grid = grades.grade_grid(db, group_id)
        changes = []
        for index, student in enumerate(grid.students):
            pick = random.Random(student.iin)
            best = index == 3
            for row in grid.rows:
                if not row.graded:
                    continue
                if code == "22ПО-41к" and index < INCOMPLETE and row.key in MISSING_ROWS[index:]:
                    continue
                value = True if row.kind == grades.PASS_FAIL else _percent(pick, best)
                changes.append(grades.CellChange(student.id, row.key, value))
        if code == "22ПО-41к":
            failing = grid.students[INCOMPLETE]
            changes = [c for c in changes if (c.student_id, c.row_key) != (failing.id, "m3.2")]
            changes.append(grades.CellChange(failing.id, "m3.2", 48))
        grades.save_cells(db, group_id, changes)
        with db.session() as session:
            left_on = {s.id: s.left_on for s in session.get(StudyGroup, group_id).students}
        language = "kk" if code.endswith("к") else "ru"
        for index, check in enumerate(grades.reconcile_group(db, group_id)):
            if not check.clean:
                continue
            issued_on = (left_on.get(check.student_id) or datetime(intake + 4, 6, 28).date()) + timedelta(days=2)
            registration += 1
            honours = index == 3
            diplomas.issue(db, IssueData(diplomas.DIPLOMA, SERIES, f"{number:07d}", check.student_id, issued_on,
                                         f"{issued_on.year}-{registration:03d}", check.full_name, honours))
            if code == "22ПО-41к" and index == 5:  # the blank came out of the printer crooked: spoiled, replaced
                number += 1
                diplomas.spoil(db, diplomas.SUPPLEMENT, SERIES, f"{number:07d}",
                               "қисық басылды / напечатано со смещением", check.student_id)
            number += 1
            diplomas.issue(db, IssueData(diplomas.SUPPLEMENT, SERIES, f"{number:07d}", check.student_id, issued_on,
                                         f"{issued_on.year}-{registration:03d}", check.full_name, honours,
                                         language))
            number += 1
