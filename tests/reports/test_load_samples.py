"""Sample teacher-load documents of the demo college (used by the tests of each document and to render
docs/prints), and the fulfilment arithmetic every report prints: done, not done and over plan."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, strategies as st

from desktop.reports.load_data import (DepartmentSummary, FulfilmentReport, FulfilmentRow, LoadCard, LoadRow,
                                       Signatories, TarificationList, TarifiedTeacher, fulfilment)

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
    rows = []
    for t in range(teachers):
        for j in range(3):
            planned = {1: Decimal(64 + 8 * j), 2: Decimal(56 + 8 * t)}
            actual = {m: Decimal(16 + j) for m in (9, 10, 11, 12)}
            actual.update({m: Decimal(10 + t) for m in (1, 2, 3, 4, 5, 6)})
            replacements = {10: Decimal(2)} if (t + j) % 3 == 0 else {}
            rows.append(FulfilmentRow(NAMES[t % 7], f"ПО-{24 + j}-1", f"ПМ 0{1 + j}", SUBJECTS[language][(t + j) % 7],
                                      planned, actual, replacements))
    return FulfilmentReport(COLLEGE[language], "2026–2027", rows, semester, signed_on=date(2027, 1, 12),
                            signatories=SIGNED)


hours_ = st.decimals(min_value=0, max_value=200, places=1)


@given(planned=st.dictionaries(st.sampled_from([1, 2]), hours_),
       actual=st.dictionaries(st.integers(min_value=1, max_value=12), hours_),
       replacements=st.dictionaries(st.integers(min_value=1, max_value=12), hours_),
       semester=st.sampled_from([None, 1, 2]))
def test_done_plus_not_done_minus_over_is_the_plan_and_replacements_stay_apart(planned, actual, replacements,
                                                                                 semester):
    report = FulfilmentReport("", "", [], semester)
    row = FulfilmentRow("", "", "", "", planned, actual, replacements)
    f = fulfilment(row, report.months, report.semesters)
    assert f.done == sum(actual.get(m, 0) for m in report.months)
    assert f.plan == sum(planned.get(s, 0) for s in report.semesters)
    assert f.done + f.not_done - f.over_plan == f.plan
    assert min(f.not_done, f.over_plan) == 0
    assert f.replacements == sum(replacements.get(m, 0) for m in report.months)
