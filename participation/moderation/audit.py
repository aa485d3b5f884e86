"""The audit log: one entry per moderation action, written in the action's transaction."""

from typing import Any

from participation.api.models import ApiToken
from participation.comments.models import Comment
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation.models import AuditEntry
from participation.roadmap.models import RoadmapItem
from participation.users.models import User

TARGET_TYPES = {
    Idea: "idea",
    Comment: "comment",
    User: "user",
    RoadmapItem: "roadmap_item",
    ApiToken: "api_token",
}


def audit(
    actor: User | None,
    action: str,
    target: Idea | Comment | User | RoadmapItem | ApiToken,
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
