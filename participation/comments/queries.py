"""Reading the discussion of an idea as a thread (one query)."""

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from participation.comments.models import Comment
from participation.core.pagination import KeysetPage, Order, keyset_page
from participation.extensions import db
from participation.ideas.models import Idea
from participation.ideas.queries import visible_to


@dataclass
class ThreadEntry:
    comment: Comment
    replies: list[Comment] = field(default_factory=list)


def thread_for(idea: Idea) -> list[ThreadEntry]:
    comments = db.session.scalars(
        select(Comment).where(Comment.idea_id == idea.id).order_by(Comment.created_at, Comment.id)
    ).all()
    entries: dict[int, ThreadEntry] = {}
    for comment in comments:
        if comment.parent_id is None:
            entries[comment.id] = ThreadEntry(comment)
        elif comment.parent_id in entries:
            entries[comment.parent_id].replies.append(comment)
    return list(entries.values())


NEWEST = Order((Comment.created_at, Comment.id))


def comments_by(author_id: int, viewer, per_page: int, name: str = "") -> KeysetPage:
    """A user's comments on ideas the viewer may see; hidden ones only for the author."""
    own = viewer is not None and viewer.is_authenticated and viewer.id == author_id
    query = (
        select(Comment)
        .join(Comment.idea)
        .where(Comment.author_id == author_id, Comment.deleted_at.is_(None), *visible_to(viewer))
        .options(contains_eager(Comment.idea))
    )
    if not own:
        query = query.where(Comment.hidden_at.is_(None))
    return keyset_page(query, NEWEST, per_page, count=True, name=name)
