"""The Contingent page: students with search and filters, groups, the card, orders and imports."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from desktop.domain.collation import code_key
from desktop.domain.contingent import SOCIAL_CATEGORIES, Funding, Status
from desktop.domain.roles import Area
from desktop.services import contingent
from desktop.services.contingent import GroupRow, StudentRow
from desktop.views.action_gate import ActionGate, with_keys
from desktop.views.contingent.student_model import ACTIVE_STATUSES, StudentFilter, StudentTableModel
from desktop.views.contingent.texts import choice
from desktop.views.errors import confirm_and_delete
from desktop.views.file_dialogs import open_path
from desktop.views.filtering import SearchProxy
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import (button_row, fit_combo, hint, page_title, row_table, status_message,
                                   without_checked)

WIDEST_COLUMN = 230  # px: see ContingentPage.__init__
GROUP_CURRICULUM_WIDTH = 190  # px: the curriculum's title on the groups' list (whole in its tooltip)
G = "GroupColumns"
GROUP_COLUMNS = [
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Group"), lambda g: g.code),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Specialty"), lambda g: g.specialty_code),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Qualification"), lambda g: g.qualification_code),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Course"), lambda g: g.course(), align_right=True),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Language"), lambda g: choice(g.language)),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Base"), lambda g: choice(g.entry_base)),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Form"), lambda g: choice(g.study_form)),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Students"), lambda g: g.students, align_right=True),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Working curriculum"), lambda g: g.curriculum_title or "—"),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Curator"), lambda g: g.curator),
]


class ContingentPage(QWidget):
    changed = Signal()  # students or groups were written here: other pages showing them are out of date

    def __init__(self, db, language: str = "kk", parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.groups_list: list[GroupRow] = []
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Contingent")))
        layout.addWidget(hint(self.tr("Students and groups. A student's group and status change only by orders "
                                      "(Movement order…); the history is kept.")))
        bar = QHBoxLayout()
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in (
                ("new", self.tr("New student…"), "Ctrl+N", self.new_student),
                ("card", self.tr("Card…"), "Return", self.open_card),
                ("order", self.tr("Movement order…"), "Ctrl+M", self.movement_order),
                ("import_excel", self.tr("Import from Excel…"), "", self.import_excel),
                ("import_nedb", self.tr("Import from NEDB…"), "", self.import_nedb),
                ("refresh", self.tr("Refresh"), "F5", self.refresh)):
            action = QAction(text, self)
            action.setObjectName(key)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(with_keys(action))
            action.triggered.connect(without_checked(slot))
            self.addAction(action)
            self.actions[key] = action
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(without_checked(action.trigger))
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._students_tab(), self.tr("Students"))
        self.tabs.addTab(self._groups_tab(), self.tr("Groups"))
        layout.addWidget(self.tabs, 1)
        self._gate_buttons()
        self.reload()
        self.students.resizeColumnsToContents()
        self.groups.resizeColumnsToContents()
        # The longest names and fundings ("госзаказ (республиканский бюджет)") pushed the status, the last column,
        # off a 1366-px screen ("академ…"): no column but the last is wider than this.
        for column in range(self.student_model.columnCount() - 1):
            self.students.setColumnWidth(column, min(self.students.columnWidth(column), WIDEST_COLUMN))
        # The groups' curriculum title is capped too: its long titles had pushed the curator off the screen.
        curriculum = len(GROUP_COLUMNS) - 2
        self.groups.setColumnWidth(curriculum, min(self.groups.columnWidth(curriculum), GROUP_CURRICULUM_WIDTH))

    # --- building --------------------------------------------------------------------------------

    def _students_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.student_model = StudentTableModel(self)
        # Seven filters in two rows: in one row they needed 1,410 px, more than a college laptop's screen.
        filter_rows = (QHBoxLayout(), QHBoxLayout())
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, IIN or group (Ctrl+F)"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.tabs.setCurrentIndex(0), self.search.setFocus()))
        self.addAction(find)
        self.filter_boxes: dict[str, QComboBox] = {}
        for place, (key, label) in enumerate((
                ("group_id", self.tr("all groups")), ("course", self.tr("all courses")),
                ("specialty", self.tr("all specialties")), ("language", self.tr("all languages")),
                ("funding", self.tr("any funding")), ("status", self.tr("all statuses")),
                ("category", self.tr("any category")))):
            box = QComboBox()
            box.setObjectName(f"filter_{key}")
            box.addItem(label, None)
            fit_combo(box)
            self.filter_boxes[key] = box
            filter_rows[place // 4].addWidget(box)
        for value in ("kk", "ru"):
            self.filter_boxes["language"].addItem(choice(value), value)
        for value in Funding:
            self.filter_boxes["funding"].addItem(choice(value.value), value.value)
        status = self.filter_boxes["status"]
        status.addItem(self.tr("studying or on leave"), ACTIVE_STATUSES)
        for value in (Status.STUDYING, Status.ACADEMIC_LEAVE, Status.EXPELLED, Status.GRADUATED):
            status.addItem(choice(value.value), value.value)
        status.setCurrentIndex(1)
        for box in self.filter_boxes.values():
            box.currentIndexChanged.connect(self._refilter)
        for value in (*SOCIAL_CATEGORIES, "sen"):
            self.filter_boxes["category"].addItem(choice(value), value)
        for row in filter_rows:
            row.addStretch(1)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("clear_filters")
        clear.setToolTip(self.tr("Show every student studying or on leave: the search and the filters cleared"))
        clear.clicked.connect(without_checked(self.clear_filters))
        self.clear_button = clear
        search_row.addWidget(clear)
        layout.addLayout(search_row)
        for row in filter_rows:
            layout.addLayout(row)
        self.search.textChanged.connect(self._refilter)
        self.search.returnPressed.connect(self._search_entered)
        self.students = QTableView()
        self.students.setObjectName("students")
        self.students.setModel(self.student_model)
        self.students.setSortingEnabled(True)
        self.students.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.students.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.students.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.students.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.students.setAlternatingRowColors(True)
        self.students.verticalHeader().hide()
        self.students.horizontalHeader().setStretchLastSection(True)
        self.students.horizontalHeader().setResizeContentsPrecision(60)
        self.students.doubleClicked.connect(lambda _: self.open_card())
        layout.addWidget(self.students, 1)
        self.count = QLabel()
        self.count.setObjectName("count")
        layout.addWidget(self.count)
        return page

    def _groups_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        buttons = button_row((("new_group", self.tr("New group…"), self.new_group),
                              ("edit_group", self.tr("Edit…"), self.edit_group),
                              ("delete_group", self.tr("Delete"), self.delete_group),
                              ("group_students", self.tr("Show its students"), self.show_group_students)))
        for place in range(buttons.count()):
            button = buttons.itemAt(place).widget()
            if button is not None:
                self.buttons[button.objectName()] = button
        layout.addLayout(buttons)
        self.group_model = RowTableModel(GROUP_COLUMNS, self)
        self.group_proxy = SearchProxy(self)
        self.group_proxy.setSourceModel(self.group_model)
        self.groups = row_table(self.group_proxy, single=True)
        self.groups.setObjectName("groups")
        self.groups.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.groups.doubleClicked.connect(lambda _: self.show_group_students())
        # Del on the list deletes the group, asked first, as on the curricula list.
        delete = QAction(self.groups)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(without_checked(self.delete_group))
        self.groups.addAction(delete)
        keys = delete.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.buttons["delete_group"].setToolTip(f"{self.buttons['delete_group'].text()} ({keys})")
        layout.addWidget(self.groups, 1)
        return page

    def _gate_buttons(self) -> None:
        """The card and the group's buttons need a student or a group chosen, Clear a filter set: disabled until then,
        their tooltips saying what to choose (they had done nothing, silently)."""
        self.gate = ActionGate(self)
        self.gate.need(self.actions["card"], self._why_no_student, keys_on=self.students)
        self.gate.follow_action(self.buttons["card"], self.actions["card"])
        for key in ("edit_group", "delete_group", "group_students"):
            self.gate.need(self.buttons[key], self._why_no_group)
        self.gate.need(self.clear_button, self._why_nothing_to_clear)
        # What changes students or groups is off, saying why, for a role that may not change them; the card and the
        # group's form still open, read-only.
        self.gate.writes(self.db, Area.CONTINGENT, *(self.actions[k] for k in ("new", "order", "import_excel",
                                                                                "import_nedb")),
                         *(self.buttons[k] for k in ("new", "order", "import_excel", "import_nedb", "new_group",
                                                     "delete_group")))
        self.gate.watch_view(self.students)
        self.gate.watch_view(self.groups)
        self.search.textChanged.connect(self.gate.update)

    def _why_no_student(self) -> str | None:
        if self.selected_students():
            return None
        if not self.student_model.rowCount():
            return self.tr("No student is shown: change the search or the filters (Clear).")
        return self.tr("Select a student in the list first.")

    def _why_no_group(self) -> str | None:
        if self.selected_group() is not None:
            return None
        if not self.group_model.rowCount():
            return self.tr("There are no groups yet: create one (New group…).")
        return self.tr("Select a group in the list first.")

    def _why_nothing_to_clear(self) -> str | None:
        if self.current_filter() != self._cleared_filter():
            return None
        return self.tr("No search or filter is set: all students studying or on leave are shown.")

    def _cleared_filter(self) -> StudentFilter:
        return StudentFilter("", **{key: box.itemData(1 if key == "status" else 0)
                                    for key, box in self.filter_boxes.items()})

    # --- data ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read groups and students again, keeping the filters and the selected student."""
        selected = self.selected_students()
        self.groups_list = contingent.list_groups(self.db)
        self.group_model.set_rows(self.groups_list)
        self._fill_filter_choices()
        self.student_model.set_rows(contingent.list_students(self.db), self.current_filter())
        self._show_count()
        if selected:
            self.select_student(selected[0].id)
        self.changed.emit()

    def refresh(self) -> None:
        """Refresh, and say so: the list usually comes back the same, which looked like the button did nothing."""
        self.reload()
        status_message(self, self.tr("Read again: {total} students in {groups} groups.").format(
            total=len(self.student_model.all_rows()), groups=len(self.groups_list)))

    def _fill_filter_choices(self) -> None:
        boxes = self.filter_boxes
        for key, values in (
                ("group_id", [(g.code, g.id) for g in sorted(self.groups_list, key=lambda g: code_key(g.code))]),
                ("course", [(str(c), c) for c in sorted({g.course() for g in self.groups_list})]),
                ("specialty", [(code, code) for code in sorted({g.specialty_code for g in self.groups_list})])):
            box = boxes[key]
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, value in values:
                box.addItem(text, value)
            box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
            box.blockSignals(False)

    def current_filter(self) -> StudentFilter:
        values = {key: box.currentData() for key, box in self.filter_boxes.items()}
        return StudentFilter(self.search.text(), **values)

    def _refilter(self) -> None:
        self.student_model.set_filter(self.current_filter())
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total} students").format(
            shown=self.student_model.rowCount(), total=len(self.student_model.all_rows())))

    def _search_entered(self) -> None:
        """Return in the search box: the only student found opens, several are handed to the list, none are
        explained (Return had done nothing when no student was selected). With a student selected the card's own
        key opens it before this is reached."""
        shown = self.student_model.rowCount()
        if self.selected_students():
            self.open_card()
        elif shown == 1:
            self.students.selectRow(0)
            self.open_card()
        elif shown > 1:
            self.students.selectRow(0)
            self.students.setFocus()
            status_message(self, self.tr("{count} students match: the first is selected. Press Enter to open a card, "
                                         "or type more in the search.").format(count=shown))
        else:
            status_message(self, self._why_none_found())

    def _why_none_found(self) -> str:
        text = self.search.text().strip()
        if not text:
            return self.tr("No student is shown: change the search or the filters (Clear).")
        anywhere = self.student_model.matching(StudentFilter(text, status=None))
        if anywhere:
            return self.tr("No student matches “{text}” with these filters; {count} match among all students "
                           "(any group or status): choose the filters, or Clear.").format(text=text, count=anywhere)
        return self.tr("No student matches “{text}”: search by surname, name, IIN or group.").format(text=text)

    def clear_filters(self) -> None:
        self.search.clear()
        for key, box in self.filter_boxes.items():
            box.setCurrentIndex(1 if key == "status" else 0)

    def set_group_filter(self, group_id: int | None) -> None:
        box = self.filter_boxes["group_id"]
        box.setCurrentIndex(max(box.findData(group_id), 0))

    def selected_students(self) -> list[StudentRow]:
        if not hasattr(self, "students") or self.students.selectionModel() is None:
            return []
        rows = sorted({index.row() for index in self.students.selectionModel().selectedRows()})
        return [self.student_model.row_at(r) for r in rows if r < self.student_model.rowCount()]

    def select_student(self, student_id: int) -> bool:
        position = self.student_model.position_of(student_id)
        if position is None:
            return False
        self.students.selectRow(position)
        self.students.scrollTo(self.student_model.index(position, 0))
        return True

    def selected_group(self) -> GroupRow | None:
        rows = self.groups.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # --- actions ---------------------------------------------------------------------------------

    def new_student(self) -> None:
        if self.gate.refused(self.actions["new"]):
            return
        if not self.groups_list:
            QMessageBox.information(self, self.tr("New student"), self.tr("Create a group first (Groups tab)."))
            return
        from desktop.views.contingent.student_dialog import StudentDialog  # noqa: PLC0415

        # a group past its last course (its students graduated) takes no new student: offered, it came first
        studying = [g for g in self.groups_list if not g.duration_months or g.course() <= -(-g.duration_months // 12)]
        dialog = StudentDialog(self.db, self, groups=studying or self.groups_list,
                               group_id=self.filter_boxes["group_id"].currentData(), language=self.language)
        if dialog.exec() and dialog.saved_id:
            from desktop.views.contingent.commands import NewStudent  # noqa: PLC0415

            self.undo_stack.push(NewStudent(self, dialog.saved_id, dialog.saved_data, dialog.saved_group,
                                            dialog.saved_order))
            self.reload()
            if not self.select_student(dialog.saved_id):
                self.clear_filters()
                self.select_student(dialog.saved_id)

    def open_card(self, student_id: int | None = None) -> None:
        from desktop.views.contingent.student_dialog import StudentDialog  # noqa: PLC0415

        if student_id is None:
            if self.gate.refused(self.actions["card"]):
                return
            student_id = self.selected_students()[0].id
        dialog = StudentDialog(self.db, self, student_id=student_id, language=self.language)
        if dialog.exec():
            from desktop.views.contingent.commands import EditStudent  # noqa: PLC0415

            self.undo_stack.push(EditStudent(self, student_id, dialog.card.data, dialog.saved_data, dialog.version))
            self.reload()

    def movement_order(self) -> None:
        if self.gate.refused(self.actions["order"]):
            return
        from desktop.views.contingent.order_dialog import OrderDialog  # noqa: PLC0415

        chosen = self.selected_students()
        if not chosen:
            QMessageBox.information(self, self.tr("Movement order"),
                                    self.tr("Select the students the order moves (Ctrl+click or Shift+click for many)."))
            return
        dialog = OrderDialog(self.db, chosen, self.groups_list, self)
        accepted = dialog.exec()
        if dialog.refused_as_stale:  # a student changed elsewhere since the list was read: show them as they are
            self.reload()
        if accepted:
            from desktop.views.contingent.commands import ApplyOrder  # noqa: PLC0415

            order, moved = dialog.order(), [s.id for s in dialog.allowed_students()]
            self.undo_stack.push(ApplyOrder(self, dialog.order_id, order, moved))
            self.reload()
            status_message(self, self.tr("Order {number} applied: {kind} for {count} students.").format(
                number=order.number.strip(), kind=choice(order.kind), count=len(moved)), 10000)

    def import_excel(self) -> None:
        if self.gate.refused(self.actions["import_excel"]):
            return
        from desktop.views.contingent.import_dialogs import SheetImportDialog, open_student_sheet  # noqa: PLC0415

        path = open_path(self, self.tr("Import students from Excel"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        sheet = open_student_sheet(self, Path(path))
        if sheet is None:
            return
        dialog = SheetImportDialog(self.db, sheet, self, Path(path).name)
        if dialog.exec() and dialog.outcome:
            self.reload()
            QMessageBox.information(self, self.tr("Import students from Excel"),
                                    self.tr("{added} students added; {skipped} already here were skipped.").format(
                                        added=dialog.outcome.added, skipped=dialog.outcome.skipped_existing))

    def import_nedb(self, path: str | None = None) -> None:
        if self.gate.refused(self.actions["import_nedb"]):
            return
        from desktop.views.contingent.import_dialogs import import_nedb_file  # noqa: PLC0415

        result = import_nedb_file(self, self.db, path)
        if result is not None:
            self.reload()
            announce_nedb_import(self, result)
            QMessageBox.information(self, self.tr("Import from NEDB"), self.tr(
                "{added} students added, {updated} updated from the file, {kept} kept as they were here, "
                "{groups} groups created.").format(added=result.added, updated=result.updated, kept=result.kept,
                                                   groups=result.groups_added))

    def new_group(self) -> None:
        if self.gate.refused(self.buttons["new_group"]):
            return
        self.open_group(None)

    def edit_group(self) -> None:
        if not self.gate.refused(self.buttons["edit_group"]):
            self.open_group(self.selected_group().id)

    def open_group(self, group_id: int | None) -> None:
        from desktop.views.contingent.group_dialog import GroupDialog  # noqa: PLC0415

        dialog = GroupDialog(self.db, self.language, self, group_id)
        if dialog.exec():
            self.reload()

    def delete_group(self) -> None:
        if self.gate.refused(self.buttons["delete_group"]):
            return
        group = self.selected_group()
        question = self.tr("Delete the group {code}?").format(code=group.code)
        if confirm_and_delete(self, question, lambda: contingent.delete_group(self.db, group.id)):
            self.reload()

    def show_group_students(self) -> None:
        if self.gate.refused(self.buttons["group_students"]):
            return
        group = self.selected_group()
        self.clear_filters()
        self.set_group_filter(group.id)
        self.tabs.setCurrentIndex(0)


def announce_nedb_import(widget, result) -> None:
    """Say in the status bar what an NEDB import did (the NEDB page's import can say the same)."""
    text = QCoreApplication.translate("ContingentPage", "Imported from NEDB: {added} added, {updated} updated, "
                                      "{unchanged} the same, {kept} kept as here.")
    status_message(widget, text.format(added=result.added, updated=result.updated, unchanged=result.unchanged,
                                       kept=result.kept), 10000)
