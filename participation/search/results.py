"""What a search returns, the same for every backend."""

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

from markupsafe import Markup

from participation.ideas.models import Idea
from participation.roadmap.models import RoadmapItem

SORTS = ("relevance", "newest", "supported")
PER_PAGE_MAX = 50


@dataclass
class Filters:
    category: str = ""
    status: str = ""
    year: int | None = None

    def active(self) -> bool:
        return bool(self.category or self.status or self.year)


@dataclass
class Hit:
    idea: Idea
    title: Markup  # escaped, matches in <mark>
    snippet: Markup | None = None  # from the summary or, failing that, the description


@dataclass
class ItemHit:
    item: RoadmapItem
    title: Markup


@dataclass
class FacetValue:
    value: str
    count: int


@dataclass
class Results:
    """One page of hits; `total` and `facets` count only what the user may see."""

    query: str
    page: int
    per_page: int
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    items: list[ItemHit] = field(default_factory=list)  # roadmap items, on the first page
    matched_all: bool = True  # False: no idea had every word, these have some of them
    backend: str = "database"

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page)) if self.total else 0

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int | None:
        return self.page - 1 if self.has_prev else None

    @property
    def next_num(self) -> int | None:
        return self.page + 1 if self.has_next else None

    def iter_pages(
        self, *, left_edge=2, left_current=2, right_current=4, right_edge=2
    ) -> Iterator[int | None]:
        """Page numbers for the pagination macro, None for a gap (as Flask-SQLAlchemy's)."""
        end = self.pages + 1
        if end == 1:
            return
        left_end = min(1 + left_edge, end)
        yield from range(1, left_end)
        if left_end == end:
            return
        mid_start = max(left_end, self.page - left_current)
        mid_end = min(self.page + right_current + 1, end)
        if mid_start - left_end > 0:
            yield None
        yield from range(mid_start, mid_end)
        if mid_end == end:
            return
        right_start = max(mid_end, end - right_edge)
        if right_start - mid_end > 0:
            yield None
        yield from range(right_start, end)
