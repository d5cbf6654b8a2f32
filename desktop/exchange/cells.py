"""Cell values as people leave them in spreadsheets."""
from __future__ import annotations


def cell_text(value: object) -> str:
    """Text of a cell: empty for nothing, 1140100 for a whole number Excel stored as 1140100.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
