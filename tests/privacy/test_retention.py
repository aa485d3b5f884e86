"""`flask privacy purge`: unconfirmed accounts and delivered outbox rows past their age go;
a second run removes nothing more; erased-account stand-ins and confirmed accounts stay."""

from datetime import timedelta

from sqlalchemy import func, select, update

from participation.core.models import utcnow
from participation.core.outbox import OutboxMessage
from participation.extensions import db
from participation.users.models import User
from tests.factories import make_user


def test_purge_removes_what_is_past_retention_and_is_idempotent(app):
    with app.app_context():
        old = make_user("alt@example.org", "Alt", confirmed=False)
        make_user("neu@example.org", "Neu", confirmed=False)
        kept = make_user("bestaetigt@example.org", "Bestätigt")
        long_ago = utcnow() - timedelta(days=15)
        db.session.execute(update(User).values(created_at=long_ago))
        db.session.execute(
            update(User).where(User.email == "neu@example.org").values(created_at=utcnow())
        )
        db.session.add_all(
            [
                OutboxMessage(topic="mail", payload={}, delivered_at=utcnow() - timedelta(days=31)),
                OutboxMessage(topic="mail", payload={}, delivered_at=utcnow()),
                OutboxMessage(topic="mail", payload={}),  # pending: never purged
            ]
        )
        db.session.commit()
    runner = app.test_cli_runner()
    first = runner.invoke(args=["privacy", "purge"])
    assert first.exit_code == 0, first.output
    assert "Removed 1 unconfirmed accounts" in first.output
    assert "1 delivered outbox messages" in first.output
    second = runner.invoke(args=["privacy", "purge"])
    assert "Removed 0 unconfirmed accounts" in second.output
    assert "0 delivered outbox messages" in second.output
    with app.app_context():
        emails = set(db.session.scalars(select(User.email)))
        assert emails == {"neu@example.org", kept.email}
        assert old.email not in emails
        assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 2
