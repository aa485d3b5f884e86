"""Guarding views and services with the permission functions of the feature packages."""

from collections.abc import Callable
from functools import wraps

from flask import abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from participation.core.errors import ValidationFailed

STAFF_ONLY = _l("Only the moderation team can do this.")


def ensure(check: Callable[[object], bool], actor, message=STAFF_ONLY) -> None:
    """In a service: refuse with `message` unless `check(actor)`."""
    if not check(actor):
        raise ValidationFailed({None: str(message)})


def requires(check: Callable[[object], bool]):
    """View decorator: anonymous visitors are sent to log in; others need `check(user)`."""

    def decorate(view):
        @wraps(view)
        @login_required
        def guarded(*args, **kwargs):
            if not check(current_user):
                abort(403)
            return view(*args, **kwargs)

        return guarded

    return decorate
