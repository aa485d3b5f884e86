"""A real OpenID Connect provider for the tests, built from Authlib's server components.

It serves discovery, JWKS, an authorization endpoint with a small login form (pick a person),
the token endpoint (client secret, authorization code, PKCE S256), userinfo and
RP-initiated logout over HTTP on a free 127.0.0.1 port. Its people and their claims are set
by the tests; a few switches make it misbehave the way a broken or hostile provider would:
expired ID tokens, tokens signed with a key it never published, another issuer or audience.
"""

import secrets
import threading
import time
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlencode

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import ClientMixin, grants
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import UserInfo
from authlib.oidc.core.grants import OpenIDCode
from flask import Flask, abort, jsonify, redirect, request
from joserfc.jwk import KeySet, RSAKey
from werkzeug.serving import make_server

CLIENT_SECRET = "test-client-secret"


@dataclass
class Client(ClientMixin):
    client_id: str
    client_secret: str

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return None

    def get_allowed_scope(self, scope):
        return scope

    def check_redirect_uri(self, redirect_uri):
        return "/login/oidc/" in redirect_uri and redirect_uri.endswith("/callback")

    def check_client_secret(self, client_secret):
        return secrets.compare_digest(client_secret, self.client_secret)

    def check_endpoint_auth_method(self, method, endpoint):
        return method in {"client_secret_basic", "client_secret_post"}

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type == "authorization_code"


@dataclass
class Code:
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    subject: str
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    auth_time: int = field(default_factory=lambda: int(time.time()))

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return self.auth_time

    def get_acr(self):
        return None

    def get_amr(self):
        return None


@dataclass
class Person:
    subject: str
    claims: dict


class OpenIDProvider:
    """One provider on its own HTTP server; `issuer` is its base URL."""

    def __init__(self, client_id: str = "mitwirken"):
        self.client = Client(client_id, CLIENT_SECRET)
        self.key = RSAKey.generate_key(2048, parameters={"kid": "signing-key"}, private=True)
        self.people: dict[str, Person] = {}
        self.codes: dict[str, Code] = {}
        self.access_tokens: dict[str, str] = {}
        self.logouts: list[dict] = []
        self.issuer = ""
        self.reset_switches()
        self.app = self._build_app()

    def reset_switches(self) -> None:
        self.token_lifetime = 300  # seconds; negative: the ID token has already expired
        self.signing_key = self.key  # another key: a signature the JWKS cannot verify
        self.claimed_issuer: str | None = None  # the `iss` in ID tokens, if not `issuer`
        self.claimed_audience: str | None = None  # the `aud`, if not the client id
        self.offers_logout = True

    def add_person(self, subject: str, **claims) -> None:
        self.people[subject] = Person(subject, claims)

    # -- the OpenID Connect parts -------------------------------------------------------

    def _id_token_extension(self):
        provider = self

        class ProviderOpenIDCode(OpenIDCode):
            def exists_nonce(self, nonce, request):
                return False

            def resolve_client_private_key(self, client):
                return provider.signing_key

            def get_client_algorithm(self, client):
                return "RS256"

            def get_encode_header(self, client):
                return {"alg": "RS256", "kid": "signing-key"}

            def get_client_claims(self, client):
                now = int(time.time())
                return {
                    "iss": provider.claimed_issuer or provider.issuer,
                    "aud": [provider.claimed_audience or client.get_client_id()],
                    "iat": min(now, now + provider.token_lifetime - 60),
                    "exp": now + provider.token_lifetime,
                }

            def generate_user_info(self, user, scope):
                return UserInfo(sub=user.subject, **user.claims)

        return ProviderOpenIDCode(require_nonce=True)

    def _code_grant(self):
        provider = self

        class CodeGrant(grants.AuthorizationCodeGrant):
            TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

            def save_authorization_code(self, code, request):
                payload = request.payload
                provider.codes[code] = Code(
                    code=code,
                    client_id=request.client.get_client_id(),
                    redirect_uri=payload.redirect_uri,
                    scope=payload.scope,
                    subject=request.user.subject,
                    nonce=payload.data.get("nonce"),
                    code_challenge=payload.data.get("code_challenge"),
                    code_challenge_method=payload.data.get("code_challenge_method"),
                )

            def query_authorization_code(self, code, client):
                found = provider.codes.get(code)
                return found if found and found.client_id == client.get_client_id() else None

            def delete_authorization_code(self, authorization_code):
                provider.codes.pop(authorization_code.code, None)

            def authenticate_user(self, authorization_code):
                return provider.people.get(authorization_code.subject)

        return CodeGrant

    def _build_app(self) -> Flask:
        app = Flask("test_provider")
        provider = self

        def query_client(client_id):
            return provider.client if client_id == provider.client.client_id else None

        def save_token(token, request):
            provider.access_tokens[token["access_token"]] = request.user.subject

        server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
        server.register_grant(
            self._code_grant(), [self._id_token_extension(), CodeChallenge(required=True)]
        )

        @app.get("/.well-known/openid-configuration")
        def discovery():
            document = {
                "issuer": provider.issuer,
                "authorization_endpoint": f"{provider.issuer}/authorize",
                "token_endpoint": f"{provider.issuer}/token",
                "jwks_uri": f"{provider.issuer}/jwks",
                "userinfo_endpoint": f"{provider.issuer}/userinfo",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
            }
            if provider.offers_logout:
                document["end_session_endpoint"] = f"{provider.issuer}/logout"
            return jsonify(document)

        @app.get("/jwks")
        def jwks():
            return jsonify(KeySet([provider.key]).as_dict(private=False))

        @app.route("/authorize", methods=["GET", "POST"])
        def authorize():
            person = provider.people.get(request.form.get("login", ""))
            try:
                grant = server.get_consent_grant(end_user=person)
            except OAuth2Error as error:
                return f"<p>{escape(error.error)}</p>", 400
            if request.method == "GET":
                return provider._login_page()
            if person is None:
                return "<p>unknown person</p>", 400
            return server.create_authorization_response(grant=grant, grant_user=person)

        @app.post("/token")
        def token():
            return server.create_token_response()

        @app.get("/userinfo")
        def userinfo():
            scheme, _, value = request.headers.get("Authorization", "").partition(" ")
            subject = provider.access_tokens.get(value) if scheme.lower() == "bearer" else None
            if subject is None:
                abort(401)
            person = provider.people[subject]
            return jsonify({"sub": person.subject, **person.claims})

        @app.get("/logout")
        def logout():
            provider.logouts.append(request.args.to_dict())
            target = request.args.get("post_logout_redirect_uri")
            return redirect(target) if target else "<p>Abgemeldet</p>"

        return app

    def _login_page(self) -> str:
        options = "".join(
            f'<option value="{escape(person.subject)}">{escape(person.subject)}</option>'
            for person in self.people.values()
        )
        query = escape(urlencode(request.args))
        return (
            '<!doctype html><html lang="de"><head><title>Testanbieter</title></head><body>'
            f'<main><h1>Testanbieter</h1><form method="post" action="/authorize?{query}">'
            f'<label for="login">Person</label><select id="login" name="login">{options}'
            '</select><button type="submit">Beim Testanbieter anmelden</button></form>'
            "</main></body></html>"
        )


class RunningProvider:
    """A OpenIDProvider served on 127.0.0.1 in a thread until `stop()`."""

    def __init__(self, provider: OpenIDProvider):
        self.provider = provider
        self.server = make_server("127.0.0.1", 0, provider.app, threaded=True)
        provider.issuer = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(
            target=self.server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="oidc-provider",
            daemon=True,
        )
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)
