"""Idea forms: they check the shape; the services check the rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from participation.ideas.labels import VISIBILITY_LABELS
from participation.ideas.models import Visibility
from participation.ideas.queries import idea_by_reference
from participation.ideas.services import DESCRIPTION_MAX, SUMMARY_MAX, TITLE_MAX


class IdeaForm(FlaskForm):
    title = StringField(
        _l("Title"),
        validators=[InputRequired(_l("Please enter a title.")), Length(max=TITLE_MAX)],
        description=_l(
            "Up to 120 characters, e.g. “Book appointments at the citizens’ office online”."
        ),
        render_kw={"maxlength": TITLE_MAX, "autocomplete": "off"},
    )
    summary = TextAreaField(
        _l("Short summary"),
        validators=[InputRequired(_l("Please enter a short summary.")), Length(max=SUMMARY_MAX)],
        description=_l("One to three sentences, up to 500 characters. Shown in lists."),
        render_kw={"maxlength": SUMMARY_MAX, "rows": 3},
    )
    description = TextAreaField(
        _l("Description"),
        validators=[
            InputRequired(_l("Please describe your idea.")),
            Length(max=DESCRIPTION_MAX),
        ],
        description=_l(
            "What is the problem, what do you suggest, who benefits? Formatting with Markdown: "
            "**bold**, *italic*, lists with “-”, links."
        ),
        render_kw={"rows": 12},
    )
    category = SelectField(_l("Field of action"), validators=[InputRequired()])
    tags = StringField(
        _l("Tags (optional)"),
        validators=[Optional(), Length(max=250)],
        description=_l("Up to 5 keywords, separated by commas."),
        render_kw={"autocomplete": "off"},
    )
    visibility = RadioField(
        _l("Who can see the idea?"),
        choices=[SelectChoice(value, label) for value, label in VISIBILITY_LABELS.items()],
        default=Visibility.PUBLIC,
    )
    event = SelectField(
        _l("Submit to an event (optional)"),
        description=_l("These events are collecting ideas right now."),
    )

    def set_events(self, events: list[tuple[str, str]]) -> None:
        """Offer these events (slug, title) besides "No event"."""
        self.event.choices = [SelectChoice("", _l("No event"))] + [
            SelectChoice(slug, title) for slug, title in events
        ]

    def set_categories(self, categories, locale: str) -> None:
        self.category.choices = [SelectChoice("", _l("Please choose"))] + [
            SelectChoice(category.slug, category.name(locale)) for category in categories
        ]


class IdeaReferenceField(StringField):
    """A reference number typed by staff (2026-0042); `idea` is the idea it names, and a
    number that names none is an error on the field."""

    idea = None

    def __init__(self, label, description=None, **kwargs):
        kwargs.setdefault(
            "validators", [InputRequired(_l("Please enter a reference number like 2026-0042."))]
        )
        render_kw = {"placeholder": "2026-0042", "autocomplete": "off", "maxlength": 20}
        super().__init__(label, description=description, render_kw=render_kw, **kwargs)

    def post_validate(self, form, validation_stopped):
        if validation_stopped or not self.data:
            return
        self.idea = idea_by_reference(self.data)
        if self.idea is None:
            raise ValidationError(_l("There is no idea with this reference number."))


class WithdrawForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason (optional)"),
        validators=[Optional(), Length(max=1000)],
        description=_l("Shown publicly on the idea page."),
        render_kw={"rows": 3, "maxlength": 1000},
    )
