"""Account forms: they check the shape of input; services check the rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField, SelectField, StringField
from wtforms.validators import EqualTo, InputRequired, Length

from participation.core.forms import language_choices
from participation.users.models import Role
from participation.users.passwords import MAX_LENGTH

ROLE_LABELS = {
    Role.CITIZEN: _l("Citizen"),
    Role.EMPLOYEE: _l("Employee"),
    Role.ORGANISER: _l("Organiser"),
    Role.MODERATOR: _l("Moderator"),
    Role.ADMIN: _l("Administrator"),
}

EMAIL_KW = {"autocomplete": "email", "spellcheck": "false", "autocapitalize": "none"}


def email_field(label=None, autocomplete: str = "email") -> EmailField:
    return EmailField(
        label or _l("E-mail address"),
        validators=[InputRequired(_l("Please enter your e-mail address.")), Length(max=254)],
        render_kw={**EMAIL_KW, "autocomplete": autocomplete},
    )


def new_password_field(label=None) -> PasswordField:
    return PasswordField(
        label or _l("Password"),
        validators=[
            InputRequired(_l("Please enter a password.")),
            Length(
                max=MAX_LENGTH,
                message=_l("The password may have at most %(max)d characters.", max=MAX_LENGTH),
            ),
        ],
        description=_l("At least 12 characters. A sentence of several words works well."),
        render_kw={"autocomplete": "new-password"},
    )


def repeat_field(other: str) -> PasswordField:
    return PasswordField(
        _l("Repeat password"),
        validators=[
            InputRequired(_l("Please repeat the password.")),
            EqualTo(other, message=_l("The two passwords do not match.")),
        ],
        render_kw={"autocomplete": "new-password"},
    )


def current_password_field(label=None) -> PasswordField:
    return PasswordField(
        label or _l("Password"),
        validators=[InputRequired(_l("Please enter your password.")), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )


def display_name_field() -> StringField:
    return StringField(
        _l("Display name"),
        validators=[InputRequired(_l("Please enter a name.")), Length(max=80)],
        description=_l(
            "Shown publicly with your contributions. It does not have to be your real name."
        ),
        render_kw={"autocomplete": "nickname", "maxlength": 80},
    )


class RegistrationForm(FlaskForm):
    email = email_field()
    display_name = display_name_field()
    password = new_password_field()
    password_repeat = repeat_field("password")
    accept_terms = BooleanField(
        _l("I accept the terms of participation and have read the privacy notice."),
        validators=[InputRequired(_l("Please accept the terms of participation."))],
    )


class LoginForm(FlaskForm):
    email = email_field(autocomplete="username")
    password = current_password_field()
    remember = BooleanField(_l("Stay logged in on this device"))
    next = HiddenField()


class ResetRequestForm(FlaskForm):
    email = email_field()


class ResetPasswordForm(FlaskForm):
    password = new_password_field(_l("New password"))
    password_repeat = repeat_field("password")


class ProfileForm(FlaskForm):
    display_name = display_name_field()
    locale = SelectField(_l("Language"), choices=language_choices(), validate_choice=True)


class ChangePasswordForm(FlaskForm):
    current_password = current_password_field(_l("Current password"))
    new_password = new_password_field(_l("New password"))
    new_password_repeat = repeat_field("new_password")


class ChangeEmailForm(FlaskForm):
    email = email_field(_l("New e-mail address"))
    password = current_password_field(_l("Current password"))
