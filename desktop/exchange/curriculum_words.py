"""The words of the curriculum workbook people read: its labels and headers in Kazakh and Russian, and the
values of its choice cells (sections, control forms, bases, yes/no) in words instead of the program's keys.

The keys themselves go to a sheet of their own (KEYS), so that the program reads back exactly what it wrote;
the words are also read without it, and so are the keys, as older workbooks and people write them."""
from __future__ import annotations

import re

MAIN, SCHEDULE, KEYS = "Жоспар-План", "Кесте-График", "Кілттер-Ключи"

DETAIL_LABELS = {
    "title": "Атауы / Наименование",
    "specialty": "Мамандық / Специальность",
    "qualifications": "Біліктіліктер / Квалификации",
    "entry_base": "Білім базасы / База образования",
    "language": "Оқыту тілі / Язык обучения",
    "study_form": "Оқу нысаны / Форма обучения",
    "intake_year": "Қабылдау жылы / Год приёма",
    "years": "Оқу жылдары / Лет обучения",
    "military": "Әскери мамандық / Военная специальность",
    "cognate": "Мәндес біліктілік / Родственная квалификация",
    "rule_set": "Ережелер жинағы / Свод правил",
}
COLUMN_HEADERS = {
    "id": "Кілт / Ключ",
    "section": "Бөлім / Раздел",
    "code": "Индексі / Индекс",
    "name_kk": "Атауы қазақша / Наименование на казахском",
    "name_ru": "Атауы орысша / Наименование на русском",
    "hours": "Сағат / Часы",
    "credits": "Кредит / Кредиты",
    "theory": "Теория",
    "practice": "Зертханалық-практикалық / Лабораторно-практические",
    "course_project": "Курстық жоба / Курсовой проект",
    "production": "Өндірістік оқыту / Производственное обучение",
    "distance": "Қашықтан / Дистанционно",
    "parent": "Модуль",
    "qualification": "Біліктілік / Квалификация",
    "subject": "Пән / Предмет",
    "basic_module": "БМ №",
    "merged_into": "Біріктірілген / Объединён с",
    "justification": "Негіздеме / Обоснование",
    "exam_form": "Емтихан нысаны / Форма экзамена",
}
SEMESTER_HOURS = "{n} сем. сағат / часы"
SEMESTER_CONTROL = "{n} сем. бақылау / контроль"
SCHEDULE_HEADERS = {"year": "Курс", "weeks": "Апталар / Недели",
                    "hours_per_week": "Сағат/апта / Часов в неделю"}
KEYS_HEADER = ("Парақ / Лист", "Жазылғаны / Надпись", "Кілт / Ключ")
_SEMESTER = re.compile(r"^(\d+) сем\. (сағат|бақылау)")

# Values of the choice cells, in words; the keys stay what the program stores.
VALUES = {
    "section": {
        "general": "Жалпы білім беру пәндері / Общеобразовательные дисциплины",
        "basic": "Базалық модульдер / Базовые модули",
        "professional": "Кәсіптік модульдер / Профессиональные модули",
        "practice": "Кәсіптік практика / Профессиональная практика",
        "intermediate": "Аралық аттестаттау / Промежуточная аттестация",
        "final": "Қорытынды аттестаттау / Итоговая аттестация",
        "consultations": "Консультациялар / Консультации",
        "electives": "Факультативтер / Факультативы",
    },
    "control": {"exam": "Емтихан / Экзамен", "test": "Сынақ / Зачёт",
                "graded_test": "Сараланған сынақ / Дифференцированный зачёт"},
    "exam_form": {"practical_work": "Практикалық жұмыс / Практическая работа",
                  "demonstration_exam": "Демонстрациялық емтихан / Демонстрационный экзамен"},
    "entry_base": {"9": "9 сынып / 9 классов", "11": "11 сынып / 11 классов",
                   "tvet": "ТжКБ / ТиПО"},
    "language": {"kk": "Қазақ тілі / Казахский язык", "ru": "Орыс тілі / Русский язык"},
    "study_form": {"full_time": "Күндізгі / Очная", "part_time": "Сырттай / Заочная"},
    "flag": {True: "Иә / Да", False: "Жоқ / Нет"},
}


def normal(text: object) -> str:
    """A label or value as compared: spaces collapsed, case ignored."""
    return " ".join(str(text or "").split()).casefold()


_KEY_OF = {field: {normal(words): key for key, words in table.items()} for field, table in VALUES.items()}


def value_words(field: str, value):
    """The words written for a stored value; a value without words (a new key) is written as it is."""
    return VALUES.get(field, {}).get(value, value)


def value_key(field: str, value):
    """The stored value of what a cell holds: the words written above, or the key itself."""
    return _KEY_OF.get(field, {}).get(normal(value), value)


def semester_field(header: object) -> str | None:
    """"3 сем. сағат / часы" → S3, "3 сем. бақылау / контроль" → C3."""
    match = _SEMESTER.match(normal(header))
    if not match:
        return None
    return ("S" if match.group(2) == "сағат" else "C") + match.group(1)


def key_rows(max_semesters: int) -> list[tuple[str, str, str]]:
    """What the keys sheet lists: each label and header of the workbook with the key it stands for."""
    rows = [(MAIN, label, key) for key, label in DETAIL_LABELS.items()]
    rows += [(MAIN, header, key) for key, header in COLUMN_HEADERS.items()]
    rows += [(MAIN, SEMESTER_HOURS.format(n=n), f"S{n}") for n in range(1, max_semesters + 1)]
    rows += [(MAIN, SEMESTER_CONTROL.format(n=n), f"C{n}") for n in range(1, max_semesters + 1)]
    rows += [(SCHEDULE, header, key) for key, header in SCHEDULE_HEADERS.items()]
    return rows
