"""The lifecycle of an idea: the one place that knows its statuses.

- `STATUSES` says what each status means for the rest of the platform (its traits): whether
  the idea takes support and comments, whether its assessment is public, its tone on a badge,
  its stage in the annual report, … Everything else asks the predicates below, from Python
  and from templates alike; nothing else compares status values.
- `TRANSITIONS` is the whole table of allowed moves: who may make each one and what must be
  present. Features add their own requirements at start-up with `require()` (the pre-
  assessment must be complete, the decision recorded); this module imports no feature.
- `change_status` checks the table, writes the `StatusChange` row for the public timeline and
  sends `idea_status_changed`. Nothing else assigns `idea.status`.

Adding a status: a row in `STATUSES`, its transitions, its label in `labels.py`, a migration
for the CHECK constraint, and the test table of transitions.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.core.errors import ValidationFailed
from participation.core.signals import idea_status_changed, idea_submitted
from participation.extensions import db
from participation.ideas.models import Idea, IdeaStatus, StatusChange
from participation.users.models import User
from participation.users.permissions import can_moderate

S = IdeaStatus


@dataclass(frozen=True)
class Traits:
    tone: str  # the badge's colour: new, progress, positive, negative or neutral
    report_stage: str  # its bucket in the annual report's funnel
    awaits_review: bool = False  # new in the moderation queue
    open: bool = False  # not finally decided yet
    support: bool = False  # takes (and gives back) support
    discussion: bool = True  # takes comments
    author_edits: bool = False  # its author may still edit or withdraw it
    assessment_editable: bool = False  # staff work on its pre-assessment now
    assessment_public: bool = False  # its completed pre-assessment is public
    awaits_decision: bool = False  # the decision is next
    roadmap: bool = False  # accepted: it may go on the roadmap
    merge_target: bool = False  # other ideas may be merged into it
    suggested: bool = False  # offered as "support this instead" while writing a new idea
    withdrawn: bool = False
    merged_away: bool = False


STATUSES: dict[IdeaStatus, Traits] = {
    S.SUBMITTED: Traits(
        "new",
        "waiting",
        awaits_review=True,
        open=True,
        support=True,
        author_edits=True,
        merge_target=True,
        suggested=True,
    ),
    S.IN_REVIEW: Traits(
        "progress",
        "in_review",
        open=True,
        support=True,
        assessment_editable=True,
        merge_target=True,
        suggested=True,
    ),
    S.ASSESSED: Traits(
        "progress",
        "assessed",
        open=True,
        support=True,
        assessment_public=True,
        awaits_decision=True,
        merge_target=True,
        suggested=True,
    ),
    S.ACCEPTED: Traits(
        "positive", "accepted", assessment_public=True, roadmap=True, suggested=True
    ),
    S.REJECTED: Traits("negative", "rejected", assessment_public=True),
    S.DEFERRED: Traits("neutral", "deferred", open=True, assessment_public=True, suggested=True),
    S.WITHDRAWN: Traits("neutral", "withdrawn", discussion=False, withdrawn=True),
    S.MERGED: Traits("neutral", "merged", discussion=False, merged_away=True),
}


def traits(idea_or_status: Idea | str) -> Traits:
    status = idea_or_status.status if isinstance(idea_or_status, Idea) else idea_or_status
    return STATUSES[IdeaStatus(status)]


def statuses_where(trait: str) -> tuple[IdeaStatus, ...]:
    """The statuses with `trait`, for queries (e.g. `statuses_where("support")`)."""
    return tuple(status for status, found in STATUSES.items() if getattr(found, trait))


# Predicates, for Python and templates alike.
def awaits_review(idea: Idea) -> bool:
    return traits(idea).awaits_review


def is_open(idea: Idea) -> bool:
    return traits(idea).open


def accepts_support(idea: Idea) -> bool:
    return traits(idea).support


def accepts_comments(idea: Idea) -> bool:
    return traits(idea).discussion


def author_may_edit(idea: Idea) -> bool:
    return traits(idea).author_edits


def assessment_editable(idea: Idea) -> bool:
    return traits(idea).assessment_editable


def assessment_public(idea: Idea) -> bool:
    return traits(idea).assessment_public


def has_assessment(idea: Idea) -> bool:
    """Staff work on, or have completed, its pre-assessment."""
    return assessment_editable(idea) or assessment_public(idea)


def awaits_decision(idea: Idea) -> bool:
    return traits(idea).awaits_decision


def goes_on_roadmap(idea: Idea) -> bool:
    return traits(idea).roadmap


def is_withdrawn(idea: Idea) -> bool:
    return traits(idea).withdrawn


def status_tone(status: str) -> str:
    return traits(status).tone


# The table of moves.
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


def merge_target(idea: Idea, _note: str | None):
    if idea.merged_into_id is None:
        return None, _("Choose the idea to merge into.")
    return None


@dataclass(frozen=True)
class Transition:
    source: IdeaStatus
    target: IdeaStatus
    who: tuple[Actor, ...]
    refusal: str  # shown to anyone else who tries
    requires: tuple[Requirement, ...] = ()
    # Steps taken with a button in the staff panel of the idea page (others have own forms).
    panel_label: str | None = None

    @property
    def note_required(self) -> bool:
        return public_note in self.requires

    @property
    def merges(self) -> bool:
        return STATUSES[self.target].merged_away


STAFF_ONLY = _l("Only the moderation team can take this step.")
START_REVIEW, REJECT = _l("Start review"), _l("Reject")
TRANSITIONS: dict[tuple[IdeaStatus, IdeaStatus], Transition] = {
    (t.source, t.target): t
    for t in (
        Transition(S.SUBMITTED, S.IN_REVIEW, (staff,), STAFF_ONLY, panel_label=START_REVIEW),
        Transition(
            S.SUBMITTED, S.WITHDRAWN, (author,), _l("Only the author can withdraw an idea.")
        ),
        Transition(S.SUBMITTED, S.MERGED, (staff,), STAFF_ONLY, (merge_target,)),
        Transition(S.SUBMITTED, S.REJECTED, (staff,), STAFF_ONLY, (public_note,), REJECT),
        Transition(S.IN_REVIEW, S.ASSESSED, (staff,), STAFF_ONLY),
        Transition(S.IN_REVIEW, S.MERGED, (staff,), STAFF_ONLY, (merge_target,)),
        Transition(S.IN_REVIEW, S.REJECTED, (staff,), STAFF_ONLY, (public_note,), REJECT),
        Transition(S.ASSESSED, S.ACCEPTED, (staff,), STAFF_ONLY),
        Transition(S.ASSESSED, S.REJECTED, (staff,), STAFF_ONLY),
        Transition(S.ASSESSED, S.DEFERRED, (staff,), STAFF_ONLY),
        Transition(S.DEFERRED, S.IN_REVIEW, (staff,), STAFF_ONLY, panel_label=START_REVIEW),
    )
}
# Requirements that features add at start-up, per move.
_added: dict[tuple[IdeaStatus, IdeaStatus], list[Requirement]] = defaultdict(list)


def require(source: IdeaStatus, target: IdeaStatus, requirement: Requirement) -> None:
    """Add what must be present before an idea moves from `source` to `target`."""
    if (source, target) not in TRANSITIONS:
        raise LookupError(f"no transition {source} -> {target}")
    if requirement not in _added[source, target]:
        _added[source, target].append(requirement)


def requirements(transition: Transition) -> tuple[Requirement, ...]:
    return (*transition.requires, *_added[transition.source, transition.target])


def _moves(idea: Idea, user: User | None) -> list[Transition]:
    if user is None or not user.is_authenticated:
        return []
    return [
        transition
        for (source, _target), transition in TRANSITIONS.items()
        if source == idea.status and any(may(user, idea) for may in transition.who)
    ]


def allowed_targets(idea: Idea, user: User | None) -> list[IdeaStatus]:
    """Statuses `user` may move `idea` to now (for buttons and menus)."""
    return [transition.target for transition in _moves(idea, user)]


def panel_steps(idea: Idea, user: User | None) -> list[Transition]:
    """The moves `user` may make with a button in the idea page's staff panel."""
    return [transition for transition in _moves(idea, user) if transition.panel_label]


