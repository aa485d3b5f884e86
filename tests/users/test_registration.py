"""Registration, confirmation by e-mail, and no account enumeration."""

from sqlalchemy import select

from participation.extensions import db
from participation.users.models import Role, User
from tests.factories import make_user
from tests.helpers import links_in, path_of, post_form

GOOD = {
    "email": "Neu@Example.org",
    "display_name": "Nele Neu",
    "password": "Sonnenblumen am Rathausplatz",
    "password_repeat": "Sonnenblumen am Rathausplatz",
    "accept_terms": "y",
}


def register(client, **changes):
    return post_form(client, "/register", {**GOOD, **changes})


def test_register_confirm_and_log_in(app, client, smtp):
    response = register(client)
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihr E-Mail-Postfach" in response.get_data(as_text=True)

    [message] = smtp.to("neu@example.org")
    assert message["Subject"] == "Bitte bestätigen Sie Ihre E-Mail-Adresse"
    assert message.get_body(("html",)) is not None
    [link] = [link for link in links_in(message) if "/confirm/" in link]

    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "neu@example.org"))
        assert user.confirmed_at is None
        assert user.password_hash.startswith("$argon2id$")

    assert client.get(path_of(link)).status_code == 302
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "neu@example.org"))
        assert user.confirmed_at is not None
        assert user.roles == {Role.CITIZEN}

    response = post_form(
        client, "/login", {"email": "neu@example.org", "password": GOOD["password"]}
    )
    assert response.status_code == 302


def test_confirmation_mail_is_in_the_registrants_language(client, smtp):
    post_form(client, "/language", {"language": "en"}, page="/")
    register(client)
    [message] = smtp.to("neu@example.org")
    assert message["Subject"] == "Please confirm your e-mail address"
    assert message["Content-Language"] == "en"


def test_registering_a_known_address_looks_the_same(app, client, smtp):
    with app.app_context():
        make_user("neu@example.org", "Old Owner")
    first = register(client)
    assert first.status_code == 200
    fresh = app.test_client()
    unknown = post_form(fresh, "/register", {**GOOD, "email": "someone@example.org"})
    assert _main(first) == _main(unknown).replace("someone@example.org", "neu@example.org")
    [hint] = smtp.to("neu@example.org")
    assert "Registrierungsversuch" in hint["Subject"]
    with app.app_context():
        count = db.session.scalar(select(db.func.count()).select_from(User))
        assert count == 2


def _main(response) -> str:
    html = response.get_data(as_text=True)
    return html[html.index("<main") : html.index("</main>")]


def test_employee_domain_grants_the_employee_role_on_confirmation(app, client, smtp):
    register(client, email="kim@stadt-beispiel.de")
    [message] = smtp.to("kim@stadt-beispiel.de")
    [link] = [link for link in links_in(message) if "/confirm/" in link]
    client.get(path_of(link))
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "kim@stadt-beispiel.de"))
        assert user.roles == {Role.CITIZEN, Role.EMPLOYEE}


def test_bad_input_keeps_what_was_typed(client):
    response = register(client, email="not-an-address", password="short", password_repeat="x")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'value="not-an-address"' in html
    assert 'value="Nele Neu"' in html
    assert "Bitte überprüfen Sie Ihre Eingaben" in html
    assert 'aria-invalid="true"' in html


def test_password_rules(client):
    cases = {
        "kurz": "mindestens 12 Zeichen",
        "x" * 257: "höchstens 256 Zeichen",
        "1qaz2wsx3edc": "zu häufig",
        "Passwort2026!!": "zu häufig",
        "dragon123456": "zu häufig",
        "aaaaaaaaaaaaaaaa": "zu wenige",
    }
    for password, message in cases.items():
        response = register(client, password=password, password_repeat=password)
        assert response.status_code == 400, password
        assert message in response.get_data(as_text=True), password


def test_invalid_or_tampered_confirmation_link(client):
    response = client.get("/confirm/not-a-token")
    assert response.status_code == 400
    assert "nicht gültig" in response.get_data(as_text=True)


def test_expired_confirmation_link(app, client, smtp, monkeypatch):
    register(client)
    [message] = smtp.to("neu@example.org")
    [link] = [link for link in links_in(message) if "/confirm/" in link]
    monkeypatch.setitem(app.config, "CONFIRM_TOKEN_MAX_AGE", -1)
    assert client.get(path_of(link)).status_code == 400


def test_registration_is_rate_limited_and_keeps_the_form(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "RATELIMIT_REGISTER", "2 per hour")
    for number in range(2):
        assert register(client, email=f"n{number}@example.org").status_code == 200
    response = register(client, email="third@example.org")
    assert response.status_code == 429
    html = response.get_data(as_text=True)
    assert 'value="third@example.org"' in html
    assert "zu oft" in html
