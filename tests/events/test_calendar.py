"""iCalendar files: one per event and the feed of upcoming public events, parsed back."""

from datetime import UTC

import pytest
from icalendar import Calendar

from tests.events.factories import at, make_event


@pytest.fixture
def events(app, people):
    with app.app_context():
        creator = people["creator"]
        return {
            "public": make_event(creator, 'Hackathon; Offene Daten, "Teil 2"', type="hackathon"),
            "online": make_event(
                creator, "Online-Sprechstunde", place="", online_url="https://meet.example.org/x"
            ),
            "internal": make_event(creator, "Interner Workshop", audience="internal"),
            "past": make_event(creator, "Vergangen", starts_at=at(days=-9), ends_at=at(days=-8)),
        }


def parse(response) -> list:
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return calendar.walk("VEVENT")


def test_event_file_is_valid(client, events):
    event = events["public"]
    response = client.get(f"/events/{event.slug}.ics")
    assert response.headers["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    (component,) = parse(response)
    assert str(component["SUMMARY"]) == event.title  # ; , and " survive escaping
    assert component.decoded("DTSTART") == event.starts_at.astimezone(UTC)
    assert component.decoded("DTEND") == event.ends_at.astimezone(UTC)
    assert component.decoded("DTSTART").utcoffset().total_seconds() == 0
    assert str(component["UID"]) == f"event-{event.id}@localhost"
    assert str(component["URL"]).endswith(f"/events/{event.slug}")
    assert "Rathaus" in str(component["LOCATION"])


def test_feed_lists_upcoming_public_events_only(client, people, events):
    from tests.helpers import login

    login(client, people["employee"].email)  # even staff get the public feed only
    components = parse(client.get("/events.ics"))
    summaries = {str(component["SUMMARY"]) for component in components}
    assert summaries == {events["public"].title, events["online"].title}
    uids = [str(component["UID"]) for component in components]
    assert len(set(uids)) == len(uids)
    online = next(c for c in components if str(c["SUMMARY"]) == "Online-Sprechstunde")
    assert str(online["LOCATION"]) == "https://meet.example.org/x"


def test_internal_event_file_is_hidden_from_the_public(client, events):
    assert client.get(f"/events/{events['internal'].slug}.ics").status_code == 404
