"""The demo college's working curricula: approved ones for the 9- and 11-grade bases in Kazakh and Russian (the
Russian one the dual group's, with production training at the enterprise), and a draft with findings to fix.
Every qualification is in the starting classifier of resources/classifier, so the college's classifier knows it."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from desktop.domain.curriculum import Control, Curriculum, Row, SemesterLoad, Section
from desktop.domain.templates import assemble, halves, module_rows, schedule_for, starting_curriculum
from desktop.services import curricula
from desktop.services.database import Database

MODULES = (
    ("Компьютерлік жүйелерді баптау және қызмет көрсету", "Настройка и обслуживание компьютерных систем"),
    ("Веб-беттерді жобалау және безендіру", "Проектирование и оформление веб-страниц"),
    ("Алгоритмдеу және бағдарламалау негіздері", "Основы алгоритмизации и программирования"),
    ("Деректер қорын әзірлеу", "Разработка баз данных"),
    ("Бағдарламалық қамтамасыз етуді әзірлеу және тестілеу", "Разработка и тестирование программного обеспечения"),
)

# The learning outcomes of each module, worded as the standards word them: what the student learns to do.
OUTCOMES = (
    (("Компьютерлік жүйелердің аппараттық құрамын анықтау", "Определять аппаратный состав компьютерных систем"),
     ("Операциялық жүйелер мен қолданбалы бағдарламаларды орнату және баптау",
      "Устанавливать и настраивать операционные системы и прикладные программы"),
     ("Жергілікті желіні құру және әкімшілендіру", "Создавать и администрировать локальную сеть"),
     ("Компьютерлік техникаға қызмет көрсету және ақауларын жою",
      "Обслуживать компьютерную технику и устранять её неисправности")),
    (("Гипермәтіндік белгілеу тілінде веб-беттердің құрылымын жасау",
      "Создавать структуру веб-страниц на языке гипертекстовой разметки"),
     ("Веб-беттерді каскадтық стиль кестелерімен безендіру", "Оформлять веб-страницы каскадными таблицами стилей"),
     ("Веб-сайттың графикалық элементтерін әзірлеу", "Разрабатывать графические элементы веб-сайта"),
     ("Веб-сайтты жариялау және сүйемелдеу", "Публиковать и сопровождать веб-сайт")),
    (("Есептерді шешу алгоритмдерін құрастыру", "Составлять алгоритмы решения задач"),
     ("Жоғары деңгейлі тілде бағдарламалар жазу", "Писать программы на языке высокого уровня"),
     ("Деректер құрылымдарымен жұмыс істеу", "Работать со структурами данных"),
     ("Бағдарламаларды жөндеу және тестілеу", "Отлаживать и тестировать программы")),
    (("Деректер қорының құрылымын жобалау", "Проектировать структуру базы данных"),
     ("Құрылымдық сұраныстар тілінде сұраныстар құру", "Составлять запросы на языке структурированных запросов"),
     ("Деректер қорын басқару жүйесін әкімшілендіру", "Администрировать систему управления базами данных"),
     ("Деректердің қауіпсіздігі мен сақталуын қамтамасыз ету", "Обеспечивать безопасность и сохранность данных")),
    (("Бағдарламалық қамтамасыз етуге қойылатын талаптарды талдау",
      "Анализировать требования к программному обеспечению"),
     ("Объектіге бағытталған бағдарламалау әдістерін қолдану",
      "Применять методы объектно-ориентированного программирования"),
     ("Бағдарламалық қамтамасыз етуді тестілеу және құжаттау",
      "Тестировать и документировать программное обеспечение"),
     ("Бағдарламалық өнімді енгізу және сүйемелдеу", "Внедрять и сопровождать программный продукт")),
)


def _modules(quals: list[str], hours: list[list[int]]) -> list[Row]:
    rows = []
    for number, (qualification, outcome_hours) in enumerate(zip(quals, hours), start=1):
        kk, ru = MODULES[number - 1]
        rows += module_rows(number, qualification, outcome_hours, kk, ru, list(OUTCOMES[number - 1]))
    return rows


# The weekly load the demo's schedules are laid out at: 36 academic hours, so a semester of 20 weeks holds
# 720 hours (30 credits) and a study year of 40 weeks its 60 credits (MR l.263-267).
WEEK_HOURS = 36
SEMESTER_HOURS = 20 * WEEK_HOURS
# A qualification exam of 36 hours (1,5 credits): one whole week of the schedule, never a part of one.
QUALIFICATION_EXAM_HOURS = 36


def _laid_out(start: Curriculum, professional: list[Row], practice_hours: int) -> Curriculum:
    """The plan laid out so that every semester's weeks hold exactly its hours at WEEK_HOURS a week: each
    semester but the last closes with a week of intermediate attestation that the plan's АА row carries (36 h;
    exams are its form), the qualification exam takes a whole week, classes fill the other weeks and the last
    semester holds the practice and the final attestation. So the schedule's 20 weeks of a semester carry the
    plan's 720 hours, never 21 weeks for 720."""
    start = replace(start, rows=tuple(
        replace(row, hours=QUALIFICATION_EXAM_HOURS) if row.section is Section.INTERMEDIATE and row.qualification
        else row for row in start.rows))
    built = assemble(start, professional, practice_hours, 0, semester_hours=SEMESTER_HOURS - WEEK_HOURS)
    last = 2 * built.years
    attestation = replace(built.row("ia"), hours=WEEK_HOURS * (last - 1), semesters=tuple(
        SemesterLoad(semester, WEEK_HOURS, Control.EXAM) for semester in range(1, last)))
    laid = replace(built, rows=tuple(attestation if row.id == "ia" else row for row in built.rows))
    return replace(laid, schedule=schedule_for(laid))


