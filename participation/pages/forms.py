"""The language switch in the header."""

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField

from participation.core.forms import language_choices


class LanguageForm(FlaskForm):
    language = SelectField(choices=language_choices())
    next = HiddenField()
