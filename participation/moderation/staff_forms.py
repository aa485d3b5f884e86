"""Forms for moderation actions."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from participation.ideas.forms import IdeaReferenceField


class ReasonForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Shown to the author; recorded in the audit log."),
        render_kw={"rows": 2, "maxlength": 2000},
    )


class StatusForm(FlaskForm):
    target = HiddenField(validators=[InputRequired()])
    note = TextAreaField(
        _l("Public note"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Shown in the idea's timeline. Required for a rejection."),
        render_kw={"rows": 2, "maxlength": 2000},
    )


class MergeForm(FlaskForm):
    target = IdeaReferenceField(_l("Reference number of the idea to keep"))
    note = TextAreaField(
        _l("Public note"),
        validators=[InputRequired(_l("Please explain the merge.")), Length(max=2000)],
        render_kw={"rows": 3, "maxlength": 2000},
    )


class NoteForm(FlaskForm):
    body = TextAreaField(
        _l("Internal note"),
        validators=[InputRequired(_l("Please write a note.")), Length(max=2000)],
        description=_l("Only staff can read internal notes."),
        render_kw={"rows": 3, "maxlength": 2000},
    )
