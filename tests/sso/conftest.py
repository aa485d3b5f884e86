"""Single sign-on tests: two real OpenID providers on 127.0.0.1 and an app configured for
them (plus a third provider whose address answers nothing)."""

import pytest
import requests

from participation.app import create_app
from participation.extensions import db
from participation.users.oidc.settings import load_providers
from tests.conftest import free_port, make_config
from tests.helpers import path_of, post_form
from tests.sso.provider import CLIENT_SECRET, OpenIDProvider, RunningProvider

STAFF_LABEL = "Mit dem Dienstkonto der Verwaltung anmelden"
CITIZEN_LABEL = "Mit Servicekonto anmelden"
DOWN_LABEL = "Mit dem Archivkonto anmelden"


def provider_environment(staff: str, citizen: str, down: str) -> dict[str, str]:
    return {
        "OIDC_PROVIDERS": "staff,citizen,down",
        "OIDC_STAFF_ISSUER": staff,
        "OIDC_STAFF_CLIENT_ID": "mitwirken",
        "OIDC_STAFF_CLIENT_SECRET": CLIENT_SECRET,
        "OIDC_STAFF_LABEL": STAFF_LABEL,
        "OIDC_STAFF_ROLES": "employee",
        "OIDC_STAFF_ROLE_CLAIM": "groups",
        "OIDC_STAFF_ROLE_MAP": "mitwirken-moderatoren=moderator,mitwirken-admins=admin",
        "OIDC_CITIZEN_ISSUER": citizen,
        "OIDC_CITIZEN_CLIENT_ID": "mitwirken-buerger",
        "OIDC_CITIZEN_CLIENT_SECRET": CLIENT_SECRET,
        "OIDC_CITIZEN_LABEL": CITIZEN_LABEL,
        "OIDC_DOWN_ISSUER": down,
        "OIDC_DOWN_CLIENT_ID": "mitwirken",
        "OIDC_DOWN_CLIENT_SECRET": CLIENT_SECRET,
        "OIDC_DOWN_LABEL": DOWN_LABEL,
    }


def _running(client_id: str):
    running = RunningProvider(OpenIDProvider(client_id))
    yield running.provider
    running.stop()


@pytest.fixture(scope="session")
def staff_idp():
    yield from _running("mitwirken")


@pytest.fixture(scope="session")
def citizen_idp():
    yield from _running("mitwirken-buerger")


@pytest.fixture(scope="session")
def app(app, tmp_path_factory, database_url, smtp, staff_idp, citizen_idp):
    """The app with the providers, on the database the suite's app has migrated."""
    config = make_config(tmp_path_factory, database_url, smtp.port)
    config.OIDC_PROVIDERS = load_providers(
        provider_environment(
            staff_idp.issuer, citizen_idp.issuer, f"http://127.0.0.1:{free_port()}/realm"
        )
    )
    sso_app = create_app(config)
    yield sso_app
    with sso_app.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _fresh_providers(app, staff_idp, citizen_idp):
    """Each test starts with providers that behave, know nobody, and are not yet discovered."""
    yield
    for provider in (staff_idp, citizen_idp):
        provider.reset_switches()
        provider.people.clear()
        provider.logouts.clear()
        provider.access_tokens.clear()
    registry = app.extensions["authlib.integrations.flask_client"]
    for name in app.config["OIDC_PROVIDERS"]:
        registry.create_client(name).server_metadata.clear()


def start_login(client, name: str = "staff", **data) -> str:
    """Press the provider's button on the login page; returns the provider's login URL."""
    response = post_form(client, f"/login/oidc/{name}", data, page="/login")
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.location


def authorize(url: str, subject: str) -> str:
    """Log in at the provider as `subject`; returns the callback path it sends back to."""
    assert requests.get(url, timeout=10).status_code == 200
    answer = requests.post(url, data={"login": subject}, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    return path_of(answer.headers["Location"])


def sso_login(client, subject: str, name: str = "staff", **data):
    """The whole round trip; returns the app's answer to the callback."""
    return client.get(authorize(start_login(client, name, **data), subject))
