"""Domain errors and the localised error pages (no stack traces, ever)."""

import logging

from flask import Flask, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger(__name__)


class ValidationFailed(Exception):
    """A service refused the input; `reasons` maps form field names (or None) to messages."""

    def __init__(self, reasons: dict[str | None, str]):
        super().__init__(reasons)
        self.reasons = reasons


ERROR_TEXTS = {
    400: (_l("Bad request"), _l("The request could not be understood. Please check your input.")),
    403: (_l("Access denied"), _l("You are not allowed to open this page.")),
    404: (_l("Page not found"), _l("This page does not exist or is not visible to you.")),
    405: (_l("Method not allowed"), _l("This page cannot be used in this way.")),
    413: (_l("Too much data"), _l("The data you sent is too large.")),
    429: (
        _l("Too many requests"),
        _l("You have tried this too often. Please wait a few minutes and try again."),
    ),
    500: (
        _l("Something went wrong"),
        _l("An unexpected error occurred. It has been logged; please try again later."),
    ),
}
CSRF_TEXT = _l(
    "The form had expired or was sent from elsewhere. Please go back, reload the page and "
    "send it again."
)


def render_error(code: int, message: str | None = None):
    title, default_message = ERROR_TEXTS.get(code, ERROR_TEXTS[500])
    return (
        render_template(
            "errors/error.html", code=code, title=title, message=message or default_message
        ),
        code,
    )


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(_error):
        return render_error(400, str(CSRF_TEXT))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code not in ERROR_TEXTS:
            return error
        response = render_error(error.code)
        if error.code == 405 and error.valid_methods:
            return (*response, {"Allow": ", ".join(error.valid_methods)})
        return response

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception):
        if isinstance(error, HTTPException):
            return http_error(error)
        log.exception("Unhandled error on %s %s", request.method, request.path)
        return render_error(InternalServerError.code)
