"""The role matrix: every permission function against every kind of user."""

import pytest

from participation.users import permissions
from participation.users.models import Role
from tests.factories import make_user

ANONYMOUS = "anonymous"
UNCONFIRMED = "unconfirmed"
KINDS = {
    ANONYMOUS: None,
    UNCONFIRMED: (),
    "citizen": (),
    "employee": (Role.EMPLOYEE,),
    "organiser": (Role.ORGANISER,),
    "moderator": (Role.MODERATOR,),
    "admin": (Role.ADMIN,),
}

# kind of user -> the permissions they hold; everything else must be refused.
MATRIX = {
    ANONYMOUS: set(),
    UNCONFIRMED: set(),
    "citizen": {"can_participate"},
    "employee": {"can_participate", "can_see_internal"},
    "organiser": {"can_participate", "can_organise_events"},
    "moderator": {"can_participate", "can_see_internal", "can_moderate"},
    "admin": {
        "can_participate",
        "can_see_internal",
        "can_organise_events",
        "can_moderate",
        "can_administer",
    },
}
CHECKS = sorted(name for name in dir(permissions) if name.startswith("can_"))


def user_of_kind(kind: str):
    if kind == ANONYMOUS:
        return None
    return make_user(f"{kind}@example.org", kind, KINDS[kind], confirmed=kind != UNCONFIRMED)


def test_matrix_covers_every_permission():
    assert set().union(*MATRIX.values()) == set(CHECKS)


@pytest.mark.parametrize("kind", list(KINDS))
def test_permission_matrix(ctx, kind):
    user = user_of_kind(kind)
    granted = {name for name in CHECKS if getattr(permissions, name)(user)}
    assert granted == MATRIX[kind]
