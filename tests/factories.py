"""Objects for tests, created through the real services."""

from participation.extensions import db
from participation.users import services
from participation.users.models import Role, User

PASSWORD = "a-long-test-passphrase"


def make_user(
    email: str,
    name: str = "Test User",
    roles: tuple[Role, ...] = (),
    confirmed: bool = True,
    password: str = PASSWORD,
) -> User:
    """Create a user; returned loaded and detached, so it can be read after the context ends."""
    user = services.create_user(email, name, password, list(roles))
    if not confirmed:
        user.confirmed_at = None
    db.session.commit()
    return detached(user)


def detached(obj):
    db.session.refresh(obj)
    db.session.expunge(obj)
    return obj


def reload_user(user_id: int) -> User:
    return db.session.get(User, user_id, populate_existing=True)
