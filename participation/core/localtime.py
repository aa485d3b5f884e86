"""The municipality's local time (`BABEL_DEFAULT_TIMEZONE`, Europe/Berlin by default).

People type and read times on the wall clock of the municipality; the database keeps UTC.
A typed time is turned into UTC once, by `LocalDateTimeField`:

- a time that does not exist because the clocks go forward (e.g. 2030-03-31 02:30 in
  Berlin) is refused with a message that names the next valid time;
- a time that exists twice because the clocks go back (e.g. 2030-10-27 02:30) is taken as
  the first of the two, as calendar programs do.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import format_datetime
from flask_babel import gettext as _
from wtforms import DateTimeLocalField

from participation.core.models import utcnow

LOCAL_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]


def zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])


def today() -> date:
    return utcnow().astimezone(zone()).date()


def local_date(moment: datetime) -> date:
    return moment.astimezone(zone()).date()


class NonexistentLocalTime(ValueError):
    """The wall-clock time is skipped when the clocks go forward."""

    def __init__(self, next_valid: datetime):
        super().__init__(next_valid)
        self.next_valid = next_valid


def local_to_utc(wall_clock: datetime, local_zone: ZoneInfo | None = None) -> datetime:
    """A naive local time as an aware UTC time; raises NonexistentLocalTime in a DST gap."""
    local_zone = local_zone or zone()
    aware = wall_clock.replace(tzinfo=local_zone, fold=0)
    in_utc = aware.astimezone(UTC)
    if in_utc.astimezone(local_zone).replace(tzinfo=None) != wall_clock:
        # In the gap the time was read with the offset before the change, so it lands after
        # the gap; its full hour is the gap's end (03:00 for a gap from 02:00 to 03:00).
        shifted = in_utc.astimezone(local_zone)
        next_valid = shifted.replace(minute=0, second=0, microsecond=0)
        raise NonexistentLocalTime(next_valid)
    return in_utc


class LocalDateTimeField(DateTimeLocalField):
    """A date and time typed in the municipality's time zone; `data` is an aware UTC time."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("format", LOCAL_FORMATS)
        super().__init__(*args, tz=zone, **kwargs)

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if self.data is None:
            return
        wall_clock = self.data.replace(tzinfo=None)
        try:
            self.data = local_to_utc(wall_clock)
        except NonexistentLocalTime as gap:
            self.data = None
            raise ValueError(
                _(
                    "This time does not exist: the clocks go forward by one hour that night. "
                    "Please choose a time from %(time)s on.",
                    time=format_datetime(gap.next_valid, "short"),
                )
            ) from None
