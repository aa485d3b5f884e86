"""Login, logout, sessions, safe redirects and password hashing."""

import pytest

from participation.extensions import db
from participation.users.passwords import hash_password
from tests.factories import PASSWORD, make_user, reload_user
from tests.helpers import login, post_form


def attempt(client, email, password=PASSWORD, **extra):
    return post_form(client, "/login", {"email": email, "password": password, **extra})


def test_login_and_logout(client, citizen):
    response = attempt(client, "  CLARA@example.org ")
    assert response.status_code == 302
    assert citizen.display_name in client.get("/").get_data(as_text=True)
    post_form(client, "/logout", {}, page="/")
    assert "Anmelden" in client.get("/").get_data(as_text=True)
    assert client.get("/account").status_code == 302


def test_wrong_password_and_unknown_address_answer_alike(client, citizen):
    wrong = attempt(client, citizen.email, "not the right password")
    unknown = attempt(client, "nobody@example.org", "not the right password")
    assert wrong.status_code == unknown.status_code == 400
    message = "E-Mail-Adresse oder Passwort ist nicht richtig."
    assert message in wrong.get_data(as_text=True)
    assert message in unknown.get_data(as_text=True)
    assert 'value="nobody@example.org"' in unknown.get_data(as_text=True)


def test_login_rotates_the_session(client, citizen):
    client.get("/login")
    before = client.get_cookie("session").value
    attempt(client, citizen.email)
    assert client.get_cookie("session").value != before


@pytest.mark.parametrize(
    ("next_value", "expected"),
    [
        ("/account", "/account"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_next_redirects_only_to_local_paths(client, citizen, next_value, expected):
    response = attempt(client, citizen.email, next=next_value)
    assert response.headers["Location"] == expected


def test_login_page_carries_a_safe_next_from_the_query(client):
    html = client.get("/login?next=/account").get_data(as_text=True)
    assert 'value="/account"' in html
    html = client.get("/login?next=https://evil.example").get_data(as_text=True)
    assert '<input id="next" name="next" type="hidden" value="">' in html


def test_login_is_rate_limited_per_address(app, client, citizen, monkeypatch):
    monkeypatch.setitem(app.config, "RATELIMIT_LOGIN_PER_EMAIL", "3 per hour")
    for _ in range(3):
        attempt(client, citizen.email, "wrong password here")
    response = attempt(client, citizen.email)
    assert response.status_code == 429
    assert f'value="{citizen.email}"' in response.get_data(as_text=True)
    other = attempt(app.test_client(), "someone@example.org", "wrong password here")
    assert other.status_code == 400


def test_login_is_rate_limited_per_address_of_the_client(app, client, citizen, monkeypatch):
    monkeypatch.setitem(app.config, "RATELIMIT_LOGIN_PER_IP", "2 per hour")
    attempt(client, "a@example.org", "wrong password here")
    attempt(client, "b@example.org", "wrong password here")
    response = attempt(client, citizen.email)
    assert response.status_code == 429


def test_outdated_hash_parameters_are_upgraded_at_login(app, client, citizen, monkeypatch):
    with app.app_context(), monkeypatch.context() as outdated:
        outdated.setitem(app.config, "ARGON2_TIME_COST", 2)
        user = reload_user(citizen.id)
        user.password_hash = hash_password(PASSWORD)
        db.session.commit()
    assert app.config["ARGON2_TIME_COST"] == 1
    attempt(client, citizen.email)
    with app.app_context():
        assert "t=1," in reload_user(citizen.id).password_hash


def test_log_out_everywhere_ends_other_sessions_only(app, client, citizen):
    other_device = app.test_client()
    login(other_device, citizen.email)
    login(client, citizen.email)
    response = post_form(client, "/account/sessions", {}, page="/account")
    assert response.status_code == 302
    assert client.get("/account").status_code == 200
    assert other_device.get("/account").status_code == 302


def test_remember_me_cookie_is_invalidated_with_the_sessions(app, client, citizen):
    login(client, citizen.email, remember="y")
    remember = client.get_cookie("remember_token")
    assert remember is not None
    assert remember.http_only
    stolen = app.test_client()
    stolen.set_cookie("remember_token", remember.value)
    assert stolen.get("/account").status_code == 200
    post_form(client, "/account/sessions", {}, page="/account")
    thief = app.test_client()
    thief.set_cookie("remember_token", remember.value)
    assert thief.get("/account").status_code == 302


def test_unconfirmed_users_can_log_in_and_are_reminded(app, client):
    with app.app_context():
        make_user("new@example.org", confirmed=False)
    login(client, "new@example.org")
    assert "bestätigen" in client.get("/").get_data(as_text=True)
