"""Sample teacher-load documents of the demo college (used by the tests of each document and to render
docs/prints). The fulfilment figures of a sample row are made up consistent with the services' arithmetic
(domain.teacher_load.fulfilment, tested there): the report only prints and sums them."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.reports.load_data import (DepartmentSummary, FulfilmentReport, FulfilmentRow, LoadCard, LoadRow,
                                       SEMESTER_MONTHS, Signatories, TarificationList, TarifiedTeacher)

COLLEGE = {"kk": "«Алатау жоғары политехникалық колледжі» КМҚК", "ru": "КГКП «Высший политехнический колледж Алатау»"}
SIGNED = Signatories("Серікова Айгүл Маратқызы", "Ахметова Гүлнар Сейітқызы", "Жұмабеков Ерлан Бақытұлы",
                     "Омарова Динара Қанатқызы")
NAMES = ("Әбілқасымов Нұрлан Серікұлы", "Иванова Ольга Петровна", "Қайратова Әсел Бекқызы", "Ли Виктор Сергеевич",
         "Мұхамеджанов Дәурен Асқарұлы", "Петренко Анна Игоревна", "Сәрсенбаева Жанар Төлегенқызы")
SUBJECTS = {"kk": ("Математика", "Бағдарламалау негіздері", "Деректер қоры", "Қазақ тілі", "Физика",
                   "Веб-әзірлеу", "Ағылшын тілі"),
            "ru": ("Математика", "Основы программирования", "Базы данных", "Казахский язык", "Физика",
                   "Веб-разработка", "Английский язык")}
POSITION = {"kk": "оқытушы", "ru": "преподаватель"}
CATEGORIES = ("master", "expert", "moderator", "none", "researcher", "pedagogue", "moderator")


def tarification(language: str, count: int = 7, salary: bool = True, approved: bool = True) -> TarificationList:
    teachers = []
    for i in range(count):
        k = i % len(NAMES)
        name = NAMES[k] if i < len(NAMES) else f"{NAMES[k].split()[0]}-{i} {' '.join(NAMES[k].split()[1:])}"
        category = CATEGORIES[k]
        teachers.append(TarifiedTeacher(
            name, POSITION[language], SUBJECTS[language][k], "higher" if k % 3 else "master",
            "Әл-Фараби атындағы ҚазҰУ" if language == "kk" else "КазНУ им. аль-Фараби", f"ЖБ-Б {1200345 + i}",
            date(2005 + k, 6, 20), category, None if category == "none" else date(2022 + k % 3, 5, 15),
            3 + 2 * k, k % 12, Decimal(640 + 40 * k), Decimal(72 * (k % 2)) + Decimal("0.5") * (k == 3),
            Decimal("1.5") + Decimal(k) / 10, {"none": 0, "pedagogue": 0, "moderator": 30, "expert": 35,
                                               "researcher": 40, "master": 50}[category],
            Decimal("186345.50") if salary else None, "Информатика"))
    return TarificationList(COLLEGE[language], "2026–2027", teachers, 720, date(2026, 9, 1),
                            date(2026, 8, 28) if approved else None, SIGNED)


def card(language: str, rows: int = 10, rate: Decimal = Decimal("1")) -> LoadCard:
    load = []
    for i in range(rows):
        semester = 1 if i < rows / 2 else 2
        load.append(LoadRow(semester, f"ПО-{23 + i % 3}-1", f"ПМ 0{1 + i % 5}", SUBJECTS[language][i % 7],
                            theory=Decimal(36 + 2 * i), practice=Decimal(24 + i), course_project=Decimal(10 * (i % 3 == 0)),
                            consultations=Decimal(4), exams=Decimal(6 * (i % 2)),
                            practice_supervision=Decimal(12 * (i % 4 == 1)), subgroup=(1 if i == 2 else None),
                            funding="extra" if i == 4 else "budget"))
    return LoadCard(COLLEGE[language], "2026–2027", NAMES[0], POSITION[language], "Информатика", "master", rate, 720,
                    load, date(2026, 8, 28), SIGNED)


def summary(language: str, teachers: int = 5) -> DepartmentSummary:
    cards = []
    for i in range(teachers):
        base = card(language, rows=4 + 2 * i, rate=(Decimal("1.5") if i == 1 else Decimal("1")))
        cards.append(LoadCard(base.college_name, base.academic_year, NAMES[i % 7], base.position, base.department,
                              CATEGORIES[i % 7], base.rate, 720, base.rows, base.signed_on, SIGNED))
    return DepartmentSummary(COLLEGE[language], "2026–2027", "Информатика", cards, date(2026, 8, 28), SIGNED)


def fulfilment_report(language: str, semester: int | None = None, teachers: int = 4) -> FulfilmentReport:
    """Each teacher's three rows: the plan of the period, the months' hours on them (three of them given by a
    replacement on a teacher's second row) and two hours in October given in a colleague's place on every third."""
    rows = []
    semesters = (semester,) if semester else (1, 2)
    months = [m for s in semesters for m in SEMESTER_MONTHS[s]]
    for t in range(teachers):
        for j in range(3):
            plan = sum(({1: Decimal(64 + 8 * j), 2: Decimal(56 + 8 * t)}[s] for s in semesters), Decimal(0))
            given = {m: Decimal(16 + j) if m >= 9 else Decimal(10 + t) for m in months}
            taught = sum(given.values(), Decimal(0))
            rows.append(FulfilmentRow(NAMES[t % 7], f"ПО-{24 + j}-1", f"ПМ 0{1 + j}", SUBJECTS[language][(t + j) % 7],
                                      given, plan, min(plan, taught), max(plan - taught, 0), max(taught - plan, 0),
                                      Decimal(3) if j == 1 else Decimal(0),
                                      Decimal(2) if (t + j) % 3 == 0 and 10 in months else Decimal(0)))
    return FulfilmentReport(COLLEGE[language], "2026–2027", rows, semester, signed_on=date(2027, 1, 12),
                            signatories=SIGNED)


def words_over_columns(table, styles, body: bool = False) -> list[tuple[str, float, float]]:
    """Every word of a header cell of a load grid (with body, of every cell) wider than its column, or the columns
    it spans: Noto Sans is wide, and a word run over the next column, or split at a random letter, reads as nonsense.
    (word, its width, the room) for each."""
    import re

    from reportlab.pdfbase.pdfmetrics import stringWidth

    if hasattr(table, "make"):  # a long grid laid out a page at a time (load_blocks.PagedRows): its first page
        table = table.make(0, min(table.count, table.window))
    rows = table._cellvalues if body else table._cellvalues[:table.repeatRows]
    cells = [list(row) for row in rows]  # before the layout wraps them up
    table.wrap(10_000, 10_000)  # lays out the spans
    found = []
    for r, row in enumerate(cells):
        for c, cell in enumerate(row):
            if not hasattr(cell, "text"):
                continue
            span = table._spanRanges.get((c, r))
            first, last = (span[0], span[2]) if span else (c, c)
            room = sum(table._colWidths[first:last + 1]) - 5  # less the cell's paddings and a point of air
            font = styles.bold if r < table.repeatRows else cell.style.fontName
            for line in cell.text.split("<br/>"):
                for piece in re.sub(r"<[^>]+>", "", line).split():
                    width = stringWidth(piece, font, cell.style.fontSize)
                    if width > room:
                        found.append((piece, round(width, 1), round(room, 1)))
    return found
