"""Final grades: the grading scale as data, a percent turned into a grade, and the averages of a supplement.

A grade is written four ways on a college's grade sheet and on the diploma supplement: the percent (0-100), the
letter (A ... F), the points on the 4.0 scale and the traditional grade (өте жақсы / отлично, 5). The scale that
ties them together is data (resources/grading/national.json), because colleges disagree on where "good" starts
(70 or 75): a college's edited scale is stored as the same JSON and read with GradingScale.from_dict.

Some rows are graded pass/fail only (electives, some practices: "сынақ / зачтено"); their grade is of its own kind,
with no percent, letter or points, and it counts in no average.

Percents: the sheets write whole percents, and the bands are whole-number ranges (90-94, 95-100), so a percent
with a fraction (an average of parts, "84,5") is rounded half up to a whole percent before its band is looked up,
as the demonstration-exam protocol does (desktop.domain.exams) and as teachers round by hand. The grade keeps the
whole percent: it is what the supplement prints.

Problems are FieldProblem message codes ("grading.gap" ...) with their parameters; the English sentences are in
GRADING_MESSAGES for the views' catalogues.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from pathlib import Path

from desktop.domain.problems import QT_TRANSLATE_NOOP, FieldProblem

PERCENT_MIN, PERCENT_MAX = 0, 100
POINTS_MAX = Decimal(4)
LANGUAGES = ("kk", "ru", "en")
PASSED, FAILED = "passed", "failed"
# Traditional grades that are a fail: a scaled grade with one of these, or a failed pass/fail row
FAILING = frozenset({"unsatisfactory", FAILED})
_WHOLE = Decimal(1)


class GradeKind(str, Enum):
    SCALED = "scaled"  # a percent, and from it a letter, points and a traditional grade
    PASS_FAIL = "pass_fail"  # сынақ / зачтено only


@dataclass(frozen=True)
class Band:
    low: int  # the lowest whole percent of the band
    high: int  # the highest, inclusive
    letter: str
    points: Decimal
    traditional: str  # a key of GradingScale.traditional: "excellent", "good", ...


@dataclass(frozen=True)
class Traditional:
    """A traditional grade in each language, with its numeric mark (5, 4, 3, 2; None for pass/fail)."""

    key: str
    kk: str
    ru: str
    en: str
    mark: int | None = None

    def word(self, language: str) -> str:
        return getattr(self, language) if language in LANGUAGES else self.en


@dataclass(frozen=True)
class Grade:
    kind: GradeKind
    traditional: str  # key: "excellent" ... "unsatisfactory", or PASSED / FAILED
    percent: int | None = None  # whole percent; None for pass/fail
    letter: str = ""  # "" for pass/fail
    points: Decimal | None = None  # None for pass/fail

    @property
    def passed(self) -> bool:
        return self.traditional not in FAILING


class GradingError(ValueError):
    """A value that is not a grade: the message code and its parameters (a reader adds where it is)."""

    def __init__(self, code: str, **params):
        super().__init__(f"{code} {params}")
        self.code, self.params = code, params


class ScaleError(ValueError):
    """A scale that cannot be used, with every problem found."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(f"{p.code} {p.params}" for p in problems))
        self.problems = problems




GRADING_MESSAGES = {
    "grading.no_bands": QT_TRANSLATE_NOOP("Messages", "the grading scale has no bands"),
    "grading.bad_band": QT_TRANSLATE_NOOP("Messages", "band {index} of the grading scale needs from, to (whole percents), a letter, points and a traditional grade"),
    "grading.band_reversed": QT_TRANSLATE_NOOP("Messages", "the band {letter} starts at {low}% but ends at {high}%"),
    "grading.band_outside": QT_TRANSLATE_NOOP("Messages", "the band {letter} ({low}-{high}%) goes outside 0-100%"),
    "grading.gap": QT_TRANSLATE_NOOP("Messages", "the percents {low}-{high} fall in no band of the grading scale"),
    "grading.overlap": QT_TRANSLATE_NOOP("Messages", "the percents {low}-{high} fall in both bands {first} and {second}"),
    "grading.repeated_letter": QT_TRANSLATE_NOOP("Messages", "the letter {letter} is given to more than one band"),
    "grading.bad_points": QT_TRANSLATE_NOOP("Messages", "the band {letter} has {points} points: 0 to 4 are expected"),
    "grading.points_rise": QT_TRANSLATE_NOOP("Messages", "the band {letter} ({low}-{high}%) has more points ({points}) than the band {above} above it ({above_points})"),
    "grading.unknown_traditional": QT_TRANSLATE_NOOP("Messages", "the band {letter} gives the traditional grade “{traditional}”, which is not one of: {known}"),
    "grading.traditional_rise": QT_TRANSLATE_NOOP("Messages", "the band {letter} gives a better traditional grade than the band {above} above it"),
    "grading.bad_traditional": QT_TRANSLATE_NOOP("Messages", "the traditional grade “{traditional}” needs its words in Kazakh, Russian and English"),
    "grading.not_a_percent": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a percent: a number from 0 to 100 is expected"),
    "grading.percent_out_of_range": QT_TRANSLATE_NOOP("Messages", "{value} is not a percent from 0 to 100"),
}


