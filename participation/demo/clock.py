"""The demo's calendar: the one place where days of the story become dates.

Every date in the data files is a number of days before the day the demo is seeded (negative:
in the future), so the story always ends just before the moment it is loaded. Times of day are
the municipality's local time.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS_OFF = {(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)}  # besides the weekend


@dataclass(frozen=True)
class Clock:
    now: datetime  # the moment of seeding (aware)
    zone: ZoneInfo  # the municipality's time zone

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def day(self, ago: int) -> date:
        return self.today - timedelta(days=ago)

    def at(self, ago: int, clock_time: str | time) -> datetime:
        """The local time ("HH:MM") on the day `ago` days before the seeding, in UTC."""
        if isinstance(clock_time, str):
            clock_time = time.fromisoformat(clock_time)
        return datetime.combine(self.day(ago), clock_time, tzinfo=self.zone).astimezone(UTC)

    def workday(self, ago: int, later: bool = False) -> int:
        """`ago`, or the nearest earlier (`later`: later) day on which the town hall works."""
        while (day := self.day(ago)).weekday() >= 5 or (day.month, day.day) in DAYS_OFF:
            ago += -1 if later else 1
        return ago

    def days_since(self, day: date) -> int:
        return (self.today - day).days

    def month(self, ago: int) -> str:
        """The planned period "2027-03" that holds that day."""
        day = self.day(ago)
        return f"{day.year}-{day.month:02d}"

    def quarter(self, ago: int) -> str:
        """The quarter "2027-Q1" that holds that day."""
        day = self.day(ago)
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"

    @property
    def last_evening(self) -> datetime:
        """The latest moment open-ended activity (supports, comments) is spread up to."""
        return self.at(1, "21:00")
