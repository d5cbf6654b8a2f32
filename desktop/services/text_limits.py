"""Texts checked before they are written: no longer than their column, no characters that hide what they hold.

A column's length is read from the model, so the check and the schema cannot drift; SQLite would store
a longer text silently and PostgreSQL would refuse the whole transaction with an error no user can act on.
NUL, control and bidi-override characters make a name print or display as something else.
"""
from __future__ import annotations

from desktop.domain.problems import FieldProblem
from desktop.exchange.nedb_values import bad_character


def column_length(attribute) -> int | None:
    """The declared length of a model's String column (Student.surname -> 100)."""
    return getattr(attribute.property.columns[0].type, "length", None)


def text_problems(values: dict[str, str], columns: dict[str, object], **where) -> list[FieldProblem]:
    """Problems of the texts by field name; columns maps a field name to its model attribute."""
    problems = []
    for name, attribute in columns.items():
        text = values.get(name) or ""
        character = bad_character(text)
        if character:
            problems.append(FieldProblem(name, "text.bad_character", {"character": character}, **where))
        limit = column_length(attribute)
        if limit is not None and len(text) > limit:
            problems.append(FieldProblem(name, "text.too_long", {"length": len(text), "limit": limit}, **where))
    return problems


# A phone is typed by hand and dialled or printed on a contract as it stands, so letters are a typo, not a format.
# Kazakhstan numbers have 11 digits (+7 701 234 56 78, 8 (7172) 12-34-56); at least 10 lets a number be written
# without its 8/+7 prefix, at most 15 is the longest international number (ITU-T E.164).
PHONE_CHARACTERS = frozenset("0123456789 +-()")
PHONE_DIGITS = (10, 15)


def phone_is_valid(text: str) -> bool:
    """One phone number: digits, spaces, +, - and brackets, a + only in front, 10 to 15 digits."""
    text = text.strip()
    digits = sum(c.isdigit() for c in text)
    return (set(text) <= PHONE_CHARACTERS and "+" not in text[1:]
            and text.count("(") == text.count(")") and PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1])


def phone_problems(name: str, text: str, *, several: bool = False, **where) -> list[FieldProblem]:
    """The field `name` as phone numbers; empty is fine (a phone is never required). With several, numbers
    separated by commas or semicolons (a college's reception and its accounts office) are checked one by one."""
    if not text.strip():
        return []
    parts = text.replace(";", ",").split(",") if several else [text]
    if all(phone_is_valid(part) for part in parts):
        return []
    return [FieldProblem(name, "field.phone", {"value": text.strip()}, **where)]
