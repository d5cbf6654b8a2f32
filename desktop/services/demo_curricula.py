"""The demo college's working curricula: approved ones for the 9- and 11-grade bases, one with two
worker qualifications, and a draft with findings to fix."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from desktop.domain.curriculum import Curriculum, Row, SemesterLoad, Section
from desktop.domain.templates import assemble, halves, module_rows, starting_curriculum
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


def software_on_9_grades(language: str = "kk") -> Curriculum:
    rules = curricula.rule_set_for(Curriculum("06130100", (), "9", language, intake_year=2025))
    start = starting_curriculum("06130100", ("3W06130102", "4S06130103"), "9", language, 4, rules)
    quals = ["3W06130102", "3W06130102", "4S06130103", "4S06130103", "4S06130103"]
    built = assemble(start, _modules(quals, [[144] * 4] * 5), 432, 180)
    return replace(built, title="06130100 Бағдарламалық қамтамасыз ету, 9 сынып негізінде, 2025")


def web_designer_on_11_grades() -> Curriculum:
    rules = curricula.rule_set_for(Curriculum("06130100", (), "11", "ru", intake_year=2026))
    start = starting_curriculum("06130100", ("3W06130102",), "11", "ru", 2, rules, intake_year=2026)
    hours = [[144, 132, 132], [144, 132, 132], [144, 132, 132], [144, 132, 144]]
    built = assemble(start, _modules(["3W06130102"] * 4, hours), 432, 144)
    return replace(built, title="06130100 Веб-дизайнер, на базе 11 классов, 2026")


def two_worker_qualifications() -> Curriculum:
    rules = curricula.rule_set_for(Curriculum("06130100", (), "9", "ru", intake_year=2024))
    start = starting_curriculum("06130100", ("3W06130101", "3W06130102", "4S06130103"), "9", "ru", 4, rules,
                                intake_year=2024)
    quals = ["3W06130101", "3W06130102", "4S06130103", "4S06130103", "4S06130103"]
    hours = [[144] * 4] * 4 + [[144, 144, 144, 120]]
    built = assemble(start, _modules(quals, hours), 432, 180)
    return replace(built, title="06130100 Программное обеспечение, две рабочие квалификации, 2024")


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
    for curriculum in (software_on_9_grades(), web_designer_on_11_grades(), two_worker_qualifications()):
        curricula.approve(db, curricula.create(db, curriculum), director, approval_day(curriculum))
    curricula.create(db, draft_with_findings())
