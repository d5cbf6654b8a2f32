"""Surnames with every Kazakh letter beside its Russian neighbour, in each alphabet's order, and students named so."""
from datetime import date

from contingent import person

from desktop.services import students

# the Kazakh alphabet's order (kk_KZ): І last but Ь, Э, Ю, Я; Ұ before Ү
KAZAKH_ORDER = ["Абаев", "Әбенов", "Габитов", "Ғабдуллин", "Иванов", "Кенжебаев", "Қасымов", "Нұрланов", "Оспанов",
                "Өмаров", "Төлеуов", "Уалиев", "Ұлықпанов", "Үсенов", "Хасенов", "Һасенов", "Ыбыраев", "Іргебаев"]
# as Qt's Russian collation (ru_RU) orders them: І beside И, Ү before Ұ
RUSSIAN_ORDER = ["Абаев", "Әбенов", "Габитов", "Ғабдуллин", "Иванов", "Іргебаев", "Кенжебаев", "Қасымов", "Нұрланов",
                 "Оспанов", "Өмаров", "Төлеуов", "Уалиев", "Үсенов", "Ұлықпанов", "Хасенов", "Һасенов", "Ыбыраев"]


def enrol_named(db, group_id: int, surnames: list[str], start: int = 3000) -> list[int]:
    return [students.create_student(db, person(start + n * 3, surname=surname), group_id, ("101-к", date(2026, 8, 30)))
            for n, surname in enumerate(surnames)]
