"""NEDB's Russian words, as the interface language says them.

A difference between our record and NEDB's file is computed in the file's words ("городская местность"), so
both sides compare alike; the user reads it in the interface language ("қалалық" in Kazakh).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.exchange import nedb_values as words
from desktop.views.contingent.texts import CHOICES, choice
from desktop.views.table_model import display

C = "NedbWords"
YES_NO = {True: QT_TRANSLATE_NOOP("NedbWords", "yes"), False: QT_TRANSLATE_NOOP("NedbWords", "no")}
DORMITORY = {(False, False): QT_TRANSLATE_NOOP("NedbWords", "does not need a place"),
             (True, False): QT_TRANSLATE_NOOP("NedbWords", "needs a place, not given"),
             (True, True): QT_TRANSLATE_NOOP("NedbWords", "lives in the dormitory")}
FLAGS = ("scholarship", "orphan", "no_parental_care", "disability", "large_family", "academic_leave")


def shown(field: str, word: str) -> str:
    """The word in the interface language; a word we cannot read back is shown as the file has it."""
    if field == "status":
        return choice(word)
    if field in words.VOCABULARIES:
        value = words.read_choice(field, word)
        return choice(value) if value is not None and value in CHOICES else word
    if field in FLAGS:
        flag = words.read_yes(word)
        return word if flag is None else QCoreApplication.translate(C, YES_NO[flag])
    if field == "dormitory":
        pair = words.read_dormitory(word)
        return QCoreApplication.translate(C, DORMITORY[pair]) if pair in DORMITORY else word
    if field.endswith("_on") or field.endswith("_date"):
        read = words.read_date(word)
        return display(read) if read else word
    return word
