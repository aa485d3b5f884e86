"""Flask-Login wiring: loading the user from the session and logging in with a fresh session."""

from flask import session
from flask_babel import lazy_gettext as _l
from flask_login import login_user

from participation.core.i18n import SESSION_KEY
from participation.extensions import db, login_manager
from participation.users.models import User

LOGIN_MESSAGE = _l("Please log in to open this page.")


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    raw_id, _, version = user_id.partition(":")
    if not raw_id.isdigit():
        return None
    user = db.session.get(User, int(raw_id))
    if user is None or str(user.session_version) != version:
        return None
    return user


def start_session(user: User, remember: bool) -> None:
    """Log in with a new session (no fixation), keeping only the language choice."""
    language = session.get(SESSION_KEY)
    session.clear()
    if language:
        session[SESSION_KEY] = language
    login_user(user, remember=remember)


def init_login(app) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "users.login"
    login_manager.login_message = LOGIN_MESSAGE
    login_manager.localize_callback = str
    login_manager.login_message_category = "info"
