"""The account's privacy section: download my data, delete my account."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, logout_user

from participation.core.forms import ActionForm, commit, commit_or_show
from participation.privacy import erasure, export
from participation.privacy.forms import DeleteAccountForm

bp = Blueprint("privacy_account", __name__, url_prefix="/account")


@bp.post("/data-export")
@login_required
def request_export():
    if not ActionForm().validate_on_submit():
        abort(400)
    token, expires_at = commit(lambda: export.request_export(current_user._get_current_object()))
    return render_template("privacy/export_ready.html", token=token, expires_at=expires_at)


@bp.get("/data-export/<token>")
@login_required
def download_export(token: str):
    if export.token_user_id(token) != current_user.id:
        return render_template("privacy/export_expired.html"), 410
    archive = export.build_zip(current_user)
    return (
        archive,
        200,
        {
            "Content-Type": "application/zip",
            "Content-Disposition": 'attachment; filename="mitwirken-daten.zip"',
            "Cache-Control": "no-store",
        },
    )


@bp.route("/delete", methods=["GET", "POST"])
@login_required
def delete_account():
    form = DeleteAccountForm()
    status = 200
    if form.validate_on_submit():
        person = current_user._get_current_object()
        saved, _stand_in = commit_or_show(
            form,
            lambda: erasure.erase_own_account(
                person, form.password.data, remove_lonely_ideas=form.remove_lonely_ideas.data
            ),
        )
        if saved:
            logout_user()
            flash(_("Your account has been deleted. Thank you for taking part."), "success")
            return redirect(url_for("pages.index"))
        status = 400
    elif request.method == "POST":
        status = 400
    return render_template("privacy/delete_account.html", form=form), status
