"""Logging in through a real provider with the test client: accounts are created and found
again, role mapping grants and revokes, and every broken answer is refused."""

import logging
import re
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
from joserfc.jwk import RSAKey
from sqlalchemy import select

from participation.app import create_app
from participation.audit.models import AuditEntry
from participation.extensions import db
from participation.users import services as accounts
from participation.users.models import Role, User, UserSession
from participation.users.oidc.models import LinkedLogin
from participation.users.oidc.settings import load_providers
from tests.conftest import make_config
from tests.factories import make_user
from tests.helpers import login, post_form
from tests.sso.conftest import (
    CITIZEN_LABEL,
    DOWN_LABEL,
    STAFF_LABEL,
    authorize,
    sso_login,
    start_login,
)
from tests.sso.provider import CLIENT_SECRET, OpenIDProvider, RunningProvider

WELCOME = "Willkommen! Ihr Konto wurde angelegt."
REFUSED = "Die Anmeldung über „Mit dem Dienstkonto der Verwaltung anmelden“ ist fehlgeschlagen"
MODERATORS = "mitwirken-moderatoren"


def users(app) -> list[User]:
    with app.app_context():
        found = db.session.scalars(select(User).order_by(User.id)).all()
        for user in found:
            user.role_grants  # noqa: B018 - read after the context
            db.session.expunge(user)
        return found


def links(app) -> list[tuple[str, str, int]]:
    with app.app_context():
        rows = db.session.scalars(select(LinkedLogin).order_by(LinkedLogin.id))
        return [(row.provider, row.subject, row.user_id) for row in rows]


def audit_log(app) -> list[tuple[str, dict]]:
    with app.app_context():
        rows = db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(row.action, row.details) for row in rows]


def logged_in(client) -> bool:
    return client.get("/account").status_code == 200


def with_query(url: str, **changes) -> str:
    parts = urlsplit(url)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    return urlunsplit(parts._replace(query=urlencode({**query, **changes})))


def test_login_and_registration_pages_offer_one_button_per_provider(client):
    for path in ("/login", "/register"):
        html = client.get(path).get_data(as_text=True)
        for label in (STAFF_LABEL, CITIZEN_LABEL, DOWN_LABEL):
            assert html.count(label) == 1, (path, label)
        assert 'action="/login/oidc/staff"' in html


def test_the_login_uses_pkce_state_and_nonce(client):
    query = parse_qs(urlsplit(start_login(client)).query)
    assert query["code_challenge_method"] == ["S256"]
    assert len(query["code_challenge"][0]) >= 43
    assert query["state"][0] and query["nonce"][0]
    assert query["redirect_uri"] == ["http://localhost/login/oidc/staff/callback"]
    assert query["scope"] == ["openid email profile"]


def test_first_login_creates_a_confirmed_account(app, client, staff_idp):
    staff_idp.add_person("k-100", email="Ada@Stadt-Beispiel.de", email_verified=True, name="Ada")

    response = sso_login(client, "k-100")

    assert response.location == "/account"
    [user] = users(app)
    assert (user.email, user.display_name) == ("ada@stadt-beispiel.de", "Ada")
    assert user.password_hash is None
    assert user.is_confirmed
    assert links(app) == [("staff", "k-100", user.id)]
    page = client.get("/account").get_data(as_text=True)
    assert WELCOME in page
    assert "Verknüpfte Anmeldungen" in page
    with app.app_context():
        assert db.session.scalar(select(UserSession.user_id)) == user.id


def test_an_unverified_address_gets_a_confirmation_link(app, client, citizen_idp, smtp):
    citizen_idp.add_person("bk-7", email="bea@example.org", email_verified=False, name="Bea")

    sso_login(client, "bk-7", name="citizen")

    [user] = users(app)
    assert not user.is_confirmed
    [message] = smtp.to("bea@example.org")
    assert "/confirm/" in message.get_body(("plain",)).get_content()


def test_a_provider_without_an_address_is_refused(app, client, citizen_idp):
    citizen_idp.add_person("bk-8", name="Ohne Adresse")

    response = sso_login(client, "bk-8", name="citizen")

    assert response.status_code == 400
    assert "hat uns Ihre E-Mail-Adresse nicht mitgeteilt" in response.get_data(as_text=True)
    assert users(app) == []


def test_the_second_login_finds_the_account_again(app, client, staff_idp):
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True, name="Ada")
    sso_login(client, "k-100")
    post_form(client, "/logout", {}, page="/account")
    assert not logged_in(client)

    response = sso_login(client, "k-100", next="/ideas")

    assert response.location == "/ideas"
    assert len(users(app)) == 1
    assert logged_in(client)


