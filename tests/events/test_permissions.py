"""Permission matrix for events: who x audience x action, against the rules stated plainly,
and the same rules seen through the pages (404 for internal events, 403 for the rest)."""

import pytest

from participation.events import permissions
from participation.events.models import EventRegistration
from tests.events.factories import make_event
from tests.helpers import csrf_token, login

WHO = [
    "creator",
    "co_organiser",
    "organiser",
    "admin",
    "employee",
    "citizen",
    "unconfirmed",
    "anonymous",
]
ORGANISERS_PAGES = ("edit", "participants", "ideas/new", "import", "hand-over")


def expected(who: str, audience: str) -> dict[str, bool]:
    """The rules of the events issue, written out independently of the code."""
    staff_side = who in {"creator", "co_organiser", "organiser", "admin", "employee"}
    sees = audience == "public" or staff_side
    return {
        "can_view_event": sees,
        "can_create_event": who in {"creator", "co_organiser", "organiser", "admin"},
        "can_manage_event": sees and who in {"creator", "co_organiser", "admin"},
        "can_register_for_event": sees and who not in {"unconfirmed", "anonymous"},
        "can_submit_to_event": sees and who not in {"unconfirmed", "anonymous"},
        "can_award_teams": sees and who in {"creator", "co_organiser", "admin"},
    }


@pytest.fixture
def events(app, people):
    with app.app_context():
        return {
            audience: make_event(
                people["creator"],
                f"Hackathon {audience}",
                type="hackathon",
                audience=audience,
                window=True,
                co_organisers=people["co_organiser"].email,
            )
            for audience in ("public", "internal")
        }


def test_event_permission_matrix(app, people, events):
    failures = []
    with app.app_context():
        for audience, event in events.items():
            for who in WHO:
                for check, allowed in expected(who, audience).items():
                    args = (people[who],) if check == "can_create_event" else (people[who], event)
                    if getattr(permissions, check)(*args) != allowed:
                        failures.append((who, audience, check, allowed))
    assert failures == []


def test_teams_need_a_confirmed_place(app, people, events):
    event, citizen = events["public"], people["citizen"]
    with app.app_context():
        confirmed = EventRegistration(event_id=event.id, user_id=citizen.id, status="confirmed")
        waiting = EventRegistration(event_id=event.id, user_id=citizen.id, status="waitlisted")
        assert permissions.can_join_teams(citizen, event, confirmed)
        assert not permissions.can_join_teams(citizen, event, waiting)
        assert not permissions.can_join_teams(citizen, event, None)
        assert not permissions.can_join_teams(people["employee"], event, confirmed)  # not theirs


@pytest.mark.parametrize("who", WHO)
def test_pages_follow_the_matrix(app, people, events, who):
    client = app.test_client()
    if people[who] is not None:
        login(client, people[who].email)
    for audience, event in events.items():
        rules = expected(who, audience)
        base = f"/events/{event.slug}"
        for path in (base, base + ".ics"):
            assert client.get(path).status_code == (200 if rules["can_view_event"] else 404), path
        listed = event.title in client.get("/events").get_data(as_text=True)
        assert listed == rules["can_view_event"]
        for page in ORGANISERS_PAGES:
            status = client.get(f"{base}/{page}").status_code
            if who == "anonymous":  # to the login page first, whether the event exists or not
                assert status == 302, (page, status)
            elif not rules["can_view_event"]:
                assert status == 404, (page, status)
            else:
                assert status == (200 if rules["can_manage_event"] else 403), (page, status)
        # The participant list as a spreadsheet is a POST (recorded in the audit log).
        token = {"csrf_token": csrf_token(client, "/")}
        status = client.post(f"{base}/participants.csv", data=token).status_code
        if who == "anonymous":
            assert status == 302, status
        elif not rules["can_view_event"]:
            assert status == 404, status
        else:
            assert status == (200 if rules["can_manage_event"] else 403), status
    new_status = client.get("/events/new").status_code
    if who == "anonymous":
        assert new_status == 302
    else:
        assert new_status == (200 if expected(who, "public")["can_create_event"] else 403)
