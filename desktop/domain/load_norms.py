"""The norms a teacher's load is measured against (resources/load/norms-2021.json): hours a rate carries, the
limits on rates, the qualification categories with their surcharges and the extra duties. They are data with
their source and a «confirmed» flag, because the figures found for Kazakhstan come from reports on the acts
rather than from the acts' texts (the file's note says which): a college checks them and keeps its own copy."""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from desktop.domain.problems import QT_TRANSLATE_NOOP, FieldProblem

LANGUAGES = ("kk", "ru")
FIGURES = ("weekly_hours_per_rate", "annual_hours_per_rate", "teaching_weeks", "max_rates", "min_rates")
CATEGORY_KEYS = ("none", "pedagogue", "moderator", "expert", "researcher", "master")




LOAD_NORM_MESSAGES = {
    "load_norms.norms_not_an_object": QT_TRANSLATE_NOOP("Messages", "the load norms file holds no norms"),
    "load_norms.missing_figure": QT_TRANSLATE_NOOP("Messages", "the load norms have no figure “{figure}”"),
    "load_norms.bad_figure": QT_TRANSLATE_NOOP("Messages", "the load norm “{figure}” needs a positive value, a source and whether it is confirmed"),
    "load_norms.rates_reversed": QT_TRANSLATE_NOOP("Messages", "the smallest load ({low} rate) is above the largest ({high} rates)"),
    "load_norms.year_not_weeks": QT_TRANSLATE_NOOP("Messages", "{annual} hours a year is not {weekly} hours a week × {weeks} weeks"),
    "load_norms.bad_category": QT_TRANSLATE_NOOP("Messages", "the category “{category}” needs its names in Kazakh and Russian, a surcharge from 0 to 100 % and a source"),
    "load_norms.missing_category": QT_TRANSLATE_NOOP("Messages", "the load norms have no category “{category}”"),
    "load_norms.surcharge_falls": QT_TRANSLATE_NOOP("Messages", "the category “{category}” has a smaller surcharge than the category below it"),
}


