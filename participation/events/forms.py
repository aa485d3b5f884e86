"""Event forms: they check the shape; the services check the rules.

Dates and times are typed in the local time of the platform (Europe/Berlin by default) and
come out of the form time-zone aware; the database stores them in UTC.
"""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired, FileSize
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
    URLField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from participation.core.forms import CheckboxesField, database_id
from participation.core.localtime import LocalDateTimeField
from participation.events.labels import AUDIENCE_LABELS, TYPE_LABELS
from participation.events.models import Audience
from participation.events.services import CAPACITY_MAX, NOTE_MAX, PLACE_MAX, URL_MAX
from participation.events.teams import AWARD_MAX, NAME_MAX
from participation.ideas.forms import IdeaForm
from participation.ideas.services import DESCRIPTION_MAX, TITLE_MAX

EVENT_FIELDS = (
    "type",
    "title",
    "description",
    "starts_at",
    "ends_at",
    "place",
    "online_url",
    "audience",
    "capacity",
    "submissions_open_at",
    "submissions_close_at",
    "co_organisers",
    "results",
)


def _when(label, required: bool = True, description=None) -> LocalDateTimeField:
    validators = [InputRequired(_l("Please enter a date and time."))] if required else [Optional()]
    return LocalDateTimeField(label, validators=validators, description=description)


class EventForm(FlaskForm):
    type = SelectField(
        _l("Kind of event"),
        choices=[SelectChoice(value, label) for value, label in TYPE_LABELS.items()],
        validators=[InputRequired()],
    )
    title = StringField(
        _l("Title"),
        validators=[InputRequired(_l("Please enter a title.")), Length(max=TITLE_MAX)],
        render_kw={"maxlength": TITLE_MAX, "autocomplete": "off"},
    )
    description = TextAreaField(
        _l("Description"),
        validators=[
            InputRequired(_l("Please describe the event.")),
            Length(max=DESCRIPTION_MAX),
        ],
        description=_l("What happens, for whom, what to bring. Formatting with Markdown."),
        render_kw={"rows": 10},
    )
    starts_at = _when(_l("Starts"))
    ends_at = _when(_l("Ends"))
    place = StringField(
        _l("Place (address)"),
        validators=[Optional(), Length(max=PLACE_MAX)],
        description=_l("Leave empty for an online event."),
        render_kw={"maxlength": PLACE_MAX, "autocomplete": "off"},
    )
    online_url = URLField(
        _l("Online link (optional)"),
        validators=[Optional(), Length(max=URL_MAX)],
        description=_l("For online or hybrid events, e.g. the video conference."),
        render_kw={"maxlength": URL_MAX},
    )
    audience = RadioField(
        _l("Who can take part?"),
        choices=[SelectChoice(value, label) for value, label in AUDIENCE_LABELS.items()],
        default=Audience.PUBLIC,
    )
    capacity = IntegerField(
        _l("Places (optional)"),
        validators=[Optional(), NumberRange(min=1, max=CAPACITY_MAX)],
        description=_l("When all places are taken, further people join the waiting list."),
        render_kw={"min": 1, "inputmode": "numeric"},
    )
    submissions_open_at = _when(
        _l("Ideas can be submitted from (optional)"),
        required=False,
        description=_l("While submissions are open, the idea form offers this event."),
    )
    submissions_close_at = _when(_l("Ideas can be submitted until (optional)"), required=False)
    co_organisers = TextAreaField(
        _l("Co-organisers (optional)"),
        validators=[Optional(), Length(max=2000)],
        description=_l("E-mail addresses of organiser accounts, separated by commas."),
        render_kw={"rows": 2},
    )
    results = TextAreaField(
        _l("Results (optional)"),
        validators=[Optional(), Length(max=DESCRIPTION_MAX)],
        description=_l("Shown on the event page after the event. Formatting with Markdown."),
        render_kw={"rows": 6},
    )

    def values(self) -> dict:
        values = {name: self[name].data for name in EVENT_FIELDS if name in self}
        values.setdefault("audience", Audience.PUBLIC)
        return values


def event_form_data(event) -> dict:
    """An existing event as form data (times are converted to local time by the fields)."""
    data = {name: getattr(event, name) for name in EVENT_FIELDS if name != "co_organisers"}
    data["co_organisers"] = ", ".join(user.email for user in event.co_organisers)
    data["online_url"] = event.online_url or ""
    return data


class ParticipantIdeaForm(IdeaForm):
    """An idea from participants, entered by an organiser."""

    note = StringField(
        _l("Where does the idea come from?"),
        validators=[
            InputRequired(_l("Please say where the idea comes from.")),
            Length(max=NOTE_MAX),
        ],
        description=_l("Shown on the idea page, e.g. “Workshop table 2, from the pinboard”."),
        render_kw={"maxlength": NOTE_MAX, "autocomplete": "off"},
    )


class ImportForm(FlaskForm):
    file = FileField(
        _l("CSV file"),
        validators=[FileRequired(_l("Please choose a CSV file."))],
        description=_l(
            "Columns: title; summary; description; category. UTF-8 or Windows-1252, "
            "separated by semicolons or commas."
        ),
        render_kw={"accept": ".csv,text/csv"},
    )
    note = StringField(
        _l("Where do the ideas come from?"),
        validators=[
            InputRequired(_l("Please say where the ideas come from.")),
            Length(max=NOTE_MAX),
        ],
        description=_l("Shown on each idea page, e.g. “Collected on paper at the workshop”."),
        render_kw={"maxlength": NOTE_MAX, "autocomplete": "off"},
    )

    def limit_size(self, max_bytes: int) -> None:
        message = _l("The file is too large: at most %(size)d KB.", size=max_bytes // 1024)
        self.file.validators = [*self.file.validators, FileSize(max_bytes, message=message)]


class ImportConfirmForm(FlaskForm):
    """The checked file travels back with the confirmation and is checked again."""

    content = HiddenField(validators=[InputRequired()])
    note = HiddenField(validators=[InputRequired(), Length(max=NOTE_MAX)])
    only_valid = BooleanField(_l("Import only the rows without errors"))


class HandOverForm(FlaskForm):
    ideas = CheckboxesField(_l("Ideas to hand over"), coerce=database_id, validate_choice=False)


class TeamForm(FlaskForm):
    name = StringField(
        _l("Team name"),
        validators=[InputRequired(_l("Please enter a team name.")), Length(max=NAME_MAX)],
        render_kw={"maxlength": NAME_MAX, "autocomplete": "off"},
    )
    idea = SelectField(_l("Idea the team works on"), coerce=database_id, validate_choice=False)

    def set_ideas(self, ideas) -> None:
        self.idea.choices = [
            SelectChoice(idea.id, f"{idea.reference} {idea.title}") for idea in ideas
        ]


class AwardForm(FlaskForm):
    award = StringField(
        _l("Award"),
        validators=[Optional(), Length(max=AWARD_MAX)],
        description=_l("E.g. “1st place” or “Audience award”. Leave empty to remove."),
        render_kw={"maxlength": AWARD_MAX, "autocomplete": "off"},
    )


class CancelEventForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason"),
        validators=[InputRequired(_l("Please give a reason.")), Length(max=2000)],
        description=_l("Shown on the event page and sent to everyone registered."),
        render_kw={"rows": 3, "maxlength": 2000},
    )
