"""`flask notifications …`: digests (run by cron) and a look at what is pending."""

from datetime import timedelta

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from participation.core.models import utcnow
from participation.core.outbox import OutboxMessage
from participation.events.models import Event
from participation.extensions import db
from participation.notifications.listeners import remind_participants
from participation.notifications.mails import send_digests
from participation.notifications.models import MailState, Notification

notifications_cli = AppGroup("notifications", help="Send digests and inspect notification mail.")


@notifications_cli.command("send-digests")
@click.option(
    "--period", type=click.Choice(["daily", "weekly"]), default="daily", show_default=True
)
def send_digests_command(period: str):
    """Send one digest e-mail per user with everything since their last digest (idempotent)."""
    users = send_digests(period)
    db.session.commit()
    click.echo(f"{users} {period} digest(s) queued.")


@notifications_cli.command("send-event-reminders")
def send_event_reminders_command():
    """Remind confirmed participants of events starting within the next day (once per event)."""
    now = utcnow()
    events = db.session.scalars(
        select(Event).where(
            Event.starts_at > now,
            Event.starts_at <= now + timedelta(days=1),
            Event.reminded_at.is_(None),
            Event.cancelled_at.is_(None),
        )
    ).all()
    for event in events:
        remind_participants(event)
        event.reminded_at = now
    db.session.commit()
    click.echo(f"{len(events)} event reminder(s) sent.")


@notifications_cli.command("status")
def status_command():
    """Notifications waiting for a digest, and notification mails pending or failed."""
    waiting = dict(
        db.session.execute(
            select(Notification.mail_state, func.count())
            .where(Notification.mail_state.in_((MailState.DAILY, MailState.WEEKLY)))
            .group_by(Notification.mail_state)
        ).all()
    )
    click.echo(f"waiting for the daily digest:  {waiting.get(MailState.DAILY, 0)}")
    click.echo(f"waiting for the weekly digest: {waiting.get(MailState.WEEKLY, 0)}")
    mails = select(func.count()).select_from(OutboxMessage).where(OutboxMessage.topic == "mail")
    pending = db.session.scalar(
        mails.where(OutboxMessage.delivered_at.is_(None), OutboxMessage.failed_at.is_(None))
    )
    failed = db.session.scalar(mails.where(OutboxMessage.failed_at.is_not(None)))
    click.echo(f"e-mails pending: {pending}, failed for good: {failed}")
    click.echo("Details and retries: flask outbox status / flask outbox retry-failed")
