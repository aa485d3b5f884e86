"""Tokens: scopes, revocation, CSRF for cookie writes; roadmap writes through the services
with 422 field errors, audit entries and the same notifications as the forms."""

from sqlalchemy import select

from participation.api.models import ApiToken
from participation.audit.models import AuditEntry
from participation.extensions import db
from participation.moderation import actions
from participation.roadmap.models import ItemFollow, ProgressUpdate, RoadmapItem
from participation.roadmap.services import follow_item
from tests.api.conftest import bearer
from tests.helpers import csrf_token, login, post_form


def test_a_progress_update_is_published_audited_and_mailed_to_followers(app, client, world, smtp):
    with app.app_context():
        follow_item(db.session.get(RoadmapItem, world.public_item), world.users["citizen"])
        db.session.commit()
    response = client.post(
        f"/api/v1/roadmap/{world.public_item}/updates",
        json={"body": "Die Ausschreibung läuft.", "progress": 40, "status": "in_progress"},
        headers=bearer(world.tokens["moderator"]),
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.json["progress"] == 40
    item = client.get(f"/api/v1/roadmap/{world.public_item}").json
    assert (item["progress"], item["status"]) == (40, "in_progress")
    assert item["updates"][0]["body"] == "Die Ausschreibung läuft."
    with app.app_context():
        entry = db.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "api_progress_update")
        ).one()
        assert (entry.target_type, entry.target_id) == ("roadmap_item", world.public_item)
        assert entry.actor_id == world.users["moderator"].id
        token = db.session.scalars(select(ApiToken).where(ApiToken.name == "moderator")).one()
        assert entry.details["token"] == token.id and token.last_write_at is not None
        assert db.session.scalar(select(db.func.count(ItemFollow.user_id))) >= 1
    assert smtp.to("clara@example.org"), "followers are told as with the form"


def test_milestone_and_indicator_value(client, world):
    headers = bearer(world.tokens["admin"])
    base = f"/api/v1/roadmap/{world.public_item}"
    done = client.patch(
        f"{base}/milestones/{world.milestone}", json={"done": True}, headers=headers
    )
    assert done.status_code == 200 and done.json["done_at"]
    value = client.put(
        f"{base}/indicators/{world.indicator}/value",
        json={"value": "24", "measured_on": "2026-11-30"},
        headers=headers,
    )
    assert value.status_code == 200, value.get_data(as_text=True)
    assert (value.json["current"], value.json["percent"]) == ("24.00", 50)
    item = client.get(base).json
    assert item["milestones"][0]["done_at"] and item["indicators"][0]["current"] == "24.00"
    assert (
        client.patch(
            f"/api/v1/roadmap/{world.internal_item}/milestones/{world.milestone}",
            json={"done": True},
            headers=headers,
        ).status_code
        == 404
    )  # the milestone belongs to another item


def test_bad_writes_get_422_with_field_errors_and_change_nothing(app, client, world):
    headers = bearer(world.tokens["moderator"])
    base = f"/api/v1/roadmap/{world.public_item}"
    shape = client.post(f"{base}/updates", json={"body": "", "progress": 140}, headers=headers)
    assert shape.status_code == 422
    assert set(shape.json["errors"]["json"]) == {"body", "progress"}
    rule = client.post(f"{base}/updates", json={"body": "x", "status": "paused"}, headers=headers)
    assert rule.status_code == 422
    assert "status" in rule.json["errors"]["json"] or "reason" in rule.json["errors"]["json"]
    number = client.put(
        f"{base}/indicators/{world.indicator}/value", json={"value": "1e9"}, headers=headers
    )
    assert number.status_code == 422 and "value" in number.json["errors"]["json"]
    not_json = client.post(f"{base}/updates", data="body=x", headers=headers)
    assert not_json.status_code == 422
    with app.app_context():
        assert db.session.scalar(select(db.func.count(ProgressUpdate.id))) == 0


