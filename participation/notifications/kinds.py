"""Every kind of notification, declared once: who hears it, what its data must hold, and
its sentence, rendered in the reader's language when shown or mailed.

`notify()` refuses a kind that is not declared here or data that lacks one of its keys, so
the data of stored notifications always fits their sentence.
"""

from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l

from participation.ideas.labels import STATUS_LABELS
from participation.roadmap.labels import ITEM_STATUS_LABELS


@dataclass(frozen=True)
class Kind:
    name: str
    audience: str  # who hears it (documentation; the listeners implement it)
    headline: LazyString  # with %(key)s placeholders for the data
    keys: tuple[str, ...]
    # Turns stored values into words for the sentence (e.g. a status into its label).
    words: Callable[[dict], dict] = lambda data: data

    def render(self, data: dict) -> str:
        return str(self.headline) % self.words(data)


def _idea_status(data: dict) -> dict:
    return {**data, "status": STATUS_LABELS.get(data["status"], data["status"])}


def _item_status(data: dict) -> dict:
    return {**data, "status": ITEM_STATUS_LABELS.get(data["status"], data["status"])}


IDEA = ("reference", "title")
KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "idea_status",
            "the author and followers of the idea",
            _l("“%(title)s” (%(reference)s) is now: %(status)s."),
            (*IDEA, "status", "note"),
            _idea_status,
        ),
        Kind(
            "idea_merged",
            "the author and followers of the merged idea",
            _l("“%(title)s” was merged into “%(into_title)s”; supports and followers moved there."),
            (*IDEA, "note", "into_title", "into_reference"),
        ),
        Kind(
            "roadmap_item_created",
            "the author and followers of the idea",
            _l("“%(title)s” is now on the roadmap: %(item)s."),
            (*IDEA, "item"),
        ),
        Kind(
            "item_update",
            "followers of the roadmap item and of its ideas",
            _l("New progress update on “%(item)s”."),
            ("item", "note"),
        ),
        Kind(
            "item_status",
            "followers of the roadmap item and of its ideas",
            _l("“%(item)s” is now: %(status)s."),
            ("item", "status"),
            _item_status,
        ),
        Kind(
            "milestone_done",
            "followers of the roadmap item and of its ideas",
            _l("Milestone reached on “%(item)s”: %(milestone)s."),
            ("item", "milestone"),
        ),
        Kind(
            "evaluation_published",
            "followers of the roadmap item and of its ideas",
            _l("The evaluation of “%(item)s” has been published."),
            ("item",),
        ),
        Kind(
            "comment_on_my_idea",
            "the author of the idea",
            _l("%(name)s commented on your idea “%(title)s”."),
            (*IDEA, "name", "note"),
        ),
        Kind(
            "reply_to_my_comment",
            "the author of the comment replied to",
            _l("%(name)s replied to your comment on “%(title)s”."),
            (*IDEA, "name", "note"),
        ),
        Kind(
            "content_hidden",
            "the author of the hidden idea or comment",
            _l("Your contribution on “%(title)s” was hidden by moderation."),
            (*IDEA, "note"),
        ),
        Kind(
            "content_restored",
            "the author of the idea or comment shown again",
            _l("Your contribution on “%(title)s” is visible again."),
            (*IDEA, "note"),
        ),
        Kind(
            "new_idea",
            "moderators",
            _l("New idea awaiting review: “%(title)s” (%(reference)s)."),
            IDEA,
        ),
        Kind(
            "auto_hidden",
            "moderators",
            _l("Hidden automatically after reports: “%(title)s”."),
            (*IDEA, "note"),
        ),
        Kind(
            "event_changed",
            "people registered for the event",
            _l("The event “%(event)s” has changed."),
            ("event", "note"),
        ),
        Kind(
            "event_cancelled",
            "people registered for the event",
            _l("The event “%(event)s” has been cancelled."),
            ("event", "note"),
        ),
        Kind(
            "waitlist_promoted",
            "the person who moved up from the waiting list",
            _l("You have a place at “%(event)s” now."),
            ("event",),
        ),
        Kind(
            "event_reminder",
            "people with a confirmed place, the day before",
            _l("Reminder: “%(event)s” takes place tomorrow."),
            ("event", "note"),
        ),
    )
}


def kind_of(name: str) -> Kind:
    return KINDS[name]


def check_data(name: str, data: dict) -> None:
    """Raise if `name` is not a declared kind or `data` lacks one of its keys."""
    missing = set(kind_of(name).keys) - set(data)
    if missing:
        raise KeyError(f"notification {name!r} needs {sorted(missing)}")
