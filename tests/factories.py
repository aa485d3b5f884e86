"""Objects for tests, created through the real services."""

from typing import NamedTuple

from sqlalchemy import select

from participation.extensions import db
from participation.ideas import services as idea_services
from participation.ideas.categories import ensure_default_categories
from participation.ideas.models import Category, Idea, IdeaStatus
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


class Account(NamedTuple):
    email: str
    name: str
    roles: tuple[Role, ...] = ()


# The people behind the role fixtures of tests/conftest.py. Addresses at stadt-beispiel.de
# are employees by their domain too (TestConfig.EMPLOYEE_EMAIL_DOMAINS).
ACCOUNTS = {
    "citizen": Account("clara@example.org", "Clara Citizen"),
    "employee": Account("emil@stadt-beispiel.de", "Emil Mitarbeiter", (Role.EMPLOYEE,)),
    "organiser": Account("olga@stadt-beispiel.de", "Olga Organisation", (Role.ORGANISER,)),
    "moderator": Account("mona@stadt-beispiel.de", "Mona Moderation", (Role.MODERATOR,)),
    "admin": Account("admin@stadt-beispiel.de", "Andrea Admin", (Role.ADMIN,)),
}


# The role fixtures' names, and "anonymous" (no user): the rows of a permission matrix.
ROLES = ("anonymous", *ACCOUNTS)


def make_account(role: str) -> User:
    """The user of one of the role fixtures (see ACCOUNTS)."""
    account = ACCOUNTS[role]
    return make_user(account.email, account.name, account.roles)


def detached(obj):
    db.session.refresh(obj)
    if isinstance(obj, User):
        obj.role_grants  # noqa: B018 - loaded now, read after the session is gone
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


COMPLETE_ASSESSMENT = {
    "effort": 2,
    "benefit": 4,
    "chances": "Schneller für alle.",
    "risks": "Anbieterabhängigkeit.",
    "cost_min_eur": 10_000,
    "cost_max_eur": 30_000,
    "duration_months": 6,
    "earliest_start": "2027-Q1",
    "responsible_department": "Bürgeramt",
    "recommendation": "recommend",
    "public_summary": "Empfohlen als Pilot.",
    "internal_remarks": "Nur intern: Haushaltsstelle 4711.",
}


def decide(idea: Idea, moderator: User, outcome: str = "accepted") -> Idea:
    """Take an idea through review, assessment and decision with the real services."""
    from datetime import date

    from participation.assessment import services as assessment_services
    from participation.moderation import actions

    idea, moderator = db.session.merge(idea), db.session.merge(moderator)
    actions.change_status(idea, IdeaStatus.IN_REVIEW, moderator)
    assessment_services.complete_assessment(idea, moderator, COMPLETE_ASSESSMENT)
    assessment_services.record_decision(
        idea,
        moderator,
        outcome=outcome,
        body="Rat der Stadt",
        decided_on=date(2026, 10, 1),
        reasoning="Begründung des Rates.",
    )
    db.session.commit()
    return detached(idea)
