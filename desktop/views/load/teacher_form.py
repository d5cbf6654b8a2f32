"""The teacher's card with everything the tarification list needs (issue #18): post, education and diploma,
category, teaching experience, rate and department, beside the name, IIN and last upgrade the indicators read.
The Staff dialog and the Reports page's teacher list both open this one card."""
from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from desktop.domain.ids import iin_problems
from desktop.domain.roles import Area
from desktop.services import teachers
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.services.teachers import CATEGORIES, CATEGORY_NAMES, EDUCATION, EDUCATION_NAMES, TeacherData
from desktop.views.access.conflicts import show_stale
from desktop.views.action_gate import may_discard
from desktop.views.contingent.read_only import history_button, make_read_only, read_only_note
from desktop.views.contingent.fields import DateField
from desktop.views.dual.form import WrappedLabel
from desktop.views.errors import show_validation
from desktop.views.load.texts import hours
from desktop.views.messages import field_name, message
from desktop.views.widgets import hint, mark_html

# The English interface's words for the stored kinds; Kazakh and Russian take the services' own (the documents').
CATEGORY_ENGLISH = {"pedagogue": "teacher", "moderator": "teacher-moderator", "expert": "teacher-expert",
                    "researcher": "teacher-researcher", "master": "teacher-master"}
EDUCATION_ENGLISH = {"tvet": "technical and vocational", "higher": "higher",
                     "master": "postgraduate (master's degree)", "doctorate": "postgraduate (doctorate)"}
# widgets.hint's colour, on a label that keeps all its lines
HINT_STYLE = "color: palette(placeholder-text);"
# The experience the years may hold (the service refuses more).
MOST_YEARS = 70


def _local(names: dict, english: dict, code: str, language: str) -> str:
    if not code:
        return ""
    if language == "ru":
        return names[code][1]
    return names[code][0] if language == "kk" else english[code]


def category_text(code: str, language: str) -> str:
    return _local(CATEGORY_NAMES, CATEGORY_ENGLISH, code, language)


def education_text(code: str, language: str) -> str:
    return _local(EDUCATION_NAMES, EDUCATION_ENGLISH, code, language)


def rate_text(rate: Decimal | None, language: str) -> str:
    """1, 0,5, 1,5 in Kazakh and Russian (the decimal comma); 1.5 in English; no trailing zeros."""
    return "" if rate is None else hours(rate, language)


