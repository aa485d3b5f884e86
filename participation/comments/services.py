"""Writing, editing and deleting comments; the idea's counter moves in the same transaction."""

from flask_babel import gettext as _
from sqlalchemy import update

from participation.comments.models import Comment
from participation.comments.permissions import can_reply_to_comment
from participation.core.errors import ValidationFailed
from participation.core.html import render_markdown
from participation.core.models import utcnow
from participation.core.signals import comment_added
from participation.extensions import db
from participation.ideas import services as idea_services
from participation.ideas.models import Idea
from participation.ideas.permissions import can_comment_on_idea
from participation.users.models import User

BODY_MAX = 5_000


def _clean_body(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationFailed({"body": _("Please write a comment.")})
    if len(body) > BODY_MAX:
        raise ValidationFailed(
            {"body": _("Please write a comment of up to %(max)d characters.", max=BODY_MAX)}
        )
    return body


def _count(idea: Idea, step: int) -> None:
    values = {"comment_count": Idea.comment_count + step}
    if step > 0:
        values["last_activity_at"] = utcnow()
    db.session.execute(update(Idea).where(Idea.id == idea.id).values(**values))


def add_comment(idea: Idea, author: User, body: str, parent: Comment | None = None) -> Comment:
    if not can_comment_on_idea(author, idea):
        raise ValidationFailed({None: _("You cannot comment on this idea.")})
    if parent is not None and (
        parent.idea_id != idea.id or not can_reply_to_comment(author, parent)
    ):
        raise ValidationFailed({None: _("You cannot reply to this comment.")})
    body = _clean_body(body)
    comment = Comment(
        idea_id=idea.id,
        author=author,
        parent_id=parent.id if parent else None,
        body=body,
        body_html=render_markdown(body, comment=True),
    )
    db.session.add(comment)
    _count(idea, +1)
    idea_services.follow(idea, author)
    db.session.flush()
    comment_added.send(comment)
    return comment


def edit_comment(comment: Comment, body: str) -> None:
    body = _clean_body(body)
    if body == comment.body:
        return
    comment.body = body
    comment.body_html = render_markdown(body, comment=True)
    comment.edited_at = utcnow()
    db.session.flush()


def delete_comment(comment: Comment) -> None:
    """Remove the text, keep the place in the thread (replies stay readable)."""
    if comment.is_deleted:
        return
    comment.deleted_at = utcnow()
    comment.body = ""
    comment.body_html = ""
    _count(comment.idea, -1)
    db.session.flush()
