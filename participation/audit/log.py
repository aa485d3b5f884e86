"""Writing the audit log: one entry per action, in the action's transaction."""

from typing import Any

from participation.audit import registry
from participation.audit.models import AuditEntry
from participation.extensions import db


def audit(actor, action: str, target, reason: str | None = None, **details: Any) -> AuditEntry:
    """Record that `actor` (None: the system) did `action` to `target`, and why."""
    registry.action(action)  # an unknown action fails here, in the tests, not on the page
    entry = AuditEntry(
        actor_id=actor.id if actor else None,
        action=action,
        target_type=registry.target_type_of(target).name,
        target_id=target.id,
        reason=reason or None,
        details=details,
    )
    db.session.add(entry)
    return entry
