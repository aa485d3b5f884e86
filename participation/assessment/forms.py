"""Assessment and decision forms: they check the shape; the services check the rules."""

import re

from babel.numbers import get_group_symbol
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    RadioField,
    SelectChoice,
    StringField,
    TextAreaField,
    URLField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional
from wtforms.widgets import TextInput

from participation.assessment.labels import (
    FIELD_LABELS,
    OUTCOME_LABELS,
    RECOMMENDATION_LABELS,
    SCALE_LABELS,
)
from participation.assessment.models import REQUIRED_FIELDS
from participation.assessment.services import COST_MAX_EUR, DURATION_MAX_MONTHS, TEXT_MAX

COST_RANGE = NumberRange(
    0, COST_MAX_EUR, _l("Please enter an amount from 0 to 1,000,000,000 euros.")
)
DURATION_RANGE = NumberRange(1, DURATION_MAX_MONTHS, _l("Please enter from 1 to %(max)d months."))

STAFF_ONLY = _l("Staff only: never published.")


class WholeNumberField(IntegerField):
    """A whole number typed as text ("25.000", "25 000 €" in German); what was typed stays."""

    widget = TextInput()

    def process_formdata(self, valuelist):
        if not valuelist:
            return
        raw = valuelist[0].strip()
        self.data = None
        if not raw:
            return
        digits = re.sub(r"[\s€]", "", raw).replace(get_group_symbol(locale=str(get_locale())), "")
        if not re.fullmatch(r"[0-9]{1,12}", digits):
            raise ValueError(_("Please enter a whole number."))
        self.data = int(digits)


def _text(name: str, rows: int = 4, description=None, max_length: int = TEXT_MAX):
    return TextAreaField(
        FIELD_LABELS[name],
        validators=[Optional(), Length(max=max_length)],
        description=description,
        render_kw={"rows": rows, "maxlength": max_length},
    )


def _number(name: str, bounds: NumberRange, description=None):
    return WholeNumberField(
        FIELD_LABELS[name],
        validators=[Optional(), bounds],
        description=description,
        render_kw={"inputmode": "numeric", "autocomplete": "off"},
    )


def _scale(name: str, description):
    return RadioField(
        FIELD_LABELS[name], coerce=int, validators=[Optional()], description=description
    )


class AssessmentForm(FlaskForm):
    """Phase 1. Every field may stay empty in a draft; completing needs REQUIRED_FIELDS."""

    effort = _scale("effort", _l("Work, money and coordination the idea needs."))
    benefit = _scale("benefit", _l("What citizens and the administration gain."))
    chances = _text("chances")
    risks = _text("risks")
    cost_min_eur = _number("cost_min_eur", COST_RANGE, _l("Whole euros, e.g. 25000."))
    cost_max_eur = _number(
        "cost_max_eur", COST_RANGE, _l("Whole euros; the same as above if known exactly.")
    )
    duration_months = _number("duration_months", DURATION_RANGE)
    earliest_start = StringField(
        FIELD_LABELS["earliest_start"],
        validators=[Optional(), Length(max=20)],
        description=_l("Year and quarter, e.g. 2027-Q2."),
        render_kw={"autocomplete": "off", "maxlength": 20},
    )
    legally_required = BooleanField(FIELD_LABELS["legally_required"])
    legal_basis = _text(
        "legal_basis", 2, _l("Which law or OZG service, e.g. “OZG: Bewohnerparkausweis”.")
    )
    data_protection_notes = _text("data_protection_notes", 3, STAFF_ONLY)
    it_security_notes = _text("it_security_notes", 3, STAFF_ONLY)
    responsible_department = StringField(
        FIELD_LABELS["responsible_department"],
        validators=[Optional(), Length(max=200)],
        render_kw={"maxlength": 200},
    )
    recommendation = RadioField(
        FIELD_LABELS["recommendation"],
        choices=[SelectChoice(value, label) for value, label in RECOMMENDATION_LABELS.items()],
        validators=[Optional()],
    )
    public_summary = _text(
        "public_summary",
        3,
        _l("Two or three sentences; shown publicly with the recommendation."),
        max_length=1000,
    )
    internal_remarks = _text("internal_remarks", 3)  # the label says: staff only

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for scale in (self.effort, self.benefit):
            scale.choices = [
                SelectChoice(value, f"{value} – {label}") for value, label in SCALE_LABELS.items()
            ]

    def values(self) -> dict:
        """The entered values for the services."""
        return {name: field.data for name, field in self._fields.items() if name != "csrf_token"}

    def missing_fields(self) -> list[str]:
        """Required fields still empty in what the form shows now."""
        return [name for name in REQUIRED_FIELDS if self[name].data in (None, "")]


class DecisionForm(FlaskForm):
    """Phase 2: the outcome, who decided when, and the public reasoning."""

    outcome = RadioField(
        _l("Outcome"),
        choices=[SelectChoice(value, label) for value, label in OUTCOME_LABELS.items()],
        validators=[InputRequired(_l("Please choose the outcome."))],
    )
    body = StringField(
        _l("Deciding body"),
        validators=[InputRequired(_l("Please name the deciding body.")), Length(max=200)],
        description=_l("Choose a suggestion or type the name."),
        render_kw={"list": "deciding-bodies", "maxlength": 200, "autocomplete": "off"},
    )
    decided_on = DateField(
        _l("Date of the decision"),
        format=["%Y-%m-%d", "%d.%m.%Y"],
        validators=[InputRequired(_l("Please enter the date of the decision."))],
    )
    reasoning = TextAreaField(
        _l("Public reasoning"),
        validators=[Optional(), Length(max=TEXT_MAX)],
        description=_l("Shown publicly. Required for a rejection or a deferral."),
        render_kw={"rows": 5, "maxlength": TEXT_MAX},
    )
    document_url = URLField(
        _l("Link to the council document (optional)"),
        validators=[Optional(), Length(max=500)],
        description=_l("A web address, e.g. from the council information system."),
        render_kw={"maxlength": 500, "autocomplete": "off"},
    )
