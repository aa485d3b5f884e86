"""Guarding views with the permission functions of the feature packages."""

from collections.abc import Callable
from functools import wraps

from flask import abort
from flask_login import current_user, login_required


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
