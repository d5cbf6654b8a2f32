"""The college's own figures for the ministry's indicators, from the records, next to the national targets:
for a year, over the years, and the records behind each figure (DOMAIN.md section 6)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import func, select

from desktop.domain.collation import code_key, name_key
from desktop.domain import indicators as di
from desktop.domain.contingent import ACTIVE, STATE_ORDER
from desktop.domain.dual import ACTIVE_CONTRACTS
from desktop.models import DualContract, ExamCandidate, ExamSession, LibraryCount, Student, StudyGroup, Teacher
from desktop.paths import resolve_paths, resource_path
from desktop.services.database import Database

log = logging.getLogger(__name__)
KEYS = ("employment", "dual_coverage", "demo_exams", "inclusive", "kazakh_textbooks", "teacher_upgrade")
# measured from dated records, so a past year has its own figure; the others are what the records say today
DATED = frozenset({"employment", "demo_exams", "kazakh_textbooks"})
CONTINUING = "employment_continuing"  # the counts' entry of graduates shown beside the employment figure


TARGETS_FILE = "indicator-targets.json"


@lru_cache(maxsize=1)
def targets() -> dict:
    """The shipped targets, with any indicator the college's own file in the config folder redefines (the
    ministry changes a target before a new version ships: copy the shipped file there and edit it)."""
    shipped = json.loads(resource_path("indicators", "targets.json").read_text(encoding="utf-8"))
    own = resolve_paths().config / TARGETS_FILE
    if own.exists():
        try:
            changed = json.loads(own.read_text(encoding="utf-8"))["indicators"]
            for key, value in changed.items():
                if key in shipped["indicators"] and all(float(v) >= 0 for v in value["targets"].values()):
                    shipped["indicators"][key] = {**shipped["indicators"][key], "targets": value["targets"]}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.warning("%s is not a targets file like the shipped one; the shipped targets are used", own)
    return shipped


def target_of(key: str, year: int) -> float | None:
    # every teacher should be upgraded within three years: that indicator's target is none overdue
    return 0.0 if key == "teacher_upgrade" else di.target(targets(), key, year)


def _assessed(session) -> dict[int, int]:
    """Each session's candidates who sat and were scored, by session id."""
    return dict(session.execute(
        select(ExamCandidate.session_id, func.count()).where(ExamCandidate.absent.is_(False),
                                                             ExamCandidate.total.is_not(None))
        .group_by(ExamCandidate.session_id)).all())


def exam_sessions_held(session) -> list[di.ExamHeld]:
    """Every exam session as the demonstration-exam indicator reads it, with its candidates assessed."""
    assessed = _assessed(session)
    return [di.ExamHeld(form, status, starts_on, assessed.get(sid, 0)) for sid, form, status, starts_on in
            session.execute(select(ExamSession.id, ExamSession.form, ExamSession.status, ExamSession.starts_on))]


def _held_demonstration(session, year: int, today: date) -> int:
    return int(di.demonstration_held(exam_sessions_held(session), date(year, 1, 1), date(year, 12, 31), today))


def _dated_counts(db: Database, year: int, today: date) -> dict[str, tuple[int, int]]:
    from desktop.services.employment import graduates  # noqa: PLC0415

    employed, continuing, state_graduates = di.employment([(g.state_order, g.status) for g in graduates(db, year)])
    with db.session() as session:
        library = session.scalar(select(LibraryCount).where(LibraryCount.year == year))
        held = _held_demonstration(session, year, today)
    return {"employment": (employed, state_graduates), CONTINUING: (continuing, state_graduates), "demo_exams": (held, 1),
            "kazakh_textbooks": (library.kazakh_textbooks, library.textbooks) if library else (0, 0)}


def figures(db: Database, year: int, today: date | None = None) -> list[di.Figure]:
    """The six indicators of a year: graduates of that calendar year, demonstration exams held in it (by `today`,
    with candidates assessed) and its library count; coverage, inclusive conditions and teachers' upgrades as the records are on `today`."""
    from desktop.services import college, dual  # noqa: PLC0415

    today = today or date.today()
    counts = _dated_counts(db, year, today)
    state, _, _ = dual.coverage_figures(db, today)
    profile = college.get_profile(db)
    with db.session() as session:
        upgrades = list(session.scalars(select(Teacher.last_upgrade_on)))
    counts |= {"dual_coverage": (state.covered, state.total),
               "inclusive": (int(bool(profile and profile.inclusive_conditions_met)), 1),
               "teacher_upgrade": (sum(1 for last in upgrades if di.upgrade_overdue(last, today)), len(upgrades))}
    return [_figure(key, counts, year) for key in KEYS]


