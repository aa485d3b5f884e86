"""UI names for statuses, visibility and sort orders."""

from flask_babel import lazy_gettext as _l

from participation.ideas.models import IdeaStatus, Visibility

STATUS_LABELS = {
    IdeaStatus.SUBMITTED: _l("Submitted"),
    IdeaStatus.IN_REVIEW: _l("In review"),
    IdeaStatus.ASSESSED: _l("Assessed"),
    IdeaStatus.ACCEPTED: _l("Accepted"),
    IdeaStatus.REJECTED: _l("Rejected"),
    IdeaStatus.DEFERRED: _l("Deferred"),
    IdeaStatus.WITHDRAWN: _l("Withdrawn"),
    IdeaStatus.MERGED: _l("Merged"),
}

VISIBILITY_LABELS = {
    Visibility.PUBLIC: _l("Public"),
    Visibility.INTERNAL: _l("Internal (administration only)"),
}

SORT_LABELS = {
    "newest": _l("Newest"),
    "supported": _l("Most supported"),
    "discussed": _l("Most discussed"),
    "active": _l("Recently active"),
}

# Fields of an idea named in its edit history.
FIELD_LABELS = {
    "title": _l("title"),
    "summary": _l("summary"),
    "description": _l("description"),
    "category": _l("field of action"),
    "tags": _l("tags"),
}
