"""Asking for the terms again after a material change: noted at login, asked before
anything else is shown (a flag in the session, so other requests cost nothing)."""

from flask import Flask, redirect, request, session, url_for
from flask_login import current_user

from participation.privacy.legal import needs_terms_acceptance
from participation.users.models import User

FLAG = "terms_due"
# What stays reachable while the terms wait: the terms themselves, legal pages, logging out.
OPEN_ENDPOINTS = {"static", "users.logout", "pages.set_language"}


def remember_if_due(user: User) -> None:
    """At login: note whether the terms changed materially since the user accepted them."""
    if needs_terms_acceptance(user):
        session[FLAG] = True


def accepted() -> None:
    session.pop(FLAG, None)


def register_guard(app: Flask) -> None:
    @app.before_request
    def _ask_for_terms():
        if not session.get(FLAG) or not current_user.is_authenticated:
            return None
        endpoint = request.endpoint or ""
        if endpoint in OPEN_ENDPOINTS or endpoint.startswith("privacy."):
            return None
        return redirect(url_for("privacy.accept_terms", next=request.full_path.rstrip("?")))