class NormsError(ValueError):
    """Norms that cannot be used, with every problem found."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(f"{p.code} {p.params}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Figure:
    value: Decimal
    unit: str
    confirmed: bool
    source: str
    note: str = ""


@dataclass(frozen=True)
class Category:
    key: str
    kk: str
    ru: str
    surcharge_percent: Decimal
    confirmed: bool
    source: str

    def name(self, language: str) -> str:
        return self.ru if language == "ru" else self.kk


@dataclass(frozen=True)
class LoadNorms:
    id: str
    figures: dict[str, Figure]
    categories: tuple[Category, ...]  # from no category up to педагог-мастер
    note: str = ""

    @property
    def annual_hours(self) -> Decimal:
        return self.figures["annual_hours_per_rate"].value

    def norm_hours(self, rate: object) -> Decimal:
        """The hours a year the rate (1, 0,5, 1,5…) carries."""
        return self.annual_hours * Decimal(str(rate))

    def rates_for(self, hours: object) -> Decimal:
        """The rates a year's hours make, to two decimals as the tarification list writes them."""
        return (Decimal(str(hours)) / self.annual_hours).quantize(Decimal("0.01"))

    def status(self, hours: object, rate: object) -> str:
        """"over" above the rate's norm, "under" below it, "norm" on it: what the load card marks."""
        difference = Decimal(str(hours)) - self.norm_hours(rate)
        return "over" if difference > 0 else "under" if difference < 0 else "norm"

    def beyond_limits(self, hours: object) -> str | None:
        """"above_max" / "below_min" when a teacher's year is outside the college's limits on rates."""
        rates = Decimal(str(hours)) / self.annual_hours
        if rates > self.figures["max_rates"].value:
            return "above_max"
        if Decimal(str(hours)) > 0 and rates < self.figures["min_rates"].value:
            return "below_min"
        return None

    def category(self, key: str) -> Category:
        """A category by key; "" (a teacher without one, as services.teachers keeps it) is "none"."""
        key = key or "none"
        for category in self.categories:
            if category.key == key:
                return category
        raise KeyError(key)

    def unconfirmed(self) -> list[str]:
        """The names of the figures and categories not confirmed against an act's text."""
        return ([name for name, f in self.figures.items() if not f.confirmed]
                + [c.key for c in self.categories if not c.confirmed])

    @classmethod
    def from_dict(cls, data: dict) -> LoadNorms:
        problems = norms_problems(data)
        if problems:
            raise NormsError(problems)
        figures = {name: Figure(Decimal(str(item["value"])), str(item.get("unit", "")), item["confirmed"],
                                item["source"], str(item.get("note", "")))
                   for name, item in data["figures"].items()}
        categories = tuple(Category(c["key"], c["kk"], c["ru"], Decimal(str(c["surcharge_percent"])), c["confirmed"],
                                    c["source"]) for c in data["categories"])
        return cls(str(data.get("id", "")), figures, categories, str(data.get("note", "")))

    @classmethod
    def load(cls, path: Path) -> LoadNorms:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def _positive(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() and number > 0 else None


def _figure_problems(figures: dict) -> tuple[list[FieldProblem], dict[str, Decimal]]:
    problems, values = [], {}
    for name in FIGURES:
        item = figures.get(name)
        if item is None:
            problems.append(FieldProblem("figures", "load_norms.missing_figure", {"figure": name}))
            continue
        value = _positive(item.get("value")) if isinstance(item, dict) else None
        if value is None or not isinstance(item.get("confirmed"), bool) or not str(item.get("source") or "").strip():
            problems.append(FieldProblem("figures", "load_norms.bad_figure", {"figure": name}))
            continue
        values[name] = value
    return problems, values


def _category_problems(categories: object) -> list[FieldProblem]:
    if not isinstance(categories, list):
        return [FieldProblem("categories", "load_norms.missing_category", {"category": key}) for key in CATEGORY_KEYS]
    problems, surcharges = [], {}
    for item in categories:
        key = item.get("key") if isinstance(item, dict) else None
        surcharge = item.get("surcharge_percent") if isinstance(item, dict) else None
        well_formed = (isinstance(item, dict) and all(str(item.get(lang) or "").strip() for lang in LANGUAGES)
                       and isinstance(item.get("confirmed"), bool) and str(item.get("source") or "").strip()
                       and not isinstance(surcharge, bool) and isinstance(surcharge, (int, float))
                       and 0 <= surcharge <= 100)
        if not well_formed:
            problems.append(FieldProblem("categories", "load_norms.bad_category", {"category": str(key)}))
        elif key in CATEGORY_KEYS:
            surcharges[key] = surcharge
    for key in CATEGORY_KEYS:
        if key not in surcharges and not any(p.params.get("category") == key for p in problems):
            problems.append(FieldProblem("categories", "load_norms.missing_category", {"category": key}))
    ordered = [k for k in CATEGORY_KEYS if k in surcharges]
    for below, above in zip(ordered, ordered[1:]):
        if surcharges[above] < surcharges[below]:
            problems.append(FieldProblem("categories", "load_norms.surcharge_falls", {"category": above}))
    return problems


def norms_problems(data: object) -> list[FieldProblem]:
    """Every problem of the norms as a dict: a figure missing, not positive or without its source and flag;
    the smallest load above the largest; a year that is not the week times the weeks; a category without its
    names, source or flag, with a surcharge outside 0-100 % or smaller than a lower category's."""
    if not isinstance(data, dict) or not isinstance(data.get("figures"), dict):
        return [FieldProblem("figures", "load_norms.norms_not_an_object")]
    problems, values = _figure_problems(data["figures"])
    if {"min_rates", "max_rates"} <= values.keys() and values["min_rates"] > values["max_rates"]:
        problems.append(FieldProblem("figures", "load_norms.rates_reversed",
                                     {"low": values["min_rates"], "high": values["max_rates"]}))
    if {"annual_hours_per_rate", "weekly_hours_per_rate", "teaching_weeks"} <= values.keys() \
            and values["annual_hours_per_rate"] != values["weekly_hours_per_rate"] * values["teaching_weeks"]:
        problems.append(FieldProblem("figures", "load_norms.year_not_weeks",
                                     {"annual": values["annual_hours_per_rate"],
                                      "weekly": values["weekly_hours_per_rate"], "weeks": values["teaching_weeks"]}))
    return problems + _category_problems(data.get("categories"))
