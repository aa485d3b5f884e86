"""UI names for kinds of events, audiences and registration states."""

from datetime import datetime

from babel.dates import format_skeleton
from flask_babel import format_time, get_locale, get_timezone
from flask_babel import lazy_gettext as _l

from participation.events.models import Audience, EventType, RegistrationStatus

TYPE_LABELS = {
    EventType.HACKATHON: _l("Hackathon"),
    EventType.WORKSHOP: _l("Workshop"),
    EventType.CALL_FOR_IDEAS: _l("Call for ideas"),
    EventType.OTHER: _l("Lab or other event"),
}

AUDIENCE_LABELS = {
    Audience.PUBLIC: _l("Everyone (public)"),
    Audience.INTERNAL: _l("Employees only (internal)"),
}

REGISTRATION_LABELS = {
    RegistrationStatus.CONFIRMED: _l("Registered"),
    RegistrationStatus.WAITLISTED: _l("Waiting list"),
    RegistrationStatus.CANCELLED: _l("Cancelled"),
}

WHEN_LABELS = {"upcoming": _l("Upcoming"), "past": _l("Past")}


def period(start: datetime, end: datetime) -> str:
    """Start and end in local time, e.g. “Di., 1. Dez. 2026, 10:00 – 17:00”; both dates
    when the event spans several days."""
    start_day, end_day = (
        format_skeleton("yMMMEd", value, tzinfo=get_timezone(), locale=get_locale())
        for value in (start, end)
    )
    start_time, end_time = format_time(start, "short"), format_time(end, "short")
    if start_day == end_day:
        return f"{start_day}, {start_time} – {end_time}"
    return f"{start_day}, {start_time} – {end_day}, {end_time}"
