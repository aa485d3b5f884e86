"""Moving what the services stamped "now" to the story's dates.

The services date what they write with the current time. While the story is replayed, every
step is recorded with the stretch of real time it ran in and the moment of the story it stands
for; `move_into_story_time` then rewrites each timestamp written during a step – whatever
table and column, e.g. a status change, a notification or an idea's last activity – to that
step's moment. This is the one place where the demo writes dates that the services own.
"""

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import bindparam, or_, select, update

from participation.core.models import UTCDateTime, utcnow
from participation.extensions import db


class StoryTimes:
    def __init__(self) -> None:
        self._began: list[datetime] = []
        self._ended: list[datetime] = []
        self._story: list[datetime] = []

    @contextmanager
    def step(self, when: datetime) -> Iterator[None]:
        """Everything written inside happened at `when`."""
        began = utcnow()
        while self._ended and began <= self._ended[-1]:  # steps never share a microsecond
            began = utcnow()
        yield
        db.session.flush()
        self._began.append(began)
        self._ended.append(utcnow())
        self._story.append(when)

    def story_time(self, written: datetime) -> datetime:
        """The story's moment for a timestamp written now; others stay as they are."""
        index = bisect_right(self._began, written) - 1
        if index >= 0 and written <= self._ended[index]:
            return self._story[index]
        return written

    def move_into_story_time(self) -> int:
        """Rewrite every timestamp written during the steps; returns how many rows changed."""
        if not self._began:
            return 0
        first, last = self._began[0], self._ended[-1]
        changed = 0
        for table in db.metadata.sorted_tables:
            columns = [column for column in table.columns if isinstance(column.type, UTCDateTime)]
            if not columns:
                continue
            keys = list(table.primary_key.columns)
            written = or_(*(column.between(first, last) for column in columns))
            rows = db.session.execute(select(*keys, *columns).where(written)).all()
            if not rows:
                continue
            values = [
                {f"key_{key.name}": row[position] for position, key in enumerate(keys)}
                | {
                    f"new_{column.name}": value and self.story_time(value)
                    for column, value in zip(columns, row[len(keys) :], strict=True)
                }
                for row in rows
            ]
            statement = (
                update(table)
                .where(*(key == bindparam(f"key_{key.name}") for key in keys))
                .values({c.name: bindparam(f"new_{c.name}", type_=c.type) for c in columns})
            )
            db.session.execute(statement, values)
            changed += len(rows)
        return changed