class TeacherForm(QDialog):
    """A new teacher (teacher_id None) or a stored one; Save writes through services.teachers and closes, a refusal
    names every field at once and keeps what was typed."""

    def __init__(self, db, teacher_id: int | None, language: str, parent=None):
        super().__init__(parent)
        self.db, self.teacher_id, self.language = db, teacher_id, language
        self.saved_id: int | None = None
        record = teachers.get_teacher(db, teacher_id, language) if teacher_id is not None else None
        self.version = record.version if record else None  # as read: the save is refused over another's since
        self.setWindowTitle(self.tr("Teacher: {name}").format(name=record.full_name) if record
                            else self.tr("New teacher"))
        self.widgets: dict[str, QWidget] = {}
        self.captions: dict[str, QWidget] = {}  # each field's label: marked when Save refuses the field
        layout = QVBoxLayout(self)
        note = read_only_note(db, Area.LOAD)
        if note is not None:
            layout.addWidget(note)
        columns = QHBoxLayout()
        columns.addWidget(self._post_box(), 1)
        columns.addWidget(self._qualification_box(), 1)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint(self.tr("* required")), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if teacher_id is not None:
            history_button(self, buttons, db, "teacher", teacher_id, lambda: self.widgets["full_name"].text())
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.set_data(record)
        self.widgets["iin"].textChanged.connect(self._iin_changed)
        self.widgets["experience_since"].dateChanged.connect(self._experience_changed)
        self.widgets["experience_years"].valueChanged.connect(self._experience_changed)
        self._iin_changed()
        self._opened_with = self.data()
        # a role without the teachers reads the card: nothing to type in, no Save
        self.read_only = make_read_only(db, Area.LOAD, (*self.widgets.values(), self.by_date, self.by_years),
                                        buttons)

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            self._hold_height()
        return handled

    def _hold_height(self) -> None:
        """The least height is the one the window's width needs. QFormLayout reports its least height with every
        label beside its field, then puts the long ones above their fields: the window came out shorter than its
        rows, and the experience panel and its note were cut above and below."""
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        need = max(self.heightForWidth(self.width()), layout.totalMinimumSize().height())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    # --- building --------------------------------------------------------------------------------

    def _add(self, form: QFormLayout, name: str, widget: QWidget, label: str | None = None) -> None:
        widget.setObjectName(name)
        self.widgets[name] = widget
        caption = QLabel(label or field_name(name))
        caption.setObjectName(f"{name}_label")
        caption.setBuddy(widget)
        self.captions[name] = caption
        form.addRow(caption, widget)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        # Long Kazakh and Russian labels go above their fields rather than squeezing them at 1366×768.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _post_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Person and post"))
        form = self._form(box)
        name = QLineEdit()
        name.setMinimumWidth(240)
        self._add(form, "full_name", name, field_name("full_name") + " *")
        iin = QLineEdit()
        iin.setMaxLength(12)
        iin.setPlaceholderText(self.tr("12 digits, optional"))
        self._add(form, "iin", iin)
        self.iin_status = WrappedLabel()
        self.iin_status.setObjectName("iin_status")
        self.iin_status.setTextFormat(Qt.TextFormat.RichText)  # its warning mark is an icon
        form.addRow("", self.iin_status)
        self._add(form, "position", QLineEdit())
        self.widgets["position"].setPlaceholderText(self.tr("e.g. teacher of special subjects"))
        self._add(form, "subject", QLineEdit())
        department = QComboBox()
        department.addItem("—", None)
        for record in teachers.list_departments(self.db):
            department.addItem(record.name(self.language), record.id)
        self._add(form, "department_id", department)
        rate = QLineEdit()
        rate.setPlaceholderText(self.tr("1, 0,5 or 1,5"))
        rate.setToolTip(self.tr("The rate held: 1 is a full rate, 0,5 a half, 1,5 one and a half."))
        self._add(form, "rate", rate)
        self._add(form, "last_upgrade_on", DateField(optional=True),
                  QCoreApplication.translate("Indicators", "Last qualification upgrade"))
        return box

    def _qualification_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Education and qualification"))
        form = self._form(box)
        education = QComboBox()
        education.addItem("—", "")
        for code in EDUCATION:
            education.addItem(education_text(code, self.language), code)
        self._add(form, "education", education)
        self._add(form, "diploma_number", QLineEdit())
        self._add(form, "diploma_on", DateField(optional=True))
        category = QComboBox()
        category.addItem(self.tr("no category"), "")
        for code in CATEGORIES:
            category.addItem(category_text(code, self.language), code)
        self._add(form, "category", category)
        self._add(form, "category_on", DateField(optional=True))
        form.addRow(self._experience_row())
        return box

    def _experience_row(self) -> QWidget:
        """Experience is a start date (it grows by itself) or whole years (when the start is unknown): one of them,
        chosen with the radio buttons; the other field is off, and the line below says which counts."""
        panel = QGroupBox(self.tr("Teaching experience"))
        grid = QFormLayout(panel)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.by_date = QRadioButton(field_name("experience_since"))
        self.by_date.setObjectName("by_date")
        self.by_years = QRadioButton(field_name("experience_years"))
        self.by_years.setObjectName("by_years")
        choice = QButtonGroup(panel)
        choice.addButton(self.by_date)
        choice.addButton(self.by_years)
        since = DateField(optional=True)
        since.setObjectName("experience_since")
        years = QSpinBox()
        years.setObjectName("experience_years")
        years.setRange(0, MOST_YEARS)
        self.widgets["experience_since"], self.widgets["experience_years"] = since, years
        self.captions["experience_since"], self.captions["experience_years"] = self.by_date, self.by_years
        grid.addRow(self.by_date, since)
        grid.addRow(self.by_years, years)
        self.experience_note = WrappedLabel()
        self.experience_note.setStyleSheet(HINT_STYLE)
        self.experience_note.setObjectName("experience_note")
        grid.addRow(self.experience_note)
        self.by_date.toggled.connect(self._experience_changed)
        return panel

    # --- the data --------------------------------------------------------------------------------

    def set_data(self, record) -> None:
        edits = ("full_name", "iin", "position", "subject", "diploma_number")
        for name in edits:
            self.widgets[name].setText(getattr(record, name) if record else "")
            self.widgets[name].setCursorPosition(0)  # a long post read from its start, not its end
        for name in ("last_upgrade_on", "diploma_on", "category_on", "experience_since"):
            self.widgets[name].set_value(getattr(record, name) if record else None)
        for name in ("education", "category", "department_id"):
            value = getattr(record, name) if record else None
            box = self.widgets[name]
            box.setCurrentIndex(max(box.findData(value), 0) if value not in (None, "") else 0)
        self.widgets["rate"].setText(rate_text(record.rate if record else Decimal("1"), self.language))
        years = record.experience_years if record else None
        self.widgets["experience_years"].setValue(years or 0)
        # The start date is the better record: chosen unless only years were ever entered.
        (self.by_years if years is not None and not (record and record.experience_since) else self.by_date).setChecked(True)
        self._experience_changed()

    def data(self) -> TeacherData:
        text = {name: self.widgets[name].text() for name in ("full_name", "iin", "position", "subject",
                                                              "diploma_number", "rate")}
        by_date = self.by_date.isChecked()
        return TeacherData(
            full_name=text["full_name"], iin=text["iin"].strip() or None,
            last_upgrade_on=self.widgets["last_upgrade_on"].value(),
            position=text["position"], subject=text["subject"], education=self.widgets["education"].currentData(),
            diploma_number=text["diploma_number"], diploma_on=self.widgets["diploma_on"].value(),
            category=self.widgets["category"].currentData(), category_on=self.widgets["category_on"].value(),
            experience_since=self.widgets["experience_since"].value() if by_date else None,
            experience_years=None if by_date else self.widgets["experience_years"].value(),
            rate=text["rate"].strip(), department_id=self.widgets["department_id"].currentData())

    def _experience_changed(self, *_args) -> None:
        by_date = self.by_date.isChecked()
        self.widgets["experience_since"].setEnabled(by_date)
        self.widgets["experience_years"].setEnabled(not by_date)
        if by_date:
            since = self.widgets["experience_since"].value()
            if since is None:
                note = self.tr("The start date counts: enter it, and the years grow by themselves.")
            else:
                note = self.tr("The start date counts: {years} full years today; they grow by themselves.").format(
                    years=teachers.teaching_experience(since, None, date.today()))
        else:
            note = self.tr("The years entered count: {years}. They do not grow by themselves: enter the start "
                           "date when it is known.").format(years=self.widgets["experience_years"].value())
        self.experience_note.setText(note)

    def _iin_changed(self) -> None:
        iin = self.widgets["iin"].text().strip()
        problems = iin_problems(iin) if iin else []
        # An icon in rich text and the words: the shipped font has no warning sign.
        self.iin_status.setText(mark_html(False) + " " + html.escape("; ".join(message(p.value) for p in problems))
                                if problems else "")
        self.iin_status.setVisible(bool(problems))

    # --- closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        if may_discard(self, self.data() != self._opened_with):
            super().reject()

    def save(self) -> None:
        data = self.data()
        try:
            if self.teacher_id is None:
                self.saved_id = teachers.add_teacher(self.db, data)
            else:
                teachers.update_teacher(self.db, self.teacher_id, data, version=self.version)
                self.saved_id = self.teacher_id
        except StaleRecord as error:  # saved on another computer since the card was read
            if show_stale(self, self._shown(error), self._shown_values(teachers.teacher_fields(data)),
                          self.labels()):
                self.reload()
            return
        except ValidationFailed as error:
            self._mark({problem.field for problem in error.problems})
            first = self.widgets.get(error.problems[0].field) if error.problems else None
            if first is not None:
                first.setFocus()
            show_validation(self, self.tr("The teacher was not saved"), error)
            return
        self.accept()

    def reload(self) -> None:
        """The teacher as stored now, with the version the next save gives back."""
        record = teachers.get_teacher(self.db, self.teacher_id, self.language)
        self.version = record.version
        self.set_data(record)
        self._opened_with = self.data()

    def labels(self) -> dict[str, str]:
        """The card's labels by the teacher's field names: a refused save names the fields by them."""
        return {name: caption.text().rstrip(" *") for name, caption in self.captions.items()}

    def _shown_values(self, values: dict) -> dict:
        """The stored kinds in words, as the card's lists show them (not "moderator", not a department's number)."""
        shown = dict(values)
        for name in ("education", "category", "department_id"):
            if name in shown:
                box = self.widgets[name]
                at = box.findData(shown[name]) if shown[name] not in (None, "") else -1
                shown[name] = box.itemText(at) if at >= 0 else shown[name]
        if shown.get("rate") is not None:
            shown["rate"] = rate_text(shown["rate"], self.language)
        return shown

    def _shown(self, error: StaleRecord) -> StaleRecord:
        return replace(error, theirs=self._shown_values(error.theirs))

    def _mark(self, refused: set[str]) -> None:
        """The labels of the refused fields in red (and bold: not by colour alone), until the next Save."""
        for name, caption in self.captions.items():
            caption.setProperty("refused", name in refused)
            caption.setStyleSheet("color: #a00000; font-weight: bold;" if name in refused else "")


def edit_teacher(parent, db, teacher_id: int | None, language: str) -> int | None:
    """Open the teacher's card (a new one when teacher_id is None): the teacher's id once saved, None if cancelled."""
    form = TeacherForm(db, teacher_id, language, parent)
    return form.saved_id if form.exec() else None
