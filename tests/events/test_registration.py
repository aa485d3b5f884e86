"""Registration: confirm while places are free, then a waiting list that moves up by itself
when someone cancels; never more confirmed places than capacity, even at the same moment."""

import threading

import pytest
from sqlalchemy import func, select

from participation.events.models import EventRegistration
from participation.extensions import db
from tests.events.factories import at, make_event
from tests.factories import make_user
from tests.helpers import csrf_token, login, post_form


def statuses(event_id: int) -> dict[str, str]:
    rows = db.session.execute(
        select(EventRegistration.user_id, EventRegistration.status).where(
            EventRegistration.event_id == event_id
        )
    )
    return {user_id: status for user_id, status in rows}


def register(client, event, action: str = "register"):
    page = f"/events/{event.slug}"
    return post_form(client, f"{page}/{action}", {}, page=page)


@pytest.fixture
def small_event(app, people):
    with app.app_context():
        return make_event(people["creator"], capacity=2)


def logged_in(app, email: str):
    client = app.test_client()
    login(client, email)
    return client


def test_register_waitlist_cancel_and_promotion(app, smtp, small_event):
    with app.app_context():
        users = [make_user(f"person{n}@example.org", f"Person {n}") for n in range(4)]
    clients = [logged_in(app, user.email) for user in users]
    for client in clients:
        assert register(client, small_event).status_code == 302
    register(clients[0], small_event)  # twice: nothing changes
    with app.app_context():
        assert statuses(small_event.id) == {
            users[0].id: "confirmed",
            users[1].id: "confirmed",
            users[2].id: "waitlisted",
            users[3].id: "waitlisted",
        }
    html = clients[3].get(f"/events/{small_event.slug}").get_data(as_text=True)
    assert 'id="registration-status"' in html
    assert "2 angemeldet" in html

    smtp.clear()
    assert register(clients[0], small_event, "cancel").status_code == 302
    with app.app_context():
        current = statuses(small_event.id)
    assert current[users[0].id] == "cancelled"
    assert current[users[2].id] == "confirmed"  # first on the waiting list moved up
    assert current[users[3].id] == "waitlisted"
    assert len(smtp.to(users[2].email)) == 1
    assert small_event.title in smtp.to(users[2].email)[0]["Subject"]

    # Registering again after cancelling goes to the back of the waiting list.
    register(clients[0], small_event)
    with app.app_context():
        assert statuses(small_event.id)[users[0].id] == "waitlisted"
    cancelling_twice = register(clients[1], small_event, "cancel")
    assert cancelling_twice.status_code == 302
    register(clients[1], small_event, "cancel")  # not registered any more: refused politely
    with app.app_context():
        current = statuses(small_event.id)
    assert current[users[3].id] == "confirmed"
    assert current[users[0].id] == "waitlisted"


def test_more_places_move_the_waiting_list_up(app, people, small_event):
    from participation.events import services
    from participation.events.models import Event

    with app.app_context():
        users = [make_user(f"person{n}@example.org") for n in range(3)]
        for user in users:
            services.register(db.session.get(Event, small_event.id), user)
        db.session.commit()
        event = db.session.get(Event, small_event.id)
        fields = {name: getattr(event, name) for name in ("type", "title", "description")}
        services.update_event(
            event,
            db.session.merge(people["creator"]),
            **fields,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            place=event.place,
            online_url="",
            audience="public",
            capacity=3,
            submissions_open_at=None,
            submissions_close_at=None,
        )
        db.session.commit()
        assert set(statuses(event.id).values()) == {"confirmed"}


def test_parallel_registrations_never_overbook(app, people):
    """Many people click at the same moment for few places: exactly `capacity` confirmed."""
    capacity, people_count = 3, 10
    with app.app_context():
        event = make_event(people["creator"], capacity=capacity)
        users = [make_user(f"fast{n}@example.org") for n in range(people_count)]
    prepared = []
    for user in users:
        client = logged_in(app, user.email)
        prepared.append((client, csrf_token(client, f"/events/{event.slug}")))
    barrier = threading.Barrier(len(prepared))
    codes = []

    def click(client, token):
        barrier.wait()
        response = client.post(f"/events/{event.slug}/register", data={"csrf_token": token})
        codes.append(response.status_code)

    threads = [threading.Thread(target=click, args=pair) for pair in prepared]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert codes == [302] * people_count
    with app.app_context():
        counted = sorted(statuses(event.id).values())
        assert counted.count("confirmed") == capacity
        assert counted.count("waitlisted") == people_count - capacity


def test_parallel_cancellations_promote_each_place_once(app, people):
    with app.app_context():
        event = make_event(people["creator"], capacity=2)
        users = [make_user(f"p{n}@example.org") for n in range(6)]
    clients = [logged_in(app, user.email) for user in users]
    for client in clients:
        register(client, event)
    leaving = [(client, csrf_token(client, f"/events/{event.slug}")) for client in clients[:2]]
    barrier = threading.Barrier(len(leaving))

    def cancel(client, token):
        barrier.wait()
        client.post(f"/events/{event.slug}/cancel", data={"csrf_token": token})

    threads = [threading.Thread(target=cancel, args=pair) for pair in leaving]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with app.app_context():
        current = statuses(event.id)
        assert [current[user.id] for user in users] == [
            "cancelled",
            "cancelled",
            "confirmed",
            "confirmed",
            "waitlisted",
            "waitlisted",
        ]


def test_internal_events_only_for_employees(app, people):
    with app.app_context():
        event = make_event(people["creator"], audience="internal")
    citizen = logged_in(app, people["citizen"].email)
    token = csrf_token(citizen, "/events")
    response = citizen.post(f"/events/{event.slug}/register", data={"csrf_token": token})
    assert response.status_code == 404
    employee = logged_in(app, people["employee"].email)
    assert register(employee, event).status_code == 302
    with app.app_context():
        assert statuses(event.id) == {people["employee"].id: "confirmed"}


def test_unconfirmed_and_past_events_are_refused(app, people):
    with app.app_context():
        past = make_event(people["creator"], starts_at=at(days=-3), ends_at=at(days=-2))
        upcoming = make_event(people["creator"], "Kommendes Treffen")
    client = logged_in(app, people["citizen"].email)
    register(client, past)
    unconfirmed = logged_in(app, people["unconfirmed"].email)
    register(unconfirmed, upcoming)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(EventRegistration)) == 0
    anonymous = app.test_client()
    response = post_form(anonymous, f"/events/{upcoming.slug}/register", {}, page="/events")
    assert "/login" in response.headers["Location"]


def test_registration_is_rate_limited(app, people, small_event, monkeypatch):
    monkeypatch.setitem(app.config, "RATELIMIT_EVENT_REGISTRATION", "2 per hour")
    client = logged_in(app, people["citizen"].email)
    register(client, small_event)
    register(client, small_event, "cancel")
    register(client, small_event)  # refused: over the limit
    with app.app_context():
        assert statuses(small_event.id) == {people["citizen"].id: "cancelled"}