def test_an_existing_account_is_never_linked_by_its_address_alone(app, client, staff_idp):
    make_user_in(app, "ada@stadt-beispiel.de")
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)

    response = sso_login(client, "k-100")

    assert response.location == "/login/oidc/link"
    assert links(app) == []
    assert not logged_in(client)
    page = client.get("/login/oidc/link").get_data(as_text=True)
    assert "Es gibt bereits ein Konto mit der Adresse ada@stadt-beispiel.de" in page


def make_user_in(app, email: str, roles=()) -> User:
    with app.app_context():
        return make_user(email, "Ada Local", roles)


def test_the_owner_links_with_the_password(app, client, staff_idp):
    local = make_user_in(app, "ada@stadt-beispiel.de")
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    sso_login(client, "k-100")

    wrong = post_form(client, "/login/oidc/link", {"password": "not the password at all"})
    assert wrong.status_code == 400
    assert "Das Passwort ist nicht richtig." in wrong.get_data(as_text=True)
    assert links(app) == []

    right = post_form(client, "/login/oidc/link", {"password": "a-long-test-passphrase"})
    assert right.status_code == 302
    assert links(app) == [("staff", "k-100", local.id)]
    assert logged_in(client)
    # Linked now: the next login through the provider goes straight in.
    post_form(client, "/logout", {}, page="/account")
    assert sso_login(client, "k-100").location == "/"
    assert len(users(app)) == 1


def test_the_owner_links_with_an_e_mail_link_in_the_same_browser(app, client, staff_idp, smtp):
    local = make_user_in(app, "ada@stadt-beispiel.de")
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    sso_login(client, "k-100")

    sent = post_form(client, "/login/oidc/link/mail", {}, page="/login/oidc/link")
    assert "Bitte prüfen Sie Ihr E-Mail-Postfach" in sent.get_data(as_text=True)
    [message] = smtp.to("ada@stadt-beispiel.de")
    body = message.get_body(("plain",)).get_content()
    [link] = re.findall(r"http://localhost(/login/oidc/link/\S+)", body)

    # Someone else's browser (e.g. the person who started it, if it was not the owner)
    # gets nowhere with the link.
    stranger = app.test_client()
    assert stranger.get(link).status_code == 400
    assert links(app) == []

    assert client.get(link).status_code == 302
    assert links(app) == [("staff", "k-100", local.id)]
    assert logged_in(client)


def test_linking_an_unconfirmed_account_ends_its_password_and_sessions(app, staff_idp, smtp):
    """Someone registers the owner's address first (never confirmed); the owner links their
    provider login by the e-mail proof: the stranger's password and session stop working."""
    squatter = app.test_client()
    post_form(
        squatter,
        "/register",
        {
            "email": "ada@stadt-beispiel.de",
            "display_name": "Fremd",
            "password": "eine lange fremde Passphrase",
            "password_repeat": "eine lange fremde Passphrase",
            "accept_terms": "y",
        },
    )
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    owner = app.test_client()
    sso_login(owner, "k-100")
    post_form(owner, "/login/oidc/link/mail", {}, page="/login/oidc/link")
    bodies = [m.get_body(("plain",)).get_content() for m in smtp.to("ada@stadt-beispiel.de")]
    [link] = re.findall(r"http://localhost(/login/oidc/link/\S+)", "\n".join(bodies))
    assert owner.get(link).status_code == 302
    assert logged_in(owner)
    refused = post_form(
        squatter,
        "/login",
        {"email": "ada@stadt-beispiel.de", "password": "eine lange fremde Passphrase"},
    )
    assert refused.status_code == 400
    with app.app_context():
        [user] = db.session.scalars(select(User)).all()
        assert user.password_hash is None and user.is_confirmed


def test_role_mapping_grants_and_revokes_with_audit(app, client, staff_idp):
    staff_idp.add_person(
        "k-200", email="mona@kreis.example", email_verified=True, groups=[MODERATORS, "x"]
    )
    sso_login(client, "k-200")
    [user] = users(app)
    assert user.roles == {Role.CITIZEN, Role.EMPLOYEE, Role.MODERATOR}
    assert {(grant.role, grant.source, grant.provider) for grant in user.role_grants} == {
        ("employee", "provider", "staff"),
        ("moderator", "provider", "staff"),
    }

    staff_idp.people["k-200"].claims["groups"] = []
    post_form(client, "/logout", {}, page="/account")
    sso_login(client, "k-200")

    [user] = users(app)
    assert user.roles == {Role.CITIZEN, Role.EMPLOYEE}
    assert audit_log(app) == [
        ("role_granted_by_provider", {"role": "employee", "provider": "staff"}),
        ("role_granted_by_provider", {"role": "moderator", "provider": "staff"}),
        ("role_revoked_by_provider", {"role": "moderator", "provider": "staff"}),
    ]


