"""The report pack as one Excel workbook, a sheet per report, in Kazakh or Russian (the PDF's figures, as numbers)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from desktop.domain.indicators import STATUSES
from desktop.domain.legal_forms import legal_form_in
from desktop.exchange.cells import bold_row
from desktop.exchange.contingent_report_xlsx import add_contingent_sheets
from desktop.exchange.dual_report_xlsx import add_dual_sheets
from desktop.exchange.print_setup import COUNT, DATE, MARK, PERCENT, print_ready, sheet_title
from desktop.paths import owner_only
from desktop.reports.labels import EXAM_CHOICES, pick
from desktop.reports.pack_labels import EMPLOYMENT_STATUSES, EVIDENCE, INDICATOR_TITLES, PACK_LABELS


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def identity_of(data, language: str) -> str:
    label = lambda key: pick(PACK_LABELS, key, language)  # noqa: E731
    return f"{data.college_name(language)} — {label('pack')}, {label('year').format(year=data.year)}".lstrip(" —")


def write_pack_workbook(path: Path, data, language: str) -> None:
    label = lambda key: pick(PACK_LABELS, key, language)  # noqa: E731
    identity = identity_of(data, language)
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(label("sheet_indicators"))
    sheet.append([data.college_name(language)])
    sheet.append([f"{label('pack')}, {label('year').format(year=data.year)}",
                  label("made_on").format(date=data.made_on.strftime("%d.%m.%Y"))])
    bold_row(sheet, 1)
    years = sorted(data.history)
    sheet.append([label("indicator"), label("numerator"), label("denominator"), label("percent"), label("target"),
                  label("met"), *(str(y) for y in years)])
    bold_row(sheet, 3)
    for f in data.figures:
        met = None if f.meets is None else label("yes" if f.meets else "no")
        past = [_percent(data.history[y][f.key].percent) if data.history[y][f.key] else "—*" for y in years]
        sheet.append([pick(INDICATOR_TITLES, f.key, language), f.numerator, f.denominator, _percent(f.percent),
                      f.target, met, *past])
    employment = next(f for f in data.figures if f.key == "employment")
    # below the table, so that the table keeps its rows: which reading the employment figure uses, and the
    # graduates shown beside it (continuing / not available for work) as numbers
    sheet.append([])
    sheet.append([label("employment_reading")])
    sheet.append([label("continuing"), employment.continuing, employment.denominator,
                  _percent(employment.continuing_percent)])
    sheet.append(["* " + label("today_only")])
    print_ready(sheet, language, identity, header_row=3, widths={"A": 70},
                formats={"B": COUNT, "C": COUNT, "D": PERCENT, **{get_column_letter(7 + n): PERCENT
                                                                  for n in range(len(years))}})
    for row in sheet.iter_rows(min_row=sheet.max_row - 2, max_row=sheet.max_row - 2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    add_contingent_sheets(book, data.contingent, language, identity)
    add_dual_sheets(book, data.dual, language, identity)
    _exams(book, data, language, identity)
    _employment(book, data, language, identity)
    book.save(path)
    owner_only(path)


def _exams(book: Workbook, data, language: str, identity: str) -> None:
    label = lambda key: pick(PACK_LABELS, key, language)  # noqa: E731
    choice = lambda key: pick(EXAM_CHOICES, key, language)  # noqa: E731
    sheet = book.create_sheet(sheet_title(label("section_exams")))
    sheet.append([label("specialty"), label("qualification"), label("candidates"), label("absent"), label("passed"),
                  label("mean")])
    bold_row(sheet, 1)
    for r in data.exam_results:
        sheet.append([r.specialty, r.qualification, r.candidates, r.absent, r.passed,
                      None if r.mean_total is None else float(r.mean_total)])
    sheet.append([label("total"), "", sum(r.candidates for r in data.exam_results),
                  sum(r.absent for r in data.exam_results), sum(r.passed for r in data.exam_results)])
    bold_row(sheet, sheet.max_row)
    sheet.append([])
    sheet.append([label("assessed").format(year=data.year, assessed=data.assessed.assessed,
                                           graduating=data.assessed.graduating)])
    sheet.append([])
    sheet.append([label("kind"), label("form"), label("qualification"), label("dates"), "", label("status"),
                  label("candidates")])
    bold_row(sheet, sheet.max_row)
    for x in data.exam_sessions:
        sheet.append([choice(x.kind), choice(x.form), x.qualification, x.starts_on, x.ends_on,
                      label(x.status) if x.status in PACK_LABELS else x.status, x.candidates])
        for column in (4, 5):
            sheet.cell(sheet.max_row, column).number_format = DATE
    print_ready(sheet, language, identity, formats={"C": COUNT, "E": COUNT, "F": MARK},
                widths={"A": 28, "B": 28, "D": 14, "E": 14})


def _employment(book: Workbook, data, language: str, identity: str) -> None:
    label = lambda key: pick(PACK_LABELS, key, language)  # noqa: E731
    status = lambda key: pick(EMPLOYMENT_STATUSES, key, language)  # noqa: E731
    sheet = book.create_sheet(sheet_title(label("section_employment")))
    sheet.append([label("group"), *(status(k) for k in STATUSES), label("total")])
    bold_row(sheet, 1)
    for line in data.employment_by_group:
        sheet.append([line.group_code, *(line.counts[k] for k in STATUSES), sum(line.counts.values())])
    totals = [sum(line.counts[k] for line in data.employment_by_group) for k in STATUSES]
    sheet.append([label("total"), *totals, sum(totals)])
    bold_row(sheet, sheet.max_row)
    sheet.append([])
    sheet.append([label("employment_reading")])
    print_ready(sheet, language, identity, widths={"A": 14},
                formats={get_column_letter(c): COUNT for c in range(2, len(STATUSES) + 3)})
    sheet = book.create_sheet(sheet_title(label("graduates")))
    sheet.append([label("graduate"), label("group"), label("state_order"), label("status"), label("date"),
                  label("employer"), label("evidence")])
    bold_row(sheet, 1)
    for g in data.graduates:
        sheet.append([g.name, g.group_code, label("yes") if g.state_order else label("no"), status(g.status), g.on,
                      legal_form_in(g.employer, language), pick(EVIDENCE, g.evidence, language) if g.evidence else ""])
        sheet.cell(sheet.max_row, 5).number_format = DATE
    print_ready(sheet, language, identity, widths={"A": 40, "E": 12, "F": 36})