def panel_step(idea: Idea, target: str) -> Transition | None:
    """The panel move from the idea's status to `target`, if there is one."""
    transition = TRANSITIONS.get((idea.status, target))
    return transition if transition is not None and transition.panel_label else None


def can_be_merged(idea: Idea) -> bool:
    """Whether the idea's status allows merging it into another idea."""
    return any(
        transition.merges
        for (source, _), transition in TRANSITIONS.items()
        if source == idea.status
    )


def merge_refusal(source: Idea, target: Idea) -> str | None:
    """Why `source` cannot be merged into `target`; None if it can.

    A public idea never goes into an internal one: its page, its author's notification and
    its supporters would point at something they may not see.
    """
    if source.id == target.id or not traits(target).merge_target:
        return _("Choose another open idea to merge into.")
    if target.merged_into_id is not None:
        return _("That idea has itself been merged.")
    if target.is_internal and not source.is_internal:
        return _(
            "A public idea cannot be merged into an internal one. Publish the other idea first, "
            "or choose a public idea."
        )
    return None


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
    problems = dict(filter(None, (check(idea, note) for check in requirements(transition))))
    if problems:
        raise ValidationFailed(problems)
    change = StatusChange(
        idea_id=idea.id, actor_id=actor.id, from_status=idea.status, to_status=target, note=note
    )
    idea.status = target
    db.session.add(change)
    db.session.flush()
    idea_status_changed.send(idea, change=change, merged=transition.merges)
    return change


def record_handover(idea: Idea, actor: User, event_title: str) -> StatusChange:
    """A timeline entry, without a change of status: an organiser handed this idea from an
    event to moderation. The note is written in the organiser's language."""
    change = StatusChange(
        idea_id=idea.id,
        actor_id=actor.id,
        from_status=idea.status,
        to_status=idea.status,
        note=_("From the event “%(title)s”", title=event_title),
    )
    db.session.add(change)
    db.session.flush()
    return change


def record_submission(idea: Idea, actor: User) -> None:
    """The first entry of every timeline: the idea was submitted."""
    db.session.add(StatusChange(idea_id=idea.id, actor_id=actor.id, to_status=IdeaStatus.SUBMITTED))
    db.session.flush()
    idea_submitted.send(idea)


# What templates may ask.
TEMPLATE_PREDICATES = (
    awaits_review,
    is_open,
    accepts_support,
    accepts_comments,
    author_may_edit,
    assessment_editable,
    assessment_public,
    has_assessment,
    awaits_decision,
    goes_on_roadmap,
    is_withdrawn,
    can_be_merged,
    status_tone,
)
