"""What moderators do: review, reject, hide, dismiss reports, block, merge, note.

Every action checks the actor, changes the data, and writes an audit entry, all in the
caller's transaction. Status changes go through `ideas.workflow`.
"""

from flask_babel import gettext as _
from sqlalchemy import delete, func, insert, literal, select, update

from participation.audit.log import audit
from participation.comments.models import Comment
from participation.core.errors import ValidationFailed
from participation.core.models import utcnow
from participation.core.permissions import ensure
from participation.core.signals import content_moderated
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Follow, Idea, IdeaStatus, Vote
from participation.moderation.models import InternalNote, Report
from participation.users.auth import end_all_sessions
from participation.users.models import User
from participation.users.permissions import can_administer, can_moderate

REASON_MAX = 2_000


def _reason(text: str | None, required: bool = True) -> str | None:
    text = (text or "").strip()
    if required and not text:
        raise ValidationFailed({"reason": _("Please give a reason.")})
    if len(text) > REASON_MAX:
        raise ValidationFailed(
            {"reason": _("Please use at most %(max)d characters.", max=REASON_MAX)}
        )
    return text or None


def change_status(idea: Idea, target: IdeaStatus, actor: User, note: str | None = None) -> None:
    """A status step taken by staff (start review, reject, reopen), with its audit entry."""
    note = _reason(note, required=False)
    workflow.change_status(idea, target, actor, note)
    audit(actor, f"status:{target}", idea, note)


def _resolve_reports(target: Idea | Comment) -> int:
    column = Report.idea_id if isinstance(target, Idea) else Report.comment_id
    resolved = db.session.execute(
        update(Report)
        .where(column == target.id, Report.resolved_at.is_(None))
        .values(resolved_at=utcnow())
    ).rowcount
    target.open_report_count = 0
    return resolved


def hide(target: Idea | Comment, actor: User, reason: str) -> None:
    ensure(can_moderate, actor)
    target.hidden_at = utcnow()
    target.hidden_reason = _reason(reason)
    _resolve_reports(target)
    audit(actor, "hide", target, target.hidden_reason)
    db.session.flush()
    content_moderated.send(target, hidden=True, reason=target.hidden_reason, actor=actor)


def unhide(target: Idea | Comment, actor: User, reason: str | None = None) -> None:
    ensure(can_moderate, actor)
    target.hidden_at = None
    target.hidden_reason = None
    _resolve_reports(target)
    note = _reason(reason, required=False)
    audit(actor, "unhide", target, note)
    db.session.flush()
    content_moderated.send(target, hidden=False, reason=note, actor=actor)


def dismiss_reports(target: Idea | Comment, actor: User, reason: str | None = None) -> int:
    """Close the open reports: the content is fine (and shown again if it was auto-hidden)."""
    ensure(can_moderate, actor)
    auto_hidden = target.is_hidden and target.hidden_reason is None
    count = _resolve_reports(target)
    if auto_hidden:
        target.hidden_at = None
    audit(actor, "dismiss_reports", target, _reason(reason, required=False), reports=count)
    db.session.flush()
    return count


def block(user: User, actor: User, reason: str) -> None:
    """The user can read but no longer post, support or report; their sessions end."""
    ensure(can_moderate, actor)
    # Administrators may block staff too (the administration area keeps the last admin).
    if user.id == actor.id or (can_moderate(user) and not can_administer(actor)):
        raise ValidationFailed({None: _("Moderators cannot be blocked here.")})
    user.blocked_at = utcnow()
    user.blocked_reason = _reason(reason)
    end_all_sessions(user)
    audit(actor, "block", user, user.blocked_reason)
    db.session.flush()


def unblock(user: User, actor: User, reason: str | None = None) -> None:
    ensure(can_moderate, actor)
    user.blocked_at = None
    user.blocked_reason = None
    audit(actor, "unblock", user, _reason(reason, required=False))
    db.session.flush()


def add_note(idea: Idea, actor: User, body: str) -> InternalNote:
    ensure(can_moderate, actor)
    body = (body or "").strip()
    if not body or len(body) > REASON_MAX:
        raise ValidationFailed(
            {"body": _("Please write a note of up to %(max)d characters.", max=REASON_MAX)}
        )
    note = InternalNote(idea_id=idea.id, author_id=actor.id, body=body)
    db.session.add(note)
    audit(actor, "note", idea)
    db.session.flush()
    return note


def merge(source: Idea, target: Idea, actor: User, note: str) -> int:
    """Merge duplicate `source` into `target`; returns how many supports moved.

    Supports and followers move to the target without counting anyone twice (and without
    the target's author supporting their own idea); comments stay on the source.
    """
    ensure(can_moderate, actor)
    if refusal := workflow.merge_refusal(source, target):
        raise ValidationFailed({"target": refusal})
    note = _reason(note)
    voted_already = select(Vote.user_id).where(Vote.idea_id == target.id)
    movable = select(Vote.user_id, literal(target.id), Vote.created_at).where(
        Vote.idea_id == source.id,
        Vote.user_id.not_in(voted_already),
        Vote.user_id != target.author_id,
    )
    moved = db.session.scalar(select(func.count()).select_from(movable.subquery()))
    db.session.execute(insert(Vote).from_select(["user_id", "idea_id", "created_at"], movable))
    db.session.execute(delete(Vote).where(Vote.idea_id == source.id))
    following = select(Follow.user_id).where(Follow.idea_id == target.id)
    db.session.execute(
        insert(Follow).from_select(
            ["user_id", "idea_id", "created_at"],
            select(Follow.user_id, literal(target.id), Follow.created_at).where(
                Follow.idea_id == source.id, Follow.user_id.not_in(following)
            ),
        )
    )
    db.session.execute(delete(Follow).where(Follow.idea_id == source.id))
    db.session.execute(
        update(Idea).where(Idea.id == target.id).values(support_count=Idea.support_count + moved)
    )
    db.session.execute(update(Idea).where(Idea.id == source.id).values(support_count=0))
    db.session.refresh(source)
    db.session.refresh(target)
    source.merged_into_id = target.id
    workflow.change_status(source, IdeaStatus.MERGED, actor, note)
    audit(actor, "merge", source, note, into=target.reference)
    return moved
