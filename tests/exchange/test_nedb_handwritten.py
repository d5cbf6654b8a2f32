"""NEDB contingent files written here byte by byte, unlike our own writer: no final CRLF, short and long rows,
columns in other orders and under other words, big-endian UTF-16, cells wrapped or not. Nothing read may be
dropped in silence: a row is either read whole or the file is refused with the line named."""
from __future__ import annotations

import codecs

import pytest

from desktop.exchange.nedb_file import NedbFormatError, parse, render

LE, BE = codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE
HEADER = ["ИИН", "Фамилия", "Имя", "Код группы [6159]"]
ROWS = [['="070107580828"', "Ахметов", "Айдос", '="24ПО-31к"'],
        ['="070127562165"', "Байжанова", "Аружан", '="24ПО-31к"'],
        ['="080315650077"', "Сейткали", "Ерлан", '="25ПО-21р"']]
RECORDS = [{"iin": "070107580828", "surname": "Ахметов", "given_name": "Айдос", "group_code": "24ПО-31к"},
           {"iin": "070127562165", "surname": "Байжанова", "given_name": "Аружан", "group_code": "24ПО-31к"},
           {"iin": "080315650077", "surname": "Сейткали", "given_name": "Ерлан", "group_code": "25ПО-21р"}]


def file_bytes(lines: list[list[str]], end: str = "\r\n", eol: str = "\r\n", bom: bytes = LE) -> bytes:
    text = eol.join("\t".join(cells) for cells in lines) + end
    return bom + text.encode("utf-16-be" if bom == BE else "utf-16-le")


@pytest.mark.parametrize("end", ["\r\n", ""], ids=["final CRLF", "no final CRLF"])
def test_every_row_is_read_with_or_without_a_final_line_end(end):
    data = file_bytes([HEADER, *ROWS], end=end)
    parsed = parse(data)
    assert parsed.records() == RECORDS
    assert parsed.final_eol is bool(end)
    assert render(parsed) == data  # written back as it came, final line end or not


def test_a_file_of_one_row_without_a_final_line_end():
    parsed = parse(file_bytes([HEADER, ROWS[0]], end=""))
    assert parsed.records() == RECORDS[:1]


def test_a_header_alone_is_a_file_of_no_rows():
    for end in ("\r\n", ""):
        parsed = parse(file_bytes([HEADER], end=end))
        assert (parsed.headers, parsed.rows) == (HEADER, [])


@pytest.mark.parametrize("position", [0, 1, 2])
@pytest.mark.parametrize("change", ["extra cell", "extra empty cell", "missing cell", "empty line"])
def test_a_row_of_the_wrong_length_is_refused_with_its_line(position, change):
    rows = [list(r) for r in ROWS]
    if change == "extra cell":
        rows[position].append("лишнее")
    elif change == "extra empty cell":
        rows[position].append("")
    elif change == "missing cell":
        rows[position].pop()
    else:
        rows[position] = [""]
    # (an empty last line with no line end after it is only the file's final CRLF: nothing is lost there)
    for end in ("\r\n", "") if (change, position) != ("empty line", 2) else ("\r\n",):
        with pytest.raises(NedbFormatError) as refused:
            parse(file_bytes([HEADER, *rows], end=end))
        assert (refused.value.code, refused.value.line) == ("nedb.wrong_cell_count", position + 2)


@pytest.mark.parametrize("order", [(3, 2, 1, 0), (1, 3, 0, 2), (2, 0, 3, 1)])
def test_columns_in_another_order(order):
    parsed = parse(file_bytes([[HEADER[i] for i in order], *[[row[i] for i in order] for row in ROWS]]))
    assert parsed.records() == RECORDS


def test_headers_in_the_systems_other_words_and_unknown_columns():
    header = ["Примечание", "  иин ", "ФАМИЛИЯ", "Имя", "Группа [6159]", "Курс [5802]", "Новый признак [9999]"]
    row = ["что-то", '="070107580828"', "Ахметов", "Айдос", '="24ПО-31к"', "2 курс", "x"]
    parsed = parse(file_bytes([header, row]))
    assert parsed.records() == [dict(RECORDS[0], course="2 курс")]
    assert parsed.rows == [["что-то", "070107580828", "Ахметов", "Айдос", "24ПО-31к", "2 курс", "x"]]
    assert render(parsed) == file_bytes([header, row])


def test_a_column_given_twice_is_read_from_its_first_place():
    parsed = parse(file_bytes([["ИИН", "Фамилия", "Фамилия"], ['="070107580828"', "Ахметов", "Ахмет"]]))
    assert parsed.records() == [{"iin": "070107580828", "surname": "Ахметов"}]


def test_big_endian_utf16_is_read_and_written_back_as_it_came():
    data = file_bytes([HEADER, *ROWS], bom=BE)
    parsed = parse(data)
    assert parsed.records() == RECORDS and render(parsed) == data


def test_cells_wrapped_or_bare_each_as_written():
    rows = [['070107580828', "Ахметов", '="Айдос"', ''], ['="070127562165"', '=""', "Аружан", '="24ПО-31к"']]
    data = file_bytes([HEADER, *rows])
    parsed = parse(data)
    assert parsed.rows == [["070107580828", "Ахметов", "Айдос", ""], ["070127562165", "", "Аружан", "24ПО-31к"]]
    assert render(parsed) == data


@pytest.mark.parametrize("cell, value", [('="', '="'), ('=', '='), ('"x"', '"x"'), ('="a"b"', 'a"b'), ('="="', '=')])
def test_what_counts_as_a_wrapped_cell(cell, value):
    parsed = parse(file_bytes([["Фамилия"], [cell]]))
    assert parsed.rows == [[value]]
    assert render(parsed) == file_bytes([["Фамилия"], [cell]])


@pytest.mark.parametrize("data, code", [
    ("ИИН\r\n".encode("utf-8"), "nedb.no_bom"),
    (codecs.BOM_UTF8 + "ИИН\r\n".encode("utf-8"), "nedb.no_bom"),
    (b"", "nedb.no_bom"),
    (LE, "nedb.no_header"),
    (LE + "\r\n".encode("utf-16-le"), "nedb.no_header"),
    (LE + "  \t \r\n".encode("utf-16-le"), "nedb.no_header"),
    (LE + b"\x00\xd8\x41\x00", "nedb.not_utf16"),  # a lone surrogate
    (LE + "ИИН".encode("utf-16-le") + b"\x41", "nedb.not_utf16"),  # an odd number of bytes
])
def test_what_is_not_an_nedb_file(data, code):
    with pytest.raises(NedbFormatError) as refused:
        parse(data)
    assert refused.value.code == code


def test_line_feeds_alone_do_not_lose_rows():
    """A file saved by an editor with LF line ends: its rows are read, or the file is refused -- never 0 rows."""
    data = file_bytes([HEADER, *ROWS], end="\n", eol="\n")
    try:
        parsed = parse(data)
    except NedbFormatError:
        return
    assert parsed.records() == RECORDS


@pytest.mark.parametrize("eol", ["\n", "\r"], ids=["LF", "CR"])
def test_a_file_saved_with_other_line_ends_is_read_and_written_back_with_them(eol):
    data = file_bytes([HEADER, *ROWS], end=eol, eol=eol)
    parsed = parse(data)
    assert parsed.records() == RECORDS
    assert render(parsed) == data
