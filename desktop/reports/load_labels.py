"""The words of the teacher-load documents in Kazakh and Russian. There is no single official form of the
tarification list (the education workers' union says so: «Тарифтік кестенің бірыңғай нысаны жоқ»), so its
columns follow what colleges fill in: name, position and subject, education, diploma, category with its date,
experience, hours a year by funding, rates, coefficients and pay; the categories' names are those of the
attestation rules (педагог-модератор / -сарапшы / -зерттеуші / -шебер)."""
from __future__ import annotations

WORDS = {
    # the tarification list
    "tarification": ("ТАРИФИКАЦИЯЛЫҚ ТІЗІМ", "ТАРИФИКАЦИОННЫЙ СПИСОК"),
    "tarification_of": ("педагогтер, {year} оқу жылы", "педагогов на {year} учебный год"),
    "as_of": ("{date} жағдай бойынша", "по состоянию на {date}"),
    "approve": ("БЕКІТЕМІН", "УТВЕРЖДАЮ"),
    "director": ("Колледж директоры", "Директор колледжа"),
    "chief_accountant": ("Бас бухгалтер", "Главный бухгалтер"),
    "deputy_director": ("Директордың оқу ісі жөніндегі орынбасары", "Заместитель директора по учебной работе"),
    "department_head": ("ПЦК төрағасы", "Председатель ПЦК"),
    "teacher_sign": ("Оқытушы", "Преподаватель"),
    "number": ("Р/с №", "№ п/п"),
    "name": ("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
    "position": ("Лауазымы, оқытатын пәні", "Должность, преподаваемый предмет"),
    "education": ("Білімі, оқу орны, диплом №, берілген күні", "Образование, учебное заведение, диплом №, дата выдачи"),
    "diploma": ("Диплом №, берілген күні", "Диплом №, дата выдачи"),
    "category": ("Санаты, берілген күні", "Категория, дата присвоения"),
    "category_only": ("Санаты", "Категория"),
    "experience": ("Педагоги\u00adкалық өтілі", "Педагоги\u00adческий стаж"),
    "hours_year": ("Жылдық оқу жүктемесі, сағат", "Учебная нагрузка в год, часов"),
    "budget": ("бюджет", "бюджет"),
    "extra": ("бюджеттен тыс", "внебюджет"),
    "total": ("барлығы", "всего"),
    "rates": ("Мөлшер\u00adлеме саны", "Количество ставок"),
    "coefficients": ("Коэффициенттер", "Коэффициенты"),
    "by_experience": ("өтілі бойынша", "по стажу"),
    "category_percent": ("санатқа үстеме, %", "доплата за категорию, %"),
    "pay": ("Айлықақы, теңге", "Заработная плата в месяц, тенге"),
    "per_rate": ("бір мөлшер\u00adлемеге", "за ставку"),
    "for_load": ("жүктеме бойынша", "за нагрузку"),
    "for_category": ("санатқа үстеме", "доплата за категорию"),
    "pay_total": ("барлығы", "итого"),
    "grand_total": ("Жиыны", "Итого"),
    "teachers_count": ("Педагогтер саны: {count}", "Количество педагогов: {count}"),
    "norm_line": ("Бір мөлшерлеме — жылына {hours} сағат", "Ставка — {hours} часов в год"),
    "experience_value": ("{years} ж. {months} ай", "{years} л. {months} мес."),
    # the load card and the department summary
    "card": ("ОҚЫТУШЫНЫҢ ЖЕКЕ ОҚУ ЖҮКТЕМЕСІ", "ИНДИВИДУАЛЬНАЯ УЧЕБНАЯ НАГРУЗКА ПРЕПОДАВАТЕЛЯ"),
    "year_line": ("{year} оқу жылы", "{year} учебный год"),
    "teacher": ("Оқытушы", "Преподаватель"),
    "department": ("Пәндік-циклдік комиссия", "Предметно-цикловая комиссия"),
    "rate": ("Мөлшер\u00adлеме", "Ставка"),
    "semester": ("{n}-семестр", "{n}-й семестр"),
    "semester_total": ("{n}-семестр бойынша барлығы", "Итого за {n}-й семестр"),
    "year_total": ("Жыл бойынша барлығы", "Итого за год"),
    "group": ("Топ", "Группа"),
    "row": ("Индексі", "Индекс"),
    "subject": ("Пән / модуль атауы", "Наименование дисциплины / модуля"),
    "theory": ("Теория", "Теория"),
    "practice": ("Практикалық, зертханалық", "Практические, лабораторные"),
    "course_project": ("Курстық жоба", "Курсовой проект"),
    "production": ("Өндірістік оқыту", "Производ\u00adственное обучение"),
    "of_production": ("оның ішінде өндірістік оқыту", "в т.ч. производ\u00adственное обучение"),
    "consultations": ("Консультация", "Консультации"),
    "exams": ("Емтихан", "Экзамены"),
    "practice_supervision": ("Практика жетекшілігі", "Руководство практикой"),
    "hours_total": ("Барлығы", "Всего"),
    "subgroup": ("{n}-кіші топ", "{n}-я подгруппа"),
    "extra_mark": ("бюдж. тыс", "внебюдж."),
    "norm": ("Мөлшер\u00adлеме нормасы, сағат", "Норма по ставке, часов"),
    "planned": ("Жоспарланған жүктеме, сағат", "Запланированная нагрузка, часов"),
    "over": ("Нормадан артық: {hours} сағат", "Сверх нормы: {hours} ч."),
    "under": ("Нормаға жетпейді: {hours} сағат", "Недогрузка: {hours} ч."),
    "on_norm": ("Нормаға сай", "Соответствует норме"),
    "summary": ("ПЦК ОҚУ ЖҮКТЕМЕСІНІҢ ЖИЫНТЫҒЫ", "СВОДНАЯ НАГРУЗКА ПЦК"),
    "difference": ("Айырмасы", "Разница"),
    "status": ("Белгі", "Отметка"),
    "status_over": ("артық", "сверх нормы"),
    "status_under": ("кем", "недогрузка"),
    "status_norm": ("нормада", "норма"),
    # the fulfilment report
    "fulfilment": ("ОҚУ ЖҮКТЕМЕСІНІҢ ОРЫНДАЛУЫ ТУРАЛЫ ЕСЕП", "ОТЧЁТ О ВЫПОЛНЕНИИ УЧЕБНОЙ НАГРУЗКИ"),
    "period_year": ("{year} оқу жылы", "за {year} учебный год"),
    "period_semester": ("{year} оқу жылының {n}-семестрі", "за {n}-й семестр {year} учебного года"),
    "done": ("Берілді", "Выполнено"),
    "plan": ("Жоспар", "План"),
    "not_done": ("Берілмеді", "Не выполнено"),
    "over_plan": ("Жоспар\u00adдан тыс", "Сверх плана"),
    "replaced": ("Алмас\u00adтырушы берді", "Выдали заменяю\u00adщие"),
    "replacements": ("Басқаны алмас\u00adтырды", "Заменял других"),
    "legend": ("Берілді — жоспар сағаттарының оқытушы өзі немесе оны алмастырушы бергені; айлар бойынша — оқытушы "
               "жолдары бойынша берілген барлық сағат (берілді мен жоспардан тыс); басқаны алмастырған сағаттар "
               "жоспарға кірмейді.",
               "Выполнено — часы плана, выданные преподавателем или заменявшим его; по месяцам — все часы, выданные "
               "по строкам преподавателя (выполнено и сверх плана); часы замены других в план не входят."),
    "months": ("Айлар бойынша берілген сағат", "Выдано часов по месяцам"),
    "teacher_total": ("{name}: барлығы", "{name}: итого"),
}

CATEGORIES = {
    "none": ("санатсыз", "без категории"),
    "pedagogue": ("педагог", "педагог"),
    "moderator": ("педагог-модератор", "педагог-модератор"),
    "expert": ("педагог-сарапшы", "педагог-эксперт"),
    "researcher": ("педагог-зерттеуші", "педагог-исследователь"),
    "master": ("педагог-шебер", "педагог-мастер"),
}

EDUCATION = {
    "higher": ("жоғары", "высшее"),
    "master": ("жоғары оқу орнынан кейінгі (магистратура)", "послевузовское (магистратура)"),
    "tvet": ("техникалық және кәсіптік", "техническое и профессиональное"),
    "doctorate": ("жоғары оқу орнынан кейінгі (докторантура)", "послевузовское (докторантура)"),
    "postsecondary": ("орта білімнен кейінгі", "послесреднее"),
}

# Positions as staff records usually write them, in either language: a document prints its own language's word;
# any other position prints as written.
POSITIONS = (
    ("оқытушы", "преподаватель"),
    ("аға оқытушы", "старший преподаватель"),
    ("өндірістік оқыту шебері", "мастер производственного обучения"),
    ("аға шебер", "старший мастер"),
)

MONTHS_SHORT = {
    "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"),
    "ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
}


