"""Form helpers: committing a view's work (the one way: `commit`, or its form and button
variants), service reasons shown on the form, and the empty form for POST buttons."""

from collections.abc import Callable
from typing import TypeVar

from flask import flash, redirect, render_template
from flask_wtf import FlaskForm
from wtforms import SelectChoice, SelectMultipleField
from wtforms.widgets import CheckboxInput, ListWidget

from participation.core.errors import ValidationFailed
from participation.core.i18n import LANGUAGE_NAMES
from participation.core.urls import whole_number
from participation.extensions import db

T = TypeVar("T")


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


class CheckboxesField(SelectMultipleField):
    """Several choices as a list of checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


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


def commit(action: Callable[[], T]) -> T:
    """The one way a view saves: run the service call and commit once. When the service
    refuses (ValidationFailed), roll back and let the refusal through to the caller."""
    try:
        result = action()
    except ValidationFailed:
        db.session.rollback()
        raise
    db.session.commit()
    return result


def commit_or_show(form: FlaskForm, action: Callable[[], T]) -> tuple[bool, T | None]:
    """For forms: (True, result) after the commit, or (False, None) with the service's
    reasons shown on the form."""
    try:
        return True, commit(action)
    except ValidationFailed as failure:
        show_reasons(form, failure)
        return False, None


def form_page(
    form: FlaskForm,
    action: Callable[[], T],
    template: str,
    *,
    success: str | Callable[[T], str] | None,
    redirect_to: str | Callable[[T], str],
    **context,
):
    """The flow of a page with one form: on a valid POST run the service and commit, flash
    `success` and redirect; otherwise show the page, after a POST with the errors and what
    was typed (400)."""
    if form.validate_on_submit():
        saved, result = commit_or_show(form, action)
        if saved:
            if success:
                flash(success(result) if callable(success) else success, "success")
            return redirect(redirect_to(result) if callable(redirect_to) else redirect_to)
    status = 400 if form.is_submitted() else 200
    return render_template(template, form=form, **context), status


def commit_or_flash(action: Callable[[], T], success: str | None) -> tuple[bool, T | None]:
    """For buttons: flash `success` after the commit, or the service's reasons; returns
    (done, result)."""
    try:
        result = commit(action)
    except ValidationFailed as failure:
        for message in failure.reasons.values():
            flash(message, "error")
        return False, None
    if success:
        flash(success, "success")
    return True, result
