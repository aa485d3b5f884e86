"""What a provider login keeps in the (signed) session cookie between its steps.

The login under way (which provider, where to go afterwards, which account to link to), an
identity waiting for proof of an existing account, and, once logged in, the provider and ID
token that RP-initiated logout needs.
"""

import secrets

from flask import current_app, session
from flask_babel import gettext as _

from participation.users import hooks
from participation.users.auth import start_session
from participation.users.models import User
from participation.users.oidc import client
from participation.users.oidc.services import Identity
from participation.users.oidc.settings import Provider

FLOW_KEY = "oidc_flow"
PENDING_KEY = "oidc_pending"
LOGIN_KEY = "oidc_login"


def provider_label(provider: Provider) -> str:
    return provider.label or _("Log in with %(name)s", name=provider.name.capitalize())


def begin(provider: Provider, next_path: str | None, link_user: User | None = None) -> None:
    session[FLOW_KEY] = {
        "provider": provider.name,
        "return_to": next_path,
        "link_user": link_user.id if link_user else None,
    }


def take_flow(provider: Provider) -> dict | None:
    flow = session.pop(FLOW_KEY, None)
    return flow if flow and flow.get("provider") == provider.name else None


def hold_pending(identity: Identity, id_token: str, next_path: str | None) -> None:
    session[PENDING_KEY] = {
        "identity": identity.as_dict(),
        "id_token": id_token,
        "return_to": next_path,
        # Ties an e-mail proof to this browser: a link mailed to the owner proves nothing to
        # someone else's session.
        "binding": secrets.token_urlsafe(24),
    }


def pending() -> dict | None:
    return session.get(PENDING_KEY)


def log_in(user: User, provider_name: str, id_token: str) -> None:
    """Start a real login session (see users.auth) and remember the provider for logout."""
    start_session(user, remember=False)
    hooks.logged_in(user)
    session[LOGIN_KEY] = {"provider": provider_name, "id_token": id_token}


def provider_logout_url() -> str | None:
    """The provider's logout page for the current login through it, if it has one."""
    login = session.pop(LOGIN_KEY, None)
    provider = client.providers().get(login["provider"]) if login else None
    if provider is None:
        return None
    return client.logout_url(provider, login["id_token"], current_app.config["BASE_URL"] + "/")
