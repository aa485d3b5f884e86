"""Provider settings from the environment: complete groups work, half-configured ones stop
the start with a message naming the variable."""

import pytest

from participation.config import Config
from participation.users.models import Role
from participation.users.oidc.settings import ProviderConfigError, load_providers

COMPLETE = {
    "OIDC_PROVIDERS": "Staff",
    "OIDC_STAFF_ISSUER": "https://login.stadt.example/realms/verwaltung/",
    "OIDC_STAFF_CLIENT_ID": "mitwirken",
    "OIDC_STAFF_CLIENT_SECRET": "geheim",
}


def test_a_complete_provider_with_defaults():
    [provider] = load_providers(COMPLETE).values()
    assert provider.name == "staff"
    assert provider.issuer == "https://login.stadt.example/realms/verwaltung"
    assert provider.metadata_url == (
        "https://login.stadt.example/realms/verwaltung/.well-known/openid-configuration"
    )
    assert provider.origin == "https://login.stadt.example"
    assert provider.scopes == "openid email profile"
    assert (provider.label, provider.roles, provider.role_claim) == (None, frozenset(), None)
    assert "geheim" not in repr(provider)


def test_roles_and_role_map():
    [provider] = load_providers(
        {
            **COMPLETE,
            "OIDC_STAFF_ROLES": "employee",
            "OIDC_STAFF_ROLE_CLAIM": "realm_access.roles",
            "OIDC_STAFF_ROLE_MAP": "mitwirken-moderatoren=moderator, /stadt/admins=admin",
        }
    ).values()
    assert provider.roles == {Role.EMPLOYEE}
    assert provider.role_map == {
        "mitwirken-moderatoren": Role.MODERATOR,
        "/stadt/admins": Role.ADMIN,
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"OIDC_STAFF_ISSUER": ""}, "OIDC_STAFF_ISSUER is not set"),
        ({"OIDC_STAFF_CLIENT_ID": " "}, "OIDC_STAFF_CLIENT_ID is not set"),
        ({"OIDC_STAFF_CLIENT_SECRET": ""}, "OIDC_STAFF_CLIENT_SECRET is not set"),
        ({"OIDC_STAFF_ISSUER": "login.stadt.example"}, "must be an http(s) URL"),
        ({"OIDC_STAFF_SCOPES": "email profile"}, "must contain 'openid'"),
        ({"OIDC_STAFF_ROLES": "employee,mayor"}, "unknown role 'mayor'"),
        ({"OIDC_STAFF_ROLES": "citizen"}, "unknown role 'citizen'"),
        ({"OIDC_STAFF_ROLE_CLAIM": "groups"}, "ROLE_CLAIM and OIDC_STAFF_ROLE_MAP go together"),
        ({"OIDC_STAFF_ROLE_MAP": "a=admin"}, "ROLE_CLAIM and OIDC_STAFF_ROLE_MAP go together"),
        (
            {"OIDC_STAFF_ROLE_CLAIM": "groups", "OIDC_STAFF_ROLE_MAP": "admins"},
            "expected value=role pairs",
        ),
        ({"OIDC_PROVIDERS": "staff,staff"}, "named twice"),
        ({"OIDC_PROVIDERS": "staff,bürger"}, "not a valid name"),
    ],
)
def test_a_half_configured_provider_is_refused_clearly(change, message):
    with pytest.raises(ProviderConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_providers({**COMPLETE, **change})


def test_the_app_does_not_start_with_a_half_configured_provider(monkeypatch, tmp_path):
    monkeypatch.setenv("SECRET_KEY", "x")
    monkeypatch.setenv("OIDC_PROVIDERS", "staff")
    with pytest.raises(ProviderConfigError, match="OIDC_STAFF_ISSUER is not set"):
        Config(tmp_path)


def test_password_login_for_staff_off_needs_a_provider(monkeypatch, tmp_path):
    monkeypatch.setenv("SECRET_KEY", "x")
    monkeypatch.delenv("OIDC_PROVIDERS", raising=False)
    monkeypatch.setenv("PASSWORD_LOGIN_FOR_STAFF", "false")
    with pytest.raises(ValueError, match="needs an OIDC provider"):
        Config(tmp_path)
    for name, value in COMPLETE.items():
        monkeypatch.setenv(name, value)
    assert Config(tmp_path).PASSWORD_LOGIN_FOR_STAFF is False
