"""`flask seed-demo`: realistic German demo data for an empty database."""

import click
from flask.cli import with_appcontext
from sqlalchemy import delete, func, select, update

from participation.assessment.demo import seed_lifecycle
from participation.core.outbox import OutboxMessage
from participation.cycles.demo import seed_cycle
from participation.events.demo import seed_events
from participation.extensions import db
from participation.ideas.demo import seed_ideas
from participation.notifications.models import MailState, Notification
from participation.roadmap.demo import seed_roadmap
from participation.search.indexing import rebuild_after_seeding
from participation.users.demo import DEMO_PASSWORD, seed_users
from participation.users.models import User


def keep_demo_mail_quiet() -> None:
    """Demo people have made-up addresses: keep their notifications in the app, send no mail."""
    db.session.execute(delete(OutboxMessage))
    db.session.execute(update(Notification).values(mail_state=MailState.NONE))
    db.session.info.pop("outbox_pending", None)


@click.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Do nothing, quietly, when data exists.")
@with_appcontext
def seed_demo(if_empty: bool):
    """Fill an empty database with demo accounts and content."""
    if db.session.scalar(select(func.count()).select_from(User)):
        if not if_empty:
            click.echo("The database already holds data; demo data was not added.")
        return
    users = seed_users()
    ideas = seed_ideas(users)
    moderator = next(user for user in users if user.email.startswith("moderation@"))
    seed_lifecycle(ideas, moderator)
    seed_cycle(ideas, moderator)
    items = seed_roadmap(ideas, moderator)
    seed_events(users, ideas)
    keep_demo_mail_quiet()
    db.session.commit()
    rebuild_after_seeding()  # the whole search index at once
    click.echo(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
    for user in users:
        click.echo(f"  {user.email:38} {', '.join(sorted(user.roles))}")
    click.echo(f"{len(ideas)} ideas with comments and supports added.")
    click.echo(f"{len(items)} roadmap items with milestones, updates and indicators added.")
