"""Starting curricula for an entry base and level, and the semester filler that lays rows out.

A template holds what every programme of its kind must contain (general-education subjects on the
9-grade base, the basic modules, attestation); the college adds its professional modules.
"""
from __future__ import annotations

from dataclasses import replace

from desktop.domain.curriculum import (Control, Curriculum, ExamForm, Row, SemesterLoad, Section, YearSchedule)
from desktop.domain.ruleset import RuleSet

# The 13 subjects and hours of a real 9-grade plan (Zhambyl, 2023-2026): 57 credits, exams making 60.
GENERAL_KK = (
    ("kazakh_language", "Қазақ тілі", "Казахский язык", 96), ("kazakh_literature", "Қазақ әдебиеті", "Казахская литература", 96),
    ("russian_language_and_literature", "Орыс тілі және әдебиеті", "Русский язык и литература", 96),
)
GENERAL_RU = (
    ("russian_language", "Орыс тілі", "Русский язык", 96), ("russian_literature", "Орыс әдебиеті", "Русская литература", 96),
    ("kazakh_language_and_literature", "Қазақ тілі және әдебиеті", "Казахский язык и литература", 96),
)
GENERAL_ALL = (
    ("foreign_language", "Шетел тілі", "Иностранный язык", 216),
    ("history_of_kazakhstan", "Қазақстан тарихы", "История Казахстана", 96),
    ("mathematics", "Математика", "Математика", 120),
    ("informatics", "Информатика", "Информатика", 48),
    ("military_training", "Алғашқы әскери және технологиялық дайындық", "Начальная военная и технологическая подготовка", 96),
    ("physical_culture", "Дене шынықтыру", "Физическая культура", 120),
    ("geography", "География", "География", 120),
    ("biology", "Биология", "Биология", 120),
    ("physics", "Физика", "Физика", 72),
    ("graphics_and_design", "Графика және жобалау", "Графика и проектирование", 72),
    ("general_exams", "Жалпы білім беретін пәндер бойынша емтихандар", "Экзамены по общеобразовательным дисциплинам", 72),
)
BASIC = (
    (1, "Дене қасиеттерін дамыту және жетілдіру", "Развитие и совершенствование физических качеств", 240),
    (2, "Ақпараттық-коммуникациялық және цифрлық технологияларды қолдану",
     "Применение информационно-коммуникационных и цифровых технологий", 72),
    (3, "Экономиканың базалық білімін және кәсіпкерлік негіздерін қолдану",
     "Применение базовых знаний экономики и основ предпринимательства", 72),
    (4, "Қоғам мен еңбек ұжымында әлеуметтену және бейімделу үшін әлеуметтік ғылымдар негіздерін қолдану",
     "Применение основ социальных наук для социализации и адаптации в обществе и трудовом коллективе", 24),
)


# Rows that are exams, not lessons: their hours have no theory / laboratory-practical split.
EXAM_SUBJECTS = frozenset({"general_exams"})


