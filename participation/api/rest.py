"""The API's plumbing: the flask-smorest `Api` per app, token authentication, JSON errors,
rate limits, conditional responses (ETag/Last-Modified/304) and CORS for public reads.

Every request to `/api/v1` is read as its token's owner (`Authorization: Bearer …`) or as an
anonymous visitor: a login cookie counts for nothing here. Writes need a token; a request
without one is checked for CSRF like any form (so a cookie cannot write unnoticed) and then
refused with 401.
"""

import logging
from datetime import datetime

import flask_smorest
from flask import Blueprint, Flask, Response, abort, g, json, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import AnonymousUserMixin
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from participation.api import services
from participation.api.models import ApiToken, Scope
from participation.api.permissions import token_allows
from participation.core import ratelimit
from participation.core.errors import ERROR_TEXTS, ValidationFailed
from participation.extensions import csrf, db

log = logging.getLogger(__name__)
PREFIX = "/api/v1"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ANONYMOUS = AnonymousUserMixin()
TEXTS = {
    **ERROR_TEXTS,
    401: (_l("Unauthorized"), _l("This needs a valid API token.")),
    422: (_l("Unprocessable input"), _l("The input is not valid; see the errors per field.")),
}


class Api(flask_smorest.Api):
    """flask-smorest's Api, with JSON errors only for the API's own blueprints (the site's
    pages keep their HTML error pages)."""

    def _register_error_handlers(self):
        pass


class ApiBlueprint(flask_smorest.Blueprint):
    """A resource's blueprint under /api/v1 with the API's authentication and answers."""

    def __init__(self, name: str, import_name: str, **kwargs):
        super().__init__(f"api_{name}", import_name, url_prefix=PREFIX, **kwargs)
        csrf.exempt(self)  # `authenticate` checks CSRF for every write without a token
        self.before_request(authenticate)
        self.after_request(finish)
        self.register_error_handler(HTTPException, http_error)
        self.register_error_handler(CSRFError, http_error)  # before the site's HTML page
        self.register_error_handler(ValidationFailed, validation_failed)
        self.register_error_handler(Exception, unexpected_error)


def error_response(code: int, message: str | None = None, errors: dict | None = None):
    status, default_message = TEXTS.get(code, TEXTS[500])
    payload: dict = {
        "code": code,
        "status": str(status),
        "message": message or str(default_message),
    }
    if errors:
        payload["errors"] = errors
    response = finish_headers(Response(mimetype="application/json"))
    response.set_data(json.dumps(payload))
    response.status_code = code
    return response


def http_error(error: HTTPException):
    data = getattr(error, "data", None) or {}
    code = error.code or 500
    message = data.get("message")
    if message is None and error.description != type(error).description:
        message = error.description  # abort(code, "what went wrong")
    response = error_response(code, message, data.get("messages"))
    if code == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    if code == 405 and getattr(error, "valid_methods", None):
        response.headers["Allow"] = ", ".join(error.valid_methods)
    return response


def validation_failed(failure: ValidationFailed):
    """A service refused the input: 422 with its reasons per field (`_schema`: the whole)."""
    db.session.rollback()
    fields = {name or "_schema": [str(message)] for name, message in failure.reasons.items()}
    return error_response(422, _("The data could not be saved."), {"json": fields})


def unexpected_error(error: Exception):
    if isinstance(error, HTTPException):
        return http_error(error)
    log.exception("Unhandled API error on %s %s", request.method, request.path)
    return error_response(500)


def authenticate() -> None:
    """Find the request's token (401 if it is unknown or revoked) and count the request."""
    g.api_token = None
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _space, value = header.partition(" ")
        g.api_token = services.find_token(value.strip()) if scheme.lower() == "bearer" else None
    # Wrong tokens count against the address, so that guessing is limited too.
    key = f"token:{g.api_token.id}" if g.api_token else f"address:{ratelimit.client_address()}"
    if not ratelimit.allow("API", key):
        abort(429)
    if header is not None and g.api_token is None:
        abort(401, _("The API token is unknown or has been revoked."))
    if request.method not in SAFE_METHODS and g.api_token is None:
        csrf.protect()
        abort(401, _("Writing needs an API token: Authorization: Bearer …"))


def current_token() -> ApiToken | None:
    return g.get("api_token")


def viewer():
    """Whose eyes the request reads with: the token's owner if the token may read internal
    data, else an anonymous visitor (public data only)."""
    token = current_token()
    if token_allows(token, Scope.READ_INTERNAL):
        return token.user
    return ANONYMOUS


def writer(scope: Scope):
    """The token's owner for a write that needs `scope` (403 without it)."""
    token = current_token()
    if not token_allows(token, scope):
        abort(403, _("This API token may not do this (scope %(scope)s).", scope=scope))
    return token.user


def last_modified(*moments: datetime | None) -> None:
    """Tell the response when the data it shows last changed."""
    known = [moment for moment in moments if moment is not None]
    if known:
        g.api_last_modified = max([*known, g.get("api_last_modified") or known[0]])


def finish_headers(response: Response) -> Response:
    response.vary.add("Authorization")
    if g.get("api_token") is None and request.method in SAFE_METHODS:
        response.access_control_allow_origin = "*"
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response.access_control_expose_headers = {"ETag", "Last-Modified", "Link"}
    return response


def finish(response: Response) -> Response:
    """ETag and Last-Modified on successful reads, answered with 304 when unchanged."""
    response = finish_headers(response)
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        response.headers["Cache-Control"] = (
            "private, no-cache" if g.get("api_token") else "public, no-cache"
        )
        if moment := g.get("api_last_modified"):
            response.last_modified = moment
        response.add_etag()
        response.make_conditional(request)
    return response


def init_api(app: Flask, blueprints) -> Api:
    app.config.setdefault("API_TITLE", "Mitwirken API")
    app.config.setdefault("API_VERSION", "v1")
    app.config.setdefault("OPENAPI_VERSION", "3.1.0")
    app.config.setdefault("OPENAPI_URL_PREFIX", PREFIX)
    app.config.setdefault("OPENAPI_JSON_PATH", "openapi.json")
    api = Api(
        app,
        spec_kwargs={
            "info": {
                "description": (
                    "Ideas, decisions, the roadmap, events and the yearly programme of this "
                    "participation platform. Reading public data needs no token; internal "
                    "data and writes need a personal API token (Authorization: Bearer …)."
                )
            },
            "servers": [{"url": app.config["BASE_URL"]}],
        },
    )
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer", "description": "Personal API token"}
    )
    for blueprint in blueprints:
        api.register_blueprint(blueprint)
    return api


# Unknown addresses under /api answer in JSON too (the site's pages answer in HTML).
fallback = Blueprint("api_fallback", __name__, url_prefix="/api")
csrf.exempt(fallback)
fallback.after_request(finish_headers)
fallback.register_error_handler(HTTPException, http_error)


@fallback.route("/<path:_rest>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def not_found(_rest: str):
    abort(404)
