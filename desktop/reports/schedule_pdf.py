"""The process schedule (оқу процесінің кестесі / график учебного процесса) as a document of its own: on its own
landscape page, with its own approval by the director (MR l.214: the head of the organisation approves it),
the college and the curriculum it belongs to, the 52 weeks of each course under its own months and dates counted
from 1 September of that course's study year, week codes in the document's language, their legend and a summary
of weeks per activity and year counted on the printed grid itself."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, PageBreakIfNotEmpty, Paragraph, Spacer, Table, TableStyle

from desktop.domain.schedule import ACTIVITIES, month_spans, semester_weeks, week_start_days, weeks_by_activity
from desktop.reports import finishing
from desktop.reports.curriculum_identity import plan_name
from desktop.reports.fonts import register_fonts

WIDTH = 26.5 * cm  # fits landscape A4 within the 1.5 cm margins of finishing.build and the curriculum print's 1 cm
GRID = colors.HexColor("#9e9e9e")
HEAD_FILL = colors.HexColor("#e8eef7")
TOTAL_FILL = colors.HexColor("#f2f2f2")
FILL = {"T": colors.white, "A": colors.HexColor("#fff2a8"), "P": colors.HexColor("#c8e6c9"),
        "H": colors.HexColor("#bbdefb"), "F": colors.HexColor("#ffccbc"), "-": colors.HexColor("#eeeeee")}

# The week codes as printed, (Kazakh, Russian). None of the available sources spells out a legend of one- or
# two-letter week codes; the attestation codes are the plan's own row codes, which the recommendations give in
# both languages (АА / ПА, ҚА / ИА, as finishing.RUSSIAN_CODES maps them), practice is the plan's "КП" row
# (ПП in Russian, as finishing maps it). Т for theory in both languages and Д (демалыс) / К (каникулы) for
# holidays are the usual schedule letters but UNCONFIRMED by any text at hand.
CODES = {"T": ("Т", "Т"), "P": ("КП", "ПП"), "A": ("АА", "ПА"), "F": ("ҚА", "ИА"), "H": ("Д", "К"), "-": ("", "")}
# The parts of the schedule as MR l.216-218 names them (Kazakh) and DOMAIN.md's glossary gives them in Russian.
NAMES = {
    "T": ("теориялық оқыту (академиялық кезең)", "теоретическое обучение (академический период)"),
    "P": ("кәсіптік практика / өндірістік оқыту", "профессиональная практика / производственное обучение"),
    "A": ("аралық аттестаттау", "промежуточная аттестация"),
    "F": ("қорытынды аттестаттау", "итоговая аттестация"),
    "H": ("демалыс", "каникулы"),
    "-": ("белгіленбеген", "не указано"),
}
MONTH_NAMES = {
    "kk": ("Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз", "Қыркүйек", "Қазан",
           "Қараша", "Желтоқсан"),
    "ru": ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
           "Ноябрь", "Декабрь"),
}
TEXT = {
    "title": ("ОҚУ ПРОЦЕСІНІҢ КЕСТЕСІ", "ГРАФИК УЧЕБНОГО ПРОЦЕССА"),
    "approve": ("БЕКІТЕМІН", "УТВЕРЖДАЮ"),
    "director": ("Колледж директоры", "Директор колледжа"),
    "specialty": ("Мамандық", "Специальность"),
    "qualifications": ("Біліктілік", "Квалификация"),
    "curriculum": ("Жұмыс оқу жоспары", "Рабочий учебный план"),
    "years": ("Оқу жылдары", "Годы обучения"),
    "course": ("Курс", "Курс"),
    "months": ("Айлар", "Месяцы"),
    "days": ("Күні", "Числа"),
    # the row of a course's week codes; "оқу кезеңдері" (the periods of study) is this app's wording
    "codes": ("Кезеңдер", "Периоды"),
    "weeks": ("Апта", "Неделя"),
    "legend": ("Шартты белгілер", "Условные обозначения"),
    "summary": ("Уақыт бюджеті бойынша жиынтық деректер (аптамен)", "Сводные данные по бюджету времени (в неделях)"),
    "autumn": ("1-семестр", "1-й семестр"),
    "spring": ("2-семестр", "2-й семестр"),
    "total": ("Барлығы", "Всего"),
    "grand_total": ("Жиыны", "Итого"),
}
ROMAN = ("I", "II", "III", "IV", "V", "VI")


def _t(key: str, language: str) -> str:
    kk, ru = TEXT[key]
    return ru if language == "ru" else kk


def code(letter: str, language: str) -> str:
    kk, ru = CODES.get(letter, ("", ""))
    return ru if language == "ru" else kk


def _name(letter: str, language: str) -> str:
    kk, ru = NAMES[letter]
    return ru if language == "ru" else kk


class _Styles:
    def __init__(self):
        self.regular, self.bold = register_fonts()
        self.text = ParagraphStyle("sched_text", fontName=self.regular, fontSize=9, leading=11.5)
        self.centred = ParagraphStyle("sched_centred", parent=self.text, alignment=TA_CENTER)
        self.approval = ParagraphStyle("sched_approval", parent=self.text, alignment=TA_RIGHT, leading=13)
        self.head = ParagraphStyle("sched_head", fontName=self.bold, fontSize=7, leading=8.5, alignment=TA_CENTER)
        self.title = ParagraphStyle("sched_title", fontName=self.bold, fontSize=13, leading=16, alignment=TA_CENTER,
                                    spaceAfter=3)


def is_approved(doc) -> bool:
    return doc.status == "approved" and doc.approved_at is not None


def _approval(doc, language: str, s: _Styles) -> list:
    """БЕКІТЕМІН / УТВЕРЖДАЮ with the director's title, name, the date in words and the stamp place; nothing
    signable on a draft (its pages carry the DRAFT mark instead)."""
    if not is_approved(doc):
        return []
    name = doc.director or doc.approved_by
    lines = [f"<b>{_t('approve', language)}</b>", _t("director", language), f"__________ {name}",
             finishing.date_in_words(doc.approved_at.date(), language), finishing.stamp_place(language)]
    return [Paragraph("<br/>".join(lines), s.approval)]


def _heading(doc, language: str, s: _Styles) -> list:
    c = doc.curriculum
    top = Table([[Paragraph(f"<b>{doc.college_name}</b>", s.text), _approval(doc, language, s)]],
                colWidths=[WIDTH - 9 * cm, 9 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    quals = "; ".join(f"{q} {doc.qualification_names.get(q, '')}".strip() for q in c.qualifications)
    facts = [f"<b>{_t('specialty', language)}:</b> {c.specialty} {doc.specialty_name}".strip(),
             f"<b>{_t('qualifications', language)}:</b> {quals}",
             f"<b>{_t('curriculum', language)}:</b> {escape(plan_name(doc, language))}",
             f"<b>{_t('years', language)}:</b> {c.intake_year}–{c.intake_year + c.years}"]
    return [top, Spacer(1, 4), Paragraph(_t("title", language), s.title),
            Paragraph("<br/>".join(facts), s.centred), Spacer(1, 6)]


@dataclass(frozen=True)
class CourseCalendar:
    """One course's row of weeks with its own calendar: week 1 starts on 1 September of its own study year
    (intake year + course - 1), so the months over its weeks and the days they start on are that year's."""

    label: str  # I, II, ...
    start_year: int
    months: list[str]  # the month's name over the week it starts in, "" over the rest of its weeks
    spans: list[tuple[int, int]]  # (first week, last week) of each month, weeks counted from 1
    days: list[str]  # the day of the month each week starts on
    codes: list[str]  # the week codes in the document's language


