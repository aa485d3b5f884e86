"""The form that proves an existing account before a provider login is linked to it."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm

from participation.users.forms import current_password_field


class ProvePasswordForm(FlaskForm):
    password = current_password_field(_l("Password of your account"))
