"""Only administrators get into the administration area: every page and every action, for the
six roles (anonymous visitors are sent to log in)."""

import pytest

from participation.extensions import db
from tests.factories import category
from tests.helpers import csrf_token

PAGES = [
    "/admin",
    "/admin/users",
    "/admin/users/{user}",
    "/admin/users/invite",
    "/admin/categories",
    "/admin/categories/new",
    "/admin/categories/{category}",
    "/admin/settings",
    "/admin/audit",
]
ACTIONS = [
    "/admin/audit.csv",  # a download of personal data, recorded in the audit log
    "/admin/users/{user}/roles",
    "/admin/users/{user}/block",
    "/admin/users/{user}/confirm",
    "/admin/users/{user}/confirmation",
    "/admin/users/{user}/password",
    "/admin/users/invite",
    "/admin/categories/new",
    "/admin/categories/{category}",
    "/admin/categories/{category}/archive",
    "/admin/categories/{category}/restore",
    "/admin/settings",
    "/admin/settings/logo",
    "/admin/settings/logo/remove",
]


@pytest.fixture
def ids(app, admin):
    with app.app_context():
        found = {"user": admin.id, "category": category().id}
        db.session.commit()
        return found


@pytest.mark.parametrize("role", [None, "citizen", "employee", "organiser", "moderator"])
def test_only_admins_get_in(client_as, ids, role):
    client = client_as(role)
    token = csrf_token(client, "/")
    expected = 302 if role is None else 403
    for path in PAGES:
        response = client.get(path.format(**ids))
        assert response.status_code == expected, path
        if role is None:
            assert "/login" in response.headers["Location"]
    for path in ACTIONS:
        response = client.post(path.format(**ids), data={"csrf_token": token, "reason": "x"})
        assert response.status_code == expected, path


def test_admins_see_every_page(admin_client, ids):
    for path in PAGES:
        assert admin_client.get(path.format(**ids)).status_code == 200, path


def test_header_links_to_the_administration_for_admins_only(admin_client, client_as):
    assert 'href="/admin"' in admin_client.get("/ideas").get_data(as_text=True)
    assert 'href="/admin"' not in client_as("moderator").get("/ideas").get_data(as_text=True)
