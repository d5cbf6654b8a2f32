"""The report pack a college sends the ministry and the regional department: contingent, movement, dual training,
demonstration exams, graduates' employment and the indicators, as one PDF and one workbook made from the records."""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from desktop.domain.collation import code_key, name_key
from desktop.domain.contingent_report import ContingentReport
from desktop.domain.indicators import Figure
from desktop.domain.legal_forms import legal_form_in
from desktop.domain.problems import FieldProblem
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed

Progress = Callable[[int, int, str], None]  # (step done, steps, what is being done)
STEPS = ("contingent", "dual", "exams", "employment", "indicators", "pdf", "xlsx")


@dataclass(frozen=True)
class EmploymentLine:
    """A group's graduates of the year by status."""
    group_code: str
    counts: dict


@dataclass(frozen=True)
class PackData:
    year: int
    made_on: date
    contingent: ContingentReport
    dual: object  # services.dual_report.DualReport
    exam_results: list
    exam_sessions: list
    assessed: object  # services.exams.AssessedShare: the year's graduates assessed by a demonstration exam
    graduates: list
    employment_by_group: list[EmploymentLine]
    figures: list[Figure]
    history: dict  # year -> key -> Figure | None
    header: tuple[str, ...] = ()  # the college's BIN, region, address, phone, e-mail for the cover
    on: date | None = None  # the last day the year's sections cover: the day made, or 31 December of a past year
    deputy: str = ""  # the deputy director who signs beside the director (the college profile's)

    def college_name(self, language: str) -> str:
        return legal_form_in(self.contingent.college_name(language), language)


def collect(db: Database, year: int, today: date | None = None, period: tuple[date, date] | None = None,
            progress: Progress | None = None) -> PackData:
    from desktop.services import college, employment, exams, indicators, partnerships  # noqa: PLC0415
    from desktop.services.contingent_reports import contingent_report, default_period  # noqa: PLC0415
    from desktop.services.dual_report import dual_report  # noqa: PLC0415

    today = today or date.today()
    on = min(today, date(year, 12, 31))
    step = progress or (lambda *_: None)
    step(0, len(STEPS), "contingent")
    # the contingent is what the records say on the day made (statuses are not kept by date); its movement is the
    # year's own: from the start of the academic year to the day made, or to 31 December of a past year
    contingent = contingent_report(db, today, period or default_period(on))
    step(1, len(STEPS), "dual")
    dual = with_kazakh_forms(in_year(dual_report(db, today), year))
    # the payments for periods that begin in the pack's year, not in the academic year of the day it is made (a
    # 2025 pack made in November 2026 listed the 2026-2027 payments)
    dual = replace(dual, totals=partnerships.totals(db, date(year, 1, 1), date(year, 12, 31)))
    step(2, len(STEPS), "exams")
    sessions = [s for s in exams.list_sessions(db) if s.starts_on.year == year]
    results = results_of_year(db, year)
    step(3, len(STEPS), "employment")
    graduates = employment.graduates(db, year)
    assessed = assessed_of(db, graduates)
    groups: dict[str, list] = {}
    for graduate in graduates:
        groups.setdefault(graduate.group_code, []).append(graduate)
    by_group = [EmploymentLine(code, employment.by_status(items))
                for code, items in sorted(groups.items(), key=lambda item: code_key(item[0]))]  # П-2 before П-10
    step(4, len(STEPS), "indicators")
    history = indicators.history(db, [year - 2, year - 1, year], today)
    # the chosen year's figures are in the history already unless it is a past year (then some are None there)
    figures = ([history[year][key] for key in indicators.KEYS] if None not in history[year].values()
               else indicators.figures(db, year, today))
    profile = college.get_profile(db)
    header = (f"БСН / БИН {profile.bin}" if profile.bin else "", profile.region, profile.address, profile.phone,
              profile.email) if profile else ()
    return PackData(year, today, contingent, dual, results, sorted(sessions, key=lambda s: s.starts_on), assessed,
                    graduates, by_group, figures, history, tuple(part for part in header if part), on,
                    profile.deputy_director if profile else "")


def in_year(report, year: int):
    """The dual-training report with the contracts in force at some time in the year only (a contract signed for
    the next academic year does not belong to this year's pack)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    return replace(report, contracts=[c for c in report.contracts
                                      if (c.starts_on is None or c.starts_on <= last)
                                      and (c.ends_on is None or c.ends_on >= first)])


def in_order(data: PackData, language: str) -> PackData:
    """The pack's lists in the order of the document's alphabet (І after И in Russian, after Ы in Kazakh); the
    contingent's lists are ordered by its writers."""
    return replace(data, graduates=sorted(data.graduates, key=lambda g: (code_key(g.group_code, language),
                                                                         name_key(g.name, language))),
                   employment_by_group=sorted(data.employment_by_group,
                                              key=lambda line: code_key(line.group_code, language)))


