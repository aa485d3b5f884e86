"""iCalendar (RFC 5545) for one event and for the feed of upcoming public events."""

from urllib.parse import urlsplit

from flask import Response, current_app, url_for
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from participation.core.models import utcnow
from participation.events.models import Event

PRODUCT_ID = "-//Mitwirken//Events//DE"


def _absolute(endpoint: str, **values) -> str:
    return current_app.config["BASE_URL"] + url_for(endpoint, **values)


def _component(event: Event) -> CalendarEvent:
    host = urlsplit(current_app.config["BASE_URL"]).hostname or "localhost"
    link = _absolute("events.detail", slug=event.slug)
    component = CalendarEvent()
    component.add("uid", f"event-{event.id}@{host}")
    component.add("dtstamp", utcnow())
    component.add("last-modified", event.updated_at)
    component.add("dtstart", event.starts_at)  # UTC: shown in each calendar's own zone
    component.add("dtend", event.ends_at)
    component.add("summary", event.title)
    component.add("description", f"{event.description}\n\n{link}")
    location = ", ".join(filter(None, (event.place, event.online_url)))
    if location:
        component.add("location", location)
    component.add("url", link)
    component.add("class", "PRIVATE" if event.is_internal else "PUBLIC")
    return component


def calendar(events: list[Event], name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(_component(event))
    return cal.to_ical()


def ics_response(body: bytes, filename: str, download: bool = True) -> Response:
    """`filename` must be plain ASCII without quotes (slugs are)."""
    disposition = "attachment" if download else "inline"
    return Response(
        body,
        mimetype="text/calendar",  # werkzeug adds "; charset=utf-8"
        headers={"Content-Disposition": f'{disposition}; filename="{filename}"'},
    )
