"""Staff pages: 403 for everyone without the moderator or admin role, login for anonymous."""

import pytest

from participation.users.models import Role
from tests.assessment.builders import staff_path
from tests.factories import make_user
from tests.helpers import csrf_token, login

STAFF_PAGES = ("assessment", "decision")
LISTS = (
    "/moderation/priorities",
    "/moderation/decision-paper?idea=1",
    "/moderation/decision-paper.csv",
)


def paths(idea) -> list[str]:
    return [staff_path(idea, page) for page in STAFF_PAGES] + list(LISTS)


def test_anonymous_visitors_are_sent_to_the_login(app, client, assessed):
    for path in paths(assessed):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/login" in response.headers["Location"]
    for page in STAFF_PAGES:
        token = csrf_token(client, "/")
        response = client.post(staff_path(assessed, page), data={"csrf_token": token})
        assert response.status_code == 302
        assert "/login" in response.headers["Location"]


@pytest.mark.parametrize("roles", [(), (Role.EMPLOYEE,), (Role.ORGANISER,)])
def test_people_without_the_moderator_role_get_403(app, assessed, roles):
    client = app.test_client()
    with app.app_context():
        make_user("someone@stadt-beispiel.de", "Someone", roles)
    login(client, "someone@stadt-beispiel.de")
    for path in paths(assessed):
        assert client.get(path).status_code == 403, path
    token = csrf_token(client, "/")
    for page in STAFF_PAGES:
        response = client.post(
            staff_path(assessed, page), data={"csrf_token": token, "outcome": "accepted"}
        )
        assert response.status_code == 403


def test_admins_may_use_the_staff_pages(app, assessed):
    client = app.test_client()
    with app.app_context():
        make_user("admin@stadt-beispiel.de", "Admin", (Role.ADMIN,))
    login(client, "admin@stadt-beispiel.de")
    for path in paths(assessed):
        assert client.get(path).status_code == 200, path


def test_unknown_ideas_are_404_for_staff(app, moderator_client):
    assert moderator_client.get("/moderation/ideas/2020-0999/assessment").status_code == 404
    assert moderator_client.get("/moderation/ideas/2020-0999/decision").status_code == 404
