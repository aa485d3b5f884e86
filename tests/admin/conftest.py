"""People for the administration tests: one per role, an admin client."""

import pytest

from participation.users.models import Role
from tests.factories import make_user
from tests.helpers import login

ROLES = {
    "citizen": (),
    "employee": (Role.EMPLOYEE,),
    "organiser": (Role.ORGANISER,),
    "moderator": (Role.MODERATOR,),
    "admin": (Role.ADMIN,),
}


@pytest.fixture
def admin(app):
    with app.app_context():
        return make_user("ada@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))


@pytest.fixture
def admin_client(app, admin):
    client = app.test_client()
    login(client, admin.email)
    return client


@pytest.fixture
def client_as(app):
    """A logged-in client for a role name (None: anonymous)."""

    def make(role: str | None):
        client = app.test_client()
        if role is None:
            return client
        with app.app_context():
            user = make_user(f"{role}@example.org", role.title(), ROLES[role])
        login(client, user.email)
        return client

    return make
