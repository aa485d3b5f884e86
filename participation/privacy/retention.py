"""Retention: `flask privacy purge` deletes unconfirmed accounts and delivered outbox rows
past their configured age, and says what it removed. Running it again removes nothing more."""

from datetime import timedelta

import click
from flask.cli import AppGroup
from sqlalchemy import delete, select

from participation.core.models import utcnow
from participation.core.outbox import OutboxMessage
from participation.extensions import db
from participation.privacy.settings import site_setting
from participation.users.models import User

privacy_cli = AppGroup("privacy", help="Personal data: retention.")


def purge() -> dict[str, int]:
    """Delete what is past its retention period; returns the number of rows per kind."""
    now = utcnow()
    account_cutoff = now - timedelta(days=site_setting("UNCONFIRMED_ACCOUNT_DAYS"))
    unconfirmed = db.session.scalars(
        select(User).where(
            User.confirmed_at.is_(None),
            User.erased_at.is_(None),
            User.created_at < account_cutoff,
        )
    ).all()
    for user in unconfirmed:  # never took part: only sessions, roles and settings hang on them
        db.session.delete(user)
    outbox_cutoff = now - timedelta(days=site_setting("OUTBOX_RETENTION_DAYS"))
    mails = db.session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.delivered_at.is_not(None), OutboxMessage.delivered_at < outbox_cutoff
        )
    ).rowcount
    db.session.flush()
    return {"unconfirmed_accounts": len(unconfirmed), "delivered_outbox_messages": mails}


@privacy_cli.command("purge")
def purge_command():
    """Delete unconfirmed accounts and delivered outbox messages past their retention."""
    removed = purge()
    db.session.commit()
    click.echo(
        f"Removed {removed['unconfirmed_accounts']} unconfirmed accounts "
        f"(older than {site_setting('UNCONFIRMED_ACCOUNT_DAYS')} days) and "
        f"{removed['delivered_outbox_messages']} delivered outbox messages "
        f"(older than {site_setting('OUTBOX_RETENTION_DAYS')} days)."
    )
