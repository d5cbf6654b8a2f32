"""Who approves a curriculum: the college director, named in full, asked once the rule check has passed."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class ApproveDialog(QDialog):
    """A name field wide enough for a full Kazakh name with patronymic (a QInputDialog cut its first letters off)."""

    def __init__(self, director: str, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the curriculum"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The college director approves the curriculum “{title}”.").format(title=title))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("Who approves (the college director):"))
        self.name = QLineEdit(director)
        self.name.setPlaceholderText(self.tr("Surname First name Patronymic"))
        label.setBuddy(self.name)
        layout.addWidget(label)
        layout.addWidget(self.name)
        # Room for «Сейтқалиев Ержан Болатұлы» and longer with the cursor at either end.
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("М" * 34))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Approve"))
        self.ok_button.setDefault(True)  # Enter approves, Esc cancels (QDialog's own)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # An empty name cannot approve: the service would refuse it anyway, so say it before.
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(director.strip()))
        self.name.selectAll()
        self.name.setFocus()

    def who(self) -> str:
        return self.name.text().strip()


def ask_approver(parent, director: str, title: str) -> str | None:
    """The approver's name, or None when the user cancels."""
    dialog = ApproveDialog(director, title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.who() or None
