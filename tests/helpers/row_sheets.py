"""A working curriculum written in rows the way colleges type one: an approval and title block, a two-row
header (course merged over its semesters, bilingual cells), a row of column numbers, section rows carrying
their sums, learning outcomes under their modules, practice inside a module, subtotals and totals, and the
signatures under the table. Every sum is computed here, so a test that breaks one knows what it broke.

    book, plan = row_plan_workbook()
    plan.rows["ОН 1.1"]       # the sheet row of a plan row, by its code or Kazakh name
    plan.totals["general"]    # the sheet row of a subtotal
"""
from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl import Workbook

HEADER_TOP, HEADER_BOTTOM = 9, 10
# Columns: A index, B name, C control, D credits, E hours, F theory, G lab-practical, H course project,
# I..P semesters 1-8 (course 1 over I:J, ... course 4 over O:P).
COLUMN_OF_SEMESTER = {n: 8 + n for n in range(1, 9)}

# (code, Kazakh / Russian name, hours, {semester: hours}, control)
GENERAL = [
    ("", "Қазақ тілі / Казахский язык", 120, {1: 60, 2: 60}, "емтихан/экзамен"),
    ("", "Қазақ әдебиеті\nКазахская литература", 96, {1: 48, 2: 48}, "сынақ/зачет"),
    ("ООД 03", "Орыс тілі және әдебиеті / Русский язык и литература", 120, {1: 60, 2: 60}, "Э-2"),
    ("", "Шетел тілі / Иностранный язык", 144, {1: 72, 2: 72}, "сараланған сынақ/дифф. зачет"),
    ("", "Математика", 192, {1: 96, 2: 96}, "экзамен 2"),
    ("", "Информатика", 96, {1: 48, 2: 48}, "сынақ 2"),
    ("", "Қазақстан тарихы / История Казахстана", 96, {1: 48, 2: 48}, "емтихан"),
    ("", "Дене шынықтыру / Физическая культура", 168, {1: 84, 2: 84}, "сынақ"),
    ("", "НВТП", 96, {1: 48, 2: 48}, "сынақ"),
    ("", "Физика", 96, {1: 48, 2: 48}, "емтихан"),
    ("", "Дүниежүзі тарихы / Всемирная история", 48, {1: 24, 2: 24}, "сынақ"),
    ("", "Химия", 72, {1: 36, 2: 36}, "сынақ"),
    ("", "Биология", 72, {1: 36, 2: 36}, "сынақ"),
    ("", "Жалпы білім беретін пәндер бойынша емтихандар / Экзамены по общеобразовательным дисциплинам", 24,
     {2: 24}, ""),
]
BASIC = [
    ("БМ 1", "Дене қасиеттерін дамыту және жетілдіру / Развитие и совершенствование физических качеств", 240,
     {3: 60, 4: 60, 5: 60, 6: 60}, "сынақ"),
    ("БМ 2", "Ақпараттық-коммуникациялық технологияларды қолдану / Применение ИКТ", 72, {3: 72}, "сынақ"),
    ("БМ 3", "Экономиканың базалық білімін қолдану / Применение базовых знаний экономики", 72, {4: 72}, "сынақ"),
    ("БМ 4", "Әлеуметтік ғылымдар негіздерін қолдану / Применение основ социальных наук", 96, {5: 96}, "емтихан"),
]
# (module code, names, qualification, [(outcome code or practice name, names, hours, semesters, control)]).
# Each study year holds 1,440 hours (60 credits) with the basic modules and the attestations, the last 1,152.
PROFESSIONAL = [
    ("КМ 01", "Кәсіптік модуль 1 / Профессиональный модуль 1", "3W06130102", [
        ("ОН 1.1", "Бағдарламалау негіздері / Основы программирования", 360, {3: 180, 4: 180}, "емтихан 4"),
        ("ОН 1.2", "Деректер қоры / Базы данных", 396, {3: 198, 4: 198}, "сараланған сынақ 4"),
        ("", "Өндірістік практика / Производственная практика", 144, {4: 144}, "сынақ"),
    ]),
    ("КМ 02", "Кәсіптік модуль 2 / Профессиональный модуль 2", "3W06130102", [
        ("ОН 2.1", "Веб-әзірлеу / Веб-разработка", 240, {3: 120, 4: 120}, "емтихан 4"),
        ("ОН 2.2", "Тестілеу / Тестирование", 480, {5: 240, 6: 240}, "емтихан 6"),
        ("ОН 2.3", "Бағдарламаны сүйемелдеу / Сопровождение программ", 228, {5: 114, 6: 114}, "сынақ"),
    ]),
    ("КМ 03", "Кәсіптік модуль 3 / Профессиональный модуль 3", "4S06130105", [
        ("ОН 3.1", "Ақпараттық жүйелерді жобалау / Проектирование информационных систем", 480,
         {5: 240, 6: 240}, "емтихан 6"),
        ("ОН 3.2", "Жобаларды басқару / Управление проектами", 432, {7: 216, 8: 216}, "емтихан 8"),
        ("ОН 3.3", "Ақпараттық қауіпсіздік / Информационная безопасность", 360, {7: 360}, "емтихан 7"),
        ("", "Дипломалды практика / Преддипломная практика", 288, {8: 288}, "сараланған сынақ"),
    ]),
]
QUALIFICATIONS = {"3W06130102": "Бағдарламалық қамтамасыз ету әзірлеушісі / Разработчик программного обеспечения",
                  "4S06130105": "Ақпараттық жүйелер технигі / Техник информационных систем"}
