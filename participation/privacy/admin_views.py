"""Administration: legal texts with their versions, feedback reports, deleting an account
on request. Admins only (the administration area links here)."""

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from participation.core.forms import ActionForm, commit_or_flash, form_page
from participation.core.permissions import requires
from participation.extensions import db
from participation.privacy import erasure, feedback, legal
from participation.privacy.forms import AdminDeleteForm, LegalTextForm
from participation.privacy.models import FeedbackReport, LegalKind
from participation.privacy.permissions import (
    can_erase_accounts,
    can_handle_feedback,
    can_manage_legal_texts,
)
from participation.users.models import User

bp = Blueprint("privacy_admin", __name__, url_prefix="/admin")


def _kind(value: str) -> LegalKind:
    try:
        return LegalKind(value)
    except ValueError:
        abort(404)


@bp.get("/legal")
@requires(can_manage_legal_texts)
def legal_texts():
    return render_template(
        "privacy/admin/legal_list.html",
        texts=[(kind, legal.current_version(kind)) for kind in LegalKind],
        titles=legal.TITLES,
    )


@bp.route("/legal/<kind>", methods=["GET", "POST"])
@requires(can_manage_legal_texts)
def edit_legal_text(kind: str):
    kind = _kind(kind)
    current = legal.current_version(kind)
    if current is not None:
        data = {
            "body_de": current.body_de,
            "body_en": current.body_en,
            "sign_language_url": current.sign_language_url or "",
        }
    else:
        data = {
            "body_de": legal.starting_markdown(kind, "de"),
            "body_en": legal.starting_markdown(kind, "en"),
        }
    form = LegalTextForm(data=data if request.method == "GET" else None)
    return form_page(
        form,
        lambda: legal.save_version(
            kind,
            current_user,
            form.body_de.data or "",
            form.body_en.data or "",
            material=form.material.data,
            sign_language_url=form.sign_language_url.data or "",
        ),
        "privacy/admin/legal_edit.html",
        success=_("The text has been saved as a new version."),
        redirect_to=url_for("privacy_admin.edit_legal_text", kind=kind.value),
        kind=kind,
        title=legal.TITLES[kind],
        versions=legal.versions(kind),
        locale=str(get_locale()),
    )


@bp.get("/feedback")
@requires(can_handle_feedback)
def feedback_reports():
    state = request.args.get("state", "open")
    if state not in {"open", "closed"}:
        abort(404)
    return render_template(
        "privacy/admin/feedback.html",
        reports=feedback.reports_page(open_only=state == "open"),
        state=state,
        action_form=ActionForm(),
    )


@bp.post("/feedback/<int:report_id>/close")
@requires(can_handle_feedback)
def close_feedback(report_id: int):
    report = db.session.get(FeedbackReport, report_id) or abort(404)
    if ActionForm().validate_on_submit():
        commit_or_flash(lambda: feedback.close(report, current_user), _("The report is closed."))
    return redirect(url_for("privacy_admin.feedback_reports"))


@bp.route("/users/<int:user_id>/delete", methods=["GET", "POST"])
@requires(can_erase_accounts)
def delete_user(user_id: int):
    person = db.session.get(User, user_id)
    if person is None or person.erased_at is not None:
        abort(404)
    if person.id == current_user.id:
        return redirect(url_for("privacy_account.delete_account"))
    form = AdminDeleteForm()
    return form_page(
        form,
        lambda: erasure.erase_account(
            person,
            current_user,
            remove_lonely_ideas=form.remove_lonely_ideas.data,
            reason=form.reason.data,
        ),
        "privacy/admin/delete_user.html",
        success=_("The account has been deleted."),
        redirect_to=url_for("admin.audit_log"),
        person=person,
    )
