"""Writing, editing and deleting comments."""

from flask import Blueprint, abort, flash, redirect, render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required

from participation.comments import services
from participation.comments.forms import CommentForm
from participation.comments.models import Comment
from participation.comments.permissions import can_delete_comment, can_edit_comment
from participation.comments.urls import comment_url, load_comment
from participation.core.forms import ActionForm, commit_or_flash, commit_or_show
from participation.core.ratelimit import allow
from participation.core.urls import whole_number
from participation.extensions import db
from participation.ideas.detail import render_detail
from participation.ideas.permissions import can_comment_on_idea
from participation.ideas.urls import IDEA_PATH, load_idea

bp = Blueprint("comments", __name__)


@bp.post("/ideas" + IDEA_PATH + "/comments")
@login_required
def add(year: int, number: int):
    idea = load_idea(year, number)
    if not can_comment_on_idea(current_user, idea):
        abort(403)
    form = CommentForm()
    if not form.validate_on_submit():
        return render_detail(idea, comment_form=form, status=400)
    if not allow("POST", str(current_user.id)):
        form.form_errors.append(
            _("You have done this too often. Please wait a while and try again.")
        )
        return render_detail(idea, comment_form=form, status=429)
    parent = None
    if form.parent_id.data:
        parent_id = whole_number(form.parent_id.data, 1)
        if parent_id is None:
            abort(400)
        parent = db.session.get(Comment, parent_id)
    saved, comment = commit_or_show(
        form, lambda: services.add_comment(idea, current_user, form.body.data, parent)
    )
    if not saved:
        return render_detail(idea, comment_form=form, status=400)
    flash(_("Your comment has been published."), "success")
    return redirect(comment_url(comment))


@bp.route("/comments/<int:comment_id>/edit", methods=["GET", "POST"])
@login_required
def edit(comment_id: int):
    comment = load_comment(comment_id)
    if not can_edit_comment(current_user, comment):
        abort(403)
    form = CommentForm(data={"body": comment.body} if request.method == "GET" else None)
    if form.validate_on_submit():
        saved, _result = commit_or_show(
            form, lambda: services.edit_comment(comment, form.body.data)
        )
        if saved:
            flash(_("Your comment has been changed."), "success")
            return redirect(comment_url(comment))
    status = 400 if form.is_submitted() else 200
    return render_template("comments/edit.html", comment=comment, form=form), status


@bp.post("/comments/<int:comment_id>/delete")
@login_required
def delete(comment_id: int):
    comment = load_comment(comment_id)
    if not can_delete_comment(current_user, comment) or not ActionForm().validate_on_submit():
        abort(403)
    commit_or_flash(lambda: services.delete_comment(comment), _("Your comment has been deleted."))
    return redirect(comment_url(comment))