INTERMEDIATE_HOURS, FINAL_HOURS, CONSULTATION_HOURS = 72, 72, 96
ELECTIVES = [("Ф 01", "Дінтану / Религиоведение", 48, {3: 48}, ""),
             ("Ф 02", "Риторика", 48, {4: 48}, "")]


@dataclass
class RowPlan:
    """Where things are on the sheet, and the sums the sheet writes."""

    rows: dict = field(default_factory=dict)  # code or Kazakh name -> sheet row
    totals: dict = field(default_factory=dict)  # "general", "basic", "professional", "mandatory", "all" -> row
    headings: dict = field(default_factory=dict)  # section -> sheet row
    hours: dict = field(default_factory=dict)  # the same keys as totals -> hours written


def _kk(name: str) -> str:
    return name.replace("\n", " / ").split(" / ")[0]


def row_plan_workbook(years_text: str = "2023-2027 оқу жылдары / учебные годы", title: str = "3Ғ-1",
                      length_text: str = "оқу мерзімі 3 жыл 10 ай") -> tuple[Workbook, RowPlan]:
    """The plan of 06130100 / 3W06130102 + 4S06130105 on the 9-grade base (4 years), on one sheet; the cohort's
    years and the length of study are written in the title block unless given empty."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    plan = RowPlan()
    sheet["M1"] = "БЕКІТЕМІН / УТВЕРЖДАЮ"
    sheet["M2"] = "Колледж директоры ____________"
    sheet["M3"] = "«___» ________ 2023 ж."
    sheet["A4"] = "«Жамбыл жоғары колледжі» КМҚК"
    sheet["A5"] = "ЖҰМЫС ОҚУ ЖОСПАРЫ / РАБОЧИЙ УЧЕБНЫЙ ПЛАН"
    sheet.merge_cells("A5:P5")
    sheet["A6"] = "Мамандығы / Специальность: 06130100 «Бағдарламалық қамтамасыз ету»"
    sheet["A7"] = ("Біліктілігі / Квалификация: 3W06130102 Бағдарламалық қамтамасыз ету әзірлеушісі, "
                   "4S06130105 Ақпараттық жүйелер технигі")
    sheet["A8"] = ", ".join(t for t in ("Негізгі орта білім негізінде", length_text, years_text) if t)
    heads = {"A": "Индекс", "B": "Модульдер мен пәндердің атауы / Наименование модулей и дисциплин",
             "C": "Бақылау нысаны / Форма контроля", "D": "Кредит", "E": "Барлық сағат / Всего часов"}
    for column, text in heads.items():
        sheet[f"{column}{HEADER_TOP}"] = text
        sheet.merge_cells(f"{column}{HEADER_TOP}:{column}{HEADER_BOTTOM}")
    sheet[f"F{HEADER_TOP}"] = "Оның ішінде / В том числе"
    sheet.merge_cells(f"F{HEADER_TOP}:H{HEADER_TOP}")
    sheet[f"F{HEADER_BOTTOM}"] = "Теория"
    sheet[f"G{HEADER_BOTTOM}"] = "Зертханалық-практикалық / Лабораторно-практические"
    sheet[f"H{HEADER_BOTTOM}"] = "Курстық жоба / Курсовой проект"
    for course in range(1, 5):
        left, right = COLUMN_OF_SEMESTER[2 * course - 1], COLUMN_OF_SEMESTER[2 * course]
        sheet.cell(HEADER_TOP, left, f"{course} курс")
        sheet.merge_cells(start_row=HEADER_TOP, start_column=left, end_row=HEADER_TOP, end_column=right)
        sheet.cell(HEADER_BOTTOM, left, "1 сем")
        sheet.cell(HEADER_BOTTOM, right, "2 сем")
    sheet.append(list(range(1, 17)))  # the row of column numbers

    def line(code, name, hours, semesters=None, control="", credits=None, key=None):
        values = [code or None, name, control or None, credits if credits is not None else (hours / 24 if hours % 12 == 0 else None), hours]
        values += [None] * 3 + [(semesters or {}).get(n) for n in range(1, 9)]
        sheet.append(values)
        plan.rows[key or code or _kk(name)] = sheet.max_row

    def heading(section, name, hours):
        line(None, name, hours, key=f"section:{section}")
        plan.headings[section] = sheet.max_row

    def total(key, name, hours):
        line(None, name, hours, key=f"total:{key}")
        plan.totals[key], plan.hours[key] = sheet.max_row, hours

    general = sum(item[2] for item in GENERAL)
    heading("general", "Жалпы білім беретін пәндер / Общеобразовательные дисциплины", general)
    for item in GENERAL:
        line(*item)
    total("general", "ЖБП бойынша барлығы / Итого по ООД", general)
    basic = sum(item[2] for item in BASIC)
    heading("basic", "Базалық модульдер / Базовые модули", basic)
    for item in BASIC:
        line(*item)
    professional = sum(o[2] for _, _, _, outcomes in PROFESSIONAL for o in outcomes)
    heading("professional", "Кәсіптік модульдер / Профессиональные модули", professional)
    qualified = None
    for code, name, qualification, outcomes in PROFESSIONAL:
        if qualification != qualified:  # the qualification written over the modules that teach it
            sheet.append([None, f"{qualification} {QUALIFICATIONS[qualification]}"])
            plan.rows[qualification], qualified = sheet.max_row, qualification
        line(code, name, sum(o[2] for o in outcomes))
        for item in outcomes:
            line(*item)
    total("professional", "Кәсіптік модульдер бойынша барлығы / Итого по профессиональным модулям", professional)
    heading("intermediate", "Аралық аттестаттау / Промежуточная аттестация", INTERMEDIATE_HOURS)
    line(None, "Семестрлік емтихандар / Семестровые экзамены", 36, {4: 36})
    line(None, "3W06130102 біліктілігі бойынша біліктілік емтиханы (демонстрациялық емтихан) / "
               "Квалификационный экзамен (демонстрационный экзамен)", 36, {6: 36}, key="exam 3W06130102")
    heading("final", "Қорытынды аттестаттау / Итоговая аттестация", FINAL_HOURS)
    sheet.cell(sheet.max_row, COLUMN_OF_SEMESTER[8], FINAL_HOURS)
    mandatory = general + basic + professional + INTERMEDIATE_HOURS + FINAL_HOURS
    total("mandatory", "Міндетті оқыту бойынша барлығы / Итого обязательного обучения", mandatory)
    heading("consultations", "Консультациялар / Консультации", CONSULTATION_HOURS)
    electives = sum(item[2] for item in ELECTIVES)
    heading("electives", "Факультативтік сабақтар / Факультативные занятия", electives)
    for item in ELECTIVES:
        line(*item)
    total("all", "Барлығы / Всего", mandatory + CONSULTATION_HOURS + electives)
    sheet.append([])
    sheet.append([None, "Директордың оқу ісі жөніндегі орынбасары / Заместитель директора по УР ____________"])
    plan.hours.update(general=general, basic=basic, professional=professional, mandatory=mandatory)
    return book, plan
