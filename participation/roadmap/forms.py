"""Forms for keeping the roadmap: items, updates, milestones, indicators, evaluation."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from participation.ideas.forms import IdeaReferenceField
from participation.roadmap.labels import ITEM_STATUS_LABELS
from participation.roadmap.services import BUDGET_MAX_EUR

NUMBER_TEXT_MAX = 20  # "-999999999999,99" and some room

PERIOD_HINT = _l("A month like 2027-03 or a quarter like 2027-Q1; empty if not planned yet.")


class ItemForm(FlaskForm):
    title = StringField(
        _l("Title"), validators=[InputRequired(_l("Please enter a title.")), Length(max=200)]
    )
    description = TextAreaField(
        _l("Description"),
        validators=[InputRequired(_l("Please describe the item.")), Length(max=20_000)],
        description=_l("What will be done, for whom, and how? Markdown is allowed."),
        render_kw={"rows": 8},
    )
    category = SelectField(_l("Field of action"), validators=[InputRequired()])
    vision = SelectField(_l("Vision (optional)"), validators=[Optional()])
    responsible_department = StringField(
        _l("Responsible department"),
        validators=[InputRequired(_l("Please name the responsible department.")), Length(max=200)],
    )
    contact = StringField(
        _l("Contact (optional)"),
        validators=[Optional(), Length(max=200)],
        description=_l("Shown publicly, e.g. a team address."),
    )
    start = StringField(_l("Planned start"), validators=[Optional()], description=PERIOD_HINT)
    end = StringField(_l("Planned end"), validators=[Optional()], description=PERIOD_HINT)
    budget_eur = IntegerField(
        _l("Budget in euros (optional)"),
        validators=[
            Optional(),
            NumberRange(
                min=0,
                max=BUDGET_MAX_EUR,
                message=_l("Please enter a budget from 0 to 1,000,000,000 euros."),
            ),
        ],
        render_kw={"min": 0, "max": BUDGET_MAX_EUR, "inputmode": "numeric"},
    )
    progress_from_milestones = BooleanField(_l("Calculate progress from the milestones"))

    def set_choices(self, categories, visions: list[tuple[int, str]], locale: str) -> None:
        self.category.choices = [SelectChoice("", _l("Please choose"))] + [
            SelectChoice(category.slug, category.name(locale)) for category in categories
        ]
        self.vision.choices = [SelectChoice("", _l("None"))] + [
            SelectChoice(str(vision_id), label) for vision_id, label in visions
        ]


class UpdateForm(FlaskForm):
    body = TextAreaField(
        _l("Progress update"),
        validators=[InputRequired(_l("Please write the update.")), Length(max=20_000)],
        description=_l("Public, dated, newest first. Markdown is allowed."),
        render_kw={"rows": 5},
    )
    progress = IntegerField(
        _l("New progress in percent (optional)"),
        validators=[Optional(), NumberRange(min=0, max=100)],
    )
    status = SelectField(_l("New status (optional)"), validators=[Optional()])
    reason = TextAreaField(
        _l("Reason (required for pausing, cancelling, reopening, or done with open milestones)"),
        validators=[Optional(), Length(max=2000)],
        render_kw={"rows": 2},
    )

    def offer_statuses(self, statuses) -> None:
        """Offer only the item's status and those it can go to from there."""
        self.status.choices = [SelectChoice("", _l("unchanged"))] + [
            SelectChoice(status, ITEM_STATUS_LABELS[status]) for status in statuses
        ]


class MilestoneForm(FlaskForm):
    title = StringField(
        _l("Milestone"),
        validators=[InputRequired(_l("Please name the milestone.")), Length(max=200)],
    )
    due_on = DateField(_l("Due date (optional)"), validators=[Optional()])
    note = StringField(_l("Note (optional)"), validators=[Optional(), Length(max=500)])


class IndicatorForm(FlaskForm):
    name = StringField(
        _l("Indicator"),
        validators=[InputRequired(_l("Please name the indicator.")), Length(max=300)],
        description=_l("E.g. processing time of the five most frequent services"),
    )
    unit = StringField(
        _l("Unit"), validators=[InputRequired(_l("Please give a unit.")), Length(max=40)]
    )
    baseline = StringField(
        _l("Baseline"),
        validators=[InputRequired(_l("Please enter a number.")), Length(max=NUMBER_TEXT_MAX)],
        render_kw={"inputmode": "decimal", "maxlength": NUMBER_TEXT_MAX},
    )
    target = StringField(
        _l("Target"),
        validators=[InputRequired(_l("Please enter a number.")), Length(max=NUMBER_TEXT_MAX)],
        render_kw={"inputmode": "decimal", "maxlength": NUMBER_TEXT_MAX},
    )
    current = StringField(
        _l("Current value (optional)"),
        validators=[Optional(), Length(max=NUMBER_TEXT_MAX)],
        render_kw={"inputmode": "decimal", "maxlength": NUMBER_TEXT_MAX},
    )
    measured_on = DateField(_l("Measured on (optional)"), validators=[Optional()])


class LinkIdeaForm(FlaskForm):
    reference = IdeaReferenceField(_l("Reference number of an accepted idea"))


class EvaluationForm(FlaskForm):
    summary = TextAreaField(
        _l("Result"),
        validators=[InputRequired(_l("Please summarise the result.")), Length(max=20_000)],
        render_kw={"rows": 4},
    )
    lessons_learned = TextAreaField(
        _l("Lessons learned"),
        validators=[InputRequired(_l("Please write down what was learned.")), Length(max=20_000)],
        render_kw={"rows": 4},
    )
    next_steps = TextAreaField(
        _l("What will be continued or improved (optional)"),
        validators=[Optional(), Length(max=20_000)],
        render_kw={"rows": 3},
    )
    follow_ups = StringField(
        _l("Follow-up ideas (optional)"),
        validators=[Optional(), Length(max=500)],
        description=_l("Reference numbers, separated by commas."),
    )
