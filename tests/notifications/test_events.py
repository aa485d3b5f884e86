"""Event participants hear about changes, cancellations, places and the day before."""

import pytest
from sqlalchemy import select

from participation.events import services
from participation.events.models import Event
from participation.extensions import db
from participation.notifications.models import Notification
from participation.users.models import Role
from tests.events.factories import at, make_event
from tests.factories import make_user


@pytest.fixture
def event(app):
    with app.app_context():
        organiser = make_user("org@stadt-beispiel.de", "Olga", (Role.ORGANISER,))
        event = make_event(organiser, "Hackathon Rathaus", capacity=1, starts_at=at(hours=20),
                           ends_at=at(hours=26))  # fmt: skip
        stored = db.session.get(Event, event.id)
        for email in ("first@example.org", "second@example.org"):
            services.register(stored, make_user(email))
        db.session.commit()
        return {"event": event, "organiser": organiser}


def notified(email: str) -> list[str]:
    from participation.users.models import User

    user_id = db.session.scalar(select(User.id).where(User.email == email))
    return list(
        db.session.scalars(
            select(Notification.kind)
            .where(Notification.user_id == user_id)
            .order_by(Notification.id)
        )
    )


def test_cancelling_a_place_promotes_and_tells_the_next(app, event, smtp):
    with app.app_context():
        first = db.session.scalar(select(Event).where(Event.id == event["event"].id))
        from participation.users.services import find_by_email

        services.cancel(first, find_by_email("first@example.org"))
        db.session.commit()
        assert notified("second@example.org") == ["waitlist_promoted"]
    [mail] = smtp.to("second@example.org")
    assert "Hackathon Rathaus" in mail["Subject"]


def test_changes_and_cancellation_reach_everyone_registered(app, event, smtp):
    with app.app_context():
        stored = db.session.get(Event, event["event"].id)
        organiser = db.session.merge(event["organiser"])
        services.cancel_event(stored, organiser, "Der Saal ist nicht verfügbar.")
        db.session.commit()
        for email in ("first@example.org", "second@example.org"):
            assert notified(email) == ["event_cancelled"]
        assert notified("org@stadt-beispiel.de") == []
    mail = smtp.to("first@example.org")[0]
    assert "Der Saal ist nicht verfügbar." in mail.get_body(("plain",)).get_content()


def test_reminder_the_day_before_is_sent_once(app, event, smtp):
    runner = app.test_cli_runner()
    assert (
        "1 event reminder(s) sent."
        in runner.invoke(args=["notifications", "send-event-reminders"]).output
    )
    assert (
        "0 event reminder(s) sent."
        in runner.invoke(args=["notifications", "send-event-reminders"]).output
    )
    with app.app_context():
        assert notified("first@example.org") == ["event_reminder"]
        assert notified("second@example.org") == []  # only on the waiting list
    assert len(smtp.to("first@example.org")) == 1
