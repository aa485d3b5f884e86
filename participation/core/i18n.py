"""Locale choice: the user's setting, then the session, then the browser; German by default."""

from flask import current_app, has_request_context, request, session
from flask_login import current_user

SESSION_KEY = "lang"
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


def supported_languages() -> tuple[str, ...]:
    return tuple(current_app.config["LANGUAGES"])


def normalise_language(value: str | None) -> str | None:
    """Return `value` when it is a supported language code, else None."""
    return value if value in supported_languages() else None


def select_locale() -> str:
    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user.is_authenticated and (language := normalise_language(current_user.locale)):
        return language
    if language := normalise_language(session.get(SESSION_KEY)):
        return language
    best = request.accept_languages.best_match(supported_languages())
    return best or current_app.config["BABEL_DEFAULT_LOCALE"]


def remember_language(language: str) -> None:
    session[SESSION_KEY] = language
