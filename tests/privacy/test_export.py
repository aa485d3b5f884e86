"""Download my data: every category, valid against the schema, nothing of other people."""

import io
import json
import re
import zipfile

import jsonschema
from sqlalchemy import select

from participation.audit.models import AuditEntry
from participation.extensions import db
from participation.privacy.export import SCHEMA_PATH
from tests.factories import make_user
from tests.helpers import login, post_form
from tests.privacy.builders import OTHER_NAME, PERSON_EMAIL, PERSON_NAME, build_world

NON_EMPTY = (
    "roles",
    "ideas",
    "comments",
    "supports",
    "reports",
    "event_registrations",
    "teams",
    "notifications",
    "email_preferences",
    "consents",
    "feedback",
)


def _download(client) -> tuple[dict, str]:
    ready = post_form(client, "/account/data-export", {}, page="/account")
    assert ready.status_code == 200
    link = re.search(r'href="(/account/data-export/[^"]+)"', ready.get_data(as_text=True))
    response = client.get(link.group(1))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
        data = json.loads(archive.read("daten.json"))
        html = archive.read("daten.html").decode()
    return data, html


def test_export_has_every_category_and_nothing_of_others(app, client):
    with app.test_request_context():
        world = build_world()
    login(client, PERSON_EMAIL)
    data, html = _download(client)
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text()))
    categories = data["categories"]
    for name in NON_EMPTY:
        assert categories[name], name
    assert categories["account"]["email"] == PERSON_EMAIL
    assert categories["logins"]["last_login_at"] and categories["logins"]["sessions"]
    assert categories["follows"]["ideas"]
    titles = {idea["title"] for idea in categories["ideas"]}
    assert "Digitale Bibliothekskarte" not in titles  # the other's idea is not the person's
    assert {comment["body"] for comment in categories["comments"]} == {"Finde ich auch!"}
    text = json.dumps(data, ensure_ascii=False)
    assert OTHER_NAME not in text and "olga@example.org" not in text
    assert "Das wäre praktisch." not in text and "Gute Idee" not in text
    assert PERSON_NAME in html and OTHER_NAME not in html
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry))
        assert entry.action == "privacy.data_exported"
        assert entry.actor_id == entry.target_id == world.person_id


def test_export_link_is_personal_and_expires(app, client):
    with app.app_context():
        make_user(PERSON_EMAIL, PERSON_NAME)
        make_user("olga@example.org", OTHER_NAME)
    login(client, PERSON_EMAIL)
    ready = post_form(client, "/account/data-export", {}, page="/account")
    link = re.search(r'href="(/account/data-export/[^"]+)"', ready.get_data(as_text=True))
    other = app.test_client()
    login(other, "olga@example.org")
    assert other.get(link.group(1)).status_code == 410
    assert client.get("/account/data-export/forged-token").status_code == 410
    app.config["DATA_EXPORT_LINK_HOURS"] = -1
    try:
        assert client.get(link.group(1)).status_code == 410
    finally:
        app.config["DATA_EXPORT_LINK_HOURS"] = 24
    assert app.test_client().get(link.group(1)).status_code == 302  # log in first
