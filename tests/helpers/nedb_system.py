"""A contingent file written the way NEDB itself writes it, for tests of reading the real thing.

The vocabulary is the one a public importer written against the system's real contingent files reads:
the system's row ids first, dates as 2006-01-01 and as ="2025-09-01T00:00:00", "основную школу",
"4 года" / "3 года 10 месяцев", "1 курс", "как восстановившийся", "переводом …", "не нуждается",
"МБ" / "самофинансирование", "Да" / "Нет", a leave's reason instead of "Да", the main classifier column
holding the qualification with the specialty beside it, empty text cells written bare, and columns
Zhospar has no field for (address, e-mail, semester results, scholarship amounts as value=NNN).
"""
from __future__ import annotations

import random
from datetime import date

from desktop.domain.ids import make_iin

TODAY = date(2026, 11, 20)
HEADERS = [
    "EI Контингента", "ID контингента", "ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения",
    "Адрес постоянной регистрации на русском [6997]", "Вид зачисления [type_enrollment]",
    "Дата прибытия/зачисления [267]", "Сотовый телефон (номер) [6914]", "Электронный адрес (Е-mail) [6915]",
    "Из числа принятых, окончил(-а): [5573]", "Тип местности проживания [246]", "Срок обучения [6129]",
    "Дата окончания обучения по данной специальности [date_graduation_specialty]", "Курс обучения [5802]",
    "Дата начала курса [course_start_date]", "Дата окончания курса [course_end_date]", "Код группы [6159]",
    "Язык обучения [209]", "Форма обучения [5568]", "Специальность и классификатор (основной) [426]",
    "Специальность [speciality_a]", "Квалификация [qualification_a]", "Находится в академическом отпуске [6754]",
    "Успеваемость за семестр [7201]", "Сведения об общежитии [5560]", "Обучение за счет средств [6662]",
    "Назначена стипендия [447]", "Информация о начислении и размер стипендии, тенге [470]", "Ребенок - сирота [251]",
    "Ребенок, оставшийся без попечения родителей [258]", "Дети с инвалидностью и/или лица с инвалидностью [253]",
    "Из многодетной семьи [7822]", "Дата выбытия [269]", "Причина выбытия [5804]",
]
# (group code prefix, specialty, qualification, prior education word, duration word, months, language)
GROUPS = [
    ("ПО", "06130100 Программное обеспечение", "4S06130103 Разработчик программного обеспечения", "основную школу",
     "3 года 10 месяцев", "р", "русский"),
    ("ИС", "06130100 Программное обеспечение", "4S06130105 Техник информационных систем", "среднюю школу",
     "2 года 10 месяцев", "к", "казахский"),
    ("УА", "04110100 Учет и аудит", "4S04110102 Бухгалтер", "основную школу", "2 года 10 месяцев", "к", "казахский"),
    ("НО", "01140100 Педагогика и методика начального обучения", "4S01140101 Учитель начального образования",
     "основную школу", "4 года", "р", "русский"),
    ("ДВ", "01120100 Дошкольное воспитание и обучение", "3W01120101 Помощник воспитателя", "организацию ТиПО",
     "10 месяцев", "к", "казахский"),
]
SURNAMES = ["Ахметов", "Сәрсенбаев", "Жұмабеков", "Ким", "Иванов", "Нұрланов", "Оспанов", "Әбілов", "Қасымов",
            "Төлеуов"]
GIVEN = {"M": ["Айдос", "Нұрсұлтан", "Ерлан", "Дамир", "Әлихан"], "F": ["Аружан", "Әсем", "Дана", "Мадина", "Ақбота"]}


def _date(day: date, *, text: bool = True) -> str:
    return f'="{day.isoformat()}T00:00:00"' if text else day.isoformat()


