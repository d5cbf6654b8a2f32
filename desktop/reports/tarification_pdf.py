"""The tarification list in Kazakh or Russian, as the chief accountant pays from it: landscape A4, the
director's approval at the top, per teacher the name, position and subject, education and diploma, category
with its date, experience, the year's hours from the budget and from extra-budgetary income, the rates they
make, the coefficients and the month's pay when the salary of a rate is known; totals, then the chief
accountant's and the deputy director's signatures under the table. The three header rows (the second names
the parts of the grouped columns, the third numbers the columns) repeat on every page.

The month's pay for the load is the salary of one rate × the year's hours / the hours of a rate, and the
category surcharge a percent of it: the method a teachers' union shows for Decree No. 1193 (see
resources/load/norms-2021.json, "surcharge_base"), not confirmed against the act's text."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from desktop.paths import owner_only
from desktop.reports import finishing
from desktop.reports.load_blocks import (LoadStyles, approval, build, esc, fitted, hours, load_grid, signatures,
                                         top)
from desktop.reports.load_data import TarificationList, TarifiedTeacher
from desktop.reports.load_labels import category_name, education_name, head_word, word

# the widest word of each header fits its column (Noto Sans is wide), and so does «производственного» of a master's
# position; a long category name breaks after «педагог-», and the pay columns hold a whole college's totals (43 362 559,40)
WIDTHS = [0.6, 2.45, 2.6, 2.8, 2.4, 1.4, 1.4, 1.5, 1.4, 1.5, 1.3, 1.45, 1.5, 1.8, 1.8, 1.8]
COLUMNS = len(WIDTHS)
TIYN = Decimal("0.01")


def rates(hours_total, norm) -> Decimal:
    return (Decimal(str(hours_total)) / Decimal(str(norm))).quantize(TIYN, rounding=ROUND_HALF_UP)


def total_rates(doc: TarificationList) -> Decimal:
    """The rates' total as the rows print them (each rounded to 0,01), so that the column adds up on paper: the
    rates of the hours' total may differ from it by a hundredth or two."""
    return sum((rates(t.hours_total, doc.norm_hours) for t in doc.teachers), Decimal(0))


def pay(teacher: TarifiedTeacher, norm) -> tuple[Decimal, Decimal, Decimal] | None:
    """The month's pay for the load, the category surcharge and their sum, to the tiyn; None without a salary."""
    if teacher.salary_per_rate is None:
        return None
    load = (Decimal(str(teacher.salary_per_rate)) * Decimal(str(teacher.hours_total))
            / Decimal(str(norm))).quantize(TIYN, rounding=ROUND_HALF_UP)
    surcharge = (load * Decimal(str(teacher.category_percent or 0)) / 100).quantize(TIYN, rounding=ROUND_HALF_UP)
    return load, surcharge, load + surcharge


