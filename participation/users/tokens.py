"""Signed, expiring links for e-mail confirmation, password reset, invitations and linking a
login.

A confirmation token names the address it confirms; reset and invitation tokens carry a
fragment of the current password hash, so they stop working once the password has changed
(each works once); a link token names the login to link and a secret kept in the browser
session that asked for it.
"""

import hashlib
import hmac

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

from participation.extensions import db
from participation.users.models import User

CONFIRM_SALT = "confirm-email"
RESET_SALT = "reset-password"
INVITATION_SALT = "invitation"
LINK_SALT = "link-login"


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _hash_fragment(user: User) -> str:
    return hashlib.sha256((user.password_hash or "").encode()).hexdigest()[:16]


def confirmation_token(user: User, email: str) -> str:
    return _serializer(CONFIRM_SALT).dumps({"uid": user.id, "email": email})


def reset_token(user: User, salt: str = RESET_SALT) -> str:
    return _serializer(salt).dumps({"uid": user.id, "pw": _hash_fragment(user)})


def invitation_token(user: User) -> str:
    return reset_token(user, INVITATION_SALT)


def link_token(user: User, binding: str) -> str:
    return _serializer(LINK_SALT).dumps({"uid": user.id, "bind": binding})


def _load(salt: str, token: str, max_age_setting: str) -> tuple[dict, User] | None:
    """Return (payload, user) for a valid, unexpired token of this kind, else None."""
    try:
        data = _serializer(salt).loads(token, max_age=current_app.config[max_age_setting])
    except BadSignature:
        return None
    user = db.session.get(User, data.get("uid"))
    return None if user is None else (data, user)


def read_confirmation_token(token: str) -> tuple[User, str] | None:
    """Return (user, address to confirm), or None for a bad, expired or outdated link."""
    loaded = _load(CONFIRM_SALT, token, "CONFIRM_TOKEN_MAX_AGE")
    if loaded is None:
        return None
    data, user = loaded
    if data.get("email") not in {user.email, user.pending_email}:
        return None
    return user, data["email"]


def read_reset_token(
    token: str, salt: str = RESET_SALT, max_age_setting: str = "RESET_TOKEN_MAX_AGE"
) -> User | None:
    loaded = _load(salt, token, max_age_setting)
    if loaded is None:
        return None
    data, user = loaded
    return user if data.get("pw") == _hash_fragment(user) else None


def read_invitation_token(token: str) -> User | None:
    return read_reset_token(token, INVITATION_SALT, "INVITATION_TOKEN_MAX_AGE")


def read_link_token(token: str, binding: str | None) -> User | None:
    """The account a link token proves, if it was asked for with `binding` (this browser)."""
    loaded = _load(LINK_SALT, token, "RESET_TOKEN_MAX_AGE")
    if loaded is None or binding is None:
        return None
    data, user = loaded
    return user if hmac.compare_digest(str(data.get("bind")), binding) else None
