"""Staff pages: 403 for everyone without the moderator or admin role, login for anonymous."""

import pytest

from tests.assessment.builders import staff_path
from tests.helpers import csrf_token

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


@pytest.mark.parametrize("role", ["citizen", "employee", "organiser"])
def test_people_without_the_moderator_role_get_403(client_of, assessed, role):
    client = client_of(role)
    for path in paths(assessed):
        assert client.get(path).status_code == 403, path
    token = csrf_token(client, "/")
    for page in STAFF_PAGES:
        response = client.post(
            staff_path(assessed, page), data={"csrf_token": token, "outcome": "accepted"}
        )
        assert response.status_code == 403


def test_admins_may_use_the_staff_pages(admin_client, assessed):
    for path in paths(assessed):
        assert admin_client.get(path).status_code == 200, path


def test_unknown_ideas_are_404_for_staff(app, moderator_client):
    assert moderator_client.get("/moderation/ideas/2020-0999/assessment").status_code == 404
    assert moderator_client.get("/moderation/ideas/2020-0999/decision").status_code == 404
