"""Test fixtures: one app per session on SQLite (or TEST_DATABASE_URL), a real SMTP server."""

import email
import email.policy
import os
import socket
import threading
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller
from flask_migrate import upgrade
from sqlalchemy import text

from participation.app import create_app
from participation.config import TestConfig
from participation.core import ratelimit
from participation.extensions import db
from participation.users.models import User
from tests.factories import make_account
from tests.helpers import StatementCounter, logged_in
from tests.isolation import empty_tables


@dataclass
class Mailbox:
    """Messages received by the test SMTP server, parsed."""

    messages: list[email.message.EmailMessage] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, _server, _session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 OK"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [message for message in self.messages if message["To"] == address]

    def clear(self) -> None:
        with self.lock:
            self.messages.clear()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def smtp():
    mailbox = Mailbox()
    mailbox.port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    yield mailbox
    controller.stop()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    if url := os.environ.get("TEST_DATABASE_URL"):
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite'}"


def make_config(tmp_path_factory, database_url: str, smtp_port: int) -> TestConfig:
    config = TestConfig(tmp_path_factory.mktemp("instance"), database_url)
    config.MAIL_BACKEND = "smtp"
    config.MAIL_SERVER = "127.0.0.1"
    config.MAIL_PORT = smtp_port
    if database_url.startswith("postgresql"):
        # A commit need not wait for the disk: a test database is rebuilt after a crash anyway.
        connect_args = {"options": "-c synchronous_commit=off"}
        config.SQLALCHEMY_ENGINE_OPTIONS = {
            **config.SQLALCHEMY_ENGINE_OPTIONS,
            "connect_args": connect_args,
        }
    return config


def drop_everything() -> None:
    """Start from an empty database, so the migrations build the whole schema."""
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        else:
            db.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture(scope="session")
def app(tmp_path_factory, database_url, smtp):
    app = create_app(make_config(tmp_path_factory, database_url, smtp.port))
    with app.app_context():
        drop_everything()
        upgrade()
        db.engine.dispose()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def fresh_app(tmp_path_factory, database_url, smtp, app):
    """A second app on the same database, for tests that add routes or change settings."""
    second = create_app(make_config(tmp_path_factory, database_url, smtp.port))
    yield second
    with second.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _isolation(app, smtp):
    """Each test starts with empty tables, fresh rate limits and an empty mailbox.

    No app context stays pushed during a test: requests must get their own, as in production
    (a shared one would share `g` and the database session between requests).
    """
    yield
    with app.app_context():
        empty_tables()
        ratelimit.reset()
    app.extensions["page_cache"].entries.clear()
    smtp.clear()


@pytest.fixture
def demo(app):
    """The demo of `flask seed-demo` (the whole story: seeding takes seconds)."""
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output


@pytest.fixture
def ctx(app):
    """An app context for tests that call services directly."""
    with app.app_context():
        yield
        db.session.rollback()


@pytest.fixture
def client(app):
    """An anonymous visitor."""
    return app.test_client()


# One user per role (tests.factories.ACCOUNTS), created on demand: detached, e-mail confirmed,
# password `PASSWORD`. `<role>_client` is a test client of its own, logged in as that user.


def account(app, role: str) -> User:
    with app.app_context():
        return make_account(role)


@pytest.fixture
def citizen(app) -> User:
    return account(app, "citizen")


@pytest.fixture
def employee(app) -> User:
    return account(app, "employee")


@pytest.fixture
def organiser(app) -> User:
    return account(app, "organiser")


@pytest.fixture
def moderator(app) -> User:
    return account(app, "moderator")


@pytest.fixture
def admin(app) -> User:
    return account(app, "admin")


@pytest.fixture
def everyone(citizen, employee, organiser, moderator, admin) -> dict[str, User | None]:
    """Every role by name, and `anonymous` (None): for permission matrices."""
    return {
        "anonymous": None,
        "citizen": citizen,
        "employee": employee,
        "organiser": organiser,
        "moderator": moderator,
        "admin": admin,
    }


@pytest.fixture
def citizen_client(app, citizen):
    return logged_in(app, citizen.email)


@pytest.fixture
def employee_client(app, employee):
    return logged_in(app, employee.email)


@pytest.fixture
def organiser_client(app, organiser):
    return logged_in(app, organiser.email)


@pytest.fixture
def moderator_client(app, moderator):
    return logged_in(app, moderator.email)


@pytest.fixture
def admin_client(app, admin):
    return logged_in(app, admin.email)


@pytest.fixture
def client_of(request):
    """`client_of("employee")` is the `employee_client` fixture; `client_of("anonymous")` is
    `client`. For tests parametrized by role."""

    def client_for(role: str):
        return request.getfixturevalue("client" if role == "anonymous" else f"{role}_client")

    return client_for


@pytest.fixture
def query_counter(app) -> StatementCounter:
    """Counts the SQL statements the app runs inside `with query_counter:` (see helpers)."""
    with app.app_context():
        return StatementCounter(db.engine)
