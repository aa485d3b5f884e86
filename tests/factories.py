"""Objects for tests, created through the real services."""

from sqlalchemy import select

from participation.extensions import db
from participation.ideas import services as idea_services
from participation.ideas.categories import ensure_default_categories
from participation.ideas.models import Category, Idea
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


def make_categories() -> None:
    ensure_default_categories()
    db.session.commit()


def category(slug: str = "buergerservice") -> Category:
    if db.session.scalar(select(Category).where(Category.slug == slug)) is None:
        make_categories()
    return db.session.scalar(select(Category).where(Category.slug == slug))


def make_idea(
    author: User,
    title: str = "Termine im Bürgeramt online buchen",
    *,
    summary: str = "Termine sollen rund um die Uhr online buchbar sein.",
    description: str = "Heute muss man **anrufen**. Besser wäre ein Online-Kalender.",
    category_slug: str = "buergerservice",
    tags: str = "",
    visibility: str = "public",
    status: str | None = None,
) -> Idea:
    """Submit an idea through the service; `status` forces a later state for read tests."""
    author = db.session.merge(author)
    idea = idea_services.submit_idea(
        author,
        title=title,
        summary=summary,
        description=description,
        category=category(category_slug),
        tags=tags,
        visibility=visibility,
    )
    if status:
        idea.status = status
    db.session.commit()
    return detached(idea)
