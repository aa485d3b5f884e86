"""The status of a roadmap item: the one place that knows its statuses and how they change.

`STATUSES` says what each status means (tone of its badge, whether the item is still under
way, whether it is a column of the public overview, whether it can be evaluated).
`TRANSITIONS` lists the allowed moves with their rules: pausing and cancelling need a reason,
reopening too, and "done" needs every milestone done or a note that says why not.
`change_status` checks them; the progress update that carries the change is the item's
timeline entry (see `services.post_update`).
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import ngettext

from participation.core.errors import ValidationFailed
from participation.roadmap.models import ItemStatus, RoadmapItem

S = ItemStatus


@dataclass(frozen=True)
class Traits:
    tone: str  # the badge's colour: new, progress, positive, negative or neutral
    active: bool = False  # still under way: expected to get updates (else "stale")
    column: bool = False  # a column of the public overview (the others are listed below)
    done: bool = False  # finished: counts as implemented, can be evaluated
    explained: bool = False  # the reason for the change stays shown while in this status


STATUSES: dict[ItemStatus, Traits] = {
    S.PLANNED: Traits("new", active=True, column=True),
    S.IN_PROGRESS: Traits("progress", active=True, column=True),
    S.DONE: Traits("positive", column=True, done=True),
    S.PAUSED: Traits("neutral", active=True, explained=True),
    S.CANCELLED: Traits("neutral", explained=True),
}


@dataclass(frozen=True)
class Rule:
    reason: bool = False  # a public reason is required
    milestones: bool = False  # open milestones need a note that explains them


PAUSE_OR_CANCEL = Rule(reason=True)
TRANSITIONS: dict[tuple[ItemStatus, ItemStatus], Rule] = {
    (S.PLANNED, S.IN_PROGRESS): Rule(),
    (S.PLANNED, S.PAUSED): PAUSE_OR_CANCEL,
    (S.PLANNED, S.CANCELLED): PAUSE_OR_CANCEL,
    (S.PLANNED, S.DONE): Rule(milestones=True),
    (S.IN_PROGRESS, S.PAUSED): PAUSE_OR_CANCEL,
    (S.IN_PROGRESS, S.CANCELLED): PAUSE_OR_CANCEL,
    (S.IN_PROGRESS, S.DONE): Rule(milestones=True),
    (S.PAUSED, S.PLANNED): Rule(),
    (S.PAUSED, S.IN_PROGRESS): Rule(),
    (S.PAUSED, S.CANCELLED): PAUSE_OR_CANCEL,
    (S.DONE, S.IN_PROGRESS): Rule(reason=True),  # reopened
    (S.CANCELLED, S.PLANNED): Rule(reason=True),  # taken up again
}


def traits(item_or_status: RoadmapItem | str) -> Traits:
    status = item_or_status.status if isinstance(item_or_status, RoadmapItem) else item_or_status
    return STATUSES[ItemStatus(status)]


def statuses_where(trait: str) -> tuple[ItemStatus, ...]:
    return tuple(status for status, found in STATUSES.items() if getattr(found, trait))


def is_active(item: RoadmapItem) -> bool:
    return traits(item).active


def is_done(item: RoadmapItem) -> bool:
    return traits(item).done


def item_status_tone(status: str) -> str:
    return traits(status).tone


def next_statuses(item: RoadmapItem) -> list[ItemStatus]:
    """Where the item can go from here (for the update form)."""
    return [target for (source, target) in TRANSITIONS if source == item.status]


def open_milestones(item: RoadmapItem) -> int:
    return sum(1 for milestone in item.milestones if milestone.done_at is None)


def change_status(item: RoadmapItem, target: str, reason: str | None) -> None:
    """Move `item` to `target` if the table allows it; the reason (required where the rule
    says so) is kept with paused and cancelled items."""
    if target not in set(ItemStatus):
        raise ValidationFailed({"status": _("Please choose a status.")})
    if target == item.status:
        return
    rule = TRANSITIONS.get((ItemStatus(item.status), ItemStatus(target)))
    if rule is None:
        raise ValidationFailed(
            {"status": _("The item cannot go to this status from its current one.")}
        )
    reason = (reason or "").strip() or None
    if rule.reason and not reason:
        raise ValidationFailed({"reason": _("Please give a reason for this change of status.")})
    if rule.milestones and open_milestones(item) and not reason:
        message = ngettext(
            "%(num)d milestone is still open. Tick it off first, or explain here why the "
            "item is done without it.",
            "%(num)d milestones are still open. Tick them off first, or explain here why the "
            "item is done without them.",
            open_milestones(item),
        )
        raise ValidationFailed({"reason": message})
    item.status = target
    item.status_reason = reason if traits(item).explained else None
    if traits(item).done and not item.progress_from_milestones:
        item.progress = 100


TEMPLATE_PREDICATES = (is_active, is_done, item_status_tone)
