"""A problem with one value, as a message code with parameters that the views translate."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldProblem:
    """Which field (and, in a file, which sheet, row and column), the message code and its parameters."""

    field: str
    code: str
    params: dict = field(default_factory=dict)
    row: int | None = None
    column: str | None = None
    sheet: str | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks a text for the catalogues where Qt is not imported (the domain, the exchange, the services' texts)."""
    return text
