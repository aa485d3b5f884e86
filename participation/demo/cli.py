"""`flask seed-demo`: the demo story, into an empty database."""

import click
from flask.cli import with_appcontext

from participation.demo import loader


@click.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Do nothing, quietly, when data exists.")
@with_appcontext
def seed_demo(if_empty: bool):
    """Fill an empty database with demo accounts and content."""
    if not loader.database_is_empty():
        if not if_empty:
            click.echo("The database already holds data; demo data was not added.")
        return
    seeded = loader.load_demo()
    click.echo(f"Demo accounts (password for all: {seeded.password}):")
    for user in seeded.accounts:
        click.echo(f"  {user.email:38} {', '.join(sorted(user.roles))}")
    click.echo(f"{seeded.ideas} ideas with comments and supports added.")
    click.echo(f"{seeded.items} roadmap items with milestones, updates and indicators added.")