def _head(language: str, s: LoadStyles) -> tuple[list[list], list]:
    w = lambda key: Paragraph(head_word(key, language), s.head)  # noqa: E731
    first = [w("number"), w("name"), w("position"), w("education"), w("category"), w("experience"),
             w("hours_year"), "", "", w("rates"), w("coefficients"), "", w("pay"), "", "", ""]
    second = ["", "", "", "", "", "", w("budget"), w("extra"), w("total"), "", w("by_experience"),
              w("category_percent"), w("per_rate"), w("for_load"), w("for_category"), w("pay_total")]
    numbers = [str(n) for n in range(1, COLUMNS + 1)]
    spans = [((c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 5, 9)]
    spans += [((6, 0), (8, 0)), ((10, 0), (11, 0)), ((12, 0), (15, 0))]
    return [first, second, numbers], spans


def _money(value) -> str:
    return "" if value is None else finishing.number(value, 2)


def _line(index: int, t: TarifiedTeacher, doc: TarificationList, language: str, s: LoadStyles) -> list:
    cell = lambda text, column: Paragraph(fitted(text, WIDTHS[column] * cm, s), s.cell)  # noqa: E731
    diploma = " ".join(part for part in (f"№ {t.diploma_number}" if t.diploma_number else "",
                                          finishing.short_date(t.diploma_date)) if part)
    education = ", ".join(part for part in (education_name(t.education, language), t.institution, diploma)
                          if part)
    category = fitted(category_name(t.category, language), WIDTHS[4] * cm, s)
    if t.category_date:
        category += f"<br/>{finishing.short_date(t.category_date)}"
    position = f"{t.position}, {t.subjects}" if t.subjects else t.position
    experience = word("experience_value", language).format(years=t.experience_years, months=t.experience_months)
    money = pay(t, doc.norm_hours)
    return [str(index), cell(t.name, 1), cell(position, 2), cell(education, 3), Paragraph(category, s.cell),
            cell(experience, 5), hours(t.hours_budget), hours(t.hours_extra), hours(t.hours_total),
            finishing.number(rates(t.hours_total, doc.norm_hours), 2),
            "" if t.experience_coefficient is None else finishing.figure(t.experience_coefficient),
            "" if t.category_percent is None else finishing.figure(t.category_percent),
            _money(t.salary_per_rate), *(_money(v) for v in (money or (None, None, None)))]


def _total(doc: TarificationList, language: str, s: LoadStyles) -> list:
    teachers = doc.teachers
    budget = sum((t.hours_budget for t in teachers), 0)
    extra = sum((t.hours_extra for t in teachers), 0)
    paid = [p for p in (pay(t, doc.norm_hours) for t in teachers) if p]
    sums = [sum((p[i] for p in paid), Decimal(0)) for i in range(3)] if paid else [None, None, None]
    count = word("teachers_count", language).format(count=len(teachers))
    return ["", Paragraph(f"<b>{word('grand_total', language)}</b><br/>{count}", s.cell), "", "", "", "",
            hours(budget),
            hours(extra), hours(budget + extra), finishing.number(total_rates(doc), 2), "", "",
            "", *(_money(v) for v in sums)]  # the salary of a rate is not summed: it is no amount paid


def tarification_flowables(doc: TarificationList, language: str, s: LoadStyles | None = None) -> list:
    s = s or LoadStyles(7)
    left = [Paragraph(f"<b>{esc(doc.college_name)}</b>", s.left)]
    if doc.as_of:
        left.append(Paragraph(word("as_of", language).format(date=finishing.short_date(doc.as_of)), s.left))
    story = [top(left, approval(doc.signatories.director, doc.approved_on, language, s), s), Spacer(1, 4),
             Paragraph(word("tarification", language), s.title),
             Paragraph(word("tarification_of", language).format(year=doc.academic_year), s.centred),
             Paragraph(word("norm_line", language).format(hours=hours(doc.norm_hours)), s.centred), Spacer(1, 6)]
    head, spans = _head(language, s)
    body = [_line(i, t, doc, language, s) for i, t in enumerate(doc.teachers, start=1)]
    body.append(_total(doc, language, s))
    signed = signatures([(word("chief_accountant", language), doc.signatories.chief_accountant),
                         (word("deputy_director", language), doc.signatories.deputy_director)],
                        language, s, doc.approved_on, stamp=True)
    story.append(load_grid(head, body, [w * cm for w in WIDTHS], s, spans=spans, totals=(len(body) - 1,),
                           signatures=signed, numbers_from=6))
    return story


def build_tarification_pdf(path: Path, doc: TarificationList, language: str) -> None:
    """The list on as many landscape pages as it takes; the college, the document and the year on every page."""
    identity = f"{doc.college_name} — {word('tarification', language)}, {doc.academic_year}"
    build(path, tarification_flowables(doc, language), language, identity, word("tarification", language),
          draft=doc.draft)
    owner_only(path)  # names, diplomas and pay of the staff
