"""Horizontal bar charts drawn on the server as inline SVG: the geometry, the template draws.

Every bar has its label above it and its value to its right, so long labels (fields of action)
never need cutting. The chart scales with its container through its viewBox; the data table
right below each chart carries the same figures for screen readers, printing and copying.
"""

from dataclasses import dataclass

WIDTH = 640
ROW = 48  # one label line and one bar
LABEL_BASELINE = 16
BAR_TOP = 22
BAR_HEIGHT = 18
VALUE_GAP = 6
VALUE_ROOM = 80  # right of the longest bar, for its value
MIN_BAR = 2  # a non-zero value stays visible
TOP = 4
BOTTOM = 4
TEXT = "#1b1b1b"
BAR = "#0b4f8a"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str
    top: int
    length: float

    @property
    def label_y(self) -> int:
        return self.top + LABEL_BASELINE

    @property
    def bar_y(self) -> int:
        return self.top + BAR_TOP

    @property
    def value_x(self) -> float:
        return round(self.length + VALUE_GAP, 1)

    @property
    def value_y(self) -> int:
        return self.bar_y + BAR_HEIGHT - 4


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT
    text_colour: str = TEXT

    @property
    def height(self) -> int:
        return TOP + ROW * len(self.bars) + BOTTOM


def bar_chart(rows: list[tuple[str, int]] | list[tuple[str, int, str]]) -> BarChart:
    """Bars for (label, value) or (label, value, colour) rows, longest bar = largest value."""
    peak = max((row[1] for row in rows), default=0)
    usable = WIDTH - VALUE_ROOM
    bars = []
    for index, row in enumerate(rows):
        label, value = str(row[0]), row[1]
        colour = row[2] if len(row) > 2 else BAR
        length = usable * value / peak if peak else 0
        if value and length < MIN_BAR:
            length = MIN_BAR
        bars.append(Bar(label, value, colour, TOP + index * ROW, round(length, 1)))
    return BarChart(bars)
