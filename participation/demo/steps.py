"""The steps of the demo's story and the notebook they are planned in.

What the data files leave open – who of the supporters supports an idea and when, when a
comment was written – is drawn from a random generator seeded with the idea's key, so the story
is the same every time it is told; only its dates move along with the day it is told.
"""

import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from participation.demo.clock import Clock

STAFF_HOURS = (8, 16)
PEOPLE_HOURS = (7, 21)  # when people comment, support and submit after work


def seeded_random(seed: str) -> random.Random:
    return random.Random(seed)  # noqa: S311 - a repeatable story, not a secret


def time_of_day(rng: random.Random, hours: tuple[int, int]) -> time:
    return time(rng.randint(*hours), rng.randint(0, 59))


@dataclass(frozen=True)
class Step:
    when: datetime
    action: str  # a function of `loader`
    args: dict = field(default_factory=dict)


class Story:
    def __init__(self, content: dict[str, dict], clock: Clock):
        self.content = content
        self.clock = clock
        self.steps: list[Step] = []
        # By idea: when it came in, and when it was closed (decided, rejected, merged, hidden).
        self.submitted: dict[str, datetime] = {}
        self.closed: dict[str, datetime] = {}

    def add(self, when: datetime, action: str, **args) -> None:
        self.steps.append(Step(when, action, args))

    def at(self, ago: int, clock_time: str | time) -> datetime:
        return self.clock.at(ago, clock_time)

    def office(self, ago: int, clock_time: str | time, later: bool = False) -> datetime:
        """Staff work on workdays: that day, or the workday before (`later`: after)."""
        return self.clock.at(self.clock.workday(ago, later), clock_time)

    def awake(self, when: datetime, rng: random.Random, staff: bool = False) -> datetime:
        """`when`, moved into the waking hours of its day – for staff, into office hours on
        that day or the workday before."""
        local = when.astimezone(self.clock.zone)
        ago = self.clock.days_since(local.date())
        if staff:
            if self.clock.workday(ago) == ago and STAFF_HOURS[0] <= local.hour <= STAFF_HOURS[1]:
                return when
            return self.office(ago, time_of_day(rng, STAFF_HOURS))
        if PEOPLE_HOURS[0] <= local.hour <= PEOPLE_HOURS[1]:
            return when
        return self.at(ago, time_of_day(rng, PEOPLE_HOURS))

    @staticmethod
    def after(when: datetime, previous: datetime) -> datetime:
        """`when`, or an hour after `previous` when moving it to a workday put it before."""
        return max(when, previous + timedelta(hours=1))
