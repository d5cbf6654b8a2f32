"""The curriculum services' refusal codes in words (desktop.views.messages merges them with the other areas').

Without them an approval refused for rule errors showed the raw “rules: curriculum.has_errors”. The codes a
curriculum shares with its workbook (a row twice, an unknown parent, negative hours) are worded once, in
desktop/exchange/file_messages.py.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# A curriculum's status as the list and the group's curriculum choice name it.
STATUS = {"draft": QT_TRANSLATE_NOOP("CurriculumList", "draft"),
          "approved": QT_TRANSLATE_NOOP("CurriculumList", "approved"),
          "archived": QT_TRANSLATE_NOOP("CurriculumList", "archived")}

MESSAGES = {
    "curriculum.has_errors": QT_TRANSLATE_NOOP("Messages", "errors remain ({count}); correct them in the list under the plan, then approve"),
    "curriculum.not_draft": QT_TRANSLATE_NOOP("Messages", "only a draft can be changed or approved; make a new version to change it"),
    "curriculum.not_approved": QT_TRANSLATE_NOOP("Messages", "only an approved curriculum can be archived"),
    "curriculum.has_grades": QT_TRANSLATE_NOOP("Messages", "final grades ({count}) were given against this curriculum's rows: it cannot be deleted"),
    "curriculum.held": QT_TRANSLATE_NOOP("Messages", "{who} is editing it on {computer} (since {since}): it cannot be deleted while it is open there"),
    "curriculum.already_draft": QT_TRANSLATE_NOOP("Messages", "this curriculum is still a draft: change it directly, no new version is needed"),
}

FIELDS = {
    "rules": QT_TRANSLATE_NOOP("Fields", "Rule check"),
    "rows": QT_TRANSLATE_NOOP("Fields", "Rows"),
    "approved_by": QT_TRANSLATE_NOOP("Fields", "Approved by"),
}

