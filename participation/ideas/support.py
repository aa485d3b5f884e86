"""Support (votes): one per user and idea, counted atomically in the same transaction.

The unique constraint decides; the counter moves only when a row was really added or removed,
so parallel clicks can neither double-count nor drift from the number of vote rows.
"""

from sqlalchemy import delete, update

from participation.core.database import insert_ignoring_duplicates
from participation.core.errors import ValidationFailed
from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas.models import Idea, Vote
from participation.ideas.permissions import support_refusal
from participation.users.models import User


def _check(idea: Idea, user: User) -> None:
    if reason := support_refusal(user, idea):
        raise ValidationFailed({None: reason})


def _move_counter(idea: Idea, step: int) -> None:
    db.session.execute(
        update(Idea)
        .where(Idea.id == idea.id)
        .values(support_count=Idea.support_count + step, last_activity_at=utcnow())
    )
    db.session.refresh(idea, ["support_count"])


def support(idea: Idea, user: User) -> bool:
    """Add `user`'s support; False if it was already there."""
    _check(idea, user)
    added = insert_ignoring_duplicates(
        Vote, db.session, idea_id=idea.id, user_id=user.id, created_at=utcnow()
    )
    if added:
        _move_counter(idea, +1)
    return added


def withdraw_support(idea: Idea, user: User) -> bool:
    """Remove `user`'s support; False if there was none."""
    _check(idea, user)
    removed = db.session.execute(
        delete(Vote).where(Vote.idea_id == idea.id, Vote.user_id == user.id)
    ).rowcount
    if removed:
        _move_counter(idea, -1)
    return bool(removed)
