"""Form helpers: service reasons shown on the form, and the empty form for POST buttons."""

from flask_wtf import FlaskForm
from wtforms import SelectChoice

from participation.core.errors import ValidationFailed
from participation.core.i18n import LANGUAGE_NAMES
from participation.core.urls import whole_number
from participation.extensions import db


def database_id(value) -> int:
    """`coerce` for choices that are ids: a whole number the database can hold."""
    number = whole_number(str(value))
    if number is None:
        raise ValueError("not an id")
    return number


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


def commit_or_show(form: FlaskForm, action):
    """Run a service call and commit: returns (True, result), or rolls back, shows the
    service's reasons on the form and returns (False, None)."""
    try:
        result = action()
    except ValidationFailed as failure:
        db.session.rollback()
        show_reasons(form, failure)
        return False, None
    db.session.commit()
    return True, result
