"""Pages of long lists whose cost does not grow with the table (DESIGN rule 9).

A page starts after the last row of the page before it — `WHERE (sort key, id) < (…)` on an
index that matches the order — so the 5,000th page costs what the first costs, however many
rows there are (keyset pagination). The position travels in the URL as an opaque cursor
(`?after=…` or `?before=…`). Counts are bounded: `bounded_count` counts up to a cap and says
"more than" beyond it, instead of counting the whole table on every request.
"""

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from flask import abort, request
from flask_babel import format_decimal
from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from participation.core.urls import keep_in_links, this_page_url
from participation.extensions import db

COUNT_CAP = 1_000
MAX_PER_PAGE = 100


@dataclass(frozen=True)
class Order:
    """A list's order: its columns, the last one unique (the id), all in one direction."""

    columns: tuple[InstrumentedAttribute, ...]
    descending: bool = True

    def clauses(self, reverse: bool = False):
        downwards = self.descending != reverse
        return [column.desc() if downwards else column.asc() for column in self.columns]


@dataclass
class KeysetPage:
    items: list[Any]
    per_page: int
    name: str = ""  # prefix of the cursor arguments, when a page shows several lists
    next_cursor: str | None = None  # the page after this one
    prev_cursor: str | None = None  # the page before this one
    total: int | None = None  # bounded: at most COUNT_CAP + 1

    def link(self, forward: bool, anchor: str | None = None) -> str:
        """The URL of the following (forward) or the preceding page of this list."""
        after, before = f"{self.name}after", f"{self.name}before"
        if forward:
            return this_page_url(anchor, **{after: self.next_cursor, before: None})
        return this_page_url(anchor, **{after: None, before: self.prev_cursor})

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None

    @property
    def has_prev(self) -> bool:
        return self.prev_cursor is not None

    @property
    def total_is_capped(self) -> bool:
        return self.total is not None and self.total > COUNT_CAP


def encode_cursor(values: list) -> str:
    plain = [value.isoformat() if isinstance(value, date) else value for value in values]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def _decode(cursor: str, order: Order) -> list:
    """The sort values in a cursor from the URL; 400 when it is not one of ours."""
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(raw, list) or len(raw) != len(order.columns):
            raise ValueError("wrong length")
        values = []
        for value, column in zip(raw, order.columns, strict=True):
            python_type = column.type.python_type
            if python_type is datetime:
                values.append(datetime.fromisoformat(value))
            elif (
                python_type is int and isinstance(value, int) and not isinstance(value, bool)
            ) or (python_type is str and isinstance(value, str)):
                values.append(value)
            else:
                raise ValueError("wrong type")
        return values
    except (ValueError, TypeError, NotImplementedError, json.JSONDecodeError, UnicodeError):
        abort(400)


def _values(row, order: Order) -> list:
    return [getattr(row, column.key) for column in order.columns]


def keyset_page(
    query: Select, order: Order, per_page: int, *, count: bool = False, name: str = ""
) -> KeysetPage:
    """The page of `query` (its rows are ORM objects with the order's attributes) that the
    request's cursor asks for: `?after=` / `?before=` (with a `name` prefix when a page shows
    several lists). `count` adds a bounded count of the whole list."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    after, before = request.args.get(f"{name}after"), request.args.get(f"{name}before")
    keep_in_links(**{f"{name}after": after, f"{name}before": before})
    key = tuple_(*order.columns)
    going_back = bool(before) and not after
    cursor = before if going_back else after
    page_query = query.order_by(None)
    if cursor:
        values = tuple_(*_decode(cursor, order))
        later = key < values if order.descending else key > values
        earlier = key > values if order.descending else key < values
        page_query = page_query.where(earlier if going_back else later)
    rows = list(
        db.session.scalars(page_query.order_by(*order.clauses(going_back)).limit(per_page + 1))
    )
    more = len(rows) > per_page
    rows = rows[:per_page]
    if going_back:
        rows.reverse()
    page = KeysetPage(items=rows, per_page=per_page, name=name)
    if rows:
        beyond_last = more if not going_back else True
        before_first = bool(cursor) if not going_back else more
        if beyond_last:
            page.next_cursor = encode_cursor(_values(rows[-1], order))
        if before_first:
            page.prev_cursor = encode_cursor(_values(rows[0], order))
    if count:
        page.total = bounded_count(query)
    return page


def total_text(page: KeysetPage) -> str:
    """A list's bounded count in the locale's format: "1.000+" beyond the cap."""
    if page.total_is_capped:
        return f"{format_decimal(COUNT_CAP)}+"
    return format_decimal(page.total or 0)


def capped_count(query: Select, cap: int = COUNT_CAP):
    """How many rows `query` has, counted up to `cap + 1` (more reads as "more than cap"), as
    a scalar subquery: several counts can share one statement."""
    limited = query.order_by(None).limit(cap + 1).subquery()
    return select(func.count()).select_from(limited).scalar_subquery()


def bounded_count(query: Select, cap: int = COUNT_CAP) -> int:
    """`capped_count` on its own."""
    return db.session.scalar(select(capped_count(query, cap)))