def test_a_role_granted_by_hand_stays_when_the_provider_stops_asserting_it(app, client, staff_idp):
    staff_idp.add_person(
        "k-200", email="mona@kreis.example", email_verified=True, groups=[MODERATORS]
    )
    sso_login(client, "k-200")
    with app.app_context():
        user = accounts.find_by_email("mona@kreis.example")
        accounts.grant_role(user, Role.MODERATOR)
        db.session.commit()

    staff_idp.people["k-200"].claims["groups"] = []
    sso_login(client, "k-200")

    [user] = users(app)
    assert Role.MODERATOR in user.roles


def test_provider_roles_go_when_the_login_is_unlinked(app, client, staff_idp, citizen_idp):
    staff_idp.add_person(
        "k-200", email="mona@kreis.example", email_verified=True, groups=[MODERATORS]
    )
    citizen_idp.add_person("bk-1", email="mona@kreis.example", email_verified=True)
    sso_login(client, "k-200")
    linking = post_form(client, "/account/logins/citizen", {}, page="/account")
    assert client.get(authorize(linking.location, "bk-1")).location == "/account"
    assert [provider for provider, *_ in links(app)] == ["staff", "citizen"]

    post_form(client, "/account/logins/staff/unlink", {}, page="/account")

    [user] = users(app)
    assert [provider for provider, *_ in links(app)] == ["citizen"]
    assert user.roles == {Role.CITIZEN}
    # The last way to log in stays: there is no password.
    refused = post_form(
        client, "/account/logins/citizen/unlink", {}, page="/account", follow_redirects=True
    )
    assert "Das ist Ihr einziger Weg zur Anmeldung." in refused.get_data(as_text=True)
    assert len(links(app)) == 1


def test_an_account_with_a_password_can_link_and_unlink(app, client, citizen_idp, citizen):
    login(client, citizen.email)
    citizen_idp.add_person("bk-9", email="other@example.org", email_verified=True)
    linking = post_form(client, "/account/logins/citizen", {}, page="/account")
    client.get(authorize(linking.location, "bk-9"))
    assert links(app) == [("citizen", "bk-9", citizen.id)]
    page = client.get("/account").get_data(as_text=True)
    assert "verknüpft seit" in page and "other@example.org" in page

    post_form(client, "/account/logins/citizen/unlink", {}, page="/account")
    assert links(app) == []


def test_a_login_linked_to_another_account_is_not_linked_again(app, client, citizen_idp, citizen):
    citizen_idp.add_person("bk-9", email="bk9@example.org", email_verified=True)
    sso_login(app.test_client(), "bk-9", name="citizen")
    login(client, citizen.email)
    linking = post_form(client, "/account/logins/citizen", {}, page="/account")
    answer = client.get(authorize(linking.location, "bk-9"), follow_redirects=True)
    assert "bereits mit einem Konto verknüpft" in answer.get_data(as_text=True)
    assert [user_id for *_, user_id in links(app)] != [citizen.id]


def refused_callback(client, response) -> None:
    assert response.status_code == 400
    assert REFUSED in response.get_data(as_text=True)
    assert not logged_in(client)


def test_a_tampered_state_is_refused(app, client, staff_idp):
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    callback = authorize(start_login(client), "k-100")
    refused_callback(client, client.get(with_query(callback, state="forged-state")))
    assert users(app) == []


def test_a_callback_without_a_login_started_here_is_refused(app, client, staff_idp):
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    callback = authorize(start_login(app.test_client()), "k-100")
    refused_callback(client, client.get(callback))
    assert users(app) == []


def test_a_wrong_nonce_is_refused(app, client, staff_idp):
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    provider_url = with_query(start_login(client), nonce="another-nonce")
    refused_callback(client, client.get(authorize(provider_url, "k-100")))
    assert users(app) == []


@pytest.mark.parametrize(
    "switch",
    [
        {"token_lifetime": -600},
        {"signing_key": RSAKey.generate_key(2048, parameters={"kid": "signing-key"}, private=True)},
        {"signing_key": RSAKey.generate_key(2048, parameters={"kid": "unknown"}, private=True)},
        {"claimed_issuer": "http://127.0.0.1:1/elsewhere"},
        {"claimed_audience": "another-client"},
    ],
    ids=["expired", "wrongly-signed", "unknown-key", "wrong-issuer", "wrong-audience"],
)
def test_a_bad_id_token_is_refused(app, client, staff_idp, switch):
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    for name, value in switch.items():
        setattr(staff_idp, name, value)
    refused_callback(client, sso_login(client, "k-100"))
    assert users(app) == []


