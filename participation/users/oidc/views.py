"""Logging in through a provider, proving an existing account, linking and unlinking.

The callback is a GET that saves (like the e-mail confirmation link): it completes a login
the person started here, and the `state` bound to their session is its CSRF protection.
"""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required

from participation.core.errors import ValidationFailed
from participation.core.forms import ActionForm, commit, commit_or_flash
from participation.core.mail import queue_email
from participation.core.ratelimit import allow, client_address, exhausted, record
from participation.core.security import next_path, safe_next_path
from participation.users import services as accounts
from participation.users.oidc import client, flow, services
from participation.users.oidc.client import LoginRefused, ProviderUnavailable
from participation.users.oidc.forms import ProvePasswordForm
from participation.users.oidc.services import Identity
from participation.users.passwords import verify_password
from participation.users.tokens import link_token, read_link_token

bp = Blueprint("oidc", __name__)


def _provider_or_404(name: str):
    provider = client.providers().get(name)
    if provider is None:
        abort(404)
    return provider


def _problem(provider, status: int, reasons=None):
    return render_template(
        "users/oidc_problem.html",
        provider_label=flow.provider_label(provider),
        unavailable=status == 503,
        reasons=reasons or {},
    ), status


def _external(endpoint: str, **values) -> str:
    return current_app.config["BASE_URL"] + url_for(endpoint, **values)


def _redirect_to_provider(provider):
    try:
        return client.login_redirect(provider, _external("oidc.callback", name=provider.name))
    except ProviderUnavailable:
        return _problem(provider, 503)


@bp.post("/login/oidc/<name>")
def start(name: str):
    provider = _provider_or_404(name)
    if not ActionForm().validate_on_submit():
        abort(400)
    flow.begin(provider, next_path(None))
    return _redirect_to_provider(provider)


@bp.post("/account/logins/<name>")
@login_required
def start_linking(name: str):
    provider = _provider_or_404(name)
    if not ActionForm().validate_on_submit():
        abort(400)
    flow.begin(provider, url_for("users.account"), link_user=current_user)
    return _redirect_to_provider(provider)


@bp.get("/login/oidc/<name>/callback")
def callback(name: str):
    provider = _provider_or_404(name)
    started = flow.take_flow(provider)
    try:
        claims, id_token = client.finish_login(provider)
        if started is None:
            raise LoginRefused("no login under way")
        identity = services.identity_from_claims(provider, claims)
    except ProviderUnavailable:
        return _problem(provider, 503)
    except LoginRefused:
        return _problem(provider, 400)
    except ValidationFailed as failure:
        return _problem(provider, 400, failure.reasons)
    if started["link_user"]:
        return _finish_linking(provider, identity, started["link_user"])
    return _finish_login(provider, identity, id_token, started["return_to"])


def _finish_linking(provider, identity: Identity, user_id: int):
    if not current_user.is_authenticated or current_user.id != user_id:
        return _problem(provider, 400)
    message = _("Your account is now linked to %(label)s.", label=flow.provider_label(provider))
    user = current_user._get_current_object()
    commit_or_flash(lambda: services.link(user, identity), message)
    return redirect(url_for("users.account"))


def _finish_login(provider, identity: Identity, id_token: str, next_path_: str | None):
    if link := services.find_link(identity.provider, identity.subject):
        commit(lambda: flow.log_in(services.log_in_known(link, identity), provider.name, id_token))
        flash(_("You are logged in."), "success")
        return redirect(safe_next_path(next_path_) or url_for("pages.index"))
    if identity.email and accounts.find_by_email(identity.email):
        flow.hold_pending(identity, id_token, next_path_)
        return redirect(url_for("oidc.prove"))

    def create():
        user = services.create_account(identity, str(get_locale()))
        flow.log_in(user, provider.name, id_token)
        return user

    try:
        user = commit(create)
    except ValidationFailed as failure:
        return _problem(provider, 400, failure.reasons)
    flash(_("Welcome! Your account has been created. You can change your name here."), "success")
    if not user.is_confirmed:
        flash(_("Please confirm your e-mail address with the link we have sent you."), "info")
    return redirect(url_for("users.account"))


def _pending_account():
    """The identity waiting for proof and the account it claims, or (None, None)."""
    held = flow.pending()
    if held is None:
        return None, None
    identity = Identity.from_dict(held["identity"])
    provider = client.providers().get(identity.provider)
    user = accounts.find_by_email(identity.email) if provider else None
    if user is None:
        return None, None
    return held, (identity, provider, user)


def _complete_pending(held: dict, identity: Identity, provider, user):
    def apply():
        services.link(user, identity)
        flow.log_in(user, provider.name, held["id_token"])

    if commit_or_flash(apply, _("Your login is now linked. You are logged in."))[0]:
        return redirect(safe_next_path(held["return_to"]) or url_for("pages.index"))
    return redirect(url_for("users.login"))


def _expired():
    flash(_("The login through the other service has expired. Please start again."), "info")
    return redirect(url_for("users.login"))


@bp.route("/login/oidc/link", methods=["GET", "POST"])
def prove():
    held, found = _pending_account()
    if held is None:
        return _expired()
    identity, provider, user = found
    form = ProvePasswordForm()
    status = 200
    if form.validate_on_submit():
        email_key = user.email
        if exhausted("LOGIN_PER_IP", client_address()) or exhausted("LOGIN_PER_EMAIL", email_key):
            form.form_errors.append(
                _("You have tried this too often. Please wait a few minutes and try again.")
            )
            status = 429
        elif verify_password(user.password_hash, form.password.data)[0]:
            return _complete_pending(held, identity, provider, user)
        else:
            record("LOGIN_PER_IP", client_address())
            record("LOGIN_PER_EMAIL", email_key)
            form.password.errors = [_("The password is not correct.")]
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template(
        "users/oidc_prove.html",
        form=form,
        email=user.email,
        has_password=user.has_password,
        provider_label=flow.provider_label(provider),
    ), status


@bp.post("/login/oidc/link/mail")
def prove_by_mail():
    held, found = _pending_account()
    if held is None or not ActionForm().validate_on_submit():
        return _expired()
    _identity, provider, user = found
    if not allow("ACCOUNT_MAIL", str(user.id)):
        flash(_("You have tried this too often. Please wait a few minutes and try again."), "error")
        return redirect(url_for("oidc.prove"), 303)
    link = _external("oidc.prove_by_link", token=link_token(user, held["binding"]))
    commit(
        lambda: queue_email(
            user.email,
            "link_login",
            user.locale or str(get_locale()),
            _("Link your login to your account"),
            user=user,
            link=link,
            provider_label=flow.provider_label(provider),
        )
    )
    return render_template("users/check_mail.html", purpose="link")


@bp.get("/login/oidc/link/<token>")
def prove_by_link(token: str):
    held, found = _pending_account()
    user = read_link_token(token, held["binding"] if held else None)
    if user is None or found is None or found[2].id != user.id:
        return render_template("users/link_invalid.html", purpose="link"), 400
    identity, provider, user = found
    return _complete_pending(held, identity, provider, user)


@bp.post("/account/logins/<name>/unlink")
@login_required
def unlink(name: str):
    provider = _provider_or_404(name)
    if ActionForm().validate_on_submit():
        user = current_user._get_current_object()
        commit_or_flash(
            lambda: services.unlink(user, provider.name),
            _("The login at %(label)s is no longer linked.", label=flow.provider_label(provider)),
        )
    return redirect(url_for("users.account"))
