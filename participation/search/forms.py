"""The synonym list form (admins)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import TextAreaField
from wtforms.validators import Length, Optional


class SynonymsForm(FlaskForm):
    groups = TextAreaField(
        _l("Synonyms"),
        validators=[Optional(), Length(max=20_000)],
        description=_l(
            "One group of words with the same meaning per line, separated by commas, e.g. "
            "“Kita, Kindertagesstätte, Kindergarten”. A search for one of them finds the others."
        ),
        render_kw={"rows": 12},
    )
