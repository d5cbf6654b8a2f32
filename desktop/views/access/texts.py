"""The names of roles and areas as the windows show them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.problems import QT_TRANSLATE_NOOP
from desktop.domain.role_words import ROLE_NAMES
from desktop.domain.roles import Area, Role

AREA_NAMES = {
    Area.COLLEGE: QT_TRANSLATE_NOOP("Roles", "the college's profile"),
    Area.CLASSIFIER: QT_TRANSLATE_NOOP("Roles", "the classifier"),
    Area.CURRICULA: QT_TRANSLATE_NOOP("Roles", "curricula"),
    Area.LOAD: QT_TRANSLATE_NOOP("Roles", "teachers and the teacher load"),
    Area.CONTINGENT: QT_TRANSLATE_NOOP("Roles", "groups and students"),
    Area.GRADES: QT_TRANSLATE_NOOP("Roles", "final grades and diplomas"),
    Area.EMPLOYMENT: QT_TRANSLATE_NOOP("Roles", "graduates' employment"),
    Area.DUAL: QT_TRANSLATE_NOOP("Roles", "dual training"),
    Area.EXAMS: QT_TRANSLATE_NOOP("Roles", "demonstration exams"),
    Area.REPORTS: QT_TRANSLATE_NOOP("Roles", "the state reports' records"),
    Area.USERS: QT_TRANSLATE_NOOP("Roles", "users"),
    Area.BACKUPS: QT_TRANSLATE_NOOP("Roles", "backups"),
    Area.JOURNAL: QT_TRANSLATE_NOOP("Roles", "the change log"),
}


def role_name(role: Role | str) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[Role(role)])


def area_name(area: Area) -> str:
    return QCoreApplication.translate("Roles", AREA_NAMES[area])


def refused_role(db, area: Area):
    """A reason for an action gate: None when the signed-in user's role may change `area`, else why not."""
    def reason() -> str | None:
        actor = db.actor if db is not None else None
        if actor is None or actor.may_write(area):
            return None
        return QCoreApplication.translate("Roles", "Your role ({role}) may not change {area}.").format(
            role=role_name(actor.role), area=area_name(area))
    return reason


def may_write(db, area: Area) -> bool:
    return db is None or db.actor.may_write(area)
