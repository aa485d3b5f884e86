"""Staff pages: the moderation queue, actions on ideas, comments and users, the audit log."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from participation.comments.models import Comment
from participation.comments.urls import comment_url
from participation.core.forms import commit_or_show, form_page
from participation.core.pagination import keyset_page
from participation.core.permissions import requires
from participation.core.security import next_path
from participation.core.urls import keep_in_links
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.models import Idea
from participation.ideas.urls import IDEA_PATH, idea_url, load_idea
from participation.moderation import actions, queries
from participation.moderation.forms import REASON_LABELS
from participation.moderation.staff_forms import MergeForm, NoteForm, ReasonForm, StatusForm
from participation.users.models import User
from participation.users.permissions import can_moderate

bp = Blueprint("staff", __name__, url_prefix="/moderation")
PER_PAGE = 20


staff_only = requires(can_moderate)


@bp.get("")
@staff_only
def queue():
    tab = request.args.get("tab", "new")
    if tab not in queries.TABS:
        tab = "new"
    keep_in_links(tab=tab)
    context = {"tab": tab, "counts": queries.counts(), "status_labels": STATUS_LABELS}
    if tab == "new":
        context["ideas"] = keyset_page(queries.new_ideas(), queries.OLDEST_FIRST, PER_PAGE)
        context["suggestions"] = queries.merge_candidates(context["ideas"].items, current_user)
    else:
        select_items, order = (
            (queries.reported, queries.most_reported)
            if tab == "reported"
            else (queries.hidden, queries.last_hidden)
        )
        context["ideas"] = keyset_page(select_items(Idea), order(Idea), PER_PAGE, name="ideas_")
        context["comments"] = keyset_page(
            select_items(Comment), order(Comment), PER_PAGE, name="comments_"
        )
        context["reports"] = queries.open_reports(
            [idea.id for idea in context["ideas"].items],
            [comment.id for comment in context["comments"].items],
        )
        context["reason_labels"] = REASON_LABELS
    context["reason_form"] = ReasonForm()
    return render_template("moderation/queue.html", **context)


def _run(form, action, success: str, back: str):
    """Validate, run the action, commit; errors are flashed (the forms are one-liners)."""
    if not form.validate_on_submit():
        abort(400)
    saved, _result = commit_or_show(form, action)
    if saved:
        flash(success, "success")
    else:
        for message in [*form.form_errors, *(e for f in form for e in f.errors)]:
            flash(message, "error")
    return redirect(next_path(back))


@bp.post("/ideas" + IDEA_PATH + "/status")
@staff_only
def change_status(year: int, number: int):
    idea = load_idea(year, number)
    form = StatusForm()
    step = workflow.panel_step(idea, form.target.data)
    if step is None:
        abort(400)
    return _run(
        form,
        lambda: actions.change_status(idea, step.target, current_user, form.note.data),
        _("The status has been changed."),
        idea_url(idea),
    )


def _moderate(target, operation: str, back: str):
    form = ReasonForm()
    operations = {
        "hide": (actions.hide, _("The content is now hidden.")),
        "unhide": (actions.unhide, _("The content is visible again.")),
        "dismiss": (actions.dismiss_reports, _("The reports have been dismissed.")),
    }
    if operation not in operations:
        abort(404)
    action, message = operations[operation]
    return _run(form, lambda: action(target, current_user, form.reason.data), message, back)


@bp.post("/ideas" + IDEA_PATH + "/<any(hide, unhide, dismiss):operation>")
@staff_only
def moderate_idea(year: int, number: int, operation: str):
    idea = load_idea(year, number)
    return _moderate(idea, operation, idea_url(idea))


@bp.post("/comments/<int:comment_id>/<any(hide, unhide, dismiss):operation>")
@staff_only
def moderate_comment(comment_id: int, operation: str):
    comment = db.session.get(Comment, comment_id) or abort(404)
    return _moderate(comment, operation, comment_url(comment))


@bp.post("/ideas" + IDEA_PATH + "/notes")
@staff_only
def add_note(year: int, number: int):
    idea = load_idea(year, number)
    form = NoteForm(prefix="note")
    return _run(
        form,
        lambda: actions.add_note(idea, current_user, form.body.data),
        _("The note has been saved."),
        idea_url(idea, _anchor="staff"),
    )


@bp.route("/ideas" + IDEA_PATH + "/merge", methods=["GET", "POST"])
@staff_only
def merge(year: int, number: int):
    idea = load_idea(year, number)
    form = MergeForm()
    if not form.is_submitted() and request.args.get("target"):
        form.target.data = request.args["target"][:20]  # "merge into this" in the queue
    return form_page(
        form,
        lambda: actions.merge(idea, form.target.idea, current_user, form.note.data),
        "moderation/merge.html",
        success=lambda moved: _("Merged. %(count)d supports moved.", count=moved),
        redirect_to=lambda _moved: idea_url(form.target.idea),
        idea=idea,
    )


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@staff_only
def user(user_id: int):
    person = db.session.get(User, user_id) or abort(404)
    form = ReasonForm()
    if request.method == "POST":
        if person.is_blocked:
            action, message = actions.unblock, _("The account is no longer blocked.")
        else:
            action, message = actions.block, _("The account is blocked and logged out.")
        return _run(
            form,
            lambda: action(person, current_user, form.reason.data),
            message,
            url_for("staff.user", user_id=person.id),
        )
    return render_template("moderation/user.html", person=person, form=form)


@bp.app_context_processor
def staff_panel_helpers() -> dict:
    """What templates/moderation/_idea_panel.html needs on the idea page."""
    return {
        "panel_steps": lambda idea: workflow.panel_steps(idea, current_user),
        "internal_notes": queries.notes_for,
        "staff_forms": lambda: {
            "reason": ReasonForm(),
            "status": StatusForm(),
            "note": NoteForm(prefix="note"),
        },
    }


@bp.get("/audit")
def audit_log():
    """The audit log moved to the administration area."""
    return redirect(url_for("admin.audit_log"), 301)
