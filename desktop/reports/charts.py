"""Charts for printed reports, drawn with reportlab graphics (vector, the shipped font, Kazakh letters included)."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm

COLLEGE, TARGET, PLAIN = colors.HexColor("#1565c0"), colors.HexColor("#bdbdbd"), colors.HexColor("#2e7d32")


def _title(drawing: Drawing, text: str, font: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 14, text, fontName=font, fontSize=10, textAnchor="middle"))


def compare_chart(categories: list[str], college: list[float], target: list[float], names: tuple[str, str],
                  title: str, font: str, width: float = 24 * cm, height: float = 7 * cm) -> Drawing:
    """Pairs of bars per category (the college's percent and the target), 0-100, with a legend."""
    drawing = Drawing(width, height)
    _title(drawing, title, font, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, width - 190, height - 60
    chart.data = [college, target]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor, chart.bars[1].fillColor = COLLEGE, TARGET
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 130, height - 40
    legend.fontName, legend.fontSize = font, 9
    legend.colorNamePairs = [(COLLEGE, names[0]), (TARGET, names[1])]
    drawing.add(legend)
    return drawing


def count_chart(labels: list[str], values: list[int], title: str, font: str, width: float = 24 * cm,
                height: float | None = None) -> Drawing:
    """One horizontal bar per label with its count written at the end."""
    height = height or max(4 * cm, 22 * len(labels) + 50)
    drawing = Drawing(width, height)
    _title(drawing, title, font, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 230, 15, width - 280, height - 45
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values or [0]) * 1.15 + 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.visibleLabels = False
    chart.bars[0].fillColor = PLAIN
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
