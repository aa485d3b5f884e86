"""What a notification says, rendered in the reader's language at display or mail time."""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.ideas.labels import STATUS_LABELS
from participation.notifications.models import Delivery, Notification, Topic
from participation.roadmap.labels import ITEM_STATUS_LABELS

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
    data = notification.data
    kind = notification.kind
    if kind == "idea_status":
        return _(
            "“%(title)s” (%(ref)s) is now: %(status)s.",
            title=data["title"],
            ref=data["reference"],
            status=STATUS_LABELS.get(data["status"], data["status"]),
        )
    if kind == "idea_merged":
        return _(
            "“%(title)s” was merged into “%(into)s”; supports and followers moved there.",
            title=data["title"],
            into=data["into_title"],
        )
    if kind == "roadmap_item_created":
        return _(
            "“%(title)s” is now on the roadmap: %(item)s.", title=data["title"], item=data["item"]
        )
    if kind == "item_update":
        return _("New progress update on “%(item)s”.", item=data["item"])
    if kind == "item_status":
        return _(
            "“%(item)s” is now: %(status)s.",
            item=data["item"],
            status=ITEM_STATUS_LABELS.get(data["status"], data["status"]),
        )
    if kind == "milestone_done":
        return _("Milestone reached on “%(item)s”: %(milestone)s.", **data)
    if kind == "evaluation_published":
        return _("The evaluation of “%(item)s” has been published.", item=data["item"])
    if kind == "comment_on_my_idea":
        return _(
            "%(name)s commented on your idea “%(title)s”.", name=data["name"], title=data["title"]
        )
    if kind == "reply_to_my_comment":
        return _(
            "%(name)s replied to your comment on “%(title)s”.",
            name=data["name"],
            title=data["title"],
        )
    if kind == "content_hidden":
        return _("Your contribution on “%(title)s” was hidden by moderation.", title=data["title"])
    if kind == "content_restored":
        return _("Your contribution on “%(title)s” is visible again.", title=data["title"])
    if kind == "new_idea":
        return _(
            "New idea awaiting review: “%(title)s” (%(ref)s).",
            title=data["title"],
            ref=data["reference"],
        )
    if kind == "auto_hidden":
        return _("Hidden automatically after reports: “%(title)s”.", title=data["title"])
    if kind == "event_changed":
        return _("The event “%(event)s” has changed.", event=data["event"])
    if kind == "event_cancelled":
        return _("The event “%(event)s” has been cancelled.", event=data["event"])
    if kind == "waitlist_promoted":
        return _("You have a place at “%(event)s” now.", event=data["event"])
    if kind == "event_reminder":
        return _("Reminder: “%(event)s” takes place tomorrow.", event=data["event"])
    return data.get("title", kind)


def detail(notification: Notification) -> str:
    """Optional second line: the public note, reason or excerpt that came with it."""
    return notification.data.get("note") or ""
