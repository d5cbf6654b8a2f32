"""A small bar chart of one indicator over the years, with each year's target marked: the dashboard's picture."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.views.reports.texts import percent

MET, SHORT, NONE = QColor("#2e7d32"), QColor("#ef6c00"), QColor("#bdbdbd")


class IndicatorChart(QWidget):
    """Bars of the college's percent per year (0-100), a dark tick at the target; a click opens the records."""

    clicked = Signal(str)

    def __init__(self, key: str, title: str, parent=None):
        super().__init__(parent)
        self.key, self.title = key, title
        self.points: list[tuple[int, float | None, float | None, bool | None]] = []
        self.setMinimumSize(240, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_points(self, points: list[tuple[int, float | None, float | None, bool | None]]) -> None:
        """(year, percent or None, target or None, met or None), oldest first."""
        self.points = points
        tips = [f"{year}: {percent(value)}" + ("" if target is None else f" / {percent(target, None)}")
                for year, value, target, _ in points]
        self.setToolTip(self.title + "\n" + "\n".join(tips))
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setPen(QPen(palette.mid().color() if not self.hasFocus() else palette.highlight().color()))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(palette.text().color())
        title_rect = QRectF(8, 4, self.width() - 16, line * 2 + 2)
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), self.title)
        top, bottom = title_rect.bottom() + line + 2, self.height() - line - 8
        height = max(10.0, bottom - top)
        slots = max(1, len(self.points))
        slot = (self.width() - 16) / slots
        for index, (year, value, target, met) in enumerate(self.points):
            left = 8 + index * slot
            bar = QRectF(left + slot * 0.25, bottom - height * min(value or 0, 100) / 100, slot * 0.5,
                         height * min(value or 0, 100) / 100)
            painter.fillRect(bar, NONE if met is None else MET if met else SHORT)
            painter.setPen(palette.text().color())
            label = percent(value, 0)
            above = min(bar.top(), bottom - height * min(target, 100) / 100 if target is not None else bar.top())
            painter.drawText(QRectF(left, above - line - 2, slot, line), int(Qt.AlignmentFlag.AlignHCenter), label)
            painter.drawText(QRectF(left, bottom + 3, slot, line), int(Qt.AlignmentFlag.AlignHCenter), str(year))
            if target is not None:
                y = bottom - height * min(target, 100) / 100
                painter.setPen(QPen(palette.text().color(), 2, Qt.PenStyle.DashLine))
                painter.drawLine(int(left + slot * 0.15), int(y), int(left + slot * 0.85), int(y))
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(8, int(bottom), self.width() - 8, int(bottom))
        painter.end()
