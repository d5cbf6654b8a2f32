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
