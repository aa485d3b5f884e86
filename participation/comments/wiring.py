"""What the comments feature adds at start-up: the discussion under an idea, for the idea
page's template."""

from flask import Flask

from participation.comments.forms import CommentForm
from participation.comments.queries import thread_for


def register(app: Flask) -> None:
    app.jinja_env.globals.update(comment_thread=thread_for, new_comment_form=CommentForm)
