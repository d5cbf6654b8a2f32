"""The change log window: who changed what and when, narrowed by person, days, kind of record or any text; the
chosen entry's changes in words below the list; the entries found exported to a workbook (IINs masked) in
Kazakh or Russian. Opened from the menu for the whole log, and from a card's History… for one record."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, \
    QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from desktop.domain.roles import Area
from desktop.services import audit_log, audit_words
from desktop.services.actors import AccessDenied
from desktop.services.audit_log import LogFilter, LogLine
from desktop.views.access.texts import area_name, role_name
from desktop.views.action_gate import search_box
from desktop.views.column_fit import fit_columns, refit_on_resize
from desktop.views.contingent.fields import DateField
from desktop.views.errors import run_validated
from desktop.views.file_dialogs import save_path
from desktop.views.i18n import LANGUAGE_NAMES, catalogue_folder, current_language
from desktop.views.table_model import Column, RowTableModel
from desktop.views.widgets import fit_combo, fit_to_screen, row_table, without_checked
from desktop.views.workers import StepProgress, busy

C = "ChangeLog"
LIMIT = 2000  # entries listed at most: the newest; a narrower search reaches older ones
EVERYONE, EVERY_KIND = "", ""
FILE_LANGUAGES = ("kk", "ru")


def words(context: str, source: str) -> str:
    """The change log's words in the interface's language."""
    return QCoreApplication.translate(context, source)


def when(line: LogLine) -> str:
    return line.at.strftime("%d.%m.%Y %H:%M")


def moment(line: LogLine) -> int:
    """One number in the order of time, entries of the same second in the order written: the table's sort key
    compares numbers by value (a date alone would lose the time; a tuple would be compared as its text)."""
    return int(line.at.timestamp()) * 10 ** 12 + line.id


COLUMNS = [
    Column(C, QT_TRANSLATE_NOOP("ChangeLog", "When"), when, sort=moment),
    Column(C, QT_TRANSLATE_NOOP("ChangeLog", "Who"), lambda line: line.user_name),
    Column(C, QT_TRANSLATE_NOOP("ChangeLog", "Computer"), lambda line: line.workstation),
    Column(C, QT_TRANSLATE_NOOP("ChangeLog", "Action"), lambda line: audit_words.action_name(line.action, words)),
    Column(C, QT_TRANSLATE_NOOP("ChangeLog", "Kind"), lambda line: audit_words.kind_name(line.kind, words)),
    Column(C, QT_TRANSLATE_NOOP("ChangeLog", "Record"), lambda line: audit_log.record_text(line, words)),
    Column(C, QT_TRANSLATE_NOOP("ChangeLog", "What changed"), lambda line: audit_log.summary(line, words)),
]
SHRINKABLE = (1, 2, 4, 5, 6)


def _t(text: str) -> str:
    """Not for literals (lupdate reads only the calls it knows): for the texts marked in LOG_TEXTS."""
    return QCoreApplication.translate("ChangeLog", text)


LOG_TEXTS = {
    "head": QT_TRANSLATE_NOOP("ChangeLog", "{when} — {who}, computer {computer}"),
    "what": QT_TRANSLATE_NOOP("ChangeLog", "{action}: {kind} «{record}»"),
    "nothing": QT_TRANSLATE_NOOP("ChangeLog", "No values were written down."),
    "no_log": QT_TRANSLATE_NOOP("ChangeLog", "Your role ({role}) may not read the change log."),
    "no_area": QT_TRANSLATE_NOOP("ChangeLog", "Your role ({role}) may not read the changes of {area}."),
    "title": QT_TRANSLATE_NOOP("ChangeLog", "Change log"),
    "history": QT_TRANSLATE_NOOP("ChangeLog", "History: {label}"),
}


def log_text(key: str) -> str:
    return _t(LOG_TEXTS[key])


def detail_text(line: LogLine) -> str:
    """The entry in full: when, who on which computer, what was done to which record, and every change."""
    who = line.user_name if line.user_name == line.user_login else f"{line.user_name} ({line.user_login})"
    head = log_text("head").format(when=when(line), who=who, computer=line.workstation or "?")
    what = log_text("what").format(action=audit_words.action_name(line.action, words),
                                   kind=audit_words.kind_name(line.kind, words),
                                   record=audit_log.record_text(line, words))
    changes = audit_log.describe(line, words) or [log_text("nothing")]
    return "\n".join([head, what, ""] + [f"• {change}" for change in changes])


def refusal_text(error: AccessDenied) -> str:
    if error.area is Area.JOURNAL:
        return log_text("no_log").format(role=role_name(error.role))
    return log_text("no_area").format(role=role_name(error.role), area=area_name(error.area))


def words_in(language: str) -> dict[tuple[str, str], str]:
    """The change log's words in `language`, looked up here on the GUI thread for the export's worker (which
    must not touch Qt): the file may be wanted in a language other than the interface's."""
    path = catalogue_folder() / f"zhospar_{language}.qm"
    translator = QTranslator()
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not translator.load(data, str(path.parent)):
        return {}
    table = {}
    for context, source in audit_words.sources():
        text = translator.translate(context, source)
        if text:
            table[(context, source)] = text
    del translator  # before `data`, which it reads in place
    return table