def test_a_provider_that_is_down_gets_a_clear_page_and_passwords_still_work(client, citizen):
    response = post_form(client, "/login/oidc/down", {}, page="/login")

    assert response.status_code == 503
    html = response.get_data(as_text=True)
    assert "„Mit dem Archivkonto anmelden“ ist gerade nicht erreichbar" in html
    assert "Traceback" not in html
    login(client, citizen.email)
    assert logged_in(client)


def test_an_unknown_provider_is_not_found(client):
    assert client.get("/login/oidc/nobody/callback").status_code == 404
    assert post_form(client, "/login/oidc/nobody", {}, page="/login").status_code == 404


def test_logout_ends_the_provider_session_too(app, client, staff_idp):
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    sso_login(client, "k-100")

    response = post_form(client, "/logout", {}, page="/account")

    target = urlsplit(response.location)
    assert f"{target.scheme}://{target.netloc}{target.path}" == f"{staff_idp.issuer}/logout"
    query = parse_qs(target.query)
    assert query["post_logout_redirect_uri"] == ["http://localhost/"]
    assert query["client_id"] == ["mitwirken"]
    assert query["id_token_hint"][0].count(".") == 2
    with app.app_context():
        assert db.session.scalar(select(UserSession)) is None
    assert not logged_in(client)


def test_logout_without_provider_support_stays_here(client, staff_idp):
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    sso_login(client, "k-100")
    staff_idp.offers_logout = False
    client.application.extensions["authlib.integrations.flask_client"].create_client(
        "staff"
    ).server_metadata.clear()

    response = post_form(client, "/logout", {}, page="/account")

    assert response.location == "/"


def test_password_login_can_be_switched_off_for_staff(app, client, citizen, moderator, monkeypatch):
    monkeypatch.setitem(app.config, "PASSWORD_LOGIN_FOR_STAFF", False)

    refused = post_form(
        client, "/login", {"email": moderator.email, "password": "a-long-test-passphrase"}
    )
    assert refused.status_code == 403
    assert "melden sich mit dem Dienstkonto der Verwaltung an" in refused.get_data(as_text=True)
    assert not logged_in(client)

    login(client, citizen.email)
    assert logged_in(client)


def test_no_token_reaches_the_log(client, staff_idp, caplog):
    caplog.set_level(logging.DEBUG)
    staff_idp.add_person("k-100", email="ada@stadt-beispiel.de", email_verified=True)
    sso_login(client, "k-100")
    logout = post_form(client, "/logout", {}, page="/account")

    [id_token] = parse_qs(urlsplit(logout.location).query)["id_token_hint"]
    [access_token] = staff_idp.access_tokens
    assert caplog.records
    for secret in (id_token, access_token, "code_verifier"):
        assert secret not in caplog.text


def test_the_content_security_policy_lets_forms_lead_to_the_providers(
    client, staff_idp, citizen_idp
):
    policy = client.get("/login").headers["Content-Security-Policy"]
    [form_action] = [part for part in policy.split("; ") if part.startswith("form-action ")]
    sources = form_action.split()[1:]
    assert sources[0] == "'self'"
    assert {staff_idp.issuer, citizen_idp.issuer} < set(sources)


def test_a_provider_that_goes_down_during_the_login(tmp_path_factory, database_url, smtp, app):
    running = RunningProvider(OpenIDProvider("mitwirken"))
    running.provider.add_person("k-1", email="ada@kreis.example", email_verified=True)
    config = make_config(tmp_path_factory, database_url, smtp.port)
    config.OIDC_PROVIDERS = load_providers(
        {
            "OIDC_PROVIDERS": "late",
            "OIDC_LATE_ISSUER": running.provider.issuer,
            "OIDC_LATE_CLIENT_ID": "mitwirken",
            "OIDC_LATE_CLIENT_SECRET": CLIENT_SECRET,
        }
    )
    late_app = create_app(config)
    client = late_app.test_client()
    try:
        callback = authorize(start_login(client, "late"), "k-1")
    finally:
        running.stop()

    response = client.get(callback)

    assert response.status_code == 503
    assert "„Mit Late anmelden“ ist gerade nicht erreichbar" in response.get_data(as_text=True)
    assert users(app) == []
    with late_app.app_context():
        db.engine.dispose()


def test_next_leads_only_to_this_site(client, staff_idp):
    staff_idp.add_person("k-100", email="ada@kreis.example", email_verified=True)
    sso_login(client, "k-100")
    post_form(client, "/logout", {}, page="/account")

    assert sso_login(client, "k-100", next="//evil.example/x").location == "/"
