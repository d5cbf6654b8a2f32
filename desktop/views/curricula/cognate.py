"""The curriculum detail "the intake holds a cognate TVET qualification", in the new-curriculum dialog and the
editor's toolbar. It changes TOTAL-RANGE only where the rule set says so (MR l.258-260: a mid-level programme on
the TVET base), so the box is enabled only there."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from desktop.domain.curriculum import Curriculum
from desktop.services import curricula


class CognateBox(QCheckBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("Cognate qualification"), parent)
        self.setToolTip(self.tr(
            "Tick when the students admitted already hold a TVET qualification of the same profile (Kazakh "
            "«мәндес біліктілік»). Only then is a mid-level programme on the TVET base held to 60 credits "
            "(recommendations 2022-2023, lines 258-260); for another profile its total is not checked. "
            "Other levels and bases do not use it."))

    def show_for(self, curriculum: Curriculum, editable: bool = True) -> None:
        """Show the curriculum's value, enabled where the rule set asks for it."""
        try:
            asks = curricula.rule_set_for(curriculum).asks_cognate(curriculum.level.value, curriculum.entry_base)
        except LookupError:  # an intake before any rule set: nothing to check it against
            asks = False
        self.setChecked(curriculum.cognate)
        self.setEnabled(editable and asks)

    def value(self) -> bool:
        """What to store: never set where it means nothing (the box greyed out)."""
        return self.isEnabled() and self.isChecked()