@dataclass(frozen=True)
class GradingScale:
    """Bands from the highest percent down; the traditional grades they give; the pass/fail words."""

    id: str
    bands: tuple[Band, ...]
    traditional: tuple[Traditional, ...]  # excellent first
    pass_fail: tuple[Traditional, ...] = ()  # PASSED, FAILED
    source: str = ""
    note: str = ""

    @classmethod
    def from_dict(cls, data: dict) -> GradingScale:
        """The scale, or ScaleError with every problem of it (see scale_problems)."""
        problems = scale_problems(data)
        if problems:
            raise ScaleError(problems)
        traditional = tuple(_traditional(key, value) for key, value in data["traditional"].items())
        pass_fail = tuple(_traditional(key, value) for key, value in (data.get("pass_fail") or _PASS_FAIL).items())
        bands = sorted((_band(b) for b in data["bands"]), key=lambda b: -b.low)
        return cls(str(data.get("id", "")), tuple(bands), traditional, pass_fail, str(data.get("source", "")),
                   str(data.get("note", "")))

    @classmethod
    def from_json(cls, text: str | bytes) -> GradingScale:
        return cls.from_dict(json.loads(text))

    @classmethod
    def load(cls, path: Path) -> GradingScale:
        return cls.from_json(Path(path).read_text(encoding="utf-8"))

    def to_dict(self) -> dict:
        """The scale as from_dict reads it back (a college's edited scale is stored so)."""
        def words(item: Traditional) -> dict:
            found = {"kk": item.kk, "ru": item.ru, "en": item.en}
            return {"mark": item.mark, **found} if item.mark is not None else found

        return {
            "id": self.id, "source": self.source, "note": self.note,
            "traditional": {t.key: words(t) for t in self.traditional},
            "pass_fail": {t.key: words(t) for t in self.pass_fail},
            "bands": [{"from": b.low, "to": b.high, "letter": b.letter, "points": float(b.points),
                       "traditional": b.traditional} for b in self.bands],
        }

    def band(self, percent: object) -> Band:
        """The band of a percent (int, float, Decimal or text with a decimal comma); GradingError if none."""
        whole = parse_percent(percent)
        for band in self.bands:
            if band.low <= whole <= band.high:
                return band
        raise GradingError("grading.percent_out_of_range", value=whole)  # a valid scale covers 0-100

    def grade(self, percent: object) -> Grade:
        band = self.band(percent)
        return Grade(GradeKind.SCALED, band.traditional, parse_percent(percent), band.letter, band.points)

    def pass_fail_grade(self, passed: bool) -> Grade:
        return Grade(GradeKind.PASS_FAIL, PASSED if passed else FAILED)

    def traditional_of(self, key: str) -> Traditional:
        for item in (*self.traditional, *self.pass_fail):
            if item.key == key:
                return item
        raise KeyError(key)

    def word(self, grade: Grade, language: str) -> str:
        """The traditional grade as the supplement prints it in that language: "жақсы", "зачтено"."""
        return self.traditional_of(grade.traditional).word(language)

    def read_traditional(self, text: object) -> str | None:
        """The key of a traditional grade as sheets write it: "жақсы", "Хорошо", "4", "4 (жақсы)", "5 (отл.)",
        "сынақ", "зачет", "не зачтено"; None when the text is none of them, or when its mark and word disagree
        ("4 (отлично)")."""
        raw = " ".join(re.sub(r"[().,;:]", " ", str(text).casefold().replace("ё", "е")).split())
        mark = re.match(r"^(\d)(?:\s|$)", raw)
        words = (raw[mark.end():] if mark else raw).strip(" -–—=")  # "5 - өте жақсы"
        by_mark = next((t.key for t in self.traditional if mark and t.mark == int(mark.group(1))), None)
        if not words:
            return by_mark
        for item in (*self.traditional, *self.pass_fail):
            if words in {item.kk.casefold(), item.ru.casefold(), item.en.casefold(), *_SPELLINGS.get(item.key, ())}:
                return item.key if not mark or by_mark == item.key else None
        return None