def system_rows(count: int = 300, seed: int = 12) -> list[list[str]]:
    """count students in groups of 30, as cells exactly as the system writes them."""
    pick = random.Random(seed)
    rows = []
    for n in range(count):
        prefix, specialty, qualification, prior, duration, lang_letter, language = GROUPS[(n // 30) % len(GROUPS)]
        course = 1 + (n // 30) % 4 if not duration.startswith("10") else 1
        intake = 2026 - course + 1
        code = f"{intake % 100}{prefix}-{course}{1 + n // 150}{lang_letter}"
        sex = "M" if n % 2 else "F"
        born = date(2010 - course - (2 if prior == "среднюю школу" else 0), 1 + n % 12, 1 + n % 28)
        serial, iin = 1000 + n * 7, None
        while iin is None:
            iin = make_iin(born, sex, serial)
            serial += 1
        surname = SURNAMES[n % len(SURNAMES)] + ("а" if sex == "F" and SURNAMES[n % 10].endswith("ов") else "")
        kind = ["на общих основаниях"] * 8 + ["как восстановившийся", "переводом из ГККП «Колледж связи»"]
        enrolled = date(intake, 8, 28)
        on_leave = n % 97 == 5
        left = date(2026, 10, 15) if n % 75 == 40 else None
        scholarship = not on_leave and n % 3 == 0
        rows.append([
            str(4_810_000 + n * 7), str(91_200_000 + n * 13), f'="{iin}"', surname, GIVEN[sex][n % 5],
            "" if n % 17 == 0 else ("Маратұлы" if sex == "M" else "Маратқызы"), born.isoformat(),
            f"г. Тараз, ул. Абая, {n + 1}", kind[n % 10], _date(enrolled), f'="+7701{n:07d}"',
            f"student{n}@mail.kz" if n % 4 else "", prior, pick.choice(["городская местность", "сельская местность"]),
            duration, _date(date(intake + 3, 6, 30)), f"{course} курс", _date(date(2026, 9, 1)),
            _date(date(2027, 6, 30)), f'="{code}"', language, "очная", qualification, specialty, qualification,
            "по состоянию здоровья" if on_leave else "Нет",
            pick.choice(["отлично", "хорошо", "удовлетворительно", ""]),
            "обеспечен" if n % 6 == 0 else "не нуждается", "самофинансирование" if n % 5 == 0 else "МБ",
            "Да" if scholarship else "Нет", "value=25000" if scholarship else "",
            "Да" if n % 50 == 7 else "Нет", "Да" if n % 60 == 11 else "Нет", "Да" if n % 45 == 3 else "Нет",
            "Да" if n % 8 == 1 else "Нет", _date(left) if left else "", "по собственному желанию" if left else "",
        ])
    return rows


def system_file(rows: list[list[str]] | None = None, headers: list[str] | None = None) -> bytes:
    """The file's bytes: UTF-16 with its byte-order mark, tabs, CRLF."""
    rows = system_rows() if rows is None else rows
    lines = ["\t".join(headers or HEADERS), *("\t".join(row) for row in rows)]
    return "\r\n".join(lines).encode("utf-16") + "\r\n".encode("utf-16-le")


def column(name: str) -> int:
    """A column's index by the start of its header."""
    return next(i for i, header in enumerate(HEADERS) if header.startswith(name))


def import_twice_at_once(url, backups, path, today=TODAY) -> list:
    """Two registrars import the same file into one database at the same moment: both plans are read before
    either writes, then both apply at once. Each outcome is the ImportResult or the exception raised."""
    import threading  # noqa: PLC0415

    from desktop.services import nedb_import  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415

    databases = [open_database(url, backups) for _ in range(2)]
    plans = [nedb_import.analyse(each, path, today) for each in databases]
    start, outcomes = threading.Barrier(2), [None, None]

    def run(n):
        start.wait()
        try:
            outcomes[n] = nedb_import.apply(databases[n], plans[n], set(), f"registrar {n}", today)
        except Exception as exc:  # noqa: BLE001 - the caller says which kind it must be
            outcomes[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for each in databases:
        each.close()
    return outcomes
