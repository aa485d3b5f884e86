"""What the administration pages read: people with filters, a person's figures, counts."""

from dataclasses import dataclass

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import selectinload

from participation.comments.models import Comment
from participation.core.pagination import COUNT_CAP, Order
from participation.extensions import db
from participation.ideas.models import Idea, Vote
from participation.users.models import GRANTABLE_ROLES, Role, User, UserRole

NEWEST_FIRST = Order((User.id,))


@dataclass(frozen=True)
class UserFilters:
    q: str = ""
    role: str = ""
    confirmed: str = ""  # "yes", "no" or ""
    blocked: str = ""


def _has_role(role: str):
    return exists().where(UserRole.user_id == User.id, UserRole.role == role)


def users(filters: UserFilters) -> Select:
    query = select(User).options(selectinload(User.role_grants))
    if filters.q:
        pattern = f"%{filters.q.lower()}%"
        query = query.where(
            or_(User.email.like(pattern), func.lower(User.display_name).like(pattern))
        )
    if filters.role:
        query = query.where(_has_role(filters.role))
    if filters.confirmed:
        confirmed = User.confirmed_at.is_not(None)
        query = query.where(confirmed if filters.confirmed == "yes" else ~confirmed)
    if filters.blocked:
        blocked = User.blocked_at.is_not(None)
        query = query.where(blocked if filters.blocked == "yes" else ~blocked)
    return query


@dataclass
class Contributions:
    ideas: int
    comments: int
    supports: int


def contributions(user: User) -> Contributions:
    def counted(model, column):
        return select(func.count()).select_from(model).where(column == user.id).scalar_subquery()

    row = db.session.execute(
        select(
            counted(Idea, Idea.author_id),
            counted(Comment, Comment.author_id),
            counted(Vote, Vote.user_id),
        )
    ).one()
    return Contributions(*row)


def _capped(query):
    return select(func.count()).select_from(query.limit(COUNT_CAP + 1).subquery()).scalar_subquery()


def people_by_role() -> dict[str, int]:
    """Accounts per granted role, confirmed citizens and unconfirmed accounts: one statement."""
    columns = [
        _capped(select(UserRole.user_id).where(UserRole.role == role)) for role in GRANTABLE_ROLES
    ]
    columns.append(_capped(select(User.id).where(User.confirmed_at.is_not(None))))
    columns.append(_capped(select(User.id).where(User.confirmed_at.is_(None))))
    row = db.session.execute(select(*columns)).one()
    names = [*(str(role) for role in GRANTABLE_ROLES), "confirmed", "unconfirmed"]
    return dict(zip(names, row, strict=True))


def staff_people() -> list[User]:
    """People who act in the audit log: everyone holding a granted role (a short list)."""
    return list(
        db.session.scalars(
            select(User)
            .where(exists().where(UserRole.user_id == User.id, UserRole.role != Role.EMPLOYEE))
            .order_by(User.display_name)
            .limit(200)
        )
    )