def grid_weeks(doc) -> int:
    return max(52, *(len(year.weeks) for year in doc.curriculum.schedule))


def course_calendars(doc, language: str) -> list[CourseCalendar]:
    weeks = grid_weeks(doc)
    calendars = []
    for year in doc.curriculum.schedule:
        start = doc.curriculum.intake_year + year.year - 1
        spans = month_spans(start, weeks)
        months = [""] * weeks
        for month, first, _last in spans:
            months[first - 1] = MONTH_NAMES[language][month - 1]
        calendars.append(CourseCalendar(
            ROMAN[year.year - 1] if 0 < year.year <= len(ROMAN) else str(year.year), start, months,
            [(first, last) for _month, first, last in spans], [str(day) for day in week_start_days(start, weeks)],
            [code(letter, language) for letter in year.weeks.ljust(weeks, "-")]))
    return calendars


def grid_cells(doc, language: str) -> list[list[str]]:
    """The grid as text: the week numbers, then for each course three rows (its months, the days its weeks
    start on, its week codes), the course and its study years on the left over the three."""
    weeks = grid_weeks(doc)
    rows = [[_t("course", language), _t("weeks", language)] + [str(n) for n in range(1, weeks + 1)]]
    for course in course_calendars(doc, language):
        rows += [[f"{course.label}\n{course.start_year}–{course.start_year + 1}", _t("months", language)]
                 + course.months,
                 ["", _t("days", language)] + course.days,
                 ["", _t("codes", language)] + course.codes]
    return rows