# A soft hyphen marks where a header word too long for its narrow column is broken on paper; a workbook's
# header wraps on its own and drops it.
SOFT_HYPHEN = "\u00ad"


def word(key: str, language: str) -> str:
    kk, ru = WORDS[key]
    return (ru if language == "ru" else kk).replace(SOFT_HYPHEN, "")


def head_word(key: str, language: str) -> str:
    """A header's words as PDF paragraph markup, broken with a hyphen where the label marks it."""
    kk, ru = WORDS[key]
    return (ru if language == "ru" else kk).replace(SOFT_HYPHEN, "-<br/>")


def category_name(key: str, language: str) -> str:
    """The category's name; "" (as services.teachers keeps a teacher without one) and "none" print as none."""
    kk, ru = CATEGORIES.get(key or "none", (key, key))
    return ru if language == "ru" else kk


def education_name(key: str, language: str) -> str:
    kk, ru = EDUCATION.get(key, (key, key))
    return ru if language == "ru" else kk


def position_name(text: str, language: str) -> str:
    """The position in the document's language when it is one of POSITIONS (a list in Russian printed «оқытушы»
    for the teachers whose records were written in Kazakh), else as the record writes it."""
    wanted = (text or "").strip().lower()
    for kk, ru in POSITIONS:
        if wanted in (kk, ru):
            return ru if language == "ru" else kk
    return text


def month_short(month: int, language: str) -> str:
    return MONTHS_SHORT[language][month - 1]
