"""`flask users …` and `flask seed-demo` on the command line."""

from sqlalchemy import func, select

from participation.demo.content import load
from participation.extensions import db
from participation.ideas.models import Idea, Vote
from participation.notifications.models import Notification
from participation.users.models import Role, User
from participation.users.services import find_by_email
from tests.helpers import login


def run(app, *args, stdin: str | None = None):
    return app.test_cli_runner().invoke(args=list(args), input=stdin)


def test_create_user_with_password_from_stdin(app, client):
    result = run(
        app,
        *("users", "create", "--email", "Ada@Example.de", "--name", "Ada"),
        *("--role", "admin", "--password-stdin"),
        stdin="Ein langes Passwort 42\n",
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = find_by_email("ada@example.de")
        assert user.roles == {Role.CITIZEN, Role.ADMIN}
    login(client, "ada@example.de", "Ein langes Passwort 42")


def test_create_user_refuses_weak_passwords_and_duplicates(app):
    weak = run(
        app,
        "users",
        "create",
        "--email",
        "a@b.de",
        "--name",
        "A",
        "--password-stdin",
        stdin="password\n",
    )
    assert weak.exit_code == 1
    assert "mindestens 12 Zeichen" in weak.output
    args = ("users", "create", "--email", "a@b.de", "--name", "A", "--password-stdin")
    assert run(app, *args, stdin="Ein langes Passwort 42\n").exit_code == 0
    duplicate = run(app, *args, stdin="Ein langes Passwort 42\n")
    assert duplicate.exit_code == 1
    assert "schon verwendet" in duplicate.output


def test_set_and_unset_roles(app):
    run(
        app,
        "users",
        "create",
        "--email",
        "a@b.de",
        "--name",
        "A",
        "--password-stdin",
        stdin="Ein langes Passwort 42\n",
    )
    assert run(app, "users", "set-role", "a@b.de", "moderator").exit_code == 0
    assert run(app, "users", "set-role", "A@B.de", "organiser").exit_code == 0
    with app.app_context():
        assert find_by_email("a@b.de").roles == {Role.CITIZEN, Role.MODERATOR, Role.ORGANISER}
    assert run(app, "users", "unset-role", "a@b.de", "moderator").exit_code == 0
    with app.app_context():
        assert find_by_email("a@b.de").roles == {Role.CITIZEN, Role.ORGANISER}
    assert run(app, "users", "set-role", "nobody@b.de", "admin").exit_code == 1
    assert run(app, "users", "set-role", "a@b.de", "citizen").exit_code == 1
    assert run(app, "users", "set-role", "a@b.de", "emperor").exit_code == 2


def counts() -> tuple[int, ...]:
    return tuple(
        db.session.scalar(select(func.count()).select_from(model))
        for model in (User, Idea, Vote, Notification)
    )


def test_seed_demo_fills_an_empty_database_once(app, client):
    """`make run` seeds with --if-empty on every start: only the first one adds anything."""
    accounts = load("accounts")
    password = accounts["password"]
    result = run(app, "seed-demo", "--if-empty")
    assert result.exit_code == 0, result.output
    assert f"Demo accounts (password for all: {password}):" in result.output
    for account in accounts["account"]:
        assert account["email"] in result.output
    assert "60 ideas with comments and supports added." in result.output
    assert "12 roadmap items with milestones, updates and indicators added." in result.output
    with app.app_context():
        before = counts()
    again = run(app, "seed-demo", "--if-empty")
    assert again.exit_code == 0 and again.output == ""
    plain = run(app, "seed-demo")
    assert plain.exit_code == 0 and "already holds data" in plain.output
    with app.app_context():
        assert counts() == before
        demo_emails = [account["email"] for account in accounts["account"]]
        demo_users = select(func.count()).select_from(User).where(User.email.in_(demo_emails))
        assert db.session.scalar(demo_users) == len(demo_emails)
        assert Role.MODERATOR in find_by_email("moderation@stadt-beispiel.de").roles
        ideas = db.session.scalars(select(Idea).where(Idea.event_id.is_(None))).all()
        assert len(ideas) == len(load("ideas")["idea"])  # the demo events bring their own
        assert {idea.category.slug for idea in ideas} >= {"mobilitaet", "verwaltung-intern"}
        assert sum(idea.is_internal for idea in ideas) == 10
        assert sum(idea.comment_count for idea in ideas) > 100
        votes = db.session.scalar(select(func.count()).select_from(Vote))
        assert votes == sum(idea.support_count for idea in ideas) > 0
    login(client, "buergerin@example.org", password)