LABELS = 2  # the course's and the row's label columns before the weeks


def _grid(doc, language: str, s: _Styles) -> Table:
    cells = grid_cells(doc, language)
    weeks = len(cells[0]) - LABELS
    styles = [("GRID", (0, 0), (-1, -1), 0.3, GRID), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, 0), (-1, -1), s.regular, 6),
              ("FONT", (0, 0), (0, -1), s.bold, 6.5), ("FONT", (0, 0), (-1, 0), s.bold, 6),
              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
              ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("BACKGROUND", (0, 1), (1, -1), HEAD_FILL)]
    heights = [0.4 * cm]
    for n, (course, year) in enumerate(zip(course_calendars(doc, language), doc.curriculum.schedule)):
        months, days, codes = 1 + 3 * n, 2 + 3 * n, 3 + 3 * n
        heights += [0.38 * cm, 0.34 * cm, 0.46 * cm]
        styles += [("SPAN", (0, months), (0, codes)), ("BACKGROUND", (LABELS, months), (-1, days), HEAD_FILL),
                   ("FONT", (LABELS, months), (-1, months), s.bold, 6),
                   ("FONT", (LABELS, codes), (-1, codes), s.bold, 6),
                   # a heavier line between courses, so each course's calendar reads as its own
                   ("LINEABOVE", (0, months), (-1, months), 0.9, colors.black)]
        styles += [("SPAN", (LABELS + first - 1, months), (LABELS + last - 1, months))
                   for first, last in course.spans]
        for column, letter in enumerate(year.weeks.ljust(weeks, "-"), start=LABELS):
            if letter != "T":
                styles.append(("BACKGROUND", (column, codes), (column, codes), FILL.get(letter, FILL["-"])))
    labels = [1.3 * cm, 1.2 * cm]
    table = Table(cells, colWidths=labels + [(WIDTH - sum(labels)) / weeks] * weeks, rowHeights=heights,
                  repeatRows=1)
    table.setStyle(TableStyle(styles))
    return table


