"""Names of the kinds of classifier entries."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

KINDS = {
    "specialty": QT_TRANSLATE_NOOP("Classifier", "Specialty"),
    "worker": QT_TRANSLATE_NOOP("Classifier", "Worker qualification"),
    "mid_level": QT_TRANSLATE_NOOP("Classifier", "Mid-level specialist"),
    "applied_bachelor": QT_TRANSLATE_NOOP("Classifier", "Applied bachelor"),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("Classifier", KINDS.get(kind, kind))
