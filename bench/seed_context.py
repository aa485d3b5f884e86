"""What the seeding steps share: the size, one random generator, the clock, the loader, and
the ids that later steps point to."""

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bench.loader import BulkLoader
from bench.sizes import Size


@dataclass(slots=True)
class IdeaRow:
    """What later steps need to know about a seeded idea."""

    id: int
    year: int
    number: int
    title: str
    created: datetime
    activity_end: datetime  # comments and supports fall between `created` and this
    status: str
    internal: bool
    author: int
    category: int
    vision: int | None
    hidden: bool
    event: int | None
    decided: datetime | None = None  # when the decision moved it to its final status
    supports: int = 0
    comments: int = 0
    open_reports: int = 0


@dataclass
class EventRow:
    id: int
    type: str
    internal: bool
    starts: datetime
    ends: datetime
    window: tuple[datetime, datetime] | None
    capacity: int | None
    ideas: list[int] = field(default_factory=list)


@dataclass
class Context:
    size: Size
    loader: BulkLoader
    password_hash: str
    rng: random.Random = field(default_factory=lambda: random.Random(20_26))
    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    # Accounts: everyone below is confirmed; `citizens[0]` writes the most ideas.
    citizens: list[int] = field(default_factory=list)
    employees: list[int] = field(default_factory=list)  # sees internal content
    moderators: list[int] = field(default_factory=list)
    organisers: list[int] = field(default_factory=list)
    accounts: dict[str, int] = field(default_factory=dict)  # the benchmark's logins by role
    categories: dict[str, int] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)
    visions: dict[int, list[int]] = field(default_factory=dict)  # year -> vision ids
    events: list[EventRow] = field(default_factory=list)
    ideas: list[IdeaRow] = field(default_factory=list)
    notifications: list[tuple] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def start(self) -> datetime:
        return datetime(self.size.first_year, 1, 1, tzinfo=UTC)

    def between(self, first: datetime, last: datetime) -> datetime:
        """A random moment from `first` to `last`."""
        span = max(0.0, (last - first).total_seconds())
        return first + timedelta(seconds=int(self.rng.random() * span))

    def moderator(self) -> int:
        return self.rng.choice(self.moderators)

    def skewed(self, pool: list[int], power: float = 3.0) -> int:
        """An element of `pool`, the first ones far more often than the last ones."""
        return pool[int(len(pool) * self.rng.random() ** power)]

    def notify(self, user: int, topic: str, kind: str, data: dict, path: str, when) -> None:
        read = when + timedelta(days=1) if self.rng.random() < 0.7 else None
        if read is not None and read > self.now:
            read = None
        self.notifications.append((user, topic, kind, data, path, when, read, "none"))
