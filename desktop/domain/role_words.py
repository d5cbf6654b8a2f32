"""The roles' names as people say them, marked for the catalogues (the windows and the change log's export
translate them)."""
from desktop.domain.problems import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role

ROLE_NAMES = {
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Roles", "Director"),
    Role.DEPUTY: QT_TRANSLATE_NOOP("Roles", "Deputy director for academic work"),
    Role.REGISTRAR: QT_TRANSLATE_NOOP("Roles", "Registrar"),
    Role.DUAL: QT_TRANSLATE_NOOP("Roles", "Dual-training coordinator"),
    Role.EXAMS: QT_TRANSLATE_NOOP("Roles", "Exam organiser"),
    Role.CURATOR: QT_TRANSLATE_NOOP("Roles", "Curator"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.OWNER: QT_TRANSLATE_NOOP("Roles", "The only user of this computer"),
}
