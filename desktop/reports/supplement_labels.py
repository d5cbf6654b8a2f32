"""The fixed words of the diploma supplement (дипломға қосымша / приложение к диплому) in Kazakh and Russian, and
the places of its fields on the pre-printed blank.

Where each part comes from (looked up on 06.12.2026 in the stored copies of the public texts):

Confirmed by the acts (titles and first points only):
- The supplement is a document on education of the state form; the forms of such documents for TVET and the
  rules of their accounting and issue are set by Order No. 39 of 28.01.2015 (registered 27.02.2015 No. 10348;
  adilet.zan.kz/kaz/docs/V1500010348, p. 1 lists the appendices with the forms), renamed and amended by Order
  No. 312 of 18.10.2023 (registered 23.10.2023 No. 33562; adilet.zan.kz/kaz/docs/V2300033562, its title).
- The requirements for filling them in: Order No. 565 of 21.11.2007 (registered 03.12.2007 No. 5025), p. 1 as
  worded by Order No. 260 of 01.06.2021 ("Требования к заполнению документов об образовании государственного
  образца"; adilet.zan.kz/rus/docs/V070005025_).
- The blanks are documents of strict accountability kept in a journal: Order No. 502 of 23.10.2007 (registered
  No. 4991), p. 1 (the form of the journal of diploma blanks; adilet.zan.kz/kaz/docs/V070004991_).

NOT confirmed: the appendices holding the supplement's form itself and the filling requirements' points could
not be read (the stored copies end before them). So no heading, field, column, signatory or wording below is
confirmed by the legal text; each is taken from colleges' practice or from issue #17, as marked:
- heading ДИПЛОМҒА ҚОСЫМША / ПРИЛОЖЕНИЕ К ДИПЛОМУ: the document's name as issue #17 and DOMAIN.md s. 7 give it;
  the printed wording of the blank's heading is unconfirmed.
- diploma series and number, full name, years of entry and graduation, college, specialty code and name,
  qualification code and name: practice - the fields a college fills on its blank (Shauenov/Diplomaker, tz.md
  s. 4.1.2, the Zhambyl college's Kazakh and Russian templates; each appears on the blank's first page).
- date of birth, IIN, prior education, form of study: issue #17's list ("IIN where the form asks"); unconfirmed.
- table columns No., name, hours, credits, grade in percent, letter, points, traditional grade: practice
  (Diplomaker data/excel_generator.py, the eight-column layout; the grade sheets' п / б / цэ / трад columns in
  shared/samples/college-sheets). Module headings bold with hours and credits and no grade: practice (same).
- rows: general-education subjects, basic modules, each professional module followed by its outcomes, practice
  with the modules it covers, the final attestation naming the qualification, electives: practice (Diplomaker
  configs/subjects_*_*.py, pages 1-4; the Zhambyl sheets). Section headings on plain paper are ours.
- electives and other pass/fail rows print "сынақ" / "зачтено": practice (Diplomaker config/languages.py).
- the average (points and percent): practice (the sheets' "Орташа баллы" columns); the wording is ours.
- signatures, registration number, date and place of issue, stamp place: issue #17; the stamp place М.О. / М.П.
  and the date in words as DOMAIN.md s. 7 writes them. Which officials sign is the caller's data, unconfirmed.
- the mark of a diploma with distinction on the supplement: unconfirmed (printed only when the flag is set).
- the blank's size and field places (BLANK_* below): a starting layout to calibrate, NOT measured from a real blank.
"""
from __future__ import annotations

LANGUAGES = ("kk", "ru")

WORDS = {
    "heading": ("ДИПЛОМҒА ҚОСЫМША", "ПРИЛОЖЕНИЕ К ДИПЛОМУ"),
    "diploma": ("Диплом сериясы {series} № {number}", "Диплом серия {series} № {number}"),
    "honours": ("Үздік диплом", "Диплом с отличием"),
    "full_name": ("Тегі, аты, әкесінің аты (бар болса)", "Фамилия, имя, отчество (при наличии)"),
    "birth_date": ("Туған күні", "Дата рождения"),
    "iin": ("ЖСН", "ИИН"),
    "entry_year": ("Оқуға түскен жылы", "Год поступления"),
    "graduation_year": ("Оқуды бітірген жылы", "Год окончания"),
    "prior_education": ("Оқуға түскенге дейінгі білімі", "Предшествующее образование"),
    "study_form": ("Оқу нысаны", "Форма обучения"),
    "college": ("Білім беру ұйымы", "Организация образования"),
    "specialty": ("Мамандығы", "Специальность"),
    "qualification": ("Біліктілігі", "Квалификация"),
    "number": ("№", "№"),
    "name": ("Пәндердің, модульдердің және оқыту нәтижелерінің атауы",
             "Наименование дисциплин, модулей и результатов обучения"),
    "hours": ("Сағат саны", "Кол-во часов"),
    "credits": ("Кредит саны", "Кол-во кредитов"),
    "grade": ("Баға", "Оценка"),
    "percent": ("%", "%"),
    "letter": ("Әріптік", "Буквенная"),
    "points": ("Балл", "Баллы"),
    "traditional": ("Дәстүрлі", "Традиционная"),
    "total": ("Барлығы", "Итого"),
    "passed": ("сынақ", "зачтено"),
    "not_passed": ("сыналмады", "не зачтено"),
    "average": ("Орташа балл: {points}; орташа пайыз: {percent}", "Средний балл: {points}; средний процент: {percent}"),
    "average_short": ("Орташа балл", "Средний балл"),
    "diploma_box": ("Диплом сериясы мен нөмірі", "Серия и номер диплома"),
    "signatory_box": ("Қол қоюшының аты-жөні", "Фамилия подписывающего"),
    "signature": ("(қолы)", "(подпись)"),
    "registration": ("Тіркеу нөмірі", "Регистрационный номер"),
    "issued_on": ("Берілген күні", "Дата выдачи"),
    "place": ("Берілген жері", "Место выдачи"),
    # The calibration page.
    "calibration_title": ("Бланкке басып шығаруды туралау беті", "Страница выравнивания печати на бланке"),
    "calibration_offset": ("Қазіргі ығысу: dx = {dx} мм (оңға), dy = {dy} мм (төмен)",
                           "Текущий сдвиг: dx = {dx} мм (вправо), dy = {dy} мм (вниз)"),
    "calibration_how": (
        "Бетті бланкпен бірге жарыққа қарсы қойыңыз. Жақтаулар бланктің өрістерінен оңға қарай ығысса, dx-ті сонша "
        "миллиметрге азайтыңыз, солға ығысса, көбейтіңіз; төмен ығысса, dy-ті азайтыңыз, жоғары ығысса, көбейтіңіз.",
        "Наложите страницу на бланк и посмотрите на просвет. Если рамки полей правее полей бланка, уменьшите dx на "
        "столько миллиметров, если левее, увеличьте; если ниже, уменьшите dy, если выше, увеличьте."),
    "calibration_ruler": ("Сызғыш қағаздың жиегінен миллиметрмен, ығысусыз",
                          "Линейка в миллиметрах от края листа, без сдвига"),
    "calibration_table": ("Кесте жолдары", "Строки таблицы"),
    "calibration_signatures": ("Қолдар", "Подписи"),
    "calibration_not_measured": ("Өрістердің орындары нақты бланктен өлшенбеген: алғашқы басып шығаруда тексеріңіз.",
                                 "Места полей не измерены по настоящему бланку: проверьте при первой печати."),
}

