"""How an NEDB file wrote each column, read from files written here by hand, and the refusals' line and detail;
a file made in the program (no per-cell forms) written with one form per column."""
from __future__ import annotations

import codecs

import pytest

from desktop.exchange.nedb_file import NedbFile, NedbFormatError, from_records, parse, render, render_lines

LE = codecs.BOM_UTF16_LE


def data(*lines: str, eol: str = "\r\n", final: bool = True) -> bytes:
    return LE + (eol.join(lines) + (eol if final else "")).encode("utf-16-le")


def test_which_columns_were_text_and_which_empty_cells_were_bare():
    # column 0 always wrapped; column 1 wrapped once and bare-empty once; column 2 never wrapped; column 3 only =""
    parsed = parse(data("ИИН\tКод группы [6159]\tФамилия\tОтчество", '="070107580828"\t="24ПО"\tА\t=""',
                        '="070127562165"\t\tБ\t=""'))
    assert parsed.text_columns == {0, 1, 3}
    assert parsed.bare_empty == {1}
    assert parsed.rows == [["070107580828", "24ПО", "А", ""], ["070127562165", "", "Б", ""]]


def test_a_header_alone_takes_the_text_columns_the_system_uses():
    parsed = parse(data("Фамилия\tИИН\tДата рождения\tКод группы [6159]\tКурс [5802]"))
    assert parsed.rows == [] and parsed.text_columns == {1, 2, 3}


def test_a_file_made_here_writes_one_form_per_column():
    file = NedbFile(["ИИН", "Фамилия", "Код группы [6159]"], [["070107580828", "Ахметов", ""], ["", "Б", "24ПО"]],
                    text_columns={0, 2}, bare_empty={2})
    # text columns wrapped; an empty cell of a column written bare stays bare, of the others it is =""
    assert render(file) == data("ИИН\tФамилия\tКод группы [6159]", '="070107580828"\tАхметов\t', '=""\tБ\t="24ПО"')
    plain = NedbFile(["ИИН"], [["1"]], text_columns={0})
    assert render(plain) == data("ИИН", '="1"')


def test_rendered_lines_end_with_crlf_unless_told():
    assert render_lines(["A", "B"], ["1\t2"]) == data("A\tB", "1\t2")
    assert render_lines(["A"], ["1"], final_eol=False) == data("A", "1", final=False)
    assert render_lines(["A"], ["1"], eol="\n") == data("A", "1", eol="\n")


def test_records_missing_a_field_are_written_with_it_empty():
    file = from_records([{"iin": "070107580828"}], ["iin", "surname", "group_code"])
    assert file.rows == [["070107580828", "", ""]] and file.text_columns == {0, 2}
    assert render(file) == data("ИИН\tФамилия\tКод группы [6159]", '="070107580828"\t\t=""')


@pytest.mark.parametrize("eol", ["\r\n", "\n", "\r"])
def test_each_kind_of_line_end_is_read(eol):
    parsed = parse(data("ИИН\tФамилия", '="070107580828"\tА', '="070127562165"\tБ', eol=eol))
    assert [r["surname"] for r in parsed.records()] == ["А", "Б"]
    assert render(parsed) == data("ИИН\tФамилия", '="070107580828"\tА', '="070127562165"\tБ', eol=eol)


@pytest.mark.parametrize("raw, code, line, detail", [
    ("ИИН".encode("utf-8"), "nedb.no_bom", 1, "a UTF-16 file with a byte-order mark is expected"),
    (LE, "nedb.no_header", 1, ""),
    (data("ИИН\tФамилия", "1\t2\t3"), "nedb.wrong_cell_count", 2, "3/2"),
    (data("ИИН\tФамилия", "1\t2", "1"), "nedb.wrong_cell_count", 3, "1/2"),
])
def test_a_refusal_names_its_line_and_what_it_found(raw, code, line, detail):
    with pytest.raises(NedbFormatError) as refused:
        parse(raw)
    assert (refused.value.code, refused.value.line, refused.value.detail) == (code, line, detail)
    assert str(refused.value) == f"{code} at line {line}: {detail}"


def test_a_file_that_is_not_utf16_says_why():
    with pytest.raises(NedbFormatError) as refused:
        parse(LE + b"\x00\xd8\x41\x00")
    assert (refused.value.code, refused.value.line) == ("nedb.not_utf16", None)
    assert refused.value.detail == "2"  # the byte where the text breaks (counting the BOM), not Python's words
    assert NedbFormatError("nedb.x").detail == "" and NedbFormatError("nedb.x").line is None


def test_a_column_wrapped_empty_in_one_row_is_not_taken_as_bare():
    parsed = parse(data("ИИН\tОтчество", '="070107580828"\t=""', '="070127562165"\t'))
    assert parsed.text_columns == {0, 1} and parsed.bare_empty == set()
    assert [parsed.cell(0, 1), parsed.cell(1, 1), parsed.cell(0, 0)] == ['=""', "", '="070107580828"']


def test_a_row_added_after_reading_is_written_in_the_columns_forms():
    parsed = parse(data("ИИН\tФамилия\tОтчество", '="070107580828"\tАхмет Ұлы\t'))
    parsed.rows.append(["070127562165", "Бай Жан", ""])
    written = render(parsed)
    assert parse(written).rows == [["070107580828", "Ахмет Ұлы", ""], ["070127562165", "Бай Жан", ""]]
    assert written.decode("utf-16-le").endswith('="070127562165"\tБай Жан\t\r\n')


def test_a_file_without_any_line_end_is_taken_as_crlf():
    parsed = parse(data("ИИН\tФамилия", final=False))
    assert (parsed.rows, parsed.final_eol, parsed.eol) == ([], False, "\r\n")


def test_values_with_spaces_keep_their_cells():
    file = NedbFile(["ИИН", "Фамилия", "Отчество"], [["070107580828", "Ахмет Ұлы", ""]], text_columns={0, 2},
                    bare_empty={2})
    assert render(file) == data("ИИН\tФамилия\tОтчество", '="070107580828"\tАхмет Ұлы\t')