class ChangeLogDialog(QDialog):
    """The whole log, or with `record` = (kind, id) one record's history (`label` names it in the title)."""

    def __init__(self, db, parent: QWidget | None = None, record: tuple[str, int] | None = None, label: str = ""):
        super().__init__(parent)
        self.db, self.record = db, record
        self.lines: list[LogLine] = []
        self.denied: AccessDenied | None = None
        self.setWindowTitle(log_text("history").format(label=label) if record else log_text("title"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())

        self.model = RowTableModel(COLUMNS, self)
        self.table = row_table(self.model, single=True)
        self.table.setObjectName("entries")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose an entry to read what it changed."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())

        self.timer = QTimer(self)  # typing is read once it pauses, not at every letter
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.reload)
        for signal in (self.person.currentIndexChanged, self.kind.currentIndexChanged, self.since.dateChanged,
                       self.until.dateChanged, self.search.textChanged):
            signal.connect(lambda *_: self.timer.start())
        fit_to_screen(self, 1180, 680)
        self._fill_choices()
        self.reload()
        refit_on_resize(self.table, self._fit)

    # --- the layout ---------------------------------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = search_box(self, self.tr("Record, IIN or value (Ctrl+F)"))
        row.addWidget(self.search, 1)
        self.person = QComboBox()
        self.person.setObjectName("person")
        self.person.setToolTip(self.tr("Who made the changes"))
        row.addWidget(self.person)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.setToolTip(self.tr("Kind of record"))
        row.addWidget(self.kind)
        self.kind.setHidden(self.record is not None)  # one record's history is of one kind
        for name, text in (("since", self.tr("From")), ("until", self.tr("to"))):
            label = QLabel(text)
            field = DateField(optional=True)
            field.setObjectName(name)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            setattr(self, name, field)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setWordWrap(True)  # a long path exported to wraps; it must not widen the window past the screen
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.count, 1)
        language_label = QLabel(self.tr("Language of the file"))
        self.file_language = QComboBox()
        self.file_language.setObjectName("file_language")
        for code in FILE_LANGUAGES:
            self.file_language.addItem(LANGUAGE_NAMES[code], code)
        interface = current_language()
        self.file_language.setCurrentIndex(FILE_LANGUAGES.index(interface) if interface in FILE_LANGUAGES else 0)
        language_label.setBuddy(self.file_language)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export")
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(self.tr("Save the entries found to an Excel workbook or a CSV file; IINs "
                                              "are masked in it"))
        self.export_button.clicked.connect(without_checked(self.export))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        for widget in (language_label, self.file_language, self.export_button, close):
            row.addWidget(widget)
        return row

    def _fill_choices(self) -> None:
        self.person.blockSignals(True)
        self.kind.blockSignals(True)
        self.person.addItem(self.tr("Everyone"), EVERYONE)
        self.kind.addItem(self.tr("All kinds of records"), EVERY_KIND)
        try:
            for login, name in audit_log.people(self.db):
                self.person.addItem(name if name == login else f"{name} ({login})", login)
            kinds = audit_log.kinds(self.db)
        except AccessDenied:
            kinds = []
        for name, kind in sorted((audit_words.kind_name(k, words), k) for k in kinds):
            self.kind.addItem(name, kind)
        self.person.blockSignals(False)
        self.kind.blockSignals(False)
        fit_combo(self.person)
        fit_combo(self.kind)

    # --- the list -----------------------------------------------------------------------------------------------

    def current_filter(self) -> LogFilter:
        return LogFilter(person_login=self.person.currentData() or None, since=self.since.value(),
                         until=self.until.value(), text=self.search.text().strip(),
                         kind=None if self.record else (self.kind.currentData() or None), record=self.record)

    def reload(self) -> None:
        """Search again with the filters as they are now."""
        self.timer.stop()
        chosen = self.selected()
        try:
            with busy(self):
                self.lines = audit_log.search(self.db, self.current_filter(), limit=LIMIT)
            self.denied = None
        except AccessDenied as error:
            self.lines, self.denied = [], error
        self.model.set_rows(self.lines)
        self._fit()
        self._say_count()
        self.export_button.setEnabled(self.denied is None and bool(self.lines))
        rows = self.model.rows()
        if rows:
            ids = [line.id for line in rows]
            self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._show_detail()

    def _fit(self) -> None:
        fit_columns(self.table, SHRINKABLE, grow=6)

    def _say_count(self) -> None:
        if self.denied is not None:
            text = refusal_text(self.denied)
        elif len(self.lines) >= LIMIT:
            text = self.tr("The newest {count} entries; narrow the search to reach older ones").format(count=LIMIT)
        elif not self.lines and self.record is not None and not self._filtered():
            text = self.tr("No change of this record was written down one by one; records made by an import or an "
                           "order are in its entry of the change log")
        elif not self.lines:
            text = self.tr("No entries match")
        else:
            text = self.tr("Entries: {count}").format(count=len(self.lines))
        self.count.setText(text)

    def _filtered(self) -> bool:
        flt = self.current_filter()
        return bool(flt.person_login or flt.since or flt.until or flt.text)

    def selected(self) -> LogLine | None:
        index = self.table.currentIndex() if hasattr(self, "table") else None
        if index is None or not index.isValid():
            return None
        rows = self.model.rows()
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def _show_detail(self) -> None:
        line = self.selected()
        self.detail.setPlainText(detail_text(line) if line is not None else "")

    # --- export -------------------------------------------------------------------------------------------------

    def export(self) -> None:
        language = self.file_language.currentData()
        name = self.tr("change-log") + f"-{date.today():%Y-%m-%d}.xlsx"
        path = save_path(self, self.tr("Export the change log"), name,
                         self.tr("Excel workbook (*.xlsx);;CSV, semicolons (*.csv)"), purpose="change_log")
        if path:
            self.export_to(path, language)

    def export_to(self, path: str, language: str) -> int | None:
        """Write the entries the filters find (all of them, not only those listed) to `path`; the count, or None
        when nothing was written (a refusal, a folder that cannot be written: said to the user)."""
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        table = words_in(language)
        flt = self.current_filter()
        said = {"read": self.tr("Reading the log…"), "write": self.tr("Writing the file…")}
        steps = StepProgress(lambda what: said.get(what, ""))
        written = run_validated(
            self, self.tr("The change log was not exported"), self.tr("Exporting the change log…"),
            lambda: audit_log.export_log(self.db, flt, path, language, tr=lambda c, s: table.get((c, s), s),
                                         progress=steps), steps=steps)
        if written is not None:
            self.count.setText(self.tr("{count} entries exported to {path}").format(count=written, path=path))
        return written


def show_change_log(parent: QWidget | None, db) -> None:
    """The whole change log; a role that may not read it is told so instead."""
    try:
        audit_log.readable_kinds(db.actor)
    except AccessDenied as error:
        QMessageBox.warning(parent, log_text("title"), refusal_text(error))
        return
    ChangeLogDialog(db, parent).exec()