# The section headings printed on plain paper above each group of rows (the blank has its own printed, or none).
SECTIONS = {
    "general": ("Жалпы білім беретін пәндер", "Общеобразовательные дисциплины"),
    "basic": ("Базалық модульдер", "Базовые модули"),
    "professional": ("Кәсіптік модульдер", "Профессиональные модули"),
    "elective": ("Факультативтер", "Факультативы"),
}


def word(key: str, language: str) -> str:
    kk, ru = WORDS[key]
    return ru if language == "ru" else kk


def section(key: str, language: str) -> str:
    kk, ru = SECTIONS[key]
    return ru if language == "ru" else kk


# --- The pre-printed blank -------------------------------------------------------------------------------------
# A STARTING LAYOUT TO CALIBRATE, NOT MEASURED FROM A REAL BLANK: the size and every place below are assumed (an
# A4 portrait sheet, fields where a plain-paper supplement has them). A college measures its own blank with the
# calibration page and moves the whole print by (dx, dy); a field whose place differs on its blank is changed
# here, in this one table. Millimetres from the blank's top-left corner.
BLANK_PAGE_MM = (210.0, 297.0)

# Field boxes: (x, y of the top, width, height, font size in pt, alignment "left" | "centre").
BLANK_FIELDS = {
    "diploma": (110.0, 18.0, 85.0, 6.0, 11.0, "left"),
    "full_name": (20.0, 32.0, 170.0, 7.0, 11.0, "centre"),
    "birth_date": (55.0, 42.0, 40.0, 5.5, 9.5, "left"),
    "iin": (135.0, 42.0, 55.0, 5.5, 9.5, "left"),
    "entry_year": (55.0, 49.0, 30.0, 5.5, 9.5, "left"),
    "graduation_year": (135.0, 49.0, 30.0, 5.5, 9.5, "left"),
    "prior_education": (70.0, 56.0, 120.0, 5.5, 9.5, "left"),
    "study_form": (70.0, 63.0, 120.0, 5.5, 9.5, "left"),
    "college": (20.0, 70.0, 170.0, 10.0, 9.5, "centre"),
    "specialty": (45.0, 82.0, 145.0, 9.0, 9.5, "left"),
    "qualification": (45.0, 93.0, 145.0, 13.0, 9.5, "left"),
    # On the last page, below the table.
    "average": (20.0, 232.0, 170.0, 5.5, 9.0, "left"),
    "signatory_1": (120.0, 242.0, 70.0, 5.5, 9.0, "left"),
    "signatory_2": (120.0, 251.0, 70.0, 5.5, 9.0, "left"),
    "signatory_3": (120.0, 260.0, 70.0, 5.5, 9.0, "left"),
    "registration_number": (60.0, 269.0, 40.0, 5.5, 9.0, "left"),
    "issued_on": (135.0, 269.0, 55.0, 5.5, 9.0, "left"),
    "place": (60.0, 276.0, 130.0, 5.5, 9.0, "left"),
}
# The table: where its rows start on the first page and on the next ones, where they must end on every page and,
# on the last page, above the signatures; the columns' left edges and widths (number, name, hours, credits,
# percent, letter, points, traditional).
BLANK_TABLE = {
    "first_top": 112.0,
    "other_top": 20.0,
    "bottom": 282.0,
    "tail_top": 228.0,
    "columns": ((15.0, 8.0), (23.0, 86.0), (109.0, 13.0), (122.0, 13.0), (135.0, 11.0), (146.0, 11.0),
                (157.0, 12.0), (169.0, 26.0)),
    "font": 8.0,
    "min_row": 5.0,
}
