"""Who may hold API tokens, with which scopes, and what a request's token allows."""

from participation.api.models import ApiToken, Scope
from participation.roadmap.permissions import can_manage_roadmap
from participation.users.permissions import can_moderate, can_see_internal

# What each scope needs of the token's owner (checked again on every request).
SCOPE_CHECKS = {
    Scope.READ_INTERNAL: can_see_internal,
    Scope.WRITE_PROGRESS: can_manage_roadmap,
    Scope.WRITE_ASSESSMENTS: can_moderate,
}


def can_hold_api_tokens(user) -> bool:
    """Staff members (employees, moderators, admins) create tokens for their tools."""
    return can_see_internal(user)


def grantable_scopes(user) -> list[Scope]:
    return [scope for scope, check in SCOPE_CHECKS.items() if check(user)]


def token_allows(token: ApiToken | None, scope: Scope) -> bool:
    """The token has the scope and its owner still has the role behind it."""
    return (
        token is not None
        and scope in token.scope_set
        and not token.user.is_blocked
        and SCOPE_CHECKS[scope](token.user)
    )