# Spellings the sheets use besides the scale's own words (shortened, or the old Russian "зачет")
_SPELLINGS = {
    PASSED: ("зачет", "зачтено", "сынақ", "сыналды", "сын", "pass", "passed"),
    FAILED: ("не зачтено", "незачет", "не зачет", "сынақ емес", "сыналмады", "fail", "failed"),
    "satisfactory": ("удовл", "удовлетворит", "қанағат"),
    "unsatisfactory": ("неуд", "неудовл", "қанағатсыз"),
    "excellent": ("отл",),
    "good": ("хор",),
}
_PASS_FAIL = {PASSED: {"kk": "сынақ", "ru": "зачтено", "en": "pass"},
              FAILED: {"kk": "сынақ емес", "ru": "не зачтено", "en": "fail"}}


def _traditional(key: str, value: dict) -> Traditional:
    mark = value.get("mark")
    return Traditional(key, str(value["kk"]), str(value["ru"]), str(value["en"]),
                       int(mark) if mark is not None else None)


def _band(data: dict) -> Band:
    return Band(int(data["from"]), int(data["to"]), str(data["letter"]).strip(), Decimal(str(data["points"])),
                str(data["traditional"]))


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) or isinstance(value, float) and value.is_integer()


def scale_problems(data: dict) -> list[FieldProblem]:
    """Every problem of a scale as a dict (the JSON of resources/grading/): bands that are malformed, percents in
    no band or in two, points that rise as the percent falls, a letter given twice, unknown traditional grades."""
    if not isinstance(data, dict):
        return [FieldProblem("bands", "grading.no_bands")]
    problems: list[FieldProblem] = []
    traditional = data.get("traditional")
    if not isinstance(traditional, dict) or not traditional:
        traditional = {}
        problems.append(FieldProblem("traditional", "grading.bad_traditional", {"traditional": ""}))
    pass_fail = data.get("pass_fail") or {}
    if not isinstance(pass_fail, dict):
        pass_fail = {}
        problems.append(FieldProblem("traditional", "grading.bad_traditional", {"traditional": "pass_fail"}))
    for key, value in {**traditional, **pass_fail}.items():
        if not isinstance(value, dict) or any(not str(value.get(lang) or "").strip() for lang in LANGUAGES) \
                or not (value.get("mark") is None or _whole(value.get("mark"))):
            problems.append(FieldProblem("traditional", "grading.bad_traditional", {"traditional": key}))
    bands = data.get("bands")
    if not isinstance(bands, list) or not bands:
        return problems + [FieldProblem("bands", "grading.no_bands")]
    parsed: list[Band] = []
    for index, item in enumerate(bands, start=1):
        try:
            if not _whole(item["from"]) or not _whole(item["to"]) or not str(item["letter"]).strip():
                raise ValueError
            band = _band(item)
            if not band.points.is_finite() or isinstance(item["points"], bool):
                raise ValueError
            parsed.append(band)
        except (KeyError, TypeError, ValueError, InvalidOperation):
            problems.append(FieldProblem("bands", "grading.bad_band", {"index": index}))
    if len(parsed) < len(bands):
        return problems
    problems += _band_problems(parsed, traditional)
    return problems


def _band_problems(bands: list[Band], traditional: dict) -> list[FieldProblem]:
    problems = []
    def add(code: str, **params) -> None:
        problems.append(FieldProblem("bands", code, params))

    for band in bands:
        if band.low > band.high:
            add("grading.band_reversed", letter=band.letter, low=band.low, high=band.high)
        elif band.low < PERCENT_MIN or band.high > PERCENT_MAX:
            add("grading.band_outside", letter=band.letter, low=band.low, high=band.high)
        if not Decimal(0) <= band.points <= POINTS_MAX:
            add("grading.bad_points", letter=band.letter, points=str(band.points))
        if band.traditional not in traditional:
            add("grading.unknown_traditional", letter=band.letter, traditional=band.traditional,
                known=", ".join(traditional))
    letters = [b.letter.upper() for b in bands]
    for letter in dict.fromkeys(letter for letter in letters if letters.count(letter) > 1):
        add("grading.repeated_letter", letter=letter)
    problems += _coverage(bands)
    ordered = sorted((b for b in bands if b.low <= b.high), key=lambda b: (-b.low, -b.high))
    rank = {key: index for index, key in enumerate(traditional)}  # the best traditional grade first
    for above, band in zip(ordered, ordered[1:]):
        if band.points > above.points:
            add("grading.points_rise", letter=band.letter, low=band.low, high=band.high, points=str(band.points),
                above=above.letter, above_points=str(above.points))
        if rank.get(band.traditional, len(rank)) < rank.get(above.traditional, 0):
            add("grading.traditional_rise", letter=band.letter, above=above.letter)
    return problems


