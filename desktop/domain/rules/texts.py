"""Findings as sentences in Kazakh, Russian or English, from resources/rules/messages.json.

Kept as data rather than Qt catalogues because printed reports (Kazakh, Russian) and the command line
use them too, and neither loads Qt.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from desktop.domain.rules import Finding
from desktop.domain.ruleset import RuleSet

LANGUAGES = ("kk", "ru", "en")


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

    def message(self, finding: Finding, language: str, rules: RuleSet) -> str:
        params = dict(finding.params)
        if "subject" in params:
            names = rules["general_education"]["subject_names"].get(params["subject"], [params["subject"]])
            params["subject"] = names[1] if language == "ru" and len(names) > 1 else names[0]
        if "part" in params:
            params["part"] = self._pick("week_types", params["part"], language)
        if "level" in params:
            params["level"] = self._pick("levels", params["level"], language)
        template = self._pick("messages", finding.code, language)
        return template.format(found=finding.found, allowed=finding.allowed, **params)


@lru_cache(maxsize=1)
def shipped_texts() -> FindingTexts:
    """The texts shipped in resources/rules/messages.json (read once: printing asks for every finding)."""
    from desktop.paths import resource_path  # noqa: PLC0415

    return FindingTexts(json.loads(resource_path("rules", "messages.json").read_text(encoding="utf-8")))