def _legend(doc, language: str, s: _Styles) -> Table:
    used = {letter for year in doc.curriculum.schedule for letter in year.weeks}
    letters = [letter for letter in ACTIVITIES] + (["-"] if "-" in used else [])
    cells, styles = [], []
    for i, letter in enumerate(letters):
        cells += [code(letter, language), Paragraph(_name(letter, language), s.text)]
        styles.append(("BACKGROUND", (2 * i, 0), (2 * i, 0), FILL[letter]))
        styles.append(("BOX", (2 * i, 0), (2 * i, 0), 0.3, GRID))
    # each name as wide as its words need, so the long ones (practice / production training) take two lines at most
    box = 0.8 * cm
    least = [max(stringWidth(word, s.regular, 9) for word in _name(letter, language).split()) + 12
             for letter in letters]  # never a word broken inside
    more = [stringWidth(_name(letter, language), s.regular, 9) + 12 - w for letter, w in zip(letters, least)]
    spare = WIDTH - box * len(letters) - sum(least)
    widths = [w + spare * m / sum(more) if sum(more) else w for w, m in zip(least, more)]
    table = Table([cells], colWidths=[w for width in widths for w in (box, width)], hAlign="LEFT")
    table.setStyle(TableStyle(styles + [("FONT", (0, 0), (-1, -1), s.bold, 8), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def summary_cells(doc, language: str) -> list[list[str]]:
    """Weeks per activity and course, and the weeks of study of each semester, counted on the grid; the last
    column and the last row are totals."""
    schedule = doc.curriculum.schedule
    counts = weeks_by_activity(schedule)
    letters = list(ACTIVITIES) + (["-"] if any(c["-"] for c in counts.values()) else [])
    head = [_t("course", language), _t("autumn", language), _t("spring", language)]
    head += [f"{code(letter, language)} {_name(letter, language)}".strip() for letter in letters]
    rows = [head + [_t("total", language)]]
    totals = [0] * (len(letters) + 3)
    for year in schedule:
        figures = [*semester_weeks(year.weeks), *(counts[year.year][letter] for letter in letters)]
        figures.append(sum(counts[year.year].values()))
        totals = [a + b for a, b in zip(totals, figures)]
        course = ROMAN[year.year - 1] if 0 < year.year <= len(ROMAN) else str(year.year)
        rows.append([course] + [str(n) for n in figures])
    rows.append([_t("grand_total", language)] + [str(n) for n in totals])
    return rows


def _summary(doc, language: str, s: _Styles) -> Table:
    cells = summary_cells(doc, language)
    columns = len(cells[0])
    data = [[Paragraph(text, s.head) for text in cells[0]]] + cells[1:]
    # the course, the two semesters and the total are short figures; the activities' long names share the rest
    narrow = [1.8 * cm, 2.2 * cm, 2.2 * cm]
    wide = (WIDTH - sum(narrow) - 2 * cm) / (columns - 4)
    widths = narrow + [wide] * (columns - 4) + [2 * cm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONT", (0, 1), (-1, -1), s.regular, 8.5),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                               ("FONT", (0, -1), (-1, -1), s.bold, 8.5), ("FONT", (-1, 1), (-1, -1), s.bold, 8.5)]))
    return table


def schedule_flowables(doc, language: str, s=None) -> list:
    """The schedule for the curriculum print: it opens a page of its own (a PageBreakIfNotEmpty, so a caller's
    own page break does not leave a blank page) and holds nothing else; the caller breaks the page after it.
    `s` is accepted for the old call's sake and not used: the schedule keeps its own styles."""
    if not doc.curriculum.schedule:
        return []
    st = _Styles()
    body = [_grid(doc, language, st), Spacer(1, 5), Paragraph(f"<b>{_t('legend', language)}:</b>", st.text),
            _legend(doc, language, st), Spacer(1, 8), Paragraph(f"<b>{_t('summary', language)}</b>", st.text),
            Spacer(1, 2), _summary(doc, language, st)]
    return [PageBreakIfNotEmpty(), *_heading(doc, language, st), KeepTogether(body)]


def build_schedule_pdf(path: Path, doc, language: str) -> None:
    """The schedule printed alone, with page X of Y, the college and curriculum on every page and, for a plan
    not yet approved, the DRAFT mark."""
    title = _t("title", language)
    plan = plan_name(doc, language)
    identity = " · ".join(part for part in (doc.college_name, title.capitalize(), plan) if part)
    story = schedule_flowables(doc, language)[1:]
    finishing.build(path, story, language, identity, title=f"{title} — {plan}",
                    pagesize=landscape(A4), draft=not is_approved(doc), margins=1.2 * cm)
