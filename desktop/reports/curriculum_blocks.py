"""The curriculum's header and closing as colleges submit it: the employer's «КЕЛІСІЛДІ», the director's
БЕКІТЕМІН with the date in words and the stamp place (none on a draft), the pedagogical council's line, the
plan's facts, the summary of weeks and the signatures."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.domain.schedule import weeks_by_activity
from desktop.reports.curriculum_plan import semester_weeks
from desktop.reports.curriculum_style import GRID, SECTION_FILL, TOTAL_FILL, _Styles, wrap
from desktop.reports.finishing import date_in_words, stamp_place
from desktop.reports.labels import CHOICES, LABELS, WEEK_LEGEND, pick

LINE = "______________________"
# The compiler's line under the plan, as colleges print it (the position as DOMAIN.md's glossary words it).
COMPILED = {"kk": "Құрастырған:", "ru": "Составил:"}
DEPUTY = {"kk": "оқу ісі жөніндегі директордың орынбасары", "ru": "заместитель директора по учебной работе"}
WEEK_KINDS = ("T", "A", "P", "F", "H")
ROMAN = ("I", "II", "III", "IV", "V", "VI")  # courses as the process schedule numbers them


def is_signable(doc) -> bool:
    """Only an approved plan (or an archived one, approved before) carries signatures of approval."""
    return doc.status != "draft"


def _block(lines: list[tuple[str, bool]], s: _Styles) -> list:
    return [Paragraph(f"<b>{text}</b>" if bold else text, s.text) for text, bold in lines]


def approval_lines(doc, language: str) -> list[tuple[str, bool]]:
    when = doc.approved_at.date() if doc.approved_at else None
    return [(pick(LABELS, "approve", language), True), (pick(LABELS, "director", language), False),
            (doc.college_name, False), (f"{LINE} {doc.director}", False), (date_in_words(when, language), False),
            (stamp_place(language), False)]


def agreed_lines(doc, language: str) -> list[tuple[str, bool]]:
    position = doc.employer_position or f"{LINE} ({pick(LABELS, 'position', language)})"
    name = doc.employer_name or pick(LABELS, "full_name", language)
    return [(pick(LABELS, "agreed", language), True), (pick(LABELS, "employer", language), False),
            (position, False), (f"{LINE} {name}" if doc.employer_name else f"{LINE} ({name})", False),
            (date_in_words(None, language), False), (stamp_place(language), False)]


def header(doc, language: str, s: _Styles) -> list:
    c = doc.curriculum
    if is_signable(doc):
        left, right = _block(agreed_lines(doc, language), s), _block(approval_lines(doc, language), s)
    else:
        left, right = [], [Paragraph(f"<b>{pick(LABELS, 'draft_note', language)}</b>", s.text)]
    top = Table([[left, "", right]], colWidths=[9.5 * cm, 8.2 * cm, 10 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    months = {"9": 10, "11": 10}.get(c.entry_base, 0)
    duration = pick(LABELS, "years_months", language).format(years=c.years - 1 if months else c.years, months=months)
    quals = "; ".join(f"{code} {doc.qualification_names.get(code, '')}".strip() for code in c.qualifications)
    facts = [
        (pick(LABELS, "specialty", language), f"{c.specialty} {doc.specialty_name}"),
        (pick(LABELS, "qualifications", language), quals),
        (pick(LABELS, "entry_base", language), pick(CHOICES, c.entry_base, language)
         + (f" ({pick(LABELS, 'cognate', language)})" if c.cognate and c.entry_base == "tvet" else "")),
        (pick(LABELS, "study_form", language), pick(CHOICES, c.study_form, language)),
        (pick(LABELS, "language", language), pick(CHOICES, c.language, language)),
        (pick(LABELS, "duration", language), duration),
        (pick(LABELS, "intake", language), str(c.intake_year)),
        (pick(LABELS, "status", language), pick(CHOICES, doc.status, language)),
    ]
    info = Table([[f"{k}:", wrap(v, s.regular, 21 * cm, 9)] for k, v in facts], colWidths=[4.2 * cm, 21 * cm],
                 hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                              ("TOPPADDING", (0, 0), (-1, -1), 1), ("FONTNAME", (0, 0), (0, -1), s.bold),
                              ("FONTNAME", (1, 0), (1, -1), s.regular), ("FONTSIZE", (0, 0), (-1, -1), 9),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [top, Spacer(1, 6), Paragraph(pick(LABELS, "curriculum", language), s.title),
            Paragraph(doc.college_name, s.centered), Spacer(1, 4), info,
            Paragraph(pick(LABELS, "council", language), s.text), Spacer(1, 6)]


def weeks_summary(doc, language: str, s: _Styles) -> Table | None:
    """Weeks of each course by activity, as the schedule lays them out, with each semester's study weeks."""
    schedule = doc.curriculum.schedule
    if not schedule:
        return None
    per_semester = semester_weeks(doc.curriculum)
    head = [pick(LABELS, "year", language), pick(LABELS, "semester_weeks", language)]
    head += [pick(WEEK_LEGEND, kind, language).capitalize() for kind in WEEK_KINDS] + [pick(LABELS, "total", language)]
    # Each column as wide as the longest word of its heading ("Профессиональная"): no word leaves its cell.
    widths = [max(least, max(stringWidth(w, s.bold, 8) for w in text.split()) + 8)
              for text, least in zip(head, [1.6 * cm, 3.2 * cm] + [2.6 * cm] * len(WEEK_KINDS) + [2 * cm])]
    data = [[wrap(text, s.bold, w, 8) for text, w in zip(head, widths)]]
    totals = [0] * len(WEEK_KINDS)
    by_year = weeks_by_activity(schedule)  # as the schedule's own summary counts them
    for year in schedule:
        counts = [by_year.get(year.year, {}).get(kind, 0) for kind in WEEK_KINDS]
        totals = [a + b for a, b in zip(totals, counts)]
        semesters = " + ".join(str(per_semester.get(n, 0)) for n in (2 * year.year - 1, 2 * year.year))
        data.append([ROMAN[year.year - 1] if 0 < year.year <= len(ROMAN) else str(year.year), semesters] + [str(n) if n else "" for n in counts] + [str(sum(counts))])
    data.append([pick(LABELS, "total", language), ""] + [str(n) if n else "" for n in totals] + [str(sum(totals))])
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONTNAME", (0, 0), (-1, -1), s.regular),
                               ("FONTNAME", (0, 0), (-1, 0), s.bold), ("FONTNAME", (0, -1), (-1, -1), s.bold),
                               ("FONTSIZE", (0, 0), (-1, -1), 8), ("LEADING", (0, 0), (-1, -1), 9.5),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
                               ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL), ("SPAN", (0, -1), (1, -1))]))
    return table


def closing(doc, language: str, s: _Styles) -> KeepTogether:
    """The summary of weeks and the signatures, kept together on one page."""
    parts = []
    table = weeks_summary(doc, language, s)
    if table is not None:
        parts += [Spacer(1, 8), Paragraph(f"<b>{pick(LABELS, 'weeks_summary', language)}</b>", s.text),
                  Spacer(1, 3), table]
    return KeepTogether(parts + [compiled_by(doc, language, s)])


def compiled_by(doc, language: str, s: _Styles) -> Table:
    """«Құрастырған / Составил»: the deputy director for academic work, who compiles the working curriculum,
    signs it under the plan with the name the college profile holds (a line to write it on when it holds none)."""
    name = doc.deputy
    signed = f"{LINE} {name}" if name else f"{LINE} ({pick(LABELS, 'full_name', language)})"
    cells = [[Paragraph(f"<b>{COMPILED[language]}</b> {DEPUTY[language]}", s.text), Paragraph(signed, s.text)]]
    table = Table(cells, colWidths=[12 * cm, 10 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 14), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table
