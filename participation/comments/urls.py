"""Addresses of comments and loading a comment from one."""

from flask import abort
from flask_login import current_user

from participation.comments.models import Comment
from participation.extensions import db
from participation.ideas.permissions import can_view_idea
from participation.ideas.urls import idea_url


def load_comment(comment_id: int) -> Comment:
    """The comment, or 404 if it or its idea is not visible to the current user."""
    comment = db.session.get(Comment, comment_id)
    if comment is None or not can_view_idea(current_user, comment.idea):
        abort(404)
    return comment


def comment_url(comment: Comment) -> str:
    return idea_url(comment.idea, _anchor=f"comment-{comment.id}")
