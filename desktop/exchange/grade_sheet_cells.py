"""One student's cells for one item, read as colleges write them, and checked against the grading scale.

Each item has up to four cells: the percent (п), the points (б), the letter (цэ) and the traditional grade (трад).
The percent decides the grade; the other cells, when written, must agree with it under the scale. A pass/fail row
writes "сынақ" / "зачтено" (in any of its cells) and no percent. Cells a formula leaves at 0 beside an empty percent
are taken as empty: that is how a template sheet looks before its percents are typed.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from desktop.domain.grading import FAILED, PASSED, POINTS_MAX, GradeKind, GradingError, GradingScale
from desktop.domain.grading_sheet import ItemGrade, Role, SheetItem

# Excel's formula errors, as openpyxl reads a cell whose formula failed
FORMULA_ERRORS = ("#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!")
# Letters typed in Cyrillic that look Latin, and the dashes a minus is typed with: "В+" is "B+", "А–" is "A-"
_LOOKALIKES = str.maketrans({"А": "A", "В": "B", "С": "C", "Д": "D", "Е": "E", "Ф": "F", "а": "A", "в": "B",
                             "с": "C", "д": "D", "е": "E", "ф": "F", "–": "-", "—": "-", "−": "-", "‒": "-"})
POINTS_TOLERANCE = Decimal("0.01")  # 3.67 written 3.7 or 3,67: sheets round points to one or two decimals

Problem = tuple[Role, str, dict]  # the cell's role, the message code, its parameters (the reader adds where)


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def item_label(item: SheetItem) -> str:
    """How a problem names the item: its code and Kazakh name, shortened."""
    text = " ".join(f"{item.code} {item.name_kk or item.name_ru}".split())
    return text if len(text) <= 80 else text[:79] + "…"


def read_item(item: SheetItem, values: dict[Role, object], scale: GradingScale) -> tuple[ItemGrade | None,
                                                                                          list[Problem]]:
    """The item's grade from its cells (role -> value, absent roles missing), or None when all are empty; with the
    problems of the cells, when any (then the grade is None)."""
    label = item_label(item)
    values = {role: (v.strip() if isinstance(v, str) else v) for role, v in values.items() if not blank(v)}
    problems = [(role, "grades.formula_error", {"value": str(v), "item": label}) for role, v in values.items()
                if isinstance(v, str) and v.upper() in FORMULA_ERRORS]
    if problems:
        return None, problems
    percent = values.get(Role.PERCENT)
    if percent is None or _pass_word(scale, percent):
        if percent is None:  # a template's formulas leave 0 beside an empty percent
            values = {role: v for role, v in values.items() if not _zero(v)}
        return _without_percent(item.key, values, label, scale)
    try:
        grade = scale.grade(percent)
    except GradingError as error:
        return None, [(Role.PERCENT, _percent_code(error.code), {"value": error.params.get("value", ""),
                                                                  "item": label})]
    checks = [_check_points(values.get(Role.POINTS), grade, label), _check_letter(values.get(Role.LETTER), grade, label),
              _check_traditional(values.get(Role.TRADITIONAL), grade, label, scale)]
    problems = [problem for problem in checks if problem is not None]
    if problems:
        return None, problems
    points = values.get(Role.POINTS)
    return ItemGrade(item.key, grade, grade.percent, _decimal(points) if points is not None else None,
                     _text(values.get(Role.LETTER)), _text(values.get(Role.TRADITIONAL))), []


def _percent_code(code: str) -> str:
    return "grades.percent_out_of_range" if code == "grading.percent_out_of_range" else "grades.not_a_percent"


def _text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _zero(value: object) -> bool:
    return not isinstance(value, bool) and (value == 0 or (isinstance(value, str) and value.strip() in ("0", "0,0",
                                                                                                        "0.0")))


def _pass_word(scale: GradingScale, value: object) -> str | None:
    if not isinstance(value, str):
        return None
    key = scale.read_traditional(value)
    return key if key in (PASSED, FAILED) else None


def _without_percent(key_of_item: str, values: dict[Role, object], label: str,
                     scale: GradingScale) -> tuple[ItemGrade | None, list[Problem]]:
    """No percent: nothing at all, or a pass/fail row ("сынақ" / "зачтено" wherever it is written)."""
    if not values:
        return None, []
    words = {role: _pass_word(scale, v) for role, v in values.items()}
    if all(words.values()) and len(set(words.values())) == 1:
        key = next(iter(words.values()))
        grade = scale.pass_fail_grade(key == PASSED)
        return ItemGrade(key_of_item, grade, traditional=_text(values.get(Role.TRADITIONAL) or values.get(Role.PERCENT)),
                         letter=_text(values.get(Role.LETTER)) if Role.LETTER in values else ""), []
    role = Role.PERCENT if Role.PERCENT in values else next(iter(values))
    if role is Role.PERCENT:
        return None, [(role, "grades.not_a_percent", {"value": _text(values[role])[:60], "item": label})]
    return None, [(Role.PERCENT, "grades.no_percent", {"item": label, "value": _text(values[role])[:60]})]


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip().replace(",", ".").replace("\u00a0", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _check_points(value: object, grade, label: str) -> Problem | None:
    if value is None:
        return None
    number = _decimal(value)
    if number is None or not Decimal(0) <= number <= POINTS_MAX:
        return Role.POINTS, "grades.not_points", {"value": _text(value)[:60], "item": label}
    if abs(number - grade.points) > POINTS_TOLERANCE and number.quantize(Decimal("0.1")) != grade.points.quantize(
            Decimal("0.1")):
        return Role.POINTS, "grades.points_disagree", {"points": _text(value), "percent": grade.percent,
                                                        "expected": _plain(grade.points), "item": label}
    return None


def _plain(points: Decimal) -> str:
    return f"{points:.2f}".rstrip("0").rstrip(".") if points % 1 else f"{points:.1f}"


def _check_letter(value: object, grade, label: str) -> Problem | None:
    if value is None:
        return None
    written = re.sub(r"\s+", "", str(value)).translate(_LOOKALIKES).upper()
    if written != grade.letter.upper():
        return Role.LETTER, "grades.letter_disagrees", {"letter": _text(value), "percent": grade.percent,
                                                         "expected": grade.letter, "item": label}
    return None


def _check_traditional(value: object, grade, label: str, scale: GradingScale) -> Problem | None:
    if value is None:
        return None
    key = scale.read_traditional(value)
    if key is None:
        return Role.TRADITIONAL, "grades.not_a_traditional", {"value": _text(value)[:60], "item": label}
    if key != grade.traditional:
        expected = scale.traditional_of(grade.traditional)
        return Role.TRADITIONAL, "grades.traditional_disagrees", {
            "traditional": _text(value), "percent": grade.percent, "item": label,
            "expected": f"{expected.kk} / {expected.ru}" if grade.kind is GradeKind.SCALED else expected.en}
    return None
