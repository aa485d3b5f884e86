"""What every API answer does: pages with a bounded size and links, ETag/Last-Modified with
304, CORS for public reads, JSON errors, a constant number of SQL statements per list."""

from sqlalchemy import event

from participation.extensions import db
from participation.users.models import Role
from tests.api.conftest import bearer
from tests.factories import make_idea, make_user


def test_page_size_is_capped_and_cursors_walk_the_list(app, client):
    with app.app_context():
        author = make_user("autor@example.org")
        for number in range(5):
            make_idea(author, f"Idee Nummer {number}")
    first = client.get("/api/v1/ideas?per_page=2").json
    assert first["per_page"] == 2 and len(first["items"]) == 2 and first["prev_url"] is None
    second = client.get(first["next_url"]).json
    third = client.get(second["next_url"]).json
    seen = [idea["title"] for page in (first, second, third) for idea in page["items"]]
    assert seen == [f"Idee Nummer {number}" for number in (4, 3, 2, 1, 0)]
    assert third["next_url"] is None and third["next_cursor"] is None
    back = client.get(third["prev_url"]).json
    assert [idea["title"] for idea in back["items"]] == seen[2:4]
    capped = client.get("/api/v1/ideas?per_page=100000").json
    assert capped["per_page"] == 100 and len(capped["items"]) == 5
    assert client.get("/api/v1/ideas?per_page=0").status_code == 422
    bad = client.get("/api/v1/ideas?after=not-a-cursor")
    assert bad.status_code == 400 and bad.json["code"] == 400


def test_etag_and_last_modified_round_trip(app, client):
    with app.app_context():
        author = make_user("autor@example.org")
        idea = make_idea(author, "Idee mit ETag")
    path = f"/api/v1/ideas/{idea.reference}"
    first = client.get(path)
    assert first.status_code == 200 and first.headers["ETag"] and first.headers["Last-Modified"]
    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""
    since = client.get(path, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert since.status_code == 304
    with app.app_context():
        make_idea(author, "Noch eine Idee")
    listed = client.get("/api/v1/ideas")
    changed = client.get("/api/v1/ideas", headers={"If-None-Match": '"stale"'})
    assert changed.status_code == 200 and changed.headers["ETag"] == listed.headers["ETag"]


def test_cors_for_public_reads_only(app, client):
    with app.app_context():
        employee = make_user("emil@stadt-beispiel.de", roles=(Role.EMPLOYEE,))
        from participation.api import services

        _token, plain = services.create_token(db.session.merge(employee), "x", ["read_internal"])
        db.session.commit()
    public = client.get("/api/v1/ideas", headers={"Origin": "https://example.org"})
    assert public.headers["Access-Control-Allow-Origin"] == "*"
    assert "Authorization" in public.headers["Vary"]
    private = client.get("/api/v1/ideas", headers=bearer(plain))
    assert "Access-Control-Allow-Origin" not in private.headers
    assert private.headers["Cache-Control"].startswith("private")


def test_errors_are_json(client):
    missing = client.get("/api/v1/no-such-thing")
    assert missing.status_code == 404 and missing.json["code"] == 404
    assert client.get("/api/v1/ideas/2026-0001").json["code"] == 404
    assert client.get("/api/v1/roadmap/99999999999").status_code == 404
    assert client.get("/api/v1/reports/1999").status_code == 404
    assert client.get("/api/v1/search").status_code == 422


def statements(app, client, path: str, headers=None) -> int:
    with app.app_context():
        engine = db.engine
    seen = []

    def note(*_args):
        seen.append(1)

    client.get(path, headers=headers)  # warm
    event.listen(engine, "before_cursor_execute", note)
    try:
        assert client.get(path, headers=headers).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return len(seen)


LISTS = (
    "/api/v1/ideas?per_page=100",
    "/api/v1/ideas?per_page=100&tag=online",
    "/api/v1/roadmap?per_page=100",
    "/api/v1/events?per_page=100",
    "/api/v1/cycles",
    "/api/v1/categories",
)


def test_lists_need_as_many_statements_with_more_data(app, client, world):
    headers = bearer(world.tokens["admin"])
    with app.app_context():
        author = make_user("viel@example.org")
        make_idea(author, "Erste Idee mit Schlagwort", tags="online")
    before = {path: statements(app, client, path, headers) for path in LISTS}
    with app.app_context():
        for number in range(30):
            make_idea(author, f"Weitere Idee {number}", tags="online, termine")
    after = {path: statements(app, client, path, headers) for path in LISTS}
    assert after == before
    assert max(after.values()) <= 8


def test_requests_are_rate_limited_per_token_and_address(app, client, world):
    app.config["RATELIMIT_API"] = "3 per minute"
    try:
        token = bearer(world.tokens["employee"])
        assert [client.get("/api/v1/categories").status_code for _ in range(4)] == [
            200,
            200,
            200,
            429,
        ]
        assert client.get("/api/v1/categories", headers=token).status_code == 200
        wrong = bearer("mwk_guess")
        assert client.get("/api/v1/categories", headers=wrong).status_code == 429  # address spent
        limited = client.get("/api/v1/categories")
        assert limited.json["code"] == 429
    finally:
        app.config["RATELIMIT_API"] = "600 per minute"


def test_times_beyond_the_calendar_are_refused(client):
    for since in ("9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59"):
        for path in ("/api/v1/ideas", "/api/v1/roadmap"):
            response = client.get(path, query_string={"updated_since": since})
            assert response.status_code == 422, (path, since)
    assert client.get("/api/v1/ideas?updated_since=2026-01-01T00:00:00%2B01:00").status_code == 200
