"""The demo college's working curricula: approved ones for the 9- and 11-grade bases, one with two
worker qualifications, and a draft with findings to fix."""
from __future__ import annotations

from dataclasses import replace

from desktop.domain.curriculum import Curriculum, Row, SemesterLoad, Section
from desktop.domain.templates import assemble, module_rows, starting_curriculum
from desktop.services import curricula
from desktop.services.database import Database

MODULES = (
    ("Компьютерлік жүйелерді баптау және қызмет көрсету", "Настройка и обслуживание компьютерных систем"),
    ("Веб-беттерді жобалау және безендіру", "Проектирование и оформление веб-страниц"),
    ("Алгоритмдеу және бағдарламалау негіздері", "Основы алгоритмизации и программирования"),
    ("Деректер қорын әзірлеу", "Разработка баз данных"),
    ("Бағдарламалық қамтамасыз етуді әзірлеу және тестілеу", "Разработка и тестирование программного обеспечения"),
)


def _modules(quals: list[str], hours: list[list[int]]) -> list[Row]:
    rows = []
    for number, (qualification, outcome_hours) in enumerate(zip(quals, hours), start=1):
        kk, ru = MODULES[number - 1]
        rows += module_rows(number, qualification, outcome_hours, kk, ru)
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
            row = replace(row, hours=120, credits=5, semesters=(SemesterLoad(1, 120),))
        rows.append(row)
    elective = Row("f1", Section.ELECTIVES, "Ф 01", "Робототехника", "Робототехника", 32,
                   semesters=(SemesterLoad(3, 32),))
    return replace(valid, rows=tuple(rows) + (elective,), intake_year=2026,
                   title="06130100 Программное обеспечение, проект на 2026 (черновик)")


def add_demo_curricula(db: Database, director: str) -> None:
    for curriculum in (software_on_9_grades(), web_designer_on_11_grades(), two_worker_qualifications()):
        curricula.approve(db, curricula.create(db, curriculum), director)
    curricula.create(db, draft_with_findings())
