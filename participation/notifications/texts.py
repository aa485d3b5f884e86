"""What a notification says, rendered in the reader's language at display or mail time."""

from flask_babel import lazy_gettext as _l

from participation.notifications.kinds import kind_of
from participation.notifications.models import Delivery, Notification, Topic

TOPIC_LABELS = {
    Topic.MY_IDEAS: _l("My ideas and contributions"),
    Topic.FOLLOWED_IDEAS: _l("Ideas I follow"),
    Topic.ROADMAP: _l("Roadmap items I follow"),
    Topic.EVENTS: _l("Events I registered for"),
    Topic.MODERATION: _l("Moderation (new ideas, automatically hidden content)"),
}

DELIVERY_LABELS = {
    Delivery.IMMEDIATELY: _l("E-mail immediately"),
    Delivery.DAILY: _l("Daily digest"),
    Delivery.WEEKLY: _l("Weekly digest"),
    Delivery.NEVER: _l("No e-mail (only here on the platform)"),
}


def headline(notification: Notification) -> str:
    """One sentence describing the notification."""
    return kind_of(notification.kind).render(notification.data)


def detail(notification: Notification) -> str:
    """Optional second line: the public note, reason or excerpt that came with it."""
    return notification.data.get("note") or ""
