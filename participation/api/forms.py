"""The form for a new personal API token."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField
from wtforms.validators import InputRequired, Length

from participation.api.models import Scope

SCOPE_LABELS = {
    Scope.READ_INTERNAL: _l("Read internal ideas, roadmap items and events"),
    Scope.WRITE_PROGRESS: _l("Write roadmap progress (updates, milestones, indicator values)"),
    Scope.WRITE_ASSESSMENTS: _l("Write assessments"),
}


class TokenForm(FlaskForm):
    name = StringField(
        _l("Name"),
        validators=[InputRequired(), Length(max=80)],
        description=_l("What the token is for, e.g. the project tool of the IT department."),
    )
    read_internal = BooleanField(SCOPE_LABELS[Scope.READ_INTERNAL])
    write_progress = BooleanField(SCOPE_LABELS[Scope.WRITE_PROGRESS])
    write_assessments = BooleanField(SCOPE_LABELS[Scope.WRITE_ASSESSMENTS])

    def limit_to(self, scopes: list[Scope]) -> None:
        """Offer only the scopes the person may grant."""
        for scope in Scope:
            if scope not in scopes:
                delattr(self, scope.value)

    def chosen_scopes(self) -> list[str]:
        return [scope.value for scope in Scope if (f := self._fields.get(scope.value)) and f.data]
