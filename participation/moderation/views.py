"""Reporting ideas and comments."""

from flask import Blueprint, abort, flash, redirect, render_template
from flask_babel import gettext as _
from flask_login import current_user, login_required

from participation.comments.permissions import can_report_comment
from participation.comments.urls import comment_url, load_comment
from participation.core.forms import commit_or_show
from participation.core.ratelimit import allow
from participation.ideas.permissions import can_report_idea
from participation.ideas.urls import IDEA_PATH, idea_url, load_idea
from participation.moderation import services
from participation.moderation.forms import ReportForm

bp = Blueprint("moderation", __name__)


def _report(target, back_url: str):
    form = ReportForm()
    status = 200
    if form.validate_on_submit():
        if not allow("REPORT", str(current_user.id)):
            form.form_errors.append(
                _("You have done this too often. Please wait a while and try again.")
            )
            status = 429
        else:
            saved, added = commit_or_show(
                form,
                lambda: services.report(target, current_user, form.reason.data, form.text.data),
            )
            if saved:
                if added:
                    flash(_("Thank you. The moderation team will look at your report."), "success")
                else:
                    flash(_("You have reported this already. Thank you."), "info")
                return redirect(back_url)
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template(
        "moderation/report.html", form=form, target=target, back_url=back_url
    ), status


@bp.route("/ideas" + IDEA_PATH + "/report", methods=["GET", "POST"])
@login_required
def report_idea(year: int, number: int):
    idea = load_idea(year, number)
    if not can_report_idea(current_user, idea):
        abort(403)
    return _report(idea, idea_url(idea))


@bp.route("/comments/<int:comment_id>/report", methods=["GET", "POST"])
@login_required
def report_comment(comment_id: int):
    comment = load_comment(comment_id)
    if not can_report_comment(current_user, comment):
        abort(403)
    return _report(comment, comment_url(comment))
