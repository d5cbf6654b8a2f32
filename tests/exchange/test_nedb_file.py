"""The NEDB contingent file: its layout to the byte, and read-write round trips."""
import os
import stat

import pytest
from hypothesis import given, strategies as st

from desktop.exchange.nedb_file import (BOM, COLUMNS, NedbFile, NedbFormatError, from_records, parse, read_file,
                                        render, write_file)

RECORD = {"iin": "070107580828", "surname": "Ахметов", "given_name": "Айдос", "patronymic": "Мұратұлы",
          "birth_date": "07.01.2007", "enrolment_kind": "общий порядок", "enrolled_on": "25.08.2023",
          "prior_education": "основную школу", "locality": "сельская местность", "duration": "3 года 10 месяцев",
          "course": "3 курс", "group_code": "24ПО-31к", "language": "казахский", "study_form": "очная",
          "specialty": "06130100 Программное обеспечение", "qualification": "4S06130105 Техник информационных систем",
          "academic_leave": "Нет", "dormitory": "Нет", "funding": "МБ", "scholarship": "Да", "orphan": "Нет",
          "disability": "Нет", "large_family": "Да", "left_on": "", "leaving_reason": "",
          "system_ei": "1200345", "system_id": "98765432"}


def test_the_layout_is_the_systems():
    data = render(from_records([RECORD]))
    assert data.startswith(BOM)
    text = data[len(BOM):].decode("utf-16-le")
    lines = text.split("\r\n")
    assert lines[-1] == "" and "\n" not in text.replace("\r\n", "")
    header, row = lines[0].split("\t"), lines[1].split("\t")
    assert header[:2] == ["EI Контингента", "ID контингента"]  # the system's own files start with its row ids
    assert header[2:7] == ["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения"]
    assert "Код группы [6159]" in header and "Ребенок, оставшийся без попечения родителей [258]" in header
    cell = dict(zip(header, row))
    assert cell["ИИН"] == '="070107580828"' and cell["Код группы [6159]"] == '="24ПО-31к"'
    assert cell["Дата рождения"] == '="07.01.2007"' and cell["Фамилия"] == "Ахметов"
    assert cell["Язык обучения [209]"] == "казахский" and cell["Обучение за счет средств [6662]"] == "МБ"


def test_read_then_write_gives_the_same_bytes():
    original = render(from_records([RECORD, dict(RECORD, iin="070127562165", surname="Байжанов")]))
    assert render(parse(original)) == original


def test_unknown_columns_and_the_systems_header_words_survive():
    header = "ИИН\tФамилия\tНовый признак [9999]\tКурс [5802]"
    data = BOM + (header + "\r\n" + '="070107580828"\tАхметов\tx\t2 курс' + "\r\n").encode("utf-16-le")
    parsed = parse(data)
    assert parsed.records() == [{"iin": "070107580828", "surname": "Ахметов", "course": "2 курс"}]
    assert render(parsed) == data


cell_text = st.text(alphabet=st.characters(blacklist_characters="\t\r\n\"", blacklist_categories=("Cs",)), max_size=20)


@given(st.lists(st.fixed_dictionaries({key: cell_text for key, _, _ in COLUMNS}), max_size=8))
def test_any_records_round_trip(records):
    file = from_records(records)
    again = parse(render(file))
    assert again.records() == [{k: v for k, v in r.items()} for r in records]
    assert render(again) == render(file)


@pytest.mark.parametrize("data, code", [
    ("ИИН\r\n".encode("utf-16-le"), "nedb.no_bom"),
    (BOM + "ИИН\tФамилия\r\n1\r\n".encode("utf-16-le"), "nedb.wrong_cell_count"),
    (BOM + b"", "nedb.no_header"),
])
def test_a_file_that_is_not_the_systems_is_refused(data, code):
    with pytest.raises(NedbFormatError) as caught:
        parse(data)
    assert caught.value.code == code


def test_written_files_are_for_the_owner_only(tmp_path):
    path = tmp_path / "contingent.txt"
    write_file(path, from_records([RECORD]))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert read_file(path).records()[0]["iin"] == "070107580828"
    assert isinstance(read_file(path), NedbFile)