def software_on_9_grades(language: str = "kk") -> Curriculum:
    rules = curricula.rule_set_for(Curriculum("06130100", (), "9", language, intake_year=2025))
    start = starting_curriculum("06130100", ("3W06130102", "4S06130103"), "9", language, 4, rules)
    quals = ["3W06130102", "3W06130102", "4S06130103", "4S06130103", "4S06130103"]
    built = _laid_out(start, _modules(quals, [[144] * 4] * 4 + [[144, 144, 144, 168]]), 432)
    title = ("06130100 Программное обеспечение, на базе 9 классов, 2025" if language == "ru"
             else "06130100 Бағдарламалық қамтамасыз ету, 9 сынып негізінде, 2025")
    return replace(built, title=title)


def web_designer_on_11_grades() -> Curriculum:
    rules = curricula.rule_set_for(Curriculum("06130100", (), "11", "ru", intake_year=2026))
    start = starting_curriculum("06130100", ("3W06130102",), "11", "ru", 2, rules, intake_year=2026)
    built = _laid_out(start, _modules(["3W06130102"] * 4, [[144, 132, 132]] * 4), 432)
    return replace(built, title="06130100 Веб-дизайнер, на базе 11 классов, 2026")


# Production training at the enterprise that the dual group's contracts take (desktop.services.demo_dual):
# the modules of course II (semesters 3 and 4) and the hours of each held at the enterprise.
DUAL_PRODUCTION = {"m1": 216, "m2": 144}
PRODUCTION_PER_OUTCOME = 72


def dual_software_on_9_grades() -> Curriculum:
    """The Russian-medium 9-grade plan of the dual group (25ПО-21р): the same programme as the Kazakh one,
    with production training in the modules its dual-training contracts hold at the enterprise in course II,
    half of each such outcome's hours (the rest split between theory and practical lessons)."""
    plan = software_on_9_grades("ru")
    left = dict(DUAL_PRODUCTION)
    rows = []
    for row in plan.rows:
        if left.get(row.parent, 0) > 0 and {load.semester for load in row.semesters} <= {3, 4}:
            take = min(PRODUCTION_PER_OUTCOME, left[row.parent], row.hours)
            left[row.parent] -= take
            theory = (row.hours - take) // 2
            row = replace(row, production=take, theory=theory, practice=row.hours - take - theory)
        rows.append(row)
    if any(left.values()):  # the demo's layout moved a module out of course II: the contracts would not fit
        raise ValueError(f"production training left unplaced: {left}")
    return replace(plan, rows=tuple(rows),
                   title="06130100 Программное обеспечение, на базе 9 классов, дуальное обучение, 2025")


def draft_with_findings() -> Curriculum:
    """A copy of the 9-grade plan being reworked: self-knowledge back in, БМ 2 lost, a heavy first year."""
    valid = software_on_9_grades("ru")
    rows = []
    for row in valid.rows:
        if row.id == "b2":
            continue
        if row.subject == "graphics_and_design":
            row = replace(row, name_kk="Өзін-өзі тану", name_ru="Самопознание", subject=None)
        if row.id == "g1":
            row = replace(row, hours=120, credits=5, semesters=(SemesterLoad(1, 120),), **halves(120))
        rows.append(row)
    elective = Row("f1", Section.ELECTIVES, "Ф 01", "Робототехника", "Робототехника", 32,
                   semesters=(SemesterLoad(3, 32),), **halves(32))
    return replace(valid, rows=tuple(rows) + (elective,), intake_year=2026,
                   title="06130100 Программное обеспечение, проект на 2026 (черновик)")


def approval_day(curriculum: Curriculum) -> datetime:
    """The demo's plans were approved in June, before their intake began study on 1 September."""
    return datetime(curriculum.intake_year, 6, 20, 11, 0)


def add_demo_curricula(db: Database, director: str) -> None:
    for curriculum in (software_on_9_grades(), web_designer_on_11_grades(), dual_software_on_9_grades()):
        curricula.approve(db, curricula.create(db, curriculum), director, approval_day(curriculum))
    curricula.create(db, draft_with_findings())
