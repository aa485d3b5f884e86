"""What single sign-on adds at start-up: one Authlib client per configured provider, the
providers' origins as form targets in the Content-Security-Policy (login and logout forms
end there), and the template helpers for the provider buttons and linked logins."""

from flask import Flask
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from participation.audit import registry
from participation.users.oidc import client, flow, roles, services

SENTENCES = {
    roles.GRANTED: _l(
        "%(actor)s: the login provider “%(provider)s” granted %(target)s the role “%(role)s”."
    ),
    roles.REVOKED: _l(
        "%(actor)s: the login provider “%(provider)s” took the role “%(role)s” from %(target)s."
    ),
}


def configured_providers() -> list:
    return list(client.providers().values())


def linked_logins() -> dict:
    return services.links_of(current_user) if current_user.is_authenticated else {}


def register(app: Flask) -> None:
    client.init_clients(app)
    for code, sentence in SENTENCES.items():
        registry.register_action(code, "accounts", sentence)
    app.config["CSP_FORM_ACTION_ORIGINS"] = sorted(
        {provider.origin for provider in app.config["OIDC_PROVIDERS"].values()}
    )
    app.jinja_env.globals.update(
        oidc_providers=configured_providers,
        oidc_label=flow.provider_label,
        linked_logins=linked_logins,
    )
