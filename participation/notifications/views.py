"""The notifications page, e-mail preferences and one-click unsubscribe."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from participation.core.forms import ActionForm, commit, commit_or_flash
from participation.core.security import next_path
from participation.core.urls import int_arg
from participation.extensions import csrf
from participation.notifications import services
from participation.notifications.forms import PreferencesForm
from participation.notifications.mails import read_unsubscribe_token
from participation.notifications.models import Delivery
from participation.notifications.texts import TOPIC_LABELS, detail, headline

bp = Blueprint("notifications", __name__, url_prefix="/notifications")
PER_PAGE = 25


@bp.get("")
@login_required
def index():
    page = services.notifications_of(current_user, PER_PAGE)
    return render_template("notifications/index.html", page=page, headline=headline, detail=detail)


@bp.post("/read")
@login_required
def mark_read():
    if not ActionForm().validate_on_submit():
        abort(400)
    notification_id = int_arg("id", form=True)
    commit(lambda: services.mark_read(current_user, notification_id))
    if notification_id is None:
        flash(_("All notifications are marked as read."), "success")
    return redirect(next_path(url_for(".index")))


@bp.post("/preferences")
@login_required
def save_preferences():
    form = PreferencesForm.for_user(current_user)
    if not form.validate_on_submit():
        abort(400)
    choices = {
        topic: Delivery(form[topic.value].data) for topic in services.topics_for(current_user)
    }
    commit_or_flash(
        lambda: services.set_preferences(current_user.id, choices),
        _("Your e-mail settings have been saved."),
    )
    return redirect(url_for("users.account", _anchor="notifications"))


@bp.route("/unsubscribe/<token>", methods=["GET", "POST"])
@csrf.exempt
def unsubscribe(token: str):
    """GET asks for confirmation; POST (the button, or a mail client's one-click) unsubscribes."""
    found = read_unsubscribe_token(token)
    if found is None:
        return render_template("notifications/unsubscribe.html", invalid=True), 400
    user_id, topics = found
    if request.method == "POST":
        commit(lambda: services.set_preferences(user_id, dict.fromkeys(topics, Delivery.NEVER)))
        return render_template(
            "notifications/unsubscribe.html", done=True, topics=topics, labels=TOPIC_LABELS
        )
    return render_template(
        "notifications/unsubscribe.html", topics=topics, labels=TOPIC_LABELS, token=token
    )


@bp.app_context_processor
def notification_helpers() -> dict:
    return {
        "unread_notifications": services.unread_count,
        "notification_preferences_form": lambda: PreferencesForm.for_user(current_user),
    }
