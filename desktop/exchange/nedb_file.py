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

# The columns Zhospar knows, by a key of ours; the header text is the system's.
COLUMNS = (
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
    ("disability", "Дети с инвалидностью и/или лица с инвалидностью [253]", False),
    ("large_family", "Из многодетной семьи [7822]", False),
    ("left_on", "Дата выбытия [269]", True),
    ("leaving_reason", "Причина выбытия [5804]", False),
    ("system_ei", "EI Контингента", False),
    ("system_id", "ID контингента", False),
)
HEADER_OF = {key: header for key, header, _ in COLUMNS}
TEXT_BY_DEFAULT = {key for key, _, text in COLUMNS if text}


def column_key(header: str) -> str | None:
    """Our key for a header: by its attribute id when it has one (the words around it vary), else by text."""
    match = _ATTRIBUTE.search(header)
    for key, known, _ in COLUMNS:
        if match and _ATTRIBUTE.search(known) and _ATTRIBUTE.search(known).group(1) == match.group(1):
            return key
        if header.strip() == known:
            return key
    return None


@dataclass
class NedbFile:
    headers: list[str]
    rows: list[list[str]]  # values without the ="..." wrapping
    text_columns: set[int] = field(default_factory=set)  # which columns were written as ="..."
    final_eol: bool = True

    def keys(self) -> list[str | None]:
        return [column_key(h) for h in self.headers]

    def records(self) -> list[dict[str, str]]:
        """Rows as {our key: value} for the columns Zhospar knows."""
        keys = self.keys()
        return [{k: v for k, v in zip(keys, row) if k} for row in self.rows]


class NedbFormatError(Exception):
    def __init__(self, code: str, line: int | None = None, detail: str = ""):
        super().__init__(f"{code} at line {line}: {detail}")
        self.code, self.line, self.detail = code, line, detail


def parse(data: bytes) -> NedbFile:
    if not data.startswith(BOM):
        raise NedbFormatError("nedb.no_bom", 1, "a UTF-16 file with a byte-order mark is expected")
    try:
        text = data[len(BOM):].decode(ENCODING)
    except UnicodeDecodeError as exc:
        raise NedbFormatError("nedb.not_utf16", None, str(exc)) from exc
    final_eol = text.endswith(EOL)
    lines = text.split(EOL)
    if final_eol:
        lines = lines[:-1]
    if not lines or not lines[0].strip():
        raise NedbFormatError("nedb.no_header", 1)
    headers = lines[0].split("\t")
    rows, text_columns = [], set()
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(headers):
            raise NedbFormatError("nedb.wrong_cell_count", number, f"{len(cells)} cells, {len(headers)} headers")
        values = []
        for index, cell in enumerate(cells):
            match = _TEXT_CELL.match(cell)
            if match:
                text_columns.add(index)
                values.append(match.group(1))
            else:
                values.append(cell)
        rows.append(values)
    if not rows:
        text_columns = {i for i, key in enumerate(column_key(h) for h in headers) if key in TEXT_BY_DEFAULT}
    return NedbFile(headers, rows, text_columns, final_eol)


def line_template(text_cells: list[bool]) -> str:
    """One format string for a whole row, text cells wrapped in ="...": a single C call per line."""
    return "\t".join('="{}"' if text else "{}" for text in text_cells)


def render_lines(headers: list[str], lines: list[str], final_eol: bool = True) -> bytes:
    """The file's bytes from its headers and its finished lines: BOM, UTF-16 LE, CRLF."""
    text = EOL.join(["\t".join(headers), *lines]) + (EOL if final_eol else "")
    return BOM + text.encode(ENCODING)


def render(file: NedbFile) -> bytes:
    template = line_template([index in file.text_columns for index in range(len(file.headers))])
    return render_lines(file.headers, [template.format(*row) for row in file.rows], file.final_eol)


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
