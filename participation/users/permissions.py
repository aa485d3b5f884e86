"""Who may do what with accounts and platform-wide features (role checks)."""

from participation.users.models import INTERNAL_ROLES, ORGANISING_ROLES, STAFF_ROLES, Role, User


def _roles(user) -> frozenset[Role]:
    if user is None or not user.is_authenticated:
        return frozenset()
    return user.roles


def can_participate(user: User | None) -> bool:
    """Submit, comment, support, follow and report: every confirmed account not blocked."""
    return Role.CITIZEN in _roles(user) and not user.is_blocked


def can_see_internal(user: User | None) -> bool:
    """Internal ideas and events are for the administration only."""
    return bool(_roles(user) & INTERNAL_ROLES)


def can_organise_events(user: User | None) -> bool:
    return bool(_roles(user) & ORGANISING_ROLES)


def can_moderate(user: User | None) -> bool:
    return bool(_roles(user) & STAFF_ROLES)


def can_administer(user: User | None) -> bool:
    return Role.ADMIN in _roles(user)
