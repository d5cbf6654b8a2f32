"""The diploma supplement on plain A4 read back as the registrar and an inspector read it, in Kazakh and Russian:
every required part, each copy wholly in its language (codes in Cyrillic, ПМ / РО in Russian), decimal commas,
the header on every page of a long table, and the signatures never on a page of their own."""
from __future__ import annotations

import dataclasses
import re

import pytest
from pypdf import PdfReader

from desktop.reports import finishing
from desktop.reports.supplement_data import Grade, RowKind, SupplementRow
from desktop.reports.supplement_layout import row_code
from desktop.reports.supplement_pdf import write_supplement, write_supplements, write_supplements_file
from tests.reports.test_supplement_samples import sample, sample_rows

WORDS = {
    "kk": {"heading": "ДИПЛОМҒА ҚОСЫМША", "diploma": "Диплом сериясы JB № 0012345", "hours": "Сағат саны",
           "letter": "Әріптік", "page": "{page}-бет, барлығы {pages}", "stamp": "М.О.", "passed": "сынақ",
           "date": "«30» маусым 2026 ж.", "blank_date": "«___» __________ 20__ ж.", "honours": "Үздік диплом",
           "specialty": "06130100 «Бағдарламалық қамтамасыз ету»", "place": "Тараз қаласы",
           "average": "Орташа балл: 3,12; орташа пайыз: 81,5", "registration": "Тіркеу нөмірі",
           "qualifications": ("3W06130101 «Компьютерлік техниканы жөндеу шебері»", "4S06130103 «Бағдарламашы»"),
           "titles": ("Директор", "Оқу ісі жөніндегі директордың орынбасары", "Хатшы"),
           "particulars": ("14.03.2007", "070314600123", "2022", "2026", "негізгі орта білім", "күндізгі"),
           "codes": ("КМ 01", "ОН 1.1", "БМ 01"), "foreign": ("ПМ 01", "РО 1.1", "зачтено", "Итого")},
    "ru": {"heading": "ПРИЛОЖЕНИЕ К ДИПЛОМУ", "diploma": "Диплом серия JB № 0012345", "hours": "Кол-во часов",
           "letter": "Буквенная", "page": "Страница {page} из {pages}", "stamp": "М.П.", "passed": "зачтено",
           "date": "«30» июня 2026 г.", "blank_date": "«___» __________ 20__ г.", "honours": "Диплом с отличием",
           "specialty": "06130100 «Программное обеспечение»", "place": "город Тараз",
           "average": "Средний балл: 3,12; средний процент: 81,5", "registration": "Регистрационный номер",
           "qualifications": ("3W06130101 «Мастер по ремонту компьютерной техники»", "4S06130103 «Программист»"),
           "titles": ("Директор", "Заместитель директора по учебной работе", "Секретарь"),
           "particulars": ("14.03.2007", "070314600123", "2022", "2026", "основное среднее образование", "очная"),
           "codes": ("ПМ 01", "РО 1.1", "БМ 01"), "foreign": ("КМ 01", "ОН 1.1", "сынақ", "Барлығы", "Қорытынды")},
}
KAZAKH_LETTERS = set("ӘәІіҢңҒғҮүҰұҚқӨөҺһ")
POINT_DECIMAL = re.compile(r"(?<![\d.])\d\.\d{1,2}(?![\d.])")  # 3.33 but not the date 14.03.2007
LATIN_CODE = re.compile(r"\b[A-Za-z]{1,3}\s?\d{1,2}(\.\d+)?\b")


