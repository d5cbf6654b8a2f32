"""The contingent file the National Education Database (НОБД / ҰБДҚ) exchanges (DOMAIN.md section 5).

Tab-separated text in UTF-16 with a byte-order mark and CRLF line ends; IIN, phone, group code and
dates written as ="..." so spreadsheets keep them as text; headers carry the system's attribute ids
in brackets ("Код группы [6159]"); the system's own row ids ride along ("EI Контингента",
"ID контингента"). Reading keeps every column, known or not, and how each was written, so a file
read and written again is the same to the byte.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.paths import owner_only

BOM = codecs.BOM_UTF16_LE
ENCODING = "utf-16-le"
EOL = "\r\n"
_TEXT_CELL = re.compile(r'^="(.*)"$', re.DOTALL)
_ATTRIBUTE = re.compile(r"\[([^\]]+)\]\s*$")

# The columns Zhospar knows, by a key of ours, in the order its own export writes them; the header text is the
# system's. Its real files start with its two row ids.
COLUMNS = (
    ("system_ei", "EI Контингента", False),
    ("system_id", "ID контингента", False),
    ("iin", "ИИН", True),
    ("surname", "Фамилия", False),
    ("given_name", "Имя", False),
    ("patronymic", "Отчество", False),
    ("birth_date", "Дата рождения", True),
    ("enrolment_kind", "Вид зачисления [type_enrollment]", False),
    ("enrolled_on", "Дата прибытия/зачисления [267]", True),
    ("prior_education", "Из числа принятых, окончил(-а): [5573]", False),
    ("locality", "Тип местности проживания [246]", False),
    ("duration", "Срок обучения [6129]", False),
    ("course", "Курс обучения [5802]", False),
    ("group_code", "Код группы [6159]", True),
    ("language", "Язык обучения [209]", False),
    ("study_form", "Форма обучения [5568]", False),
    ("specialty", "Специальность и классификатор (основной) [426]", False),
    ("qualification", "Квалификация [qualification_a]", False),
    ("academic_leave", "Находится в академическом отпуске [6754]", False),
    ("dormitory", "Сведения об общежитии [5560]", False),
    ("funding", "Обучение за счет средств [6662]", False),
    ("scholarship", "Назначена стипендия [447]", False),
    ("orphan", "Ребенок - сирота [251]", False),
    ("no_parental_care", "Ребенок, оставшийся без попечения родителей [258]", False),
    ("disability", "Дети с инвалидностью и/или лица с инвалидностью [253]", False),
    ("large_family", "Из многодетной семьи [7822]", False),
    ("left_on", "Дата выбытия [269]", True),
    ("leaving_reason", "Причина выбытия [5804]", False),
)
# Columns the system writes that Zhospar reads (to check them, or to find the specialty when the main column
# holds the qualification) but does not write on its own: kept as the last file wrote them.
READ_ONLY_COLUMNS = (
    ("specialty_a", "Специальность [speciality_a]", False),
    ("scholarship_amount", "Информация о начислении и размер стипендии, тенге [470]", False),
    ("performance", "Успеваемость за семестр [7201]", False),
)
HEADER_OF = {key: header for key, header, _ in (*COLUMNS, *READ_ONLY_COLUMNS)}
TEXT_BY_DEFAULT = {key for key, _, text in COLUMNS if text}
_BY_ATTRIBUTE = {_ATTRIBUTE.search(header).group(1): key for key, header, _ in (*COLUMNS, *READ_ONLY_COLUMNS)
                 if _ATTRIBUTE.search(header)}
_BY_TEXT = {" ".join(header.casefold().split()): key for key, header, _ in (*COLUMNS, *READ_ONLY_COLUMNS)}


def column_key(header: str) -> str | None:
    """Our key for a header: by its attribute id when it has one (the words around it vary), else by text."""
    match = _ATTRIBUTE.search(header)
    if match and match.group(1) in _BY_ATTRIBUTE:
        return _BY_ATTRIBUTE[match.group(1)]
    return _BY_TEXT.get(" ".join(header.casefold().split()))


@dataclass
class NedbFile:
    headers: list[str]
    rows: list[list[str]]  # values without the ="..." wrapping
    text_columns: set[int] = field(default_factory=set)  # which columns were written as ="..."
    final_eol: bool = True
    # Text columns whose empty cells were written bare ("" rather than =""), as the system does.
    bare_empty: set[int] = field(default_factory=set)
    encoding: str = ENCODING
    # Per row, the cells written as ="...": each cell's own form (a set, not a bit mask: a row of 200,000 cells
    # made the mask's big-integer arithmetic quadratic).
    wrapped: list[frozenset[int]] = field(default_factory=list)
    eol: str = EOL  # CRLF as the system writes; LF (or CR) when an editor saved the file so

    def keys(self) -> list[str | None]:
        return [column_key(h) for h in self.headers]

    def records(self) -> list[dict[str, str]]:
        """Rows as {our key: value} for the columns Zhospar knows (the first column of a key when repeated)."""
        pairs = [(index, key) for index, key in enumerate(self.keys()) if key]
        seen, unique = set(), []
        for index, key in pairs:
            if key not in seen:
                seen.add(key)
                unique.append((index, key))
        return [{key: row[index] for index, key in unique} for row in self.rows]

    def cell(self, row: int, column: int) -> str:
        """A cell exactly as the file wrote it, wrapping included."""
        value = self.rows[row][column]
        if self.wrapped and column in self.wrapped[row]:
            return f'="{value}"'
        return value


class NedbFormatError(Exception):
    def __init__(self, code: str, line: int | None = None, detail: str = ""):
        super().__init__(f"{code} at line {line}: {detail}")
        self.code, self.line, self.detail = code, line, detail


_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def parse(data: bytes) -> NedbFile:
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        raise NedbFormatError("nedb.no_bom", 1, "a UTF-16 file with a byte-order mark is expected")
    try:
        text = data[2:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise NedbFormatError("nedb.not_utf16", None, str(exc.start + 2)) from exc  # the byte, counting the BOM
    # CRLF ends the system's lines (a lone LF may then sit inside a cell); a file with no CRLF at all was
    # saved by an editor with LF or CR alone, and splitting it on CRLF would read one long header and no rows.
    eol = EOL if EOL in text else "\n" if "\n" in text else "\r" if "\r" in text else EOL
    final_eol = text.endswith(eol)
    lines = text.split(eol)
    if final_eol:
        lines = lines[:-1]
    if not lines or not lines[0].strip():
        raise NedbFormatError("nedb.no_header", 1)
    headers = lines[0].split("\t")
    rows, wrapped, text_columns = [], [], set()
    empty_wrapped, empty_bare = set(), set()
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(headers):
            raise NedbFormatError("nedb.wrong_cell_count", number, f"{len(cells)}/{len(headers)}")
        values, bits = [], []
        for index, cell in enumerate(cells):
            if cell.startswith('="') and cell.endswith('"') and len(cell) >= 3:
                bits.append(index)
                value = cell[2:-1]
                (empty_wrapped if not value else text_columns).add(index)
                values.append(value)
            else:
                if not cell:
                    empty_bare.add(index)
                values.append(cell)
        rows.append(values)
        wrapped.append(frozenset(bits))
    text_columns |= empty_wrapped
    bare_empty = (text_columns & empty_bare) - empty_wrapped
    if not rows:
        text_columns = {i for i, key in enumerate(column_key(h) for h in headers) if key in TEXT_BY_DEFAULT}
    return NedbFile(headers, rows, text_columns, final_eol, bare_empty, encoding, wrapped, eol)


def line_template(text_cells: list[bool]) -> str:
    """One format string for a whole row, text cells wrapped in ="...": a single C call per line."""
    return "\t".join('="{}"' if text else "{}" for text in text_cells)


def render_lines(headers: list[str], lines: list[str], final_eol: bool = True, encoding: str = ENCODING,
                 eol: str = EOL) -> bytes:
    """The file's bytes from its headers and its finished lines: BOM, UTF-16 (LE unless read otherwise), CRLF
    (unless read otherwise)."""
    text = eol.join(["\t".join(headers), *lines]) + (eol if final_eol else "")
    return codecs.BOM_UTF16_BE + text.encode(encoding) if encoding == "utf-16-be" else BOM + text.encode(encoding)


def render(file: NedbFile) -> bytes:
    """The file as read: every cell in the form it was written (a file Zhospar made: a form per column)."""
    if file.wrapped and len(file.wrapped) == len(file.rows):
        lines = ["\t".join(f'="{value}"' if index in bits else value for index, value in enumerate(row))
                 for row, bits in zip(file.rows, file.wrapped)]
    else:
        template = line_template([index in file.text_columns for index in range(len(file.headers))])
        lines = [template.format(*row) for row in file.rows]
        if file.bare_empty:
            lines = ["\t".join(cell if cell != '=""' or i not in file.bare_empty else "" for i, cell in
                               enumerate(line.split("\t"))) for line in lines]
    return render_lines(file.headers, lines, file.final_eol, file.encoding, file.eol)


def from_records(records: list[dict[str, str]], keys: list[str] | None = None) -> NedbFile:
    """A file of Zhospar's records in the system's layout (the known columns in the system's order)."""
    keys = keys or [key for key, _, _ in COLUMNS]
    text_columns = {i for i, key in enumerate(keys) if key in TEXT_BY_DEFAULT}
    return NedbFile([HEADER_OF[k] for k in keys], [[r.get(k, "") for k in keys] for r in records], text_columns)


def read_file(path: Path) -> NedbFile:
    return parse(Path(path).read_bytes())


def write_file(path: Path, file: NedbFile) -> None:
    write_bytes(path, render(file))


def write_bytes(path: Path, data: bytes) -> None:
    """Write with the owner alone allowed to read: the file carries personal data (law No. 94-V)."""
    import os  # noqa: PLC0415

    path = Path(path)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    owner_only(path)  # the mode given to open() does not apply to a file that already existed
