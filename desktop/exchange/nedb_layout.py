"""The layout of the NEDB file last read, so the next export writes the system's file the way it came.

What is kept: the columns in their order (with the ones Zhospar does not know), the encoding and line
end, how each column wraps its cells (="..." or bare, and its empty cells), how it writes dates
(2025-09-01, 2025-09-01T00:00:00, 01.09.2025), the word it used for each value of ours ("основную школу",
"1 курс", "4 года"), the order of its rows, and, per student, any cell our writer would not give back
as it was: the columns Zhospar has no field for ("Успеваемость за семестр", scholarship amounts as
value=NNN) and a value written unusually (a leave's reason where others write "Да"). Such a cell is
written again only while our value for it is still the one the file had; when it has changed, our
value goes out in the file's words.

Learning takes, for every row, the texts Zhospar's own export would write for the values read from it
(the "default" texts, services.nedb_lines), so one comparison per cell finds what to keep.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.exchange import nedb_file
from desktop.exchange import nedb_values as words

DATE_KEYS = frozenset({"birth_date", "enrolled_on", "left_on"})
# Columns whose values are few words (or few numbers): the file's word for each of our texts is kept.
WORDY_KEYS = frozenset({"enrolment_kind", "prior_education", "locality", "duration", "course", "language",
                        "study_form", "specialty", "qualification", "academic_leave", "dormitory", "funding",
                        "scholarship", "orphan", "no_parental_care", "disability", "large_family",
                        "leaving_reason"})


@dataclass
class Layout:
    headers: list[str]
    sources: list[str | None]  # per column, the key of ours it is written from (None: kept as the file had it)
    text: list[bool]  # per column: non-empty cells wrapped as ="..."
    text_empty: list[bool]  # per column: empty cells wrapped as =""
    date_forms: dict[str, str] = field(default_factory=dict)  # per date key: "iso", "iso_time", "day_first"
    words: dict[str, dict[str, str]] = field(default_factory=dict)  # per key: our default text -> the file's
    order: list[str] = field(default_factory=list)  # the students' keys in the file's row order
    kept: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # student key -> column -> [ours, file's]
    final_eol: bool = True
    # The file wrote a leave's reason in the leave column ("по состоянию здоровья" for "Да"): so does the export,
    # for every student whose reason is known (values["leave_reason"]).
    leave_words: bool = False
    encoding: str = nedb_file.ENCODING
    eol: str = nedb_file.EOL

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: object) -> Layout | None:
        try:
            layout = cls(**data)  # type: ignore[arg-type]
        except TypeError:
            return None  # written by another build: export in Zhospar's own layout rather than fail
        if not (len(layout.headers) == len(layout.sources) == len(layout.text) == len(layout.text_empty)):
            return None
        return layout

    def _convert(self, key: str, text: str) -> str:
        """Our default text for a key in the file's words."""
        convert = self.converter(key)
        return convert(text) if convert else text

    def converter(self, key: str | None):
        """A function from our default text for a key to the file's, or None when they are the same."""
        if key in DATE_KEYS:
            form = self.date_forms.get(key, "iso")
            return None if form == "iso" else (lambda text: words.date_in_form(text, form))
        table = self.words.get(key or "")
        return (lambda text: table.get(text, text)) if table else None

    def _wrap(self, column: int, text: str) -> str:
        wrapped = self.text[column] if text else self.text_empty[column]
        return f'="{text}"' if wrapped else text

    def line(self, student: str, values: dict[str, str]) -> str:
        """One student's line: our values (default texts by key) in the file's columns and words."""
        kept = self.kept.get(student, {})
        cells = []
        for column, key in enumerate(self.sources):
            if key == "academic_leave" and self.leave_words and values.get(key) == words.YES \
                    and values.get("leave_reason") in words.LEAVE_REASON:
                text = words.LEAVE_REASON[values["leave_reason"]]
            else:
                text = self._convert(key, values.get(key, "")) if key else ""
            cell = self._wrap(column, text)
            old = kept.get(str(column))
            if old is not None and old[0] == cell:
                cell = old[1]
            cells.append(cell)
        return "\t".join(cells)

    def sort_key(self):
        """Rows the file had first, in its order; then the others in the order they come."""
        position = {key: n for n, key in enumerate(self.order)}
        last = len(position)
        return lambda student: position.get(student, last)

    def render(self, lines: list[str]) -> bytes:
        return nedb_file.render_lines(self.headers, lines, self.final_eol, self.encoding, self.eol)


def learn(file: nedb_file.NedbFile, students: list[str], defaults: list[dict[str, str]],
          sources: list[str | None]) -> Layout:
    """The layout of a file just read: students[i] is row i's key, defaults[i] the texts our export would write
    for the values read from row i, sources the key each column is written from."""
    count = len(file.headers)
    text = [index in file.text_columns for index in range(count)]
    text_empty = [index in file.text_columns and index not in file.bare_empty for index in range(count)]
    layout = Layout(list(file.headers), list(sources), text, text_empty, final_eol=file.final_eol,
                    encoding=file.encoding, eol=file.eol, order=list(students))
    for column, key in enumerate(sources):
        if key == "academic_leave":
            layout.leave_words = layout.leave_words or any(words.read_leave_reason(row[column]) for row in file.rows)
        if key in DATE_KEYS and key not in layout.date_forms:
            sample = next((row[column] for row in file.rows if row[column].strip()), "")
            layout.date_forms[key] = words.date_form(sample) if sample else "iso"
        elif key in WORDY_KEYS:
            table = layout.words.setdefault(key, {})
            for row, default in zip(file.rows, defaults):
                table.setdefault(default.get(key, ""), row[column].strip())
    # Only what differs from our own words needs keeping.
    layout.words = {key: changed for key, table in layout.words.items()
                    if (changed := {ours: theirs for ours, theirs in table.items() if ours != theirs})}
    # Per column, the cells our writer would not give back as they were (a loop per column: 5,000 rows of
    # 30 columns are 150,000 cells, so the loop body is kept to a comparison in the usual case).
    for column, key in enumerate(sources):
        convert = layout.converter(key)
        text_on, empty_on = layout.text[column], layout.text_empty[column]
        for index, row in enumerate(file.rows):
            value = row[column]
            ours = (defaults[index].get(key, "") if key else "")
            if convert and ours:
                ours = convert(ours)
            written = column in file.wrapped[index] if file.wrapped else column in file.text_columns
            if ours == value and written == (text_on if value else empty_on):
                continue
            layout.kept.setdefault(students[index], {})[str(column)] = [layout._wrap(column, ours),
                                                                        file.cell(index, column)]
    # Columns of ours the file did not have go after its own: an export never loses a field because the file
    # last read (a partial one, typed by hand) lacked its column; the system's own files have them all.
    for key, header, text in nedb_file.COLUMNS:
        if key not in sources:
            if header in layout.headers:  # the main classifier column holds the qualification: the specialty
                header = nedb_file.HEADER_OF["specialty_a"]  # goes beside it, as the system writes it
            layout.headers.append(header)
            layout.sources.append(key)
            layout.text.append(text)
            layout.text_empty.append(text)
    return layout
