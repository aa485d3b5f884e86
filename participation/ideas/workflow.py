"""The one place where an idea's status changes.

`TRANSITIONS` is the whole table of allowed moves: who may make each one and what must be
present. `change_status` checks it, writes the `StatusChange` row for the public timeline and
sends `idea_status_changed`. Nothing else assigns `idea.status`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from participation.assessment.models import Assessment, Decision, DecisionOutcome
from participation.core.errors import ValidationFailed
from participation.core.signals import idea_status_changed, idea_submitted
from participation.extensions import db
from participation.ideas.models import Idea, IdeaStatus, StatusChange
from participation.users.models import User
from participation.users.permissions import can_moderate

Actor = Callable[[User, Idea], bool]
# A requirement returns a reason (form field or None, message) when something is missing.
Requirement = Callable[[Idea, str | None], tuple[str | None, str] | None]


def author(user: User, idea: Idea) -> bool:
    return user.id == idea.author_id


def staff(user: User, _idea: Idea) -> bool:
    return can_moderate(user)


def public_note(_idea: Idea, note: str | None):
    if not (note or "").strip():
        return "note", _("Please give a public reason.")
    return None


def complete_assessment(idea: Idea, _note: str | None):
    assessment = db.session.scalar(select(Assessment).where(Assessment.idea_id == idea.id))
    if assessment is None or not assessment.is_complete:
        return None, _("The pre-assessment must be complete first.")
    return None


def merge_target(idea: Idea, _note: str | None):
    if idea.merged_into_id is None:
        return None, _("Choose the idea to merge into.")
    return None


def decision_for(outcome: DecisionOutcome) -> Requirement:
    """The newest decision on the idea has this outcome and was taken in its current state."""

    def recorded(idea: Idea, _note: str | None):
        decision = db.session.scalar(
            select(Decision).where(Decision.idea_id == idea.id).order_by(Decision.id.desc())
        )
        entered = db.session.scalar(
            select(func.max(StatusChange.created_at)).where(StatusChange.idea_id == idea.id)
        )
        if decision is None or decision.outcome != outcome or decision.created_at < entered:
            return None, _("Record the decision first.")
        return None

    return recorded


@dataclass(frozen=True)
class Transition:
    source: IdeaStatus
    target: IdeaStatus
    who: tuple[Actor, ...]
    refusal: str  # shown to anyone else who tries
    requires: tuple[Requirement, ...] = ()


S = IdeaStatus
STAFF_ONLY = _l("Only the moderation team can take this step.")
TRANSITIONS: dict[tuple[IdeaStatus, IdeaStatus], Transition] = {
    (t.source, t.target): t
    for t in (
        Transition(S.SUBMITTED, S.IN_REVIEW, (staff,), STAFF_ONLY),
        Transition(
            S.SUBMITTED, S.WITHDRAWN, (author,), _l("Only the author can withdraw an idea.")
        ),
        Transition(S.SUBMITTED, S.MERGED, (staff,), STAFF_ONLY, (merge_target,)),
        Transition(S.SUBMITTED, S.REJECTED, (staff,), STAFF_ONLY, (public_note,)),
        Transition(S.IN_REVIEW, S.ASSESSED, (staff,), STAFF_ONLY, (complete_assessment,)),
        Transition(S.IN_REVIEW, S.MERGED, (staff,), STAFF_ONLY, (merge_target,)),
        Transition(S.IN_REVIEW, S.REJECTED, (staff,), STAFF_ONLY, (public_note,)),
        Transition(
            S.ASSESSED, S.ACCEPTED, (staff,), STAFF_ONLY, (decision_for(DecisionOutcome.ACCEPTED),)
        ),
        Transition(
            S.ASSESSED, S.REJECTED, (staff,), STAFF_ONLY, (decision_for(DecisionOutcome.REJECTED),)
        ),
        Transition(
            S.ASSESSED, S.DEFERRED, (staff,), STAFF_ONLY, (decision_for(DecisionOutcome.DEFERRED),)
        ),
        Transition(S.DEFERRED, S.IN_REVIEW, (staff,), STAFF_ONLY),
    )
}


# Ideas that another idea can be merged into: still open.
MERGE_TARGET_STATUSES = (IdeaStatus.SUBMITTED, IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED)


def merge_refusal(source: Idea, target: Idea) -> str | None:
    """Why `source` cannot be merged into `target`; None if it can.

    A public idea never goes into an internal one: its page, its author's notification and
    its supporters would point at something they may not see.
    """
    if source.id == target.id or target.status not in MERGE_TARGET_STATUSES:
        return _("Choose another open idea to merge into.")
    if target.merged_into_id is not None:
        return _("That idea has itself been merged.")
    if target.is_internal and not source.is_internal:
        return _(
            "A public idea cannot be merged into an internal one. Publish the other idea first, "
            "or choose a public idea."
        )
    return None


def allowed_targets(idea: Idea, user: User | None) -> list[IdeaStatus]:
    """Statuses `user` may move `idea` to now (for buttons and menus)."""
    if user is None or not user.is_authenticated:
        return []
    return [
        transition.target
        for (source, _target), transition in TRANSITIONS.items()
        if source == idea.status and any(may(user, idea) for may in transition.who)
    ]


def change_status(
    idea: Idea, target: IdeaStatus, actor: User, note: str | None = None
) -> StatusChange:
    """Move `idea` to `target` if the table allows it for `actor`; raise ValidationFailed if not."""
    transition = TRANSITIONS.get((IdeaStatus(idea.status), target))
    if transition is None:
        raise ValidationFailed(
            {None: _("This step is not possible for the idea in its current state.")}
        )
    if not any(may(actor, idea) for may in transition.who):
        raise ValidationFailed({None: str(transition.refusal)})
    problems = dict(filter(None, (requirement(idea, note) for requirement in transition.requires)))
    if problems:
        raise ValidationFailed(problems)
    change = StatusChange(
        idea_id=idea.id, actor_id=actor.id, from_status=idea.status, to_status=target, note=note
    )
    idea.status = target
    db.session.add(change)
    db.session.flush()
    idea_status_changed.send(idea, change=change)
    return change


def record_handover(idea: Idea, actor: User, event) -> StatusChange:
    """A timeline entry, without a change of status: an organiser handed this idea from
    `event` to moderation. The note is written in the organiser's language."""
    change = StatusChange(
        idea_id=idea.id,
        actor_id=actor.id,
        from_status=idea.status,
        to_status=idea.status,
        note=_("From the event “%(title)s”", title=event.title),
    )
    db.session.add(change)
    db.session.flush()
    return change


def record_submission(idea: Idea, actor: User) -> None:
    """The first entry of every timeline: the idea was submitted."""
    db.session.add(StatusChange(idea_id=idea.id, actor_id=actor.id, to_status=IdeaStatus.SUBMITTED))
    db.session.flush()
    idea_submitted.send(idea)
