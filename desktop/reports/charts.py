"""Charts for printed reports, drawn with reportlab graphics (vector, the shipped font, Kazakh letters included).

Every chart has a value axis with its scale (labelled ticks, grid lines) and the axis named with its unit, and
writes its numbers with a decimal comma as the document's tables do."""
from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from desktop.reports import finishing

COLLEGE, TARGET, PLAIN = colors.HexColor("#1565c0"), colors.HexColor("#bdbdbd"), colors.HexColor("#2e7d32")
GRIDLINE = colors.HexColor("#e0e0e0")


def _title(drawing: Drawing, text: str, font: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 14, text, fontName=font, fontSize=10, textAnchor="middle"))


def nice_step(top: float, ticks: int = 5) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving about `ticks` divisions up to `top`."""
    rough = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(rough))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= rough)) or 1


def _value_axis(axis, font: str, top: float, step: float) -> None:
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName, axis.labels.fontSize = font, 8
    axis.labelTextFormat = finishing.figure
    axis.visibleGrid = True
    axis.gridStrokeColor, axis.gridStrokeWidth = GRIDLINE, 0.5


def compare_chart(categories: list[str], college: list[float], target: list[float], names: tuple[str, str],
                  title: str, font: str, width: float = 24 * cm, height: float = 7 * cm,
                  axes: tuple[str, str] = ("", "%")) -> Drawing:
    """Pairs of bars per category (the college's percent and the target) on a 0-100 % scale, with a legend;
    `axes` names the category axis and the value axis."""
    drawing = Drawing(width, height)
    _title(drawing, title, font, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 55, 38, width - 210, height - 68
    chart.data = [college, target]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    _value_axis(chart.valueAxis, font, 100, 20)
    chart.bars[0].fillColor, chart.bars[1].fillColor = COLLEGE, TARGET
    chart.barLabelFormat = lambda value: finishing.number(value, 1) if value % 1 else finishing.number(value)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 8, axes[0], fontName=font, fontSize=8, textAnchor="middle"))
    label = Group(String(0, 0, axes[1], fontName=font, fontSize=8, textAnchor="middle"))
    label.translate(22, chart.y + chart.height / 2)
    label.rotate(90)  # written up the axis
    drawing.add(label)
    legend = Legend()
    legend.x, legend.y = width - 140, height - 40
    legend.fontName, legend.fontSize = font, 9
    legend.colorNamePairs = [(COLLEGE, names[0]), (TARGET, names[1])]
    drawing.add(legend)
    return drawing


def count_chart(labels: list[str], values: list[int], title: str, font: str, width: float = 24 * cm,
                height: float | None = None, unit: str = "") -> Drawing:
    """One horizontal bar per label with its count written at the end, over a scale of whole numbers named by
    `unit` (people)."""
    height = height or max(4.5 * cm, 22 * len(labels) + 70)
    drawing = Drawing(width, height)
    _title(drawing, title, font, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 230, 40, width - 280, height - 70
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    step = nice_step(max(values or [0]) * 1.1)
    top = step * math.ceil(max(max(values or [0]) * 1.1, 1) / step)
    _value_axis(chart.valueAxis, font, top, step)
    chart.bars[0].fillColor = PLAIN
    chart.barLabelFormat = finishing.number
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 10, unit, fontName=font, fontSize=8, textAnchor="middle"))
    return drawing
