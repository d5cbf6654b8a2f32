"""A graduate's supplement as a college prints it (the rows of the Zhambyl college's software-engineering plan in
shared/samples: 13 general subjects, 4 basic modules, 10 professional modules with their outcomes, practice,
final attestation and electives - 67 rows), graded from percents by the national scale in resources/grading."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from desktop.paths import resource_path
from desktop.reports.supplement_data import (College, Grade, Qualification, RowKind, Signatory, Supplement,
                                             SupplementRow)

WORDS = {"excellent": ("өте жақсы", "отлично"), "good": ("жақсы", "хорошо"),
         "satisfactory": ("қанағаттанарлық", "удовлетворительно"),
         "unsatisfactory": ("қанағаттанарлықсыз", "неудовлетворительно")}
GENERAL = (("Қазақ тілі", "Казахский язык", 72), ("Қазақ әдебиеті", "Казахская литература", 72),
           ("Орыс тілі және әдебиеті", "Русский язык и литература", 96), ("Ағылшын тілі", "Английский язык", 216),
           ("Қазақстан тарихы", "История Казахстана", 96), ("Математика", "Математика", 168),
           ("Информатика", "Информатика", 48), ("Алғашқы әскери және технологиялық дайындық",
                                                 "Начальная военная и технологическая подготовка", 96),
           ("Дене тәрбиесі", "Физическая культура", 120), ("Физика", "Физика", 120), ("Химия", "Химия", 120),
           ("Биология", "Биология", 72), ("Дүниежүзі тарихы", "Всемирная история", 72))
BASIC = (("Дене қасиеттерін дамыту және жетілдіру", "Развитие и совершенствование физических качеств", 216),
         ("Ақпараттық-коммуникациялық және цифрлық технологияларды қолдану",
          "Применение информационно-коммуникационных и цифровых технологий", 72),
         ("Экономиканың базалық білімін және кәсіпкерлік негіздерін қолдану",
          "Применение базовых знаний экономики и основ предпринимательства", 72),
         ("Қоғам мен еңбек ұжымында әлеуметтену және бейімделу үшін әлеуметтік ғылымдар негіздерін қолдану",
          "Применение основ социальных наук для социализации и адаптации в обществе и трудовом коллективе", 24))
MODULES = (("Front-end web ресурстарды құру", "Разработка web-ресурсов Front-end", 3),
           ("Графикалық дизайн жасау", "Графический дизайн", 3),
           ("Алгоритмге кіріспе түрлерін пайдаланып, бағдарламалар жасау", "Программирование и разработка алгоритмов", 3),
           ("IT Менеджмент стандарттарымен жобаларды басқару", "Управление проектами по стандартам IT-менеджмента", 4),
           ("Back-end web ресурстарын құру", "Разработка web-ресурсов Back-end", 3),
           ("UX/UI визуалды дизайн жасау", "Визуальный дизайн UX/UI", 3),
           ("Мобильді қосымшаларды әзірлеу", "Разработка мобильных приложений", 3),
           ("Деректер базасын жобалау", "Проектирование баз данных", 4),
           ("Бағдарламалық қамтамасыз етуді тестілеу", "Тестирование программного обеспечения", 4),
           ("Жобалық іс-шараларды орындау", "Реализация проектной деятельности", 4))
ELECTIVES = (("Факультативтік ағылшын тілі", "Факультатив английский язык"),
             ("Факультативтік түрік тілі", "Факультатив турецкий язык"),
             ("Кәсіпкерлік қызмет негіздері", "Основы предпринимательской деятельности"))


@lru_cache(maxsize=1)
def _bands():
    return json.loads(resource_path("grading", "national-letter-scale.json").read_text(encoding="utf-8"))["bands"]


def graded(percent: int) -> Grade:
    band = next(b for b in _bands() if b["from"] <= percent <= b["to"])
    kk, ru = WORDS[band["grade"]]
    return Grade(percent, band["letter"], band["points"], kk, ru)


def sample_rows(seed: int = 0) -> tuple[SupplementRow, ...]:
    rows, n = [], 0

    def add(kind, code, kk, ru, hours, grade):
        nonlocal n
        n += 1
        rows.append(SupplementRow(kind, str(n), code, kk, ru, hours, hours / 24 if hours else None, grade))

    def pct(i):
        return 60 + (i * 7 + seed * 13) % 41

    for i, (kk, ru, hours) in enumerate(GENERAL):
        add(RowKind.GENERAL, "", kk, ru, hours, graded(pct(i)))
    for i, (kk, ru, hours) in enumerate(BASIC, start=1):
        add(RowKind.BASIC_MODULE, f"БМ {i:02d}", kk, ru, hours, graded(pct(i + 20)))
    for m, (kk, ru, outcomes) in enumerate(MODULES, start=1):
        add(RowKind.PROFESSIONAL_MODULE, f"КМ {m:02d}", kk, ru, 72 * outcomes, None)
        for o in range(1, outcomes + 1):
            add(RowKind.OUTCOME, f"ОН {m}.{o}", f"{kk}: {o}-нәтиже", f"{ru}: результат {o}", 72,
                graded(pct(m * 5 + o)))
    add(RowKind.PRACTICE, "", "Кәсіптік практика", "Профессиональная практика", 432, graded(pct(3)))
    add(RowKind.FINAL_ATTESTATION, "ҚА", "Қорытынды аттестаттау: 4S06130103 Бағдарламашы",
        "Итоговая аттестация: 4S06130103 Программист", 72, graded(pct(9)))
    for i, (kk, ru) in enumerate(ELECTIVES, start=1):
        add(RowKind.ELECTIVE, f"Ф{i}", kk, ru, 36, Grade(passed=True))
    return tuple(rows)


def sample(seed: int = 0, rows: tuple[SupplementRow, ...] | None = None, **changes) -> Supplement:
    rows = sample_rows(seed) if rows is None else rows
    values = dict(
        college=College("«Алатау» жоғары политехникалық колледжі", "Высший политехнический колледж «Алатау»",
                        "Тараз қаласы", "город Тараз"),
        diploma_series="JB", diploma_number=f"{12345 + seed:07d}", registration_number=f"{401 + seed}",
        issued_on=date(2026, 6, 30), full_name="Серікова Әйгерім Маратқызы", birth_date=date(2007, 3, 14),
        iin="070314600123", entry_year=2022, graduation_year=2026,
        prior_education_kk="негізгі орта білім", prior_education_ru="основное среднее образование",
        study_form_kk="күндізгі", study_form_ru="очная", specialty_code="06130100",
        specialty_name_kk="Бағдарламалық қамтамасыз ету", specialty_name_ru="Программное обеспечение",
        qualifications=(Qualification("3W06130101", "Компьютерлік техниканы жөндеу шебері",
                                      "Мастер по ремонту компьютерной техники"),
                        Qualification("4S06130103", "Бағдарламашы", "Программист")),
        rows=rows, average_points=3.12, average_percent=81.5,
        total_hours=sum(r.hours or 0 for r in rows if r.kind is not RowKind.PROFESSIONAL_MODULE),
        total_credits=sum(r.credits or 0 for r in rows if r.kind is not RowKind.PROFESSIONAL_MODULE),
        signatories=(Signatory("Директор", "Директор", "Сейтқалиев Е. Б."),
                     Signatory("Оқу ісі жөніндегі директордың орынбасары", "Заместитель директора по учебной работе",
                               "Омарова Г. Т."),
                     Signatory("Хатшы", "Секретарь", "Нұрланова А. С.")))
    values.update(changes)
    return Supplement(**values)


def test_the_sample_is_a_whole_plan():
    rows = sample_rows()
    assert len(rows) >= 60 and {r.kind for r in rows} == set(RowKind) - {RowKind.QUALIFICATION_EXAM}
    assert all(r.grade is None for r in rows if r.kind is RowKind.PROFESSIONAL_MODULE)
