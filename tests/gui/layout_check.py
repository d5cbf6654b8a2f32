"""What a 1366×768 screen shows cut: a page bigger than the screen, a button, a header section or a combo box
narrower than its text. Used by test_layout_1366 and by scripts/screenshots.py, so both see the same problems."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QPushButton, QTabWidget, QToolButton, QWidget

SCREEN = (1366, 768)
# A laptop's panel and the window's title bar take about this much of the 768 pixels.
FRAME_HEIGHT = 70
BUTTON_PADDING = 8   # a push button's bevel and margins, at least
HEADER_PADDING = 6   # a header section's margins
COMBO_ARROW = 22     # the drop-down arrow and the frame


def _lines_width(metrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def cut_texts(root: QWidget) -> list[str]:
    """Every visible button, header section and combo box under root whose text does not fit."""
    problems = []
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QToolButton)) or not _shown(button) or not button.text():
            continue
        if button.metaObject().className() not in ("QPushButton", "QToolButton"):
            continue
        if isinstance(button, QToolButton) and button.toolButtonStyle().name == "ToolButtonIconOnly":
            continue  # the text is its tooltip
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = _lines_width(button.fontMetrics(), text) + BUTTON_PADDING
        if not button.icon().isNull() and isinstance(button, QPushButton):
            need += button.iconSize().width()
        if need > button.width():
            problems.append(f"button {text!r}: {button.width()} px for {need}")
    for header in root.findChildren(QHeaderView):
        if not _shown(header) or header.orientation().name != "Horizontal":
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, header.orientation())
            if not text:
                continue
            need = _lines_width(header.fontMetrics(), str(text)) + HEADER_PADDING
            if need > header.sectionSize(section):
                problems.append(f"column {text!r}: {header.sectionSize(section)} px for {need}")
    for combo in root.findChildren(QComboBox):
        if not _shown(combo) or combo.isEditable() or combo.count() == 0:
            continue
        longest = max(range(combo.count()), key=lambda i: combo.fontMetrics().horizontalAdvance(combo.itemText(i)))
        need = combo.fontMetrics().horizontalAdvance(combo.itemText(longest)) + COMBO_ARROW
        if not combo.itemIcon(longest).isNull():
            need += combo.iconSize().width() + 4
        if need > combo.width():
            problems.append(f"combo item {combo.itemText(longest)!r}: {combo.width()} px for {need}")
    return problems


def too_big(window, page: QWidget) -> list[str]:
    """A page's least size, with the navigation, menu bar and status bar around it, against the screen (less the
    panel and title bar). Each page on its own: the stack is as large as its largest page."""
    least = page.minimumSizeHint().expandedTo(page.minimumSize())
    width = least.width() + window.nav.width()
    height = least.height() + window.menuBar().height() + window.statusBar().sizeHint().height()
    screen_width, screen_height = SCREEN[0], SCREEN[1] - FRAME_HEIGHT
    if width > screen_width or height > screen_height:
        return [f"{type(page).__name__} needs at least {width}×{height}, the screen gives {screen_width}×{screen_height}"]
    return []


def tab_states(root: QWidget):
    """Each tab of every tab widget shown in turn (the first level is enough for the pages)."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index).replace("&", "")
        tabs.setCurrentIndex(0)