def _coverage(bands: list[Band]) -> list[FieldProblem]:
    """Gaps and overlaps over 0-100, each run of percents named once."""
    owners: dict[int, list[str]] = {p: [] for p in range(PERCENT_MIN, PERCENT_MAX + 1)}
    for band in bands:
        for percent in range(max(band.low, PERCENT_MIN), min(band.high, PERCENT_MAX) + 1):
            owners[percent].append(band.letter)
    problems = []
    runs: list[list] = []  # [low, high, owners]
    for percent, letters in owners.items():
        if len(letters) == 1:
            continue
        if runs and runs[-1][1] == percent - 1 and runs[-1][2] == letters:
            runs[-1][1] = percent
        else:
            runs.append([percent, percent, letters])
    for low, high, letters in runs:
        if not letters:
            problems.append(FieldProblem("bands", "grading.gap", {"low": low, "high": high}))
        else:
            problems.append(FieldProblem("bands", "grading.overlap",
                                         {"low": low, "high": high, "first": letters[0], "second": letters[1]}))
    return problems


_NUMBER = re.compile(r"[+-]?(\d{1,3}(?:[.,]\d{0,6})?|[.,]\d{1,6})")


def parse_percent(value: object) -> int:
    """A whole percent from 0 to 100: 85, 84.5 and "84,5" (rounded half up: 85), "85 %"; GradingError otherwise
    (grading.not_a_percent for a text, a date or a boolean; grading.percent_out_of_range for -1 or 101)."""
    if isinstance(value, bool) or value is None:
        raise GradingError("grading.not_a_percent", value="" if value is None else str(value))
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise GradingError("grading.not_a_percent", value=str(value))
        number = Decimal(str(value))
    elif isinstance(value, str):
        text = value.strip().rstrip("%").replace("\u00a0", "").strip()
        if not _NUMBER.fullmatch(text):
            raise GradingError("grading.not_a_percent", value=value.strip()[:60])
        number = Decimal(text.replace(",", "."))
    else:
        raise GradingError("grading.not_a_percent", value=str(value)[:60])
    if not PERCENT_MIN <= number <= PERCENT_MAX:  # checked first: 1e28 cannot be rounded to a whole number
        raise GradingError("grading.percent_out_of_range", value=_plain(number))
    return int(number.quantize(_WHOLE, rounding=ROUND_HALF_UP))


def _plain(number: Decimal) -> str:
    return str(number.normalize()) if number == number.to_integral_value() else str(number)


def _weights(grades: Sequence[Grade | None], credits: Sequence[object] | None) -> list[tuple[Grade, Decimal]]:
    """(grade, weight) of each scaled grade; pass/fail and missing grades count in no average."""
    if credits is not None and len(credits) != len(grades):
        raise ValueError("one credit value is needed for each grade")
    pairs = []
    for index, grade in enumerate(grades):
        if grade is None or grade.kind is not GradeKind.SCALED:
            continue
        weight = Decimal(1) if credits is None else credits[index]
        if weight is None or isinstance(weight, bool):
            raise ValueError(f"grade {index} has no credits")
        weight = Decimal(str(weight))
        if weight < 0:
            raise ValueError(f"grade {index} has fewer than 0 credits")
        pairs.append((grade, weight))
    return pairs


def _mean(pairs: Iterable[tuple[Decimal, Decimal]], places: int) -> Decimal | None:
    pairs = list(pairs)
    total = sum((w for _, w in pairs), Decimal(0))
    if not total:
        return None
    value = sum((v * w for v, w in pairs), Decimal(0)) / total
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def average_points(grades: Sequence[Grade | None], credits: Sequence[object] | None = None,
                   places: int = 2) -> Decimal | None:
    """The mean points (GPA-like) of the scaled grades, weighted by each row's credits when given (one per grade,
    in the same order), rounded half up to `places` decimals; None when no scaled grade carries weight."""
    return _mean(((g.points, w) for g, w in _weights(grades, credits)), places)


def average_percent(grades: Sequence[Grade | None], credits: Sequence[object] | None = None,
                    places: int = 2) -> Decimal | None:
    """The mean percent of the scaled grades, weighted as average_points."""
    return _mean(((Decimal(g.percent), w) for g, w in _weights(grades, credits)), places)


def average_mark(scale: GradingScale, grades: Sequence[Grade | None], credits: Sequence[object] | None = None,
                 places: int = 2) -> Decimal | None:
    """The mean traditional mark (5, 4, 3, 2) of the scaled grades, weighted as average_points: the "орташа балл"
    some sheets keep beside the grades."""
    return _mean(((Decimal(scale.traditional_of(g.traditional).mark or 0), w) for g, w in _weights(grades, credits)),
                 places)


@lru_cache(maxsize=1)
def national_scale() -> GradingScale:
    """The national scale shipped in resources/grading/national.json (the default of every college)."""
    from desktop.paths import resource_path  # noqa: PLC0415

    return GradingScale.load(resource_path("grading", "national.json"))
