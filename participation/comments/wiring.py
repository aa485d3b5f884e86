"""What the comments feature adds at start-up: the discussion under an idea, for the idea
page's template, and comments as objects of the audit log."""

from flask import Flask
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload

from participation.audit import registry
from participation.comments.forms import CommentForm
from participation.comments.models import Comment
from participation.comments.queries import thread_for
from participation.comments.urls import comment_url


def register(app: Flask) -> None:
    app.jinja_env.globals.update(comment_thread=thread_for, new_comment_form=CommentForm)
    registry.register_target(
        "comment",
        Comment,
        lambda comment: _("a comment on %(idea)s", idea=comment.idea.reference),
        comment_url,
        load_options=(joinedload(Comment.idea),),
    )