def pages_of(path) -> list[str]:
    """Each page's text with its lines joined: a long name wraps in its cell."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def printed(path) -> str:
    return " ".join(pages_of(path))


@pytest.fixture(params=["kk", "ru"])
def language(request):
    return request.param


def test_the_supplement_holds_every_part_of_the_form(tmp_path, language):
    s, words = sample(with_honours=True), WORDS[language]
    pages = pages_of(write_supplement(tmp_path / "s.pdf", s, language))
    text = " ".join(pages)
    for part in (words["heading"], words["diploma"], words["honours"], s.full_name, words["specialty"],
                 *words["qualifications"], *words["particulars"], s.college.name_ru if language == "ru" else
                 s.college.name_kk, words["hours"], words["letter"], words["average"], words["stamp"],
                 words["registration"], "401", words["date"], words["place"], *words["titles"],
                 "Сейтқалиев Е. Б.", "Омарова Г. Т.", "Нұрланова А. С."):
        assert part in text, part
    for row in s.rows:  # every row on its line: number, code and name in the language, hours, credits, grade
        name = " ".join(f"{row_code(row.code, language)} {row.name(language)}".split())
        line = f"{row.number} {name} {finishing.figure(row.hours)} {finishing.figure(row.credits)}"
        if row.grade and row.grade.pass_fail:
            line += f" {words['passed']}"
        elif row.grade:
            g = row.grade
            line += f" {g.percent} {g.letter} {finishing.number(g.points, 2)} {g.traditional(language)}"
        assert line in text, line
    assert words["passed"] in text and "3,33" in text and "B+" in text
    assert all(word not in text for word in words["foreign"])
    # Points and credits with a decimal comma only (an outcome's code ОН 1.1 keeps its point).
    assert POINT_DECIMAL.search(re.sub(r"(ОН|РО) \d+\.\d+", "", text)) is None
    for number, page in enumerate(pages, start=1):
        assert words["page"].format(page=number, pages=len(pages)) in page
    assert (set(text) & KAZAKH_LETTERS) if language == "kk" else True


def test_each_row_prints_its_own_figures_on_its_line(tmp_path, language):
    """A row read back whole: number, code and name, hours, credits, percent, letter, points, traditional grade."""
    row = SupplementRow(RowKind.OUTCOME, "19", "ОН 1.1", "Контент жасау", "Создание контента", 72, 3,
                        Grade(86, "B+", 3.33, "жақсы", "хорошо"))
    text = printed(write_supplement(tmp_path / "s.pdf", sample(rows=(row,)), language))
    expected = {"kk": "19 ОН 1.1 Контент жасау 72 3 86 B+ 3,33 жақсы",
                "ru": "19 РО 1.1 Создание контента 72 3 86 B+ 3,33 хорошо"}[language]
    assert expected in text


def test_codes_typed_with_latin_twins_print_in_cyrillic(tmp_path, language):
    rows = (SupplementRow(RowKind.PROFESSIONAL_MODULE, "1", "KM 01", "Модуль", "Модуль", 144, 6),
            SupplementRow(RowKind.OUTCOME, "2", "OH 1.1", "Нәтиже", "Результат", 72, 3, Grade(90, "A-", 3.67, "өте "
                          "жақсы", "отлично")),
            SupplementRow(RowKind.BASIC_MODULE, "3", "BM 02", "Базалық", "Базовый", 72, 3, Grade(95, "A", 4.0,
                                                                                              "өте жақсы", "отлично")))
    text = printed(write_supplement(tmp_path / "s.pdf", sample(rows=rows), language))
    assert all(code in text for code in {"kk": ("КМ 01", "ОН 1.1", "БМ 02"), "ru": ("ПМ 01", "РО 1.1", "БМ 02")}[
        language])
    assert not any(latin in text for latin in ("KM 01", "OH 1.1", "BM 02", "PO 1.1"))
    assert LATIN_CODE.search(re.sub(r"[A-F][+-]? \d,\d\d", "", text.split(WORDS[language]["letter"])[1])) is None


def test_a_module_heading_carries_no_grade_and_an_elective_its_pass_word(tmp_path, language):
    rows = (SupplementRow(RowKind.PROFESSIONAL_MODULE, "1", "КМ 01", "Модуль", "Модуль", 144, 6,
                          Grade(99, "A", 4.0, "өте жақсы", "отлично")),
            SupplementRow(RowKind.ELECTIVE, "2", "Ф1", "Факультатив", "Факультатив", 36, 1.5, Grade(passed=True)),
            SupplementRow(RowKind.ELECTIVE, "3", "Ф2", "Екінші", "Второй", 36, 1.5, Grade(passed=False)))
    text = printed(write_supplement(tmp_path / "s.pdf", sample(rows=rows), language))
    assert "99" not in text and "4,00" not in text  # a heading's grade is never printed
    passed, failed = {"kk": ("сынақ", "сыналмады"), "ru": ("зачтено", "не зачтено")}[language]
    assert f"Ф1 Факультатив 36 1,5 {passed}" in text and failed in text


def test_a_supplement_not_yet_registered_leaves_lines_to_fill_by_hand(tmp_path, language):
    s = sample(registration_number="", issued_on=None, with_honours=False,
               signatories=sample().signatories[:1] + (dataclasses.replace(sample().signatories[1], name=""),))
    text = printed(write_supplement(tmp_path / "s.pdf", s, language))
    assert WORDS[language]["blank_date"] in text and "_" * 24 in text
    assert WORDS[language]["honours"] not in text


def test_a_long_table_continues_with_its_header_on_every_page(tmp_path, language):
    s = sample(rows=sample_rows() + sample_rows(seed=1))  # 132 rows
    pages = pages_of(write_supplement(tmp_path / "s.pdf", s, language))
    assert len(pages) >= 4
    for page in pages:
        assert WORDS[language]["hours"] in page and WORDS[language]["letter"] in page
        assert f"{WORDS[language]['heading']} · JB № 0012345 · {s.full_name}" in page
    assert s.full_name in pages[0].split(WORDS[language]["hours"])[0]  # the particulars only on the first page


@pytest.mark.parametrize("count", [1, 5, 17, 24, 30, 31, 36, 44, 52, 58, 60, 66])
def test_the_signatures_never_stand_alone_on_a_page(tmp_path, count):
    """Whatever the number of rows, the last page holds the last rows of the table above the signatures."""
    rows = sample_rows()[:count]
    s = sample(rows=rows, total_hours=None, total_credits=None)
    pages = pages_of(write_supplement(tmp_path / "s.pdf", s, "kk"))
    last = pages[-1]
    assert "Директор" in last and "М.О." in last and "Тіркеу нөмірі" in last
    names = [" ".join(f"{row_code(r.code, 'kk')} {r.name_kk}".split()) for r in rows]
    assert names[-1] in last
    if count > 1:
        assert names[-2] in last


def test_a_language_other_than_kazakh_or_russian_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ValueError):
        write_supplement(tmp_path / "s.pdf", sample(), "en")
    assert not (tmp_path / "s.pdf").exists()


def test_a_group_prints_a_file_per_graduate_and_language_or_one_file(tmp_path):
    group = [sample(seed=n) for n in range(3)] + [sample(seed=0)]  # the same diploma twice: two files still
    done = []
    files = write_supplements(tmp_path / "each", group, progress=lambda n, total: done.append((n, total)))
    assert len(files) == 8 and len({f.name for f in files}) == 8 and done[-1] == (8, 8)
    assert files[0].name == "JB 0012345 Серікова Әйгерім Маратқызы (kk).pdf"
    assert files[0].stat().st_mode & 0o077 == 0  # names and IINs: the owner's alone
    one = write_supplements_file(tmp_path / "group-ru.pdf", group[:2], "ru")
    pages = pages_of(one)
    alone = [len(pages_of(write_supplement(tmp_path / f"{n}.pdf", s, "ru"))) for n, s in enumerate(group[:2])]
    assert len(pages) == sum(alone)
    assert pages[alone[0]].count("ПРИЛОЖЕНИЕ К ДИПЛОМУ") >= 2 and "0012346" in pages[alone[0]]
    assert f"Страница 1 из {alone[1]}" in pages[alone[0]]  # each graduate's pages counted on their own
