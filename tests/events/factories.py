"""Events for tests, created through the real services."""

from datetime import UTC, datetime, timedelta

from participation.core.models import utcnow
from participation.events import services
from participation.events.models import Event
from participation.extensions import db
from participation.users.models import User
from tests.factories import detached


def at(days: float = 0, hours: float = 0) -> datetime:
    """A time relative to now, rounded to the minute (as the forms give it)."""
    return (utcnow() + timedelta(days=days, hours=hours)).replace(second=0, microsecond=0)


def make_event(creator: User, title: str = "Workshop Digitales Rathaus", **values) -> Event:
    """Create an event; `window=True` opens the idea submissions from yesterday for a week."""
    window = values.pop("window", False)
    fields = {
        "type": "workshop",
        "title": title,
        "description": "Wir sammeln **Ideen** für das Rathaus.",
        "starts_at": at(days=7),
        "ends_at": at(days=7, hours=3),
        "place": "Rathaus, Marktplatz 1",
        "online_url": "",
        "audience": "public",
        "capacity": None,
        "submissions_open_at": at(days=-1) if window else None,
        "submissions_close_at": at(days=6) if window else None,
        "co_organisers": "",
        "results": "",
        **values,
    }
    event = services.create_event(db.session.merge(creator), **fields)
    db.session.commit()
    return detached(event)


def berlin(year, month, day, hour, minute=0) -> datetime:
    """A wall-clock time in Berlin, as UTC (for checking the form's conversion)."""
    from zoneinfo import ZoneInfo

    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(
        UTC
    )