def with_kazakh_forms(report):
    """The dual-training report whose Kazakh names of enterprises carry the Kazakh legal form, also for an
    enterprise entered with its Russian name only (ТОО «X» prints as «X» ЖШС): the workbook's dual sheets read
    them from there."""
    names = {c.enterprise for c in report.contracts} | {m.enterprise for m in report.mentors}
    kazakh = {name: legal_form_in(report.kazakh_names.get(name) or name, "kk") for name in names if name}
    return replace(report, kazakh_names={**report.kazakh_names, **kazakh})


def assessed_of(db: Database, graduates: list):
    """The year's graduates who sat a demonstration exam and were scored (at any time of their study), of all the
    year's graduates: the students graduating today belong to next year's pack."""
    from desktop.models import ExamCandidate, ExamSession  # noqa: PLC0415
    from desktop.services.exams import AssessedShare  # noqa: PLC0415

    with db.session() as session:
        sat = set(session.scalars(select(ExamCandidate.student_id).join(ExamSession).where(
            ExamSession.form == "demonstration", ExamCandidate.absent.is_(False), ExamCandidate.total.is_not(None))))
    return AssessedShare(sum(1 for g in graduates if g.student_id in sat), len(graduates))


def results_of_year(db: Database, year: int) -> list:
    """Candidates, passes and mean totals by qualification, of the sessions that start in the year only (the
    exams service sums every session ever held or planned: the 2026 pack counted a session planned for 2027)."""
    from desktop.models import ExamCandidate, ExamSession, Qualification, Specialty  # noqa: PLC0415
    from desktop.services.exams import ResultLine  # noqa: PLC0415

    with db.session() as session:
        rows = session.execute(select(ExamSession.qualification_code, ExamCandidate)
                               .join(ExamCandidate, ExamCandidate.session_id == ExamSession.id)
                               .where(ExamSession.starts_on.between(date(year, 1, 1), date(year, 12, 31)))).all()
        specialty_of = dict(session.execute(select(Qualification.code, Specialty.code).join(Specialty)).all())
        grouped: dict[str, list] = {}
        for code, candidate in rows:
            grouped.setdefault(code, []).append((candidate.total, candidate.absent, candidate.passed))
    lines = []
    for code, candidates in sorted(grouped.items(), key=lambda item: (specialty_of.get(item[0], ""), item[0])):
        scored = [Decimal(str(total)) for total, _, _ in candidates if total is not None]
        mean = (sum(scored) / len(scored)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if scored else None
        lines.append(ResultLine(specialty_of.get(code, ""), code, len(candidates),
                                sum(bool(absent) for _, absent, _ in candidates),
                                sum(bool(passed) for _, _, passed in candidates), mean))
    return lines


def make_pack(db: Database, folder: Path, year: int, language: str, today: date | None = None,
              period: tuple[date, date] | None = None, progress: Progress | None = None) -> tuple[Path, Path]:
    """Write pack-<year>-<language>.pdf and .xlsx into the folder; returns both paths. Each file is written
    under a temporary name first, so that a failure leaves no half-written pack."""
    from desktop.exchange.pack_xlsx import write_pack_workbook  # noqa: PLC0415
    from desktop.reports.pack_pdf import build_pack_pdf  # noqa: PLC0415

    step = progress or (lambda *_: None)
    data = in_order(collect(db, year, today, period, step), language)
    pdf, xlsx = folder / f"pack-{year}-{language}.pdf", folder / f"pack-{year}-{language}.xlsx"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        step(5, len(STEPS), "pdf")
        _atomically(pdf, lambda part: build_pack_pdf(part, data, language))
        step(6, len(STEPS), "xlsx")
        _atomically(xlsx, lambda part: write_pack_workbook(part, data, language))
    except OSError as exc:  # a read-only folder, a full disk, a file open in another program
        raise ValidationFailed([FieldProblem("file", "file.cannot_write", {"detail": f"{exc.strerror or exc}: "
                                                                                     f"{exc.filename or folder}"})]) from exc
    step(len(STEPS), len(STEPS), "done")
    return pdf, xlsx


def _atomically(path: Path, write: Callable[[Path], None]) -> None:
    part = path.with_name(f".{path.stem}-{int(time.time() * 1000)}{path.suffix}")
    try:
        write(part)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
