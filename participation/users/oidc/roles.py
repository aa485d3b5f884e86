"""Roles from a provider, re-evaluated at every login through it.

A provider grants the roles in `OIDC_<NAME>_ROLES` to everyone, and those its `ROLE_MAP`
assigns to values of its `ROLE_CLAIM`. Such grants remember the provider; when it stops
asserting a role (or the login is unlinked), the role goes again. Roles an administrator
granted by hand, or that come from the e-mail domain, are never taken away by a provider.
Every change is written to the audit log, with no acting person.
"""

from participation.audit.log import audit
from participation.users.models import Role, RoleSource, User, UserRole
from participation.users.oidc.settings import Provider

GRANTED = "role_granted_by_provider"
REVOKED = "role_revoked_by_provider"


def claim_values(claims: dict, path: str) -> set[str]:
    """The values of a claim such as `groups` or, dotted, `realm_access.roles`."""
    value = claims
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {item for item in value if isinstance(item, str)}
    return set()


def asserted_roles(provider: Provider, claims: dict) -> frozenset[Role]:
    mapped = set()
    if provider.role_claim:
        values = claim_values(claims, provider.role_claim)
        mapped = {role for value, role in provider.role_map.items() if value in values}
    return provider.roles | mapped


def sync_provider_roles(user: User, provider: str, asserted: frozenset[Role]) -> None:
    """Make the roles `provider` grants to `user` exactly `asserted` (keeping other grants)."""
    held = {grant.role for grant in user.role_grants}
    for role in sorted(asserted - held):
        user.role_grants.append(UserRole(role=role, source=RoleSource.PROVIDER, provider=provider))
        audit(None, GRANTED, user, role=str(role), provider=provider)
    for grant in list(user.role_grants):
        if grant.provider == provider and grant.role not in asserted:
            user.role_grants.remove(grant)
            audit(None, REVOKED, user, role=grant.role, provider=provider)
