"""`flask setup`: a new installation without the demo — schema, default fields of action and
synonyms, and the first administrator. Running it again changes nothing."""

import sys

import click
from flask.cli import with_appcontext
from flask_migrate import upgrade
from sqlalchemy import exists, select

from participation.core.errors import ValidationFailed
from participation.extensions import db
from participation.ideas.categories import ensure_default_categories
from participation.search.synonyms import ensure_default_synonyms
from participation.users import services
from participation.users.models import Role, UserRole


def _has_admin() -> bool:
    return bool(db.session.scalar(select(exists().where(UserRole.role == Role.ADMIN))))


@click.command("setup")
@click.option("--admin-email", help="E-mail address of the first administrator.")
@click.option("--admin-name", help="Display name of the first administrator.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def setup_command(admin_email: str | None, admin_name: str | None, password_stdin: bool):
    """Prepare a new installation: migrate, add defaults, create the first administrator."""
    upgrade()
    categories = ensure_default_categories()
    synonyms = ensure_default_synonyms()
    db.session.commit()
    click.echo(
        f"Database is up to date; {categories} fields of action, {synonyms} synonym groups added."
    )
    if _has_admin():
        click.echo("An administrator exists already; no account created.")
        return
    email = admin_email or click.prompt("E-mail address of the first administrator")
    name = admin_name or click.prompt("Name of the first administrator")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = services.create_user(email, name, password, [Role.ADMIN])
    except ValidationFailed as failure:
        db.session.rollback()
        raise click.ClickException(" ".join(str(r) for r in failure.reasons.values())) from None
    db.session.commit()
    click.echo(f"Administrator {user.email} created. Log in and continue at /admin.")
