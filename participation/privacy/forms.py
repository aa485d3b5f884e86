"""Forms of the legal pages, feedback, terms, data export and account deletion."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from participation.privacy.feedback import MESSAGE_MAX, NAME_MAX, PAGE_MAX
from participation.privacy.legal import BODY_MAX
from participation.users.forms import EMAIL_KW, current_password_field


class FeedbackForm(FlaskForm):
    name = StringField(
        _l("Your name (optional)"),
        validators=[
            Optional(),
            Length(max=NAME_MAX, message=_l("At most %(max)d characters.", max=NAME_MAX)),
        ],
        render_kw={"autocomplete": "name"},
    )
    email = EmailField(
        _l("Your e-mail address (optional)"),
        validators=[Optional(), Length(max=254)],
        description=_l("Only if you would like an answer and a confirmation."),
        render_kw=EMAIL_KW,
    )
    page_url = StringField(
        _l("Page concerned (optional)"),
        validators=[
            Optional(),
            Length(max=PAGE_MAX, message=_l("At most %(max)d characters.", max=PAGE_MAX)),
        ],
        render_kw={"inputmode": "url"},
    )
    message = TextAreaField(
        _l("Your message"),
        validators=[
            InputRequired(_l("Please describe your concern.")),
            Length(
                max=MESSAGE_MAX,
                message=_l("The description may have at most %(max)d characters.", max=MESSAGE_MAX),
            ),
        ],
        render_kw={"rows": 8},
    )


class LegalTextForm(FlaskForm):
    body_de = TextAreaField(
        _l("Text in German (Markdown)"),
        validators=[
            InputRequired(_l("Please enter the German text.")),
            Length(max=BODY_MAX, message=_l("At most %(max)d characters.", max=BODY_MAX)),
        ],
        render_kw={"rows": 20},
    )
    body_en = TextAreaField(
        _l("Text in English (Markdown, optional)"),
        validators=[Length(max=BODY_MAX, message=_l("At most %(max)d characters.", max=BODY_MAX))],
        description=_l("Without an English text, English readers see the German one."),
        render_kw={"rows": 12},
    )
    material = BooleanField(
        _l("Material change: participants must accept the terms again at their next login")
    )
    sign_language_url = StringField(
        _l("Address of the explanation in German Sign Language (DGS), optional"),
        validators=[Length(max=500)],
        render_kw={"inputmode": "url"},
    )


class AcceptTermsForm(FlaskForm):
    accept = BooleanField(
        _l("I accept the terms of participation."),
        validators=[InputRequired(_l("Please accept the terms of participation."))],
    )
    next = HiddenField()


class DeleteAccountForm(FlaskForm):
    password = current_password_field(_l("Your password"))
    remove_lonely_ideas = BooleanField(
        _l("Also remove my ideas that nobody else has supported or commented on")
    )
    confirm = BooleanField(
        _l("Yes, delete my account. This cannot be undone."),
        validators=[InputRequired(_l("Please confirm that you want to delete your account."))],
    )


class AdminDeleteForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason (e.g. the request and its date)"),
        validators=[InputRequired(_l("Please give a reason.")), Length(max=2000)],
        render_kw={"rows": 3},
    )
    remove_lonely_ideas = BooleanField(
        _l("Also remove the ideas that nobody else has supported or commented on")
    )
    confirm = BooleanField(
        _l("Yes, delete this account. This cannot be undone."),
        validators=[InputRequired(_l("Please confirm the deletion."))],
    )