def test_scopes_revocation_and_unknown_tokens(app, client, world):
    body = {"body": "Fortschritt"}
    path = f"/api/v1/roadmap/{world.public_item}/updates"
    read_only = client.post(path, json=body, headers=bearer(world.tokens["employee"]))
    assert read_only.status_code == 403
    assert client.post(path, json=body, headers=bearer("mwk_unknown")).status_code == 401
    assert client.get("/api/v1/ideas", headers={"Authorization": "Basic eDp5"}).status_code == 401
    # The write-only token reads public data only, and cannot reach internal items to write.
    public_only = bearer(world.tokens["moderator_public_only"])
    internal = f"/api/v1/roadmap/{world.internal_item}/updates"
    assert client.post(internal, json=body, headers=public_only).status_code == 404
    with app.app_context():
        token = db.session.scalars(select(ApiToken).where(ApiToken.name == "moderator")).one()
        assert world.tokens["moderator"] not in (token.token_hash, token.prefix)
    moderator = app.test_client()
    login(moderator, "mona@stadt-beispiel.de")
    page = moderator.get("/account/api-tokens").get_data(as_text=True)
    assert world.tokens["moderator"] not in page  # shown once, never again
    revoked = post_form(
        moderator, f"/account/api-tokens/{token.id}/revoke", {}, page="/account/api-tokens"
    )
    assert revoked.status_code == 302
    response = client.get("/api/v1/ideas", headers=bearer(world.tokens["moderator"]))
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    with app.app_context():
        assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "api_token_revoked"))


def test_cookie_sessions_cannot_write_without_csrf_nor_with_it(app, world):
    moderator = app.test_client()
    login(moderator, "mona@stadt-beispiel.de")
    path = f"/api/v1/roadmap/{world.public_item}/updates"
    without = moderator.post(path, json={"body": "x"})
    assert without.status_code == 400 and without.mimetype == "application/json"
    token = csrf_token(moderator, "/account")
    with_csrf = moderator.post(path, json={"body": "x"}, headers={"X-CSRFToken": token})
    assert with_csrf.status_code == 401  # the API writes only with a token


def test_tokens_on_the_account_page(app, world):
    employee = app.test_client()
    login(employee, "emil@stadt-beispiel.de")
    page = employee.get("/account/api-tokens").get_data(as_text=True)
    assert 'name="read_internal"' in page and 'name="write_progress"' not in page
    created = post_form(employee, "/account/api-tokens", {"name": "Berichte", "read_internal": "y"})
    assert created.status_code == 200
    html = created.get_data(as_text=True)
    plain = html.split('id="new-token" class="field__input" type="text" readonly value="')[1]
    plain = plain.split('"')[0]
    assert plain.startswith("mwk_")
    internal = employee.get(f"/api/v1/ideas/{world.internal}")  # cookie alone: public only
    assert internal.status_code == 404
    assert (
        app.test_client().get(f"/api/v1/ideas/{world.internal}", headers=bearer(plain)).status_code
        == 200
    )
    refused = post_form(
        employee,
        "/account/api-tokens",
        {"name": "x", "write_progress": "y"},
        page="/account/api-tokens",
    )
    assert refused.status_code == 200  # the field is not offered: nothing granted
    empty = post_form(employee, "/account/api-tokens", {"name": ""}, page="/account/api-tokens")
    assert empty.status_code == 422
    citizen = app.test_client()
    login(citizen, "clara@example.org")
    assert citizen.get("/account/api-tokens").status_code == 403


def test_assessments_are_written_with_their_own_scope(app, client, world):
    from participation.ideas.models import IdeaStatus
    from tests.factories import COMPLETE_ASSESSMENT, make_idea

    with app.app_context():
        idea = make_idea(world.users["citizen"], "Idee in Prüfung")
        actions.change_status(
            db.session.merge(idea), IdeaStatus.IN_REVIEW, db.session.merge(world.users["admin"])
        )
        db.session.commit()
    path = f"/api/v1/ideas/{idea.reference}/assessment"
    body = {**COMPLETE_ASSESSMENT, "complete": True}
    refused = client.put(path, json=body, headers=bearer(world.tokens["moderator"]))
    assert refused.status_code == 403
    bad = client.put(path, json={**body, "effort": 9}, headers=bearer(world.tokens["admin"]))
    assert bad.status_code == 422 and "effort" in bad.json["errors"]["json"]
    saved = client.put(path, json=body, headers=bearer(world.tokens["admin"]))
    assert saved.status_code == 200, saved.get_data(as_text=True)
    assert saved.json["internal_remarks"] == "Nur intern: Haushaltsstelle 4711."
    public = client.get(f"/api/v1/ideas/{idea.reference}").json
    assert public["status"] == "assessed"
    assert public["assessment"]["public_summary"] == "Empfohlen als Pilot."
    assert "Haushaltsstelle" not in str(public)
