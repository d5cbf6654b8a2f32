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