def halves(hours: int) -> dict[str, int]:
    """The template's default split of a subject's or module's hours: half theory, half laboratory and
    practical lessons. The recommendations (MR 2022) set no share for either, so this is only a starting
    point for the college to change, not a rule."""
    return {"theory": hours // 2, "practice": hours - hours // 2}


def general_rows(language: str) -> list[Row]:
    subjects = (GENERAL_KK if language == "kk" else GENERAL_RU) + GENERAL_ALL
    return [Row(f"g{n}", Section.GENERAL, f"ЖБП {n:02d}", kk, ru, hours, subject=key,
                **({} if key in EXAM_SUBJECTS else halves(hours)))
            for n, (key, kk, ru, hours) in enumerate(subjects, start=1)]


def basic_rows(mid_level: bool) -> list[Row]:
    return [Row(f"b{n}", Section.BASIC, f"БМ {n}", kk, ru, hours, basic_module=n, **halves(hours))
            for n, kk, ru, hours in BASIC if n < 4 or mid_level]


def qualification_exam(code: str, number: int, form: ExamForm = ExamForm.DEMONSTRATION_EXAM) -> Row:
    return Row(f"q{number}", Section.INTERMEDIATE, f"БЕ {number}", f"{code} біліктілік емтиханы",
               f"Квалификационный экзамен {code}", 24, qualification=code, exam_form=form)


def final_attestation(hours: int = 108) -> Row:
    return Row("fa", Section.FINAL, "ҚА", "Қорытынды аттестаттау", "Итоговая аттестация", hours)


def distribute(rows: list[Row], semester_hours: int, controls: bool = True, reserved: dict[int, int] | None = None,
               first: int = 1) -> list[Row]:
    """Lay rows out over semesters in order, filling each semester to semester_hours before the next.

    Module rows whose outcomes carry the hours are skipped (the outcomes are laid out). reserved keeps
    hours of a semester free for rows placed there apart (the final attestation in the last semester)."""
    reserved = reserved or {}
    parents = {row.parent for row in rows if row.parent}
    semester = first
    room = semester_hours - reserved.get(semester, 0)
    placed = []
    for row in rows:
        if row.id in parents or row.hours == 0:
            placed.append(row)
            continue
        left, loads = row.hours, []
        while left:
            while room <= 0:
                semester += 1
                room = semester_hours - reserved.get(semester, 0)
            take = min(left, room)
            loads.append(SemesterLoad(semester, take))
            left, room = left - take, room - take
        if controls and loads:
            last = loads[-1]
            loads[-1] = SemesterLoad(last.semester, last.hours, Control.EXAM)
        placed.append(replace(row, semesters=tuple(loads)))
    return placed


def _in_study_order(curriculum: Curriculum, rows: list[Row]) -> list[Row]:
    """General education, basic modules, then each qualification's professional modules followed by its
    qualification exam (MR l.946-950: the exam comes once the qualification is mastered), then the other
    modules, intermediate attestation, practice, consultations and electives. The final attestation is not
    among them: it is placed apart, in the last semester."""
    def of(section: Section) -> list[Row]:
        return [row for row in rows if row.section is section]

    professional, exams = of(Section.PROFESSIONAL), of(Section.INTERMEDIATE)
    ordered = of(Section.GENERAL) + of(Section.BASIC)
    for code in curriculum.qualifications:
        ordered += [row for row in professional if row.qualification == code]
        ordered += [row for row in exams if row.qualification == code]
    ordered += [row for row in professional if row not in ordered]
    ordered += [row for row in exams if row not in ordered]
    ordered += of(Section.PRACTICE) + of(Section.CONSULTATIONS) + of(Section.ELECTIVES)
    return ordered


def lay_out(curriculum: Curriculum, semester_hours: int = 720) -> Curriculum:
    """The rows over the real semesters of the base and level, each year filled to 2 x semester_hours
    (60 credits) in study order, the final attestation in the last semester of the last year (MR l.220-222),
    and a week grid that fits them."""
    last = 2 * curriculum.years
    finals = [row for row in curriculum.rows if row.section is Section.FINAL]
    others = _in_study_order(curriculum, [row for row in curriculum.rows if row.section is not Section.FINAL])
    kept = {row.id: row for row in distribute(others, semester_hours,
                                              reserved={last: sum(row.hours for row in finals)})}
    for row in finals:
        loads = (SemesterLoad(last, row.hours, Control.EXAM),) if row.hours else ()
        kept[row.id] = replace(row, semesters=loads)
    laid = replace(curriculum, rows=tuple(kept[row.id] for row in curriculum.rows))
    return replace(laid, schedule=schedule_for(laid))


def year_hours_by_kind(curriculum: Curriculum) -> dict[int, dict[str, int]]:
    """Hours per study year in classes ("T"), at practice ("P") and in attestation ("A", "F")."""
    kinds = {"practice": "P", "intermediate": "A", "final": "F", "consultations": None, "electives": None}
    parents = {row.parent for row in curriculum.rows if row.parent}
    years: dict[int, dict[str, int]] = {}
    for row in curriculum.rows:
        kind = kinds.get(row.section._value_, "T")
        if kind is None or row.id in parents:
            continue
        for load in row.semesters:
            year = (load.semester + 1) // 2
            by_kind = years.get(year)
            if by_kind is None:
                by_kind = years[year] = {"T": 0, "P": 0, "A": 0, "F": 0}
            by_kind[kind] += load.hours
    return years


def schedule_for(curriculum: Curriculum, hours_per_week: int = 36) -> tuple[YearSchedule, ...]:
    """A week grid that follows the plan (see desktop.domain.schedule): each semester's classes, practice and
    attestation weeks from its planned hours, attestation only where the plan has it, the final attestation
    where its row sits, holidays every year."""
    from desktop.domain.schedule import propose  # noqa: PLC0415 - schedule.py is the grid's own module

    return propose(curriculum, hours_per_week)


def module_rows(number: int, qualification: str, outcome_hours: list[int], name_kk: str = "", name_ru: str = "",
                outcome_names: list[tuple[str, str]] | None = None) -> list[Row]:
    """A professional module and its learning outcomes, each outcome split half theory, half practice."""
    head = Row(f"m{number}", Section.PROFESSIONAL, f"КМ {number:02d}", name_kk or f"Кәсіптік модуль {number}",
               name_ru or f"Профессиональный модуль {number}", sum(outcome_hours), qualification=qualification)
    names = outcome_names or [(f"Оқыту нәтижесі {number}.{k}", f"Результат обучения {number}.{k}")
                              for k in range(1, len(outcome_hours) + 1)]
    outcomes = [Row(f"m{number}.{k}", Section.PROFESSIONAL, f"ОН {number}.{k}", kk, ru, hours, parent=head.id,
                    qualification=qualification, **halves(hours))
                for k, (hours, (kk, ru)) in enumerate(zip(outcome_hours, names), start=1)]
    return [head, *outcomes]


def assemble(start: Curriculum, professional: list[Row], practice_hours: int, attestation_hours: int,
             semester_hours: int = 720) -> Curriculum:
    """A whole curriculum from a starting one and the college's professional modules, in the usual order
    (general education, basic modules, professional modules, intermediate attestation, practice,
    qualification exams, final attestation) and laid out over the real semesters (see lay_out)."""
    by_section = {section: [r for r in start.rows if r.section is section] for section in Section}
    rows = (by_section[Section.GENERAL] + by_section[Section.BASIC] + professional
            + [Row("ia", Section.INTERMEDIATE, "АА", "Аралық аттестаттау", "Промежуточная аттестация",
                   attestation_hours)]
            + [Row("pp", Section.PRACTICE, "КП", "Кәсіптік практика", "Профессиональная практика", practice_hours,
                   production=practice_hours)]
            + by_section[Section.INTERMEDIATE] + by_section[Section.FINAL])
    return lay_out(replace(start, rows=tuple(rows)), semester_hours)


def starting_curriculum(specialty: str, qualifications: tuple[str, ...], entry_base: str, language: str,
                        years: int, rules: RuleSet, intake_year: int = 2025) -> Curriculum:
    """The mandatory part of a new curriculum; rows are not yet laid out over semesters."""
    draft = Curriculum(specialty, qualifications, entry_base, language, intake_year=intake_year, years=years,
                       rule_set=rules.id)
    rows: list[Row] = []
    if entry_base in rules["general_education"]["bases"]:
        rows += general_rows(language)
    rows += basic_rows(draft.level.value == "mid_level")  # БМ 4 for mid-level specialists (MR l.111-115)
    rows += [qualification_exam(code, n) for n, code in enumerate(draft.worker_qualifications, start=1)]
    rows.append(final_attestation())
    return replace(draft, rows=tuple(rows))
