"""The audit log: one entry per moderation action, written in the action's transaction."""

from typing import Any

from participation.comments.models import Comment
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation.models import AuditEntry
from participation.users.models import User

TARGET_TYPES = {Idea: "idea", Comment: "comment", User: "user"}


def audit(
    actor: User | None,
    action: str,
    target: Idea | Comment | User,
    reason: str | None = None,
    **details: Any,
) -> AuditEntry:
    entry = AuditEntry(
        actor_id=actor.id if actor else None,
        action=action,
        target_type=TARGET_TYPES[type(target)],
        target_id=target.id,
        reason=reason or None,
        details=details,
    )
    db.session.add(entry)
    return entry
