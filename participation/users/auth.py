"""Flask-Login wiring: login sessions that live on the server.

Each login creates a `UserSession` with a random token; the session cookie and the
remember-me cookie carry "<user id>:<token>", and every request looks the token up. Logging
out deletes the row, so copies of either cookie stop working at once; "log out everywhere",
a password change and a block delete all rows of the person.
"""

import hashlib
import secrets
from datetime import timedelta

from flask import current_app, session
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_user, logout_user
from sqlalchemy import delete, select
from sqlalchemy.orm import joinedload

from participation.core.i18n import SESSION_KEY
from participation.core.models import utcnow
from participation.core.pagecache import remember_version, version_column
from participation.core.urls import whole_number
from participation.extensions import db, login_manager
from participation.users.models import User, UserSession

LOGIN_MESSAGE = _l("Please log in to open this page.")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    raw_id, _, token = user_id.partition(":")
    ident = whole_number(raw_id, 1)
    if ident is None or not token:
        return None
    found = (
        db.session.execute(
            select(User, version_column())
            .join(UserSession, UserSession.user_id == User.id)
            .where(
                User.id == ident,
                UserSession.token_hash == _hash(token),
                UserSession.expires_at > utcnow(),
            )
            .options(joinedload(User.role_grants))  # one statement per request for all three
        )
        .unique()
        .one_or_none()
    )
    if found is None:
        return None
    user, version = found
    remember_version(version)
    user.session_token = token
    return user


def _lifetime(remember: bool) -> timedelta:
    setting = "REMEMBER_COOKIE_DURATION" if remember else "PERMANENT_SESSION_LIFETIME"
    return current_app.config[setting]


def start_session(user: User, remember: bool) -> None:
    """Log in with a new session (no fixation), keeping only the language choice.

    The view commits; until then the new session does not exist.
    """
    language = session.get(SESSION_KEY)
    session.clear()
    if language:
        session[SESSION_KEY] = language
    now = utcnow()
    db.session.execute(
        delete(UserSession).where(UserSession.user_id == user.id, UserSession.expires_at <= now)
    )
    token = secrets.token_urlsafe(32)
    db.session.add(
        UserSession(user_id=user.id, token_hash=_hash(token), expires_at=now + _lifetime(remember))
    )
    db.session.flush()
    user.session_token = token
    login_user(user, remember=remember)


def end_session() -> None:
    """Log out here: the session ends on the server, then its cookies are cleared."""
    if current_user.is_authenticated and current_user.session_token:
        db.session.execute(
            delete(UserSession).where(UserSession.token_hash == _hash(current_user.session_token))
        )
    logout_user()


def end_all_sessions(user: User) -> None:
    """Every login of `user` ends, on every device."""
    db.session.execute(delete(UserSession).where(UserSession.user_id == user.id))


def init_login(app) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "users.login"
    login_manager.login_message = LOGIN_MESSAGE
    login_manager.localize_callback = str
    login_manager.login_message_category = "info"
