"""Personal API tokens on the account page: create (shown once), list, revoke."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from participation.api import services
from participation.api.forms import SCOPE_LABELS, TokenForm
from participation.api.models import ApiToken
from participation.api.permissions import can_hold_api_tokens, grantable_scopes
from participation.core.forms import ActionForm, commit, commit_or_show
from participation.core.permissions import requires
from participation.core.urls import whole_number
from participation.extensions import db

bp = Blueprint("api_tokens", __name__, url_prefix="/account/api-tokens")


def _form() -> TokenForm:
    form = TokenForm()
    form.limit_to(grantable_scopes(current_user))
    return form


def _page(form: TokenForm, new_token: str | None = None, status: int = 200):
    return (
        render_template(
            "api/tokens.html",
            form=form,
            tokens=services.tokens_of(current_user),
            scope_labels=SCOPE_LABELS,
            new_token=new_token,
            action_form=ActionForm(),
        ),
        status,
    )


@bp.get("")
@requires(can_hold_api_tokens)
def index():
    return _page(_form())


@bp.post("")
@requires(can_hold_api_tokens)
def create():
    form = _form()
    if not form.validate_on_submit():
        return _page(form, status=422)
    saved, result = commit_or_show(
        form,
        lambda: services.create_token(current_user, form.name.data, form.chosen_scopes()),
    )
    if not saved:
        return _page(form, status=422)
    _token, plain = result
    # Shown once, on this page; never again.
    return _page(_form(), new_token=plain)


@bp.post("/<int:token_id>/revoke")
@requires(can_hold_api_tokens)
def revoke(token_id: int):
    if not ActionForm().validate_on_submit():
        abort(400)
    token = db.session.get(ApiToken, whole_number(str(token_id)) or 0)
    if token is None or token.user_id != current_user.id:
        abort(404)
    commit(lambda: services.revoke_token(token, current_user))
    flash(_("The token has been revoked. Programs using it can no longer sign in."), "success")
    return redirect(url_for(".index"))
