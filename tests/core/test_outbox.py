"""The outbox: mail survives an SMTP outage, is retried with back-off and never blocks a request."""

from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import select, update

from participation.core.mail import queue_email
from participation.core.models import utcnow
from participation.core.outbox import OutboxMessage, backoff, deliver_due
from participation.extensions import db
from tests.conftest import free_port
from tests.helpers import post_form

REGISTRATION = {
    "email": "neu@example.org",
    "display_name": "Nele Neu",
    "password": "Sonnenblumen am Rathausplatz",
    "password_repeat": "Sonnenblumen am Rathausplatz",
    "accept_terms": "y",
}


class SmtpDown:
    """Point the mail connection at a closed port for the duration of a block."""

    def __init__(self, app):
        self.state = app.extensions["mailman"]

    def __enter__(self):
        self.port = self.state.port
        self.state.port = free_port()

    def __exit__(self, *_exc):
        self.state.port = self.port


def messages() -> list[OutboxMessage]:
    return list(db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def make_due() -> None:
    db.session.execute(update(OutboxMessage).values(next_attempt_at=utcnow()))
    db.session.commit()


def test_smtp_outage_neither_fails_the_request_nor_loses_the_mail(app, client, smtp):
    with SmtpDown(app):
        response = post_form(client, "/register", REGISTRATION)
        assert response.status_code == 200
    assert smtp.to("neu@example.org") == []

    with app.app_context():
        [message] = messages()
        assert message.attempts == 1
        assert message.delivered_at is None
        assert "ConnectionRefused" in message.last_error
        assert message.next_attempt_at > utcnow()

        assert deliver_due() == (0, 0), "not yet due"
        make_due()
        assert deliver_due() == (1, 0)
        assert deliver_due() == (0, 0), "delivered once only"
    assert len(smtp.to("neu@example.org")) == 1


def test_failing_messages_give_up_after_the_limit_and_can_be_retried(
    app, client, smtp, monkeypatch
):
    with monkeypatch.context() as limited:
        limited.setitem(app.config, "OUTBOX_MAX_ATTEMPTS", 2)
        with SmtpDown(app):
            post_form(client, "/register", REGISTRATION)
            with app.app_context():
                make_due()
                assert deliver_due() == (0, 1)
                [message] = messages()
                assert message.failed_at is not None
                make_due()
                assert deliver_due() == (0, 0), "failed messages are not retried on their own"

    runner = app.test_cli_runner()
    status = runner.invoke(args=["outbox", "status"])
    assert "failed      1" in status.output
    assert "ConnectionRefused" in status.output
    assert "1 message(s) queued again" in runner.invoke(args=["outbox", "retry-failed"]).output
    assert "Delivered 1" in runner.invoke(args=["outbox", "deliver"]).output
    assert len(smtp.to("neu@example.org")) == 1


def test_backoff_grows_and_is_capped():
    assert backoff(1) == timedelta(seconds=30)
    assert backoff(2) == timedelta(seconds=60)
    assert backoff(5) == timedelta(minutes=8)
    assert backoff(30) == timedelta(hours=6)


def test_a_rolled_back_transaction_sends_nothing(app, smtp):
    with app.test_request_context():
        recipient = SimpleNamespace(display_name="X")
        queue_email("x@example.org", "confirm_email", "de", "Betreff", user=recipient, link="/")
        db.session.rollback()
        assert messages() == []
    assert smtp.messages == []


def test_status_of_an_empty_outbox(app):
    result = app.test_cli_runner().invoke(args=["outbox", "status"])
    assert result.exit_code == 0
    assert "The outbox is empty." in result.output


def test_a_message_without_a_handler_fails_like_any_other(ctx):
    db.session.add(OutboxMessage(topic="unknown", payload={}))
    db.session.commit()
    assert deliver_due() == (0, 1)
    [message] = messages()
    assert "no handler for topic 'unknown'" in message.last_error
    assert message.delivered_at is None


def test_a_failing_housekeeping_task_is_logged_and_the_others_run(ctx, monkeypatch, caplog):
    from participation.core import outbox

    monkeypatch.setattr(outbox, "_housekeeping", [])  # registrations of this test only
    ran = []

    def broken() -> None:
        raise RuntimeError("index server gone")

    outbox.register_housekeeping(broken)
    outbox.register_housekeeping(lambda: ran.append(True))
    outbox.register_housekeeping(broken)  # once is enough
    outbox.housekeeping()
    assert ran == [True]
    [record] = [record for record in caplog.records if "housekeeping" in record.getMessage()]
    assert "broken" in record.getMessage()
