"""Forms for cycles, visions and linking ideas: they check the shape; services check the rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from participation.core.urls import FIRST_YEAR, LAST_YEAR
from participation.cycles.services import DESCRIPTION_MAX, POSITION_MAX, TITLE_MAX
from participation.ideas.forms import IdeaReferenceField


def _title(description=None) -> StringField:
    return StringField(
        _l("Title"),
        validators=[InputRequired(_l("Please enter a title.")), Length(max=TITLE_MAX)],
        description=description,
        render_kw={"maxlength": TITLE_MAX},
    )


def _description(description=None) -> TextAreaField:
    return TextAreaField(
        _l("Description"),
        validators=[Optional(), Length(max=DESCRIPTION_MAX)],
        description=description,
        render_kw={"rows": 5, "maxlength": DESCRIPTION_MAX},
    )


class CycleEditForm(FlaskForm):
    title = _title(_l("For example “Digitalisierungsprogramm 2026”."))
    description = _description(_l("What the programme of this year is about. Plain text."))

    def values(self) -> dict:
        return {"title": self.title.data, "description": self.description.data}


class CycleForm(CycleEditForm):
    year = IntegerField(
        _l("Year"),
        validators=[
            InputRequired(_l("Please enter the year.")),
            NumberRange(FIRST_YEAR, LAST_YEAR),
        ],
        render_kw={"min": FIRST_YEAR, "max": LAST_YEAR, "inputmode": "numeric"},
    )

    def values(self) -> dict:
        return {"year": self.year.data, **super().values()}


class VisionForm(FlaskForm):
    title = _title(
        _l("A short statement of where the municipality wants to be, e.g. “All citizen "
           "services are online and done in 5 minutes”.")
    )  # fmt: skip
    description = _description(_l("Optional: what the vision means in practice. Plain text."))
    position = IntegerField(
        _l("Position"),
        validators=[Optional(), NumberRange(0, POSITION_MAX)],
        description=_l("Visions are listed by this number, smallest first. Empty: at the end."),
        render_kw={"min": 0, "max": POSITION_MAX, "inputmode": "numeric"},
    )

    def values(self) -> dict:
        return {
            "title": self.title.data,
            "description": self.description.data,
            "position": self.position.data,
        }


class LinkIdeaForm(FlaskForm):
    reference = IdeaReferenceField(
        _l("Reference number of the idea"),
        description=_l("The idea then serves this vision (instead of any other one)."),
    )
