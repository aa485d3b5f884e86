"""The one place where an idea's status changes.

`TRANSITIONS` is the whole table of allowed moves: who may make each one and what must be
present. `change_status` checks it, writes the `StatusChange` row for the public timeline and
sends `idea_status_changed`. Nothing else assigns `idea.status`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.core.errors import ValidationFailed
from participation.core.signals import idea_status_changed, idea_submitted
from participation.extensions import db
from participation.ideas.models import Idea, IdeaStatus, StatusChange
from participation.users.models import User

Actor = Callable[[User, Idea], bool]
# A requirement returns a reason (field name, message) when something is missing, else None.
Requirement = Callable[[Idea, str | None], tuple[str | None, str] | None]


def author(user: User, idea: Idea) -> bool:
    return user.id == idea.author_id


@dataclass(frozen=True)
class Transition:
    source: IdeaStatus
    target: IdeaStatus
    who: tuple[Actor, ...]
    refusal: str  # shown to anyone else who tries
    requires: tuple[Requirement, ...] = ()


TRANSITIONS: dict[tuple[IdeaStatus, IdeaStatus], Transition] = {
    (t.source, t.target): t
    for t in (
        Transition(
            IdeaStatus.SUBMITTED,
            IdeaStatus.WITHDRAWN,
            (author,),
            _l("Only the author can withdraw an idea."),
        ),
    )
}


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


def record_submission(idea: Idea, actor: User) -> None:
    """The first entry of every timeline: the idea was submitted."""
    db.session.add(StatusChange(idea_id=idea.id, actor_id=actor.id, to_status=IdeaStatus.SUBMITTED))
    db.session.flush()
    idea_submitted.send(idea)
