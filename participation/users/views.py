"""Registration, confirmation, login/logout, password reset and the account page."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required, logout_user

from participation.core.errors import ValidationFailed
from participation.core.forms import ActionForm, commit, commit_or_show
from participation.core.ratelimit import allow, client_address, exhausted, record
from participation.core.security import next_path
from participation.extensions import db
from participation.users import hooks, services
from participation.users.auth import end_all_sessions, end_session, start_session
from participation.users.devices import known_device, remember_device
from participation.users.forms import (
    ROLE_LABELS,
    ChangeEmailForm,
    ChangePasswordForm,
    LoginForm,
    ProfileForm,
    RegistrationForm,
    ResetPasswordForm,
    ResetRequestForm,
)
from participation.users.oidc import flow as oidc_flow
from participation.users.oidc.services import password_login_allowed
from participation.users.tokens import (
    read_confirmation_token,
    read_invitation_token,
    read_reset_token,
)

bp = Blueprint("users", __name__)


def _too_many(form) -> int:
    """Show the rate-limit refusal on the form (keeping what was typed); returns the status."""
    form.form_errors.append(
        _("You have tried this too often. Please wait a few minutes and try again.")
    )
    return 429


@bp.route("/register", methods=["GET", "POST"])
def register():
    form = RegistrationForm()
    status = 200
    if form.validate_on_submit():
        if not allow("REGISTER", client_address()):
            status = _too_many(form)
        else:

            def create():
                user = services.register(
                    form.email.data, form.display_name.data, form.password.data, str(get_locale())
                )
                if user is not None:
                    hooks.registered(user)
                return user

            saved, _user = commit_or_show(form, create)
            if saved:
                return render_template("users/check_mail.html", purpose="register")
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template("users/register.html", form=form), status


@bp.get("/confirm/<token>")
def confirm_email(token: str):
    found = read_confirmation_token(token)
    if found is None:
        return render_template("users/link_invalid.html", purpose="confirm"), 400
    user, email = found
    try:
        commit(lambda: services.confirm_email(user, email))
    except ValidationFailed as failure:
        return render_template("users/link_invalid.html", reasons=failure.reasons), 400
    flash(_("Thank you, your e-mail address is confirmed."), "success")
    if current_user.is_authenticated:
        return redirect(url_for("users.account"))
    return redirect(url_for("users.login"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated and request.method == "GET":
        return redirect(url_for("pages.index"))
    form = LoginForm()
    if request.method == "GET":
        form.next.data = next_path(None)
    status = 200
    if form.validate_on_submit():
        email_key = form.email.data.strip().lower()
        # Only failures count: per address, and per account or per known device.
        device = known_device(form.email.data)
        account_limit = ("LOGIN_PER_DEVICE", device) if device else ("LOGIN_PER_EMAIL", email_key)
        if exhausted("LOGIN_PER_IP", client_address()) or exhausted(*account_limit):
            status = _too_many(form)
        elif (user := services.authenticate(form.email.data, form.password.data)) and (
            not password_login_allowed(user)
        ):
            db.session.rollback()
            form.form_errors.append(
                _("Accounts of the administration log in with the administration's login.")
            )
            status = 403
        elif user:
            commit(lambda: start_session(user, remember=form.remember.data))
            hooks.logged_in(user)
            flash(_("You are logged in."), "success")
            return remember_device(redirect(next_path(url_for("pages.index"))), user.email)
        else:
            record("LOGIN_PER_IP", client_address())
            record(*account_limit)
            form.form_errors.append(_("E-mail address or password is not correct."))
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template("users/login.html", form=form), status


@bp.post("/logout")
def logout():
    provider_logout = None
    if ActionForm().validate_on_submit():
        provider_logout = oidc_flow.provider_logout_url()
        commit(end_session)
        flash(_("You are logged out."), "success")
    return redirect(provider_logout or url_for("pages.index"))


@bp.route("/password/forgot", methods=["GET", "POST"])
def reset_request():
    form = ResetRequestForm()
    status = 200
    if form.validate_on_submit():
        if not allow("RESET", client_address()):
            status = _too_many(form)
        else:
            commit(lambda: services.request_password_reset(form.email.data, str(get_locale())))
            return render_template("users/check_mail.html", purpose="reset")
    elif form.is_submitted():
        status = 400
    return render_template("users/reset_request.html", form=form), status


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    user = read_reset_token(token)
    if user is None:
        return render_template("users/link_invalid.html", purpose="reset"), 400
    form = ResetPasswordForm()
    status = 200
    if form.validate_on_submit():

        def reset():
            services.set_password(user, form.password.data)
            if user.confirmed_at is None:
                # The reset link arrived at this address, which proves it.
                services.confirm_email(user, user.email)

        saved, _result = commit_or_show(form, reset)
        if saved:
            logout_user()
            flash(_("Your password has been changed. Please log in."), "success")
            return redirect(url_for("users.login"))
        status = 400
    elif form.is_submitted():
        status = 400
    return render_template("users/reset_password.html", form=form), status


@bp.route("/invitation/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    """An invited colleague sets a password; the link confirms the address and logs in."""
    user = read_invitation_token(token)
    if user is None:
        return render_template("users/link_invalid.html", purpose="invitation"), 400
    form = ResetPasswordForm()
    status = 200
    if form.validate_on_submit():

        def accept():
            services.set_password(user, form.password.data)
            services.confirm_email(user, user.email)
            start_session(user, remember=False)

        saved, _result = commit_or_show(form, accept)
        if saved:
            flash(_("Welcome! Your password is set and you are logged in."), "success")
            return redirect(url_for("pages.index"))
        status = 400
    elif form.is_submitted():
        status = 400
    return render_template("users/accept_invitation.html", form=form, person=user), status


def _account_forms(**overrides):
    forms = {
        "profile_form": ProfileForm(
            prefix="profile",
            data={"display_name": current_user.display_name, "locale": current_user.locale},
        ),
        "password_form": ChangePasswordForm(prefix="password"),
        "email_form": ChangeEmailForm(prefix="email"),
        "action_form": ActionForm(),
        "role_names": ROLE_LABELS,
    }
    forms.update(overrides)
    return forms


@bp.get("/account")
@login_required
def account():
    return render_template("users/account.html", **_account_forms())


def _account_post(form_name: str, form, apply, success: str, limited: bool = False):
    """Validate one of the account forms, run the service, and re-render on failure."""
    status = 400
    if form.validate_on_submit():
        if limited and not allow("ACCOUNT_MAIL", str(current_user.id)):
            status = _too_many(form)
            return render_template(
                "users/account.html", **_account_forms(**{form_name: form})
            ), status
        saved, _result = commit_or_show(form, lambda: apply(form))
        if saved:
            flash(success, "success")
            return redirect(url_for("users.account"))
    return render_template("users/account.html", **_account_forms(**{form_name: form})), status


def _restart_session() -> None:
    remember = bool(request.cookies.get("remember_token"))
    start_session(current_user._get_current_object(), remember=remember)


@bp.post("/account/profile")
@login_required
def update_profile():
    def apply(form):
        services.update_profile(current_user, form.display_name.data, form.locale.data)

    return _account_post(
        "profile_form", ProfileForm(prefix="profile"), apply, _("Your profile has been saved.")
    )


@bp.post("/account/password")
@login_required
def change_password():
    def apply(form):
        services.change_password(current_user, form.current_password.data, form.new_password.data)
        _restart_session()

    return _account_post(
        "password_form",
        ChangePasswordForm(prefix="password"),
        apply,
        _("Your password has been changed. Other devices have been logged out."),
    )


@bp.post("/account/email")
@login_required
def change_email():
    def apply(form):
        services.request_email_change(current_user, form.password.data, form.email.data)

    return _account_post(
        "email_form",
        ChangeEmailForm(prefix="email"),
        apply,
        _(
            "We have sent a confirmation link to the new address. "
            "It applies once you have confirmed it."
        ),
        limited=True,
    )


@bp.post("/account/sessions")
@login_required
def end_other_sessions():
    def apply(_form):
        end_all_sessions(current_user)
        _restart_session()

    return _account_post(
        "action_form", ActionForm(), apply, _("All other sessions have been logged out.")
    )


@bp.post("/account/confirmation")
@login_required
def resend_confirmation():
    def apply(_form):
        address = current_user.pending_email or current_user.email
        if current_user.pending_email or not current_user.is_confirmed:
            services.send_confirmation(current_user, address)

    return _account_post(
        "action_form",
        ActionForm(),
        apply,
        _("We have sent the confirmation link again."),
        limited=True,
    )
