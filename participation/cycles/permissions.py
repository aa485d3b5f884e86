"""Who may keep the yearly cycles and their visions (reading them is public)."""

from participation.users.permissions import can_moderate


def can_manage_cycles(user) -> bool:
    """Create cycles, add and edit visions, link ideas to visions: the moderation team."""
    return can_moderate(user)
