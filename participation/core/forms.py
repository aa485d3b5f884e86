"""Form helpers: service reasons shown on the form, and the empty form for POST buttons."""

from flask_wtf import FlaskForm
from wtforms import SelectChoice

from participation.core.errors import ValidationFailed
from participation.core.i18n import LANGUAGE_NAMES


def language_choices() -> list[SelectChoice]:
    """The UI languages, each named in its own language."""
    return [
        SelectChoice(code, name, render_kw={"lang": code}) for code, name in LANGUAGE_NAMES.items()
    ]


class ActionForm(FlaskForm):
    """A form with no fields: a button that POSTs with a CSRF token."""


def show_reasons(form: FlaskForm, failure: ValidationFailed) -> None:
    """Attach a service's reasons to the matching fields; the rest to the whole form."""
    for field_name, message in failure.reasons.items():
        field = form._fields.get(field_name) if field_name else None
        if field is None:
            form.form_errors.append(message)
        else:
            field.errors = [*field.errors, message]
