"""`flask seed-demo`: realistic German demo data for an empty database."""

import click
from flask.cli import with_appcontext
from sqlalchemy import func, select

from participation.assessment.demo import seed_lifecycle
from participation.extensions import db
from participation.ideas.demo import seed_ideas
from participation.users.demo import DEMO_PASSWORD, seed_users
from participation.users.models import User


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
    db.session.commit()
    click.echo(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
    for user in users:
        click.echo(f"  {user.email:38} {', '.join(sorted(user.roles))}")
    click.echo(f"{len(ideas)} ideas with comments and supports added.")
