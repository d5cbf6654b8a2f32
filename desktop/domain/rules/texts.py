"""Findings as sentences in Kazakh, Russian or English, from resources/rules/messages.json.

Kept as data rather than Qt catalogues because printed reports (Kazakh, Russian) and the command line
use them too, and neither loads Qt.

A counted noun is written in the messages as `{found|кредит|кредита|кредитов}`: the figure, then the noun in
the form the figure asks for (Russian: one, few, many; English: one, other). Kazakh nouns do not change after
a number, so the Kazakh messages write `{found} кредит`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from desktop.domain.rules import Finding
from desktop.domain.ruleset import RuleSet

LANGUAGES = ("kk", "ru", "en")
# {name|form|form|form}: a placeholder with the forms of the noun that follows its figure
_COUNTED = re.compile(r"\{(\w+)\|([^{}]*)\}")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# Values that are figures ("62", "21.5%", ">= 36", "120–140", "1.5 × 24 ≠ 40"), not codes ("ОН 4.1", "06130100")
_FIGURES_ONLY = re.compile(r"[\d\s.%×≠<>=–]+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Parameters that hold figures; codes and names are left as written.
_FIGURE_PARAMS = ("found", "allowed", "hours", "hands_on", "weeks", "per_week", "allowed_hours", "end", "year")
# "at least" and "at most" in words: the printed documents' font has no ≥ or ≤, and words read better anyway
_SIGNS = {"kk": {">=": "кемінде", "<=": "ең көбі"}, "ru": {">=": "не менее", "<=": "не более"}}
_SIGN = re.compile(r"(>=|<=)\s*")
# A source as the rule sets cite it: "MR 2022-2023, MR l.212-222" (document, edition, lines of its text)
_SOURCE = re.compile(r"^(?P<doc>[A-ZА-Я]+)\s+(?P<edition>[\d\-–]+),\s*(?:[A-ZА-Я]+\s+)?l\.\s*(?P<lines>[\d\s\-–,]+)$")
THOUSANDS = "\u00a0"  # a no-break space, as the printed documents group thousands (finishing.number)


def russian_plural(value: Decimal | int | float | str) -> str:
    """"one" (1, 21, 61 кредит), "few" (2-4, 22-24, 1,5 кредита) or "many" (5-20, 11-14, 25 кредитов): a
    fraction takes the genitive singular, as "few" does."""
    number = Decimal(str(value))
    if number != number.to_integral_value():
        return "few"
    n = abs(int(number))
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def counted(value: str, forms: list[str], language: str) -> str:
    """The noun's form after the last figure of `value` (">= 36" counts 36)."""
    figures = _FIGURE.findall(str(value))
    if not figures:
        return forms[-1]
    if language == "ru" and len(forms) == 3:
        return forms[("one", "few", "many").index(russian_plural(figures[-1]))]
    if len(forms) == 2:  # English
        return forms[0] if Decimal(figures[-1]) == 1 else forms[1]
    return forms[0]


def local_figures(value: object, language: str) -> str:
    """Figures written the Kazakh and Russian way: a decimal comma, thousands spaced; ISO dates as
    15.07.2025; ">= 36" in words (не менее 36, кемінде 36). English keeps what the rules wrote."""
    text = str(value)
    if language == "en":
        return text
    if _ISO_DATE.fullmatch(text):
        return date.fromisoformat(text).strftime("%d.%m.%Y")
    if not _FIGURES_ONLY.fullmatch(text):
        return text
    text = _SIGN.sub(lambda match: _SIGNS[language][match.group(1)] + " ", text)

    def one(match: re.Match) -> str:
        whole, _, fraction = match.group(0).partition(".")
        if len(whole) > 3 and not whole.startswith("0"):
            groups = []
            while whole:
                groups.insert(0, whole[-3:])
                whole = whole[:-3]
            whole = THOUSANDS.join(groups)
        return f"{whole},{fraction}" if fraction else whole

    return _FIGURE.sub(one, text)


@dataclass(frozen=True)
class FindingTexts:
    data: dict

    def _pick(self, group: str, key: str, language: str) -> str:
        entry = self.data[group].get(key)
        return entry[language] if entry else key

    def rule_title(self, rule: str, language: str) -> str:
        """The rule's name for people (“Оқу жылының жүктемесі”); its id stays for the command line."""
        return self._pick("rules", rule, language)

    def severity(self, severity: str, language: str) -> str:
        return self._pick("severities", severity, language)

    def source(self, source: str, language: str) -> str:
        """"MR 2022-2023, MR l.212-222" in words: "Әдістемелік ұсынымдар 2022-2023, 212-222 жолдар" /
        "Методические рекомендации 2022-2023, строки 212-222"; a source in another form stays as written."""
        match = _SOURCE.match(source.strip())
        if not match or match.group("doc") not in self.data.get("documents", {}):
            return source
        lines = match.group("lines").strip()
        several = any(mark in lines for mark in "-–,")
        where = self._pick("source_lines", "several" if several else "one", language).format(lines=lines)
        return f"{self._pick('documents', match.group('doc'), language)} {match.group('edition')}, {where}"

    def message(self, finding: Finding, language: str, rules: RuleSet) -> str:
        params = dict(finding.params)
        if "subject" in params:
            names = rules["general_education"]["subject_names"].get(params["subject"], [params["subject"]])
            params["subject"] = names[1] if language == "ru" and len(names) > 1 else names[0]
        if "part" in params:
            params["part"] = self._pick("week_types", params["part"], language)
        if "level" in params:
            params["level"] = self._pick("levels", params["level"], language)
        raw = {**params, "found": finding.found, "allowed": finding.allowed}
        # A classifier code is digits too ("06130100", "0613"): it is printed as the classifier writes it.
        figures = () if finding.code.startswith("classifier.") else _FIGURE_PARAMS
        shown = {key: local_figures(value, language) if key in figures or _ISO_DATE.fullmatch(str(value)) else value
                 for key, value in raw.items()}
        template = self._pick("messages", finding.code, language)

        def noun(match: re.Match) -> str:
            name = match.group(1)
            return f"{{{name}}} {counted(raw.get(name, ''), match.group(2).split('|'), language)}"

        return _COUNTED.sub(noun, template).format(**shown)


@lru_cache(maxsize=1)
def shipped_texts() -> FindingTexts:
    """The texts shipped in resources/rules/messages.json (read once: printing asks for every finding)."""
    from desktop.paths import resource_path  # noqa: PLC0415

    return FindingTexts(json.loads(resource_path("rules", "messages.json").read_text(encoding="utf-8")))
