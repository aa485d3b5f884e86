"""A user's public contributions, and one's own participation at a glance."""

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from participation.comments.queries import comments_by
from participation.extensions import db
from participation.ideas import queries
from participation.ideas.labels import STATUS_LABELS
from participation.users.models import User

bp = Blueprint("profiles", __name__)
PER_PAGE = 10


@bp.get("/users/<int:user_id>")
def profile(user_id: int):
    user = db.session.get(User, user_id)
    if user is None or not user.is_confirmed:
        abort(404)
    return render_template(
        "profiles/profile.html",
        user=user,
        ideas=queries.authored_by(user.id, current_user, PER_PAGE, name="ideas_"),
        comments=comments_by(user.id, current_user, PER_PAGE, name="comments_"),
        status_labels=STATUS_LABELS,
    )


@bp.get("/me")
@login_required
def mine():
    return render_template(
        "profiles/mine.html",
        ideas=queries.authored_by(current_user.id, current_user, PER_PAGE, name="ideas_"),
        supported=queries.supported_by(current_user, PER_PAGE, name="supported_"),
        followed=queries.followed_by(current_user, PER_PAGE, name="followed_"),
        status_labels=STATUS_LABELS,
    )