def _figure(key: str, counts: dict[str, tuple[int, int]], year: int) -> di.Figure:
    """The figure of a key; the employment figure carries the graduates continuing (further study, military
    service, parental leave) beside it: they stay in its denominator and out of its numerator."""
    continuing = counts[CONTINUING][0] if key == "employment" else 0
    return di.Figure(key, *counts[key], target_of(key, year), continuing=continuing)


def history(db: Database, years: list[int], today: date | None = None) -> dict[int, dict[str, di.Figure | None]]:
    """Each year's figures; a past year has no figure for what is not kept by date (None)."""
    today = today or date.today()
    result = {}
    for year in years:
        if year >= today.year:
            result[year] = {f.key: f for f in figures(db, year, today)}
        else:
            counts = _dated_counts(db, year, today)
            result[year] = {key: _figure(key, counts, year) if key in DATED else None
                            for key in KEYS}
    return result


@dataclass(frozen=True)
class Records:
    """The records behind a figure: column keys and rows of (what a row is, its id, its values)."""
    columns: tuple[str, ...]
    rows: list[tuple[str, int | None, tuple]]


def records(db: Database, key: str, year: int, today: date | None = None) -> Records:
    today = today or date.today()
    if key == "employment":
        from desktop.services.employment import graduates  # noqa: PLC0415

        # each row says whether it counts in the figure or is shown beside it (only state-order graduates do either)
        return Records(("graduate", "group", "state_order", "status", "counted", "continuing", "date", "employer",
                        "evidence"),
                       [("student", g.student_id, (g.name, g.group_code, g.state_order, g.status,
                                                   g.state_order and g.status in di.EMPLOYED,
                                                   g.state_order and g.status in di.CONTINUING, g.on, g.employer,
                                                   g.evidence)) for g in graduates(db, year)])
    if key == "dual_coverage":
        return _coverage_records(db)
    if key == "demo_exams":
        return _exam_records(db, year, today)
    if key == "inclusive":
        from desktop.services import college  # noqa: PLC0415

        profile = college.get_profile(db)
        return Records(("condition", "present"), [("", None, (name, bool(profile and getattr(profile, name))))
                                                  for name in ("has_ramps", "has_light_signals", "has_call_button",
                                                               "has_sanitary_unit")])
    if key == "kazakh_textbooks":
        from desktop.services.report_records import library_counts  # noqa: PLC0415

        return Records(("year", "textbooks", "kazakh_textbooks"),
                       [("library", y, (y, total, kazakh)) for y, total, kazakh in library_counts(db)])
    from desktop.services.report_records import list_teachers  # noqa: PLC0415

    return Records(("teacher", "last_upgrade", "overdue"),
                   [("teacher", t.id, (t.full_name, t.last_upgrade_on, di.upgrade_overdue(t.last_upgrade_on, today)))
                    for t in list_teachers(db)])


def _exam_records(db: Database, year: int, today: date) -> Records:
    """The year's sessions, each with its candidates assessed and whether the figure counts it as held, by the rule
    the figure itself uses (so that a session planned, still to come or with nobody scored shows why it is not)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    with db.session() as session:
        assessed = _assessed(session)
        rows = session.execute(
            select(ExamSession.id, ExamSession.kind, ExamSession.form, ExamSession.qualification_code,
                   ExamSession.starts_on, ExamSession.status)
            .where(ExamSession.starts_on.between(first, last)).order_by(ExamSession.starts_on)).all()
    return Records(("kind", "form", "qualification", "date", "status", "assessed", "counted_held"),
                   [("session", sid, (kind, form, code, on, status, assessed.get(sid, 0),
                                      di.demonstration_held([di.ExamHeld(form, status, on, assessed.get(sid, 0))],
                                                            first, last, today)))
                    for sid, kind, form, code, on, status in rows])


def _coverage_records(db: Database) -> Records:
    """State-order students who study now, each with the dual-training contract in force, if any."""
    with db.session() as session:
        contracts = dict(session.execute(select(DualContract.student_id, DualContract.number)
                                         .where(DualContract.status.in_(tuple(ACTIVE_CONTRACTS)))).all())
        rows = session.execute(
            select(Student.id, Student.surname, Student.given_name, StudyGroup.code)
            .join(StudyGroup, Student.group_id == StudyGroup.id)
            .where(Student.status.in_(tuple(ACTIVE)), Student.funding.in_(tuple(STATE_ORDER)))
            ).all()
    rows = sorted(rows, key=lambda r: (code_key(r[3]), name_key(f"{r[1]}\x01{r[2]}")))  # by the alphabet
    return Records(("student", "group", "covered", "contract"),
                   [("student", sid, (f"{surname} {given}", code, sid in contracts, contracts.get(sid, "")))
                    for sid, surname, given, code in rows])
