"""Talking to the providers through Authlib's Flask client.

Authorization code flow with PKCE (S256); `state` and `nonce` live in the signed session
cookie until the callback. The ID token's signature (keys from the provider's JWKS) and its
claims `iss`, `aud`, `exp`, `iat` and `nonce` are checked with a bounded clock skew. The
discovery document is fetched on first use and kept for a day per process. Nothing here logs
a token: only the provider's name and the kind of failure.
"""

import logging
import time

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.flask_client import OAuth
from flask import Flask, current_app
from joserfc.errors import JoseError

from participation.users.oidc.settings import Provider

log = logging.getLogger(__name__)

EXTENSION = "authlib.integrations.flask_client"
# Clock skew accepted between the provider and us when checking `exp` and `iat`.
LEEWAY_SECONDS = 60
TIMEOUT_SECONDS = 10
METADATA_MAX_AGE_SECONDS = 24 * 3600
REQUIRED_METADATA = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")


class ProviderUnavailable(Exception):
    """The provider did not answer, or its answer was unusable (not the person's fault)."""


class LoginRefused(Exception):
    """The provider's answer failed a check: state, nonce, signature or claims."""


def init_clients(app: Flask) -> None:
    oauth = OAuth(app)
    for provider in app.config["OIDC_PROVIDERS"].values():
        oauth.register(
            provider.name,
            client_id=provider.client_id,
            client_secret=provider.client_secret,
            server_metadata_url=provider.metadata_url,
            client_kwargs={
                "scope": provider.scopes,
                "code_challenge_method": "S256",
                "default_timeout": TIMEOUT_SECONDS,
            },
        )
    # Authlib logs PKCE verifiers at DEBUG; they stay out of every log.
    logging.getLogger("authlib").setLevel(logging.INFO)


def providers() -> dict[str, Provider]:
    return current_app.config["OIDC_PROVIDERS"]


def _client(provider: Provider):
    return current_app.extensions[EXTENSION].create_client(provider.name)


def metadata(provider: Provider) -> dict:
    """The provider's discovery document; raises ProviderUnavailable."""
    client = _client(provider)
    cached = client.server_metadata
    if time.time() - cached.get("_loaded_at", 0) > METADATA_MAX_AGE_SECONDS:
        cached.clear()
    try:
        document = client.load_server_metadata()
    except (requests.RequestException, ValueError) as error:
        log.warning("OIDC %s: discovery failed (%s)", provider.name, type(error).__name__)
        raise ProviderUnavailable from error
    missing = [key for key in REQUIRED_METADATA if not document.get(key)]
    if missing or document["issuer"].rstrip("/") != provider.issuer:
        log.warning("OIDC %s: discovery document unusable (issuer or %s)", provider.name, missing)
        cached.clear()
        raise ProviderUnavailable
    return document


def login_redirect(provider: Provider, callback_url: str):
    """The redirect to the provider's login page; raises ProviderUnavailable."""
    metadata(provider)
    return _client(provider).authorize_redirect(callback_url)


def finish_login(provider: Provider) -> tuple[dict, str]:
    """Check the callback and return (claims, ID token); raises LoginRefused or
    ProviderUnavailable. Claims from the userinfo endpoint complete the ID token's."""
    client = _client(provider)
    options = {
        "iss": {"essential": True, "value": metadata(provider)["issuer"]},
        "aud": {"essential": True, "value": provider.client_id},
    }
    try:
        token = client.authorize_access_token(leeway=LEEWAY_SECONDS, claims_options=options)
        if "userinfo" not in token:
            raise LoginRefused("no ID token")
        claims = dict(token["userinfo"])
        if "userinfo_endpoint" in client.server_metadata:
            extra = client.userinfo(token=token)
            if extra.get("sub") != claims["sub"]:
                raise LoginRefused("userinfo for another subject")
            claims = {**extra, **claims}
    except (AuthlibBaseError, JoseError) as error:
        log.warning("OIDC %s: login refused (%s)", provider.name, _describe(error))
        raise LoginRefused(type(error).__name__) from error
    except requests.RequestException as error:
        log.warning("OIDC %s: provider unreachable (%s)", provider.name, type(error).__name__)
        raise ProviderUnavailable from error
    return claims, token["id_token"]


def _describe(error: Exception) -> str:
    code = getattr(error, "error", None)
    return f"{type(error).__name__}: {code}" if code else type(error).__name__


def logout_url(provider: Provider, id_token: str | None, return_url: str) -> str | None:
    """Where to end the provider's session too (RP-initiated logout), if it offers that."""
    try:
        document = metadata(provider)
    except ProviderUnavailable:
        return None
    if not document.get("end_session_endpoint"):
        return None
    return _client(provider).create_logout_url(
        post_logout_redirect_uri=return_url, id_token_hint=id_token, client_id=provider.client_id
    )["url"]
