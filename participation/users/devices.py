"""Devices known to an account, so that strangers' wrong guesses cannot lock its owner out.

After a successful login the browser keeps a signed cookie (sent only to /login) that names
the accounts logged in from it, as hashes. Failed logins from a known device count against
that device; failed logins from anywhere else count against the account. When strangers
have used up the account's limit, its owner still logs in from their own devices.
"""

import hashlib
import secrets

from flask import Response, current_app, request
from itsdangerous import BadSignature, URLSafeSerializer

COOKIE = "mitwirken_device"
MAX_ACCOUNTS = 5
ONE_YEAR = 365 * 24 * 3600


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="login-device")


def _account(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:24]


def _read() -> tuple[str, list[str]] | None:
    try:
        data = _serializer().loads(request.cookies.get(COOKIE, ""))
        nonce, accounts = data["n"], data["a"]
    except (BadSignature, KeyError, TypeError, ValueError):
        return None
    if not isinstance(nonce, str) or not isinstance(accounts, list):
        return None
    return nonce, [str(account) for account in accounts]


def known_device(email: str) -> str | None:
    """A key for this device if it has logged in to `email`'s account before, else None."""
    found = _read()
    if found is None or _account(email) not in found[1]:
        return None
    return f"{found[0]}:{_account(email)}"


def remember_device(response: Response, email: str) -> Response:
    nonce, accounts = _read() or (secrets.token_urlsafe(16), [])
    account = _account(email)
    accounts = [account, *(other for other in accounts if other != account)][:MAX_ACCOUNTS]
    response.set_cookie(
        COOKIE,
        _serializer().dumps({"n": nonce, "a": accounts}),
        max_age=ONE_YEAR,
        path="/login",
        secure=current_app.config["SESSION_COOKIE_SECURE"],
        httponly=True,
        samesite="Lax",
    )
    return response
