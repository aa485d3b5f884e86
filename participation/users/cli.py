"""`flask users …`: create accounts and manage roles without the web interface."""

import sys

import click
from flask.cli import AppGroup

from participation.core.errors import ValidationFailed
from participation.extensions import db
from participation.users import services
from participation.users.models import GRANTABLE_ROLES, Role

users_cli = AppGroup("users", help="Create user accounts and manage their roles.")
ROLE_CHOICE = click.Choice([str(role) for role in Role])


def _user_or_fail(email: str):
    user = services.find_by_email(email.strip().lower())
    if user is None:
        raise click.ClickException(f"No user with the e-mail address {email}.")
    return user


def _fail_with(failure: ValidationFailed):
    db.session.rollback()
    raise click.ClickException(" ".join(str(reason) for reason in failure.reasons.values()))


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--name", "display_name", required=True, help="Display name.")
@click.option("--role", "roles", multiple=True, type=ROLE_CHOICE, help="Repeat for several.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create(email: str, display_name: str, roles: tuple[str, ...], password_stdin: bool):
    """Create a confirmed account."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = services.create_user(email, display_name, password, [Role(r) for r in roles])
    except ValidationFailed as failure:
        _fail_with(failure)
    db.session.commit()
    click.echo(f"Created {user.email} with roles: {', '.join(sorted(user.roles))}")


def _grantable(role: str) -> Role:
    if Role(role) not in GRANTABLE_ROLES:
        raise click.ClickException("Every confirmed account is a citizen; nothing to change.")
    return Role(role)


def _change_role(email: str, role: str, change) -> None:
    user = _user_or_fail(email)
    change(user, _grantable(role))
    db.session.commit()
    click.echo(f"{user.email}: {', '.join(sorted(user.roles))}")


@users_cli.command("set-role")
@click.argument("email")
@click.argument("role", type=ROLE_CHOICE)
def set_role(email: str, role: str):
    """Grant ROLE to the user with EMAIL."""
    _change_role(email, role, services.grant_role)


@users_cli.command("unset-role")
@click.argument("email")
@click.argument("role", type=ROLE_CHOICE)
def unset_role(email: str, role: str):
    """Withdraw ROLE from the user with EMAIL."""
    _change_role(email, role, services.revoke_role)
