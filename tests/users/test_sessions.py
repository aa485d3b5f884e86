"""Sessions end on the server, and strangers' wrong guesses cannot lock an account out."""

import pytest
from sqlalchemy import func, select

from participation.extensions import db
from participation.users.devices import COOKIE
from participation.users.models import UserSession
from tests.factories import PASSWORD
from tests.helpers import login, post_form


def attempt(client, email, password=PASSWORD):
    return post_form(client, "/login", {"email": email, "password": password})


def copy_cookies(app, source, names=("session", "remember_token")):
    """A second browser holding copies of `source`'s cookies (as a thief would)."""
    thief = app.test_client()
    for name in names:
        cookie = source.get_cookie(name)
        if cookie is not None:
            thief.set_cookie(name, cookie.value)
    return thief


@pytest.mark.parametrize("cookie", ["session", "remember_token"])
def test_logout_makes_copies_of_the_cookies_worthless(app, client, citizen, cookie):
    login(client, citizen.email, remember="y")
    thief = copy_cookies(app, client, names=(cookie,))
    assert thief.get("/account").status_code == 200
    post_form(client, "/logout", {}, page="/")
    assert client.get("/account").status_code == 302
    assert copy_cookies(app, client, names=(cookie,)).get("/account").status_code == 302
    assert thief.get("/account").status_code == 302


def test_a_session_lives_only_as_a_hash_on_the_server(app, client, citizen):
    login(client, citizen.email)
    with app.app_context():
        hashes = list(db.session.scalars(select(UserSession.token_hash)))
    assert len(hashes) == 1
    assert hashes[0] not in client.get_cookie("session").value


def test_logging_out_ends_only_this_session(app, client, citizen):
    other = app.test_client()
    login(other, citizen.email)
    login(client, citizen.email)
    post_form(client, "/logout", {}, page="/")
    assert other.get("/account").status_code == 200
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(UserSession)) == 1


def test_blocking_ends_every_session(app, client, citizen, moderator_client):
    login(client, citizen.email)
    response = post_form(moderator_client, f"/moderation/users/{citizen.id}", {"reason": "Spam"})
    assert response.status_code == 302
    assert client.get("/account").status_code == 302


@pytest.fixture
def limits(app, monkeypatch):
    monkeypatch.setitem(app.config, "RATELIMIT_LOGIN_PER_EMAIL", "3 per hour")
    monkeypatch.setitem(app.config, "RATELIMIT_LOGIN_PER_DEVICE", "3 per hour")
    monkeypatch.setitem(app.config, "RATELIMIT_LOGIN_PER_IP", "100 per hour")


def test_successful_logins_do_not_count(app, client, citizen, limits):
    for _ in range(6):
        assert attempt(client, citizen.email).status_code == 302
        post_form(client, "/logout", {}, page="/")


def test_strangers_cannot_lock_out_the_owner_of_a_known_device(app, client, citizen, limits):
    login(client, citizen.email)
    assert client.get_cookie(COOKIE, path="/login") is not None
    post_form(client, "/logout", {}, page="/")
    stranger = app.test_client()
    for _ in range(3):
        assert attempt(stranger, citizen.email, "guessed wrongly").status_code == 400
    # Guessing from elsewhere is throttled now, even with the right password …
    assert attempt(stranger, citizen.email).status_code == 429
    assert attempt(app.test_client(), citizen.email).status_code == 429
    # … but the owner's own browser still gets in.
    assert attempt(client, citizen.email).status_code == 302


def test_a_known_device_has_its_own_limit(app, client, citizen, limits):
    login(client, citizen.email)
    post_form(client, "/logout", {}, page="/")
    for _ in range(3):
        assert attempt(client, citizen.email, "guessed wrongly").status_code == 400
    refused = attempt(client, citizen.email)
    assert refused.status_code == 429
    assert f'value="{citizen.email}"' in refused.get_data(as_text=True)
    # The account itself is not locked for its owner's other devices.
    assert attempt(app.test_client(), citizen.email).status_code == 302


def test_a_forged_device_cookie_counts_as_unknown(app, client, citizen, limits):
    stranger = app.test_client()
    stranger.set_cookie(COOKIE, "forged.value", path="/login")
    for _ in range(3):
        attempt(stranger, citizen.email, "guessed wrongly")
    assert attempt(stranger, citizen.email).status_code == 429
