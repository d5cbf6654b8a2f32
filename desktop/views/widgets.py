"""Small building blocks shared by the pages."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

# No Qt enums here: the empty states show while the window first appears, and PySide6's Qt namespace
# costs ~20 ms to load; a style-sheet property centres a label just as well.
CENTRED = "qproperty-alignment: AlignCenter;"


def heading(text: str, scale: float) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def page_title(text: str) -> QLabel:
    return heading(text, 1.5)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def empty_state(title: str, body: str, *buttons: QWidget) -> QFrame:
    """What a page shows while it has nothing: what belongs here and the action that fills it."""
    frame = QFrame()
    layout = QVBoxLayout(frame)
    layout.addStretch(1)
    title_label = heading(title, 1.25)
    title_label.setStyleSheet(CENTRED)
    layout.addWidget(title_label)
    text = QLabel(body)
    text.setWordWrap(True)
    text.setStyleSheet(CENTRED)
    layout.addWidget(text)
    for button in buttons:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addStretch(2)
    return frame


def row_table(model, single: bool = False) -> QTableView:
    """A read-only table of rows: sortable, whole rows selected, columns fitted to a sample of rows."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    # Fitting columns to every row of a large contingent takes seconds; a sample is enough.
    table.horizontalHeader().setResizeContentsPrecision(60)
    return table


def without_checked(slot):
    """The slot called with no arguments. A button's clicked and an action's triggered carry Qt's `checked` flag,
    which PySide hands to any slot able to take an argument: a slot with an optional id or path took False for
    it (a student's card opened as a blank new student, a contract for student False). Every button and action
    of the views is connected through this or through a lambda that drops the flag (tests/gui check both)."""
    return lambda *_: slot()


def button_row(specs, stretch: bool = True):
    """A row of push buttons from (object name, text, slot) triples, left-aligned."""
    return named_buttons(specs, stretch)[0]


def named_buttons(specs, stretch: bool = True):
    """The row of button_row and its buttons by object name (for the ActionGate rules and tooltips)."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton  # noqa: PLC0415

    row, buttons = QHBoxLayout(), {}
    for key, text, slot in specs:
        button = QPushButton(text)
        button.setObjectName(key)
        button.clicked.connect(without_checked(slot))
        row.addWidget(button)
        buttons[key] = button
    if stretch:
        row.addStretch(1)
    return row, buttons


# --- sizes that fit a small screen and are remembered ---------------------------------------------------------

HEADER_MARGIN = 14  # a header section's margins and room for the sort arrow


def header_text_width(header, section: int) -> int:
    """The width a header section needs to show its text whole (each line of a two-line label)."""
    text = header.model().headerData(section, header.orientation()) if header.model() is not None else None
    if not text:
        return 0
    metrics = header.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + HEADER_MARGIN


def fit_headers(view) -> None:
    """Widen every column narrower than its title (Барлығы, Итого, Оценка were cut at 100 px)."""
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    for section in range(header.count()):
        need = header_text_width(header, section)
        if header.sectionSize(section) < need:
            header.resizeSection(section, need)


def fit_combo(combo, least: int = 0) -> None:
    """A combo box as wide as its longest item (the filters were cut at 156 px)."""
    from PySide6.QtWidgets import QComboBox  # noqa: PLC0415

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    if least:
        combo.setMinimumContentsLength(least)


def column_widths(view) -> list[int]:
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    return [header.sectionSize(section) for section in range(header.count())]


def set_column_widths(view, widths: list[int]) -> None:
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    for section, width in enumerate(widths[:header.count()]):
        if width > 0:
            header.resizeSection(section, width)


def remember_sizes(widget, key: str) -> bool:
    """Give a splitter or a view's columns the sizes this user left them at, and remember each change.
    False when nothing was remembered yet (the caller's own defaults stay)."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QSplitter  # noqa: PLC0415

    from desktop.views.settings import active  # noqa: PLC0415

    settings = active()
    if settings is None:
        return False
    saved = settings.sizes(key)
    splitter = isinstance(widget, QSplitter)
    if saved:
        if splitter:
            widget.setSizes(saved)
        else:
            set_column_widths(widget, saved)
    # A drag resizes many times a second: the file is written once it stops.
    timer = QTimer(widget)
    timer.setSingleShot(True)
    timer.setInterval(400)
    timer.timeout.connect(lambda: settings.set_sizes(key, widget.sizes() if splitter else column_widths(widget)))
    if splitter:
        widget.splitterMoved.connect(lambda *_: timer.start())
    else:
        header = widget.horizontalHeader() if hasattr(widget, "horizontalHeader") else widget.header()
        header.sectionResized.connect(lambda *_: timer.start() if not getattr(widget, "restoring", False) else None)
    return bool(saved)


def status_message(widget, text: str, timeout: int = 6000) -> None:
    """Say what happened in the window's status bar (a view shown on its own has none: nothing is said)."""
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, timeout)


def mark_icon(error: bool):
    """The mark of a finding: an icon, since the shipped Noto Sans has neither ⛔ nor ⚠ (they showed as boxes)."""
    from desktop.views.context import icon  # noqa: PLC0415

    return icon("error" if error else "warning")


def mark_html(error: bool, size: int = 14) -> str:
    """The same mark inside rich text (a label listing findings)."""
    from desktop.paths import resource_path  # noqa: PLC0415

    path = resource_path("icons", "error.svg" if error else "warning.svg")
    return f'<img src="{path.as_uri()}" width="{size}" height="{size}" style="vertical-align: middle">'


def fit_cell_widgets(table) -> None:
    """Columns and rows of a table with editors in its cells (combo boxes, date fields) as large as those
    editors want: resizeColumnsToContents sizes the items only, and the boxes were cut."""
    header = table.horizontalHeader()
    widest: dict[int, int] = {}
    tallest = table.verticalHeader().defaultSectionSize()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            widget = table.cellWidget(row, column)
            if widget is not None:
                hint = widget.sizeHint()
                widest[column] = max(widest.get(column, 0), hint.width())
                tallest = max(tallest, hint.height() + 2)
    for column, width in widest.items():
        table.setColumnWidth(column, max(width, header.sectionSize(column), header_text_width(header, column)))
    table.verticalHeader().setDefaultSectionSize(tallest)
    for row in range(table.rowCount()):
        table.setRowHeight(row, tallest)
    fit_headers(table)


def fit_to_screen(widget, width: int, height: int) -> None:
    """Resize a dialog to the size it prefers, never larger than the free screen (less the title bar)."""
    screen = widget.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 16), min(height, free.height() - 40)
    widget.resize(width, height)
