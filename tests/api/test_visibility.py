"""Every endpoint as every role: internal content only with a staff token that may read it,
hidden content never, merge targets only where visible."""

import pytest

from tests.api.conftest import bearer
from tests.helpers import login

INTERNAL_MARKERS = ("Interne Idee Aktenplan", "Internes Vorhaben Aktenplan", "Interner Workshop")
HIDDEN_MARKER = "Versteckte Idee Spam"
ROLES = ("anonymous", "citizen", "employee", "moderator", "admin", "moderator_public_only")
STAFF = {"employee", "moderator", "admin"}


def endpoints(world) -> list[str]:
    return [
        "/api/v1/ideas",
        "/api/v1/ideas?per_page=100&sort=active",
        "/api/v1/ideas?q=Aktenplan",
        "/api/v1/ideas?status=accepted",
        "/api/v1/ideas?visibility=internal",
        f"/api/v1/ideas/{world.public}",
        f"/api/v1/ideas/{world.internal}",
        f"/api/v1/ideas/{world.internal}/comments",
        f"/api/v1/ideas/{world.hidden}",
        f"/api/v1/ideas/{world.merged}",
        "/api/v1/categories",
        "/api/v1/roadmap",
        f"/api/v1/roadmap/{world.public_item}",
        f"/api/v1/roadmap/{world.internal_item}",
        f"/api/v1/roadmap/{world.internal_item}/updates",
        "/api/v1/events",
        f"/api/v1/events/{world.internal_event}",
        "/api/v1/cycles",
        "/api/v1/search?q=Aktenplan",
        "/api/v1/search?q=Idee",
        "/api/v1/reports/2026",
    ]


def client_as(app, world, role):
    client = app.test_client()
    headers = {}
    if role == "citizen":
        login(client, "clara@example.org")
    elif role in world.tokens:
        headers = bearer(world.tokens[role])
    if role == "moderator":  # a login cookie next to the token changes nothing
        login(client, "mona@stadt-beispiel.de")
    return client, headers


@pytest.mark.parametrize("role", ROLES)
def test_every_endpoint_as_every_role(app, world, role):
    client, headers = client_as(app, world, role)
    staff = role in STAFF
    for path in endpoints(world):
        response = client.get(path, headers=headers)
        body = response.get_data(as_text=True)
        assert response.status_code in (200, 404), (path, response.status_code, body)
        assert response.mimetype == "application/json", path
        assert HIDDEN_MARKER not in body, (role, path)
        if not staff:
            for marker in INTERNAL_MARKERS:
                assert marker not in body, (role, path, marker)
            assert world.internal not in body, (role, path)
    expect = 200 if staff else 404
    for path in (
        f"/api/v1/ideas/{world.internal}",
        f"/api/v1/roadmap/{world.internal_item}",
        f"/api/v1/events/{world.internal_event}",
    ):
        assert client.get(path, headers=headers).status_code == expect, (role, path)
    assert client.get(f"/api/v1/ideas/{world.hidden}", headers=headers).status_code == 404


def test_staff_tokens_see_internal_content_in_lists(app, world):
    client, headers = client_as(app, world, "employee")
    ideas = client.get("/api/v1/ideas", headers=headers).json["items"]
    assert world.internal in {idea["reference"] for idea in ideas}
    internal = client.get("/api/v1/ideas?visibility=internal", headers=headers).json["items"]
    assert [idea["reference"] for idea in internal] == [world.internal]
    comments = client.get(f"/api/v1/ideas/{world.internal}/comments", headers=headers).json
    assert [comment["body"] for comment in comments["items"]] == ["Intern!"]
    found = client.get("/api/v1/search?q=Aktenplan", headers=headers).json
    assert [idea["reference"] for idea in found["ideas"]] == [world.internal]


def test_merged_ideas_point_to_their_target(client, world):
    merged = client.get(f"/api/v1/ideas/{world.merged}").json
    assert merged["status"] == "merged"
    assert merged["merged_into"] == world.target
    assert merged["merged_into_idea"]["api_url"].endswith(f"/api/v1/ideas/{world.target}")
    listed = {idea["reference"]: idea for idea in client.get("/api/v1/ideas").json["items"]}
    assert listed[world.merged]["merged_into"] == world.target


def test_public_idea_detail_has_the_decision_and_assessment_but_no_internal_remarks(client, world):
    idea = client.get(f"/api/v1/ideas/{world.public}").json
    assert idea["decision"]["outcome"] == "accepted"
    assert idea["decision"]["reasoning"] == "Begründung des Rates."
    assert idea["assessment"]["public_summary"] == "Empfohlen als Pilot."
    assert "internal_remarks" not in idea["assessment"]
    assert "Haushaltsstelle" not in str(idea)
    assert [entry["to_status"] for entry in idea["timeline"]][-1] == "accepted"
    assert idea["roadmap_item"]["id"] == world.public_item
    assert idea["url"] == f"http://localhost/ideas/{world.public}-oeffentliche-idee-buergeramt"
    assert idea["created_at"].endswith("+00:00")
