"""The curriculum services' refusal codes in words, added to the shared message table when the editor loads.

Without them an approval refused for rule errors showed the raw “rules: curriculum.has_errors”.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.views import messages

MESSAGES = {
    "curriculum.has_errors": QT_TRANSLATE_NOOP("Messages", "the rule check still finds errors ({count}); correct them in the list under the plan, then approve"),
    "curriculum.not_draft": QT_TRANSLATE_NOOP("Messages", "only a draft can be changed or approved; make a new version to change it"),
    "curriculum.not_approved": QT_TRANSLATE_NOOP("Messages", "only an approved curriculum can be archived"),
    "curriculum.already_draft": QT_TRANSLATE_NOOP("Messages", "this curriculum is still a draft: change it directly, no new version is needed"),
    "curriculum.duplicate_row": QT_TRANSLATE_NOOP("Messages", "the row “{row}” appears twice"),
    "curriculum.unknown_parent": QT_TRANSLATE_NOOP("Messages", "the row “{row}” belongs to “{parent}”, which is not in the plan"),
    "curriculum.negative_hours": QT_TRANSLATE_NOOP("Messages", "the row “{row}” has negative hours"),
}

FIELDS = {
    "rules": QT_TRANSLATE_NOOP("Fields", "Rule check"),
    "rows": QT_TRANSLATE_NOOP("Fields", "Rows"),
    "approved_by": QT_TRANSLATE_NOOP("Fields", "Approved by"),
}

for _code, _text in MESSAGES.items():
    messages.MESSAGES.setdefault(_code, _text)
for _name, _text in FIELDS.items():
    messages.FIELDS.setdefault(_name, _text)
