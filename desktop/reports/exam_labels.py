"""The words of the demonstration-exam protocol and its results workbook, in Kazakh and Russian.

No official form of the protocol was found in the reference texts (the recommendations only point to the rules of
order No. 125 of 18.03.2008 and the methodology of 27.05.2022, MR l.971-989, whose forms are not in the repository):
the parts printed are those issue #15 asks for and DOMAIN.md s. 4 describes (an expert group of a chief expert,
experts, technical experts and employer representatives; aspects marked out of 100; the national letter scale).
"""
from __future__ import annotations

from desktop.reports.labels import EXAM_CHOICES

LANGUAGES = ("kk", "ru")

WORDS = {
    "title_demonstration": ("ДЕМОНСТРАЦИЯЛЫҚ ЕМТИХАН ХАТТАМАСЫ № {number}",
                            "ПРОТОКОЛ № {number} ДЕМОНСТРАЦИОННОГО ЭКЗАМЕНА"),
    "title_practical": ("ЕМТИХАН ХАТТАМАСЫ № {number} (практикалық жұмыс)",
                        "ПРОТОКОЛ № {number} ЭКЗАМЕНА (практическая работа)"),
    "short_demonstration": ("Демонстрациялық емтихан хаттамасы № {number}",
                            "Протокол № {number} демонстрационного экзамена"),
    "short_practical": ("Емтихан хаттамасы № {number}", "Протокол № {number} экзамена"),
    "dates": ("Өткізілген күні", "Дата проведения"),
    "venue": ("Өткізілген орны", "Место проведения"),
    "kind": ("Түрі мен нысаны", "Вид и форма"),
    "qualification": ("Біліктілік", "Квалификация"),
    "competence": ("Құзыреттілік", "Компетенция"),
    "task": ("Тапсырма (жеребе бойынша)", "Задание (по жребию)"),
    "pass_mark": ("Өту балы", "Проходной балл"),
    "out_of": ("{mark} (100 балдық шкала бойынша)", "{mark} (по 100-балльной шкале)"),
    "panel": ("Сарапшылар тобы (комиссия)", "Экспертная группа (комиссия)"),
    "chair": ("төраға", "председатель"),
    "member": ("мүшесі", "член"),
    "place": ("Топтағы орны", "Положение в группе"),
    "hand_filled": ("Сарапшылар тобы бағдарламаға енгізілмеген: аты-жөндері қолмен толтырылады.",
                    "Экспертная группа не внесена в программу: фамилии заполняются от руки."),
    "number": ("№", "№"),
    "name": ("Аты-жөні", "Фамилия, имя, отчество"),
    "role": ("Рөлі", "Роль"),
    "organisation": ("Ұйым", "Организация"),
    "certificate": ("Сарапшы сертификаты", "Сертификат эксперта"),
    "aspects": ("Бағалау аспектілері", "Аспекты оценки"),
    "code": ("Коды", "Код"),
    "aspect": ("Аспектінің атауы", "Наименование аспекта"),
    "aspect_kind": ("Бағалау түрі", "Вид оценки"),
    "max_mark": ("Ең жоғары балл", "Максимальный балл"),
    "total": ("Барлығы", "Итого"),
    "results": ("Емтихан нәтижелері", "Результаты экзамена"),
    "group": ("Топ", "Группа"),
    "max_row": ("Ең жоғары балл", "Максимальный балл"),
    "grade": ("Баға", "Оценка"),
    "letter": ("Әріптік баға", "Буквенная оценка"),
    "grade_words": ("Дәстүрлі баға", "Традиционная оценка"),
    "result": ("Нәтиже", "Результат"),
    "passed": ("тапсырды", "сдал"),
    "failed": ("тапсырмады", "не сдал"),
    "absent": ("келмеді", "неявка"),
    # Not yet scored is not a failure: the candidate's marks are still to come.
    "not_scored": ("бағаланбаған", "не оценено"),
    "retake": ("қайта тапсыру", "пересдача"),
    "summary": ("Тізімде: {listed}; қатысқаны: {sat}; тапсырғаны: {passed}; тапсырмағаны: {failed}; "
                "келмегені: {absent}; бағаланбағаны: {unscored}.",
                "В списке: {listed}; участвовали: {sat}; сдали: {passed}; не сдали: {failed}; "
                "не явились: {absent}; не оценено: {unscored}."),
    "chair_signs": ("Сарапшылар тобының төрағасы", "Председатель экспертной группы"),
    "member_signs": ("Сарапшылар тобының мүшесі", "Член экспертной группы"),
    "signature": ("(қолы)", "(подпись)"),
    "signed_on": ("Хаттама жасалған күні", "Дата составления протокола"),
    "iin": ("ЖСН", "ИИН"),
    "sheet_results": ("Нәтижелер", "Результаты"),
    "sheet_aspects": ("Аспектілер", "Аспекты"),
    "workbook_title": ("Демонстрациялық емтихан нәтижелері, хаттама № {number}",
                       "Результаты демонстрационного экзамена, протокол № {number}"),
}

# The shared words of exam choices (desktop.reports.labels, also the pack's and the windows'), with the protocol's
# own: the chief expert without "organiser" (the protocol names the chair apart) and the kinds of aspect.
CHOICES = {
    **EXAM_CHOICES,
    "chief": ("бас сарапшы", "главный эксперт"),
    "measurement": ("өлшенетін", "измеримый"),
    "judgement": ("төрешілік (үш төреші)", "судейский (три судьи)"),
}


def word(key: str, language: str) -> str:
    return WORDS[key][LANGUAGES.index(language)]


def choice(key: str, language: str) -> str:
    """A stored choice by its name in the document's language; an unknown one (a newer value) prints as stored
    rather than failing the whole document."""
    pair = CHOICES.get(key)
    return pair[LANGUAGES.index(language)] if pair else key


def in_language(text: str, language: str) -> str:
    """The part of a "Kazakh / Russian" text in the document's language: the marking schemes, venues and
    organisations are typed once with both names separated by " / " (as the demo and the colleges' schemes do);
    a text without exactly one such separator is printed as typed."""
    parts = (text or "").split(" / ")
    if len(parts) != 2:
        return text or ""
    return parts[LANGUAGES.index(language)].strip()
