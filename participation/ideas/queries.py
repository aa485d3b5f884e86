"""Reading ideas with the visibility rules applied inside the query.

Internal ideas exist only for the administration, hidden ideas only for moderators (and, on
their own pages, their authors). Every list is paginated and loads authors, categories and
tags with a fixed number of queries.
"""

import re
from dataclasses import dataclass

from sqlalchemy import Select, and_, exists, func, select

from participation.core.pagination import KeysetPage, Order, keyset_page
from participation.extensions import db
from participation.ideas.models import (
    Category,
    Follow,
    Idea,
    IdeaRevision,
    IdeaStatus,
    Tag,
    Visibility,
    Vote,
)
from participation.users.permissions import can_moderate, can_see_internal

# The list's orders, newest or most first; each has an index of the same columns.
ORDERS = {
    "newest": Order((Idea.created_at, Idea.id)),
    "supported": Order((Idea.support_count, Idea.created_at, Idea.id)),
    "discussed": Order((Idea.comment_count, Idea.created_at, Idea.id)),
    "active": Order((Idea.last_activity_at, Idea.id)),
}
MAX_QUERY_LENGTH = 200


def visible_to(user, include_hidden: bool = False) -> list:
    """Conditions that keep out what `user` may not see in lists and counts."""
    conditions = []
    if not can_see_internal(user):
        conditions.append(Idea.visibility == Visibility.PUBLIC)
    if not (include_hidden and can_moderate(user)):
        conditions.append(Idea.hidden_at.is_(None))
    return conditions


@dataclass
class IdeaFilters:
    category: str = ""
    status: str = ""
    tag: str = ""
    visibility: str = ""
    q: str = ""
    sort: str = "newest"

    def active(self) -> bool:
        return any((self.category, self.status, self.tag, self.visibility, self.q))


def filtered_ideas(user, filters: IdeaFilters, matching: Select | None = None) -> Select:
    """The list with its filters; `matching` (ids from the search module) stands for `q`."""
    query = select(Idea).where(*visible_to(user))
    if filters.category:
        query = query.join(Idea.category).where(Category.slug == filters.category)
    if filters.status in set(IdeaStatus):
        query = query.where(Idea.status == filters.status)
    if filters.tag:
        query = query.where(Idea.tags.any(Tag.name == filters.tag.lower()))
    if filters.visibility in set(Visibility) and can_see_internal(user):
        query = query.where(Idea.visibility == filters.visibility)
    if matching is not None:
        query = query.where(Idea.id.in_(matching))
    return query


def paginate(query: Select, page: int, per_page: int):
    """Page numbers, for lists that stay short (an event's participants, search results)."""
    return db.paginate(query, page=page, per_page=per_page, max_per_page=50, error_out=False)


def categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position, Category.id)))


def offered_categories(keep: Category | None = None) -> list[Category]:
    """The fields of action a new idea may choose (not archived); `keep`: an idea's own."""
    offered = Category.archived_at.is_(None)
    if keep is not None:
        offered = offered | (Category.id == keep.id)
    return list(
        db.session.scalars(select(Category).where(offered).order_by(Category.position, Category.id))
    )


@dataclass
class Totals:
    ideas: int
    supports: int
    comments: int


def totals(user) -> Totals:
    """Counters for the start page, over what `user` may see."""
    ideas, supports, comments = db.session.execute(
        select(
            func.count(Idea.id),
            func.coalesce(func.sum(Idea.support_count), 0),
            func.coalesce(func.sum(Idea.comment_count), 0),
        ).where(*visible_to(user))
    ).one()
    return Totals(ideas, supports, comments)


def top_ideas(user, sort: str, limit: int = 5) -> list[Idea]:
    query = select(Idea).where(*visible_to(user)).order_by(*ORDERS[sort].clauses()).limit(limit)
    return list(db.session.scalars(query))


def supported_by(user, per_page: int, name: str = "") -> KeysetPage:
    """The ideas `user` supports, the most recently active first."""
    query = select(Idea).join(Vote, and_(Vote.idea_id == Idea.id, Vote.user_id == user.id))
    return keyset_page(
        query.where(*visible_to(user)), ORDERS["active"], per_page, count=True, name=name
    )


def followed_by(user, per_page: int, name: str = "") -> KeysetPage:
    """The ideas `user` follows, the most recently active first."""
    query = select(Idea).join(Follow, and_(Follow.idea_id == Idea.id, Follow.user_id == user.id))
    return keyset_page(
        query.where(*visible_to(user)), ORDERS["active"], per_page, count=True, name=name
    )


def authored_by(author_id: int, viewer, per_page: int, name: str = "") -> KeysetPage:
    """An author's ideas; the author sees all of their own, others only what they may see."""
    own = viewer is not None and viewer.is_authenticated and viewer.id == author_id
    conditions = [] if own else visible_to(viewer)
    query = select(Idea).where(Idea.author_id == author_id, *conditions)
    return keyset_page(query, ORDERS["newest"], per_page, count=True, name=name)


def find_by_reference(year: int, number: int) -> Idea | None:
    return db.session.scalar(select(Idea).where(Idea.year == year, Idea.number == number))


REFERENCE = re.compile(r"^\s*([0-9]{4})-([0-9]{1,9})\s*$")


def idea_by_reference(text: str | None) -> Idea | None:
    """The idea with a typed reference number like "2026-0042" (leading zeros optional)."""
    match = REFERENCE.match(text or "")
    return find_by_reference(int(match[1]), int(match[2])) if match else None


def supporter_ids(idea_ids: list[int], user) -> set[int]:
    """Which of these ideas `user` supports (one query for a whole list)."""
    if not idea_ids or user is None or not user.is_authenticated:
        return set()
    return set(
        db.session.scalars(
            select(Vote.idea_id).where(Vote.user_id == user.id, Vote.idea_id.in_(idea_ids))
        )
    )


@dataclass(frozen=True)
class IdeaFacts:
    """What the idea page needs to know before loading more, in one statement."""

    supported: bool  # by the viewer
    following: bool  # by the viewer
    edited: bool  # it has an edit history to show
    merged_into_it: bool  # other ideas were merged into it


def facts(idea: Idea, user) -> IdeaFacts:
    viewer = user.id if user is not None and user.is_authenticated else None
    row = db.session.execute(
        select(
            exists().where(Vote.idea_id == idea.id, Vote.user_id == viewer),
            exists().where(Follow.idea_id == idea.id, Follow.user_id == viewer),
            exists().where(IdeaRevision.idea_id == idea.id),
            exists().where(Idea.merged_into_id == idea.id),
        )
    ).one()
    return IdeaFacts(*map(bool, row))


def merged_into(idea: Idea, user) -> list[Idea]:
    """The duplicates merged into `idea` that `user` may see."""
    query = select(Idea).where(Idea.merged_into_id == idea.id, *visible_to(user))
    return list(db.session.scalars(query.order_by(Idea.id)))
