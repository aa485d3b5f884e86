"""Geometry of the effort/benefit matrix, drawn on the server as inline SVG.

A 5×5 grid: effort grows to the right, benefit upwards. Ideas in the same cell are spread on a
small k×k sub-grid (smaller dots as the cell fills), so each one stays a separate link.
"""

import math
from collections import defaultdict
from dataclasses import dataclass

from participation.assessment.queries import Assessed

SCALE = (1, 2, 3, 4, 5)
CELL = 96
LEFT = 76  # room for the benefit axis labels
TOP = 12
GRID = CELL * len(SCALE)
WIDTH = LEFT + GRID + 12
HEIGHT = TOP + GRID + 64  # room for the effort axis labels
MAX_RADIUS = 13


@dataclass(frozen=True)
class Point:
    row: Assessed
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class Cell:
    effort: int
    benefit: int
    x: int
    y: int
    count: int


def cell_origin(effort: int, benefit: int) -> tuple[int, int]:
    """Top-left corner of the cell for these values."""
    return LEFT + (effort - 1) * CELL, TOP + (5 - benefit) * CELL


def axis_position(value: int) -> int:
    """Centre of a column (effort) or of a row (benefit, measured from the bottom)."""
    return (value - 1) * CELL + CELL // 2


@dataclass(frozen=True)
class Layout:
    points: list[Point]
    cells: list[Cell]  # cells holding more than one idea, for a count label

    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    grid: int = GRID
    cell: int = CELL
    scale: tuple[int, ...] = SCALE

    def column_centre(self, effort: int) -> int:
        return LEFT + axis_position(effort)

    def row_centre(self, benefit: int) -> int:
        return TOP + GRID - axis_position(benefit)

    @property
    def quick_wins(self) -> tuple[int, int, int, int]:
        """x, y, width, height of the area with benefit ≥ 4 and effort ≤ 2."""
        x, y = cell_origin(1, 5)
        return x, y, 2 * CELL, 2 * CELL


def layout(rows: list[Assessed]) -> Layout:
    by_cell: dict[tuple[int, int], list[Assessed]] = defaultdict(list)
    for row in rows:
        by_cell[row.assessment.effort, row.assessment.benefit].append(row)
    points, cells = [], []
    for (effort, benefit), members in sorted(by_cell.items()):
        x0, y0 = cell_origin(effort, benefit)
        side = math.ceil(math.sqrt(len(members)))
        lines = math.ceil(len(members) / side)
        step = CELL / (side + 1)
        radius = min(MAX_RADIUS, step * 0.4)
        for index, row in enumerate(members):
            column, line = index % side, index // side
            x = x0 + step * (column + 1)
            y = y0 + CELL / 2 + step * (line - (lines - 1) / 2)  # rows centred vertically
            points.append(Point(row, round(x, 1), round(y, 1), round(radius, 1)))
        if len(members) > 1:
            cells.append(Cell(effort, benefit, x0, y0, len(members)))
    return Layout(points, cells)
