"""What administrators do with accounts: roles (with the last-admin rule), confirmation,
blocking, links mailed on their behalf, invitations. Every action is audited."""

from flask_babel import gettext as _
from sqlalchemy import select

from participation.audit.log import audit
from participation.core.errors import ValidationFailed
from participation.core.permissions import ensure
from participation.extensions import db
from participation.moderation import actions
from participation.users import services as accounts
from participation.users.forms import ROLE_LABELS
from participation.users.models import GRANTABLE_ROLES, Role, User, UserRole
from participation.users.permissions import can_administer

ADMINS_ONLY = _("Only administrators can do this.")


def _check(actor: User) -> None:
    ensure(can_administer, actor, ADMINS_ONLY)


def _other_admins_exist(user: User) -> bool:
    """Whether an admin other than `user` remains; locks the admin grants (PostgreSQL), so
    two administrators cannot remove each other at the same moment."""
    admins = db.session.scalars(
        select(UserRole.user_id).where(UserRole.role == Role.ADMIN).with_for_update()
    ).all()
    blocked = set(
        db.session.scalars(
            select(User.id).where(User.id.in_(admins or [0]), User.blocked_at.is_not(None))
        )
    )
    return any(admin != user.id and admin not in blocked for admin in admins)


def _keep_an_admin(user: User, actor: User, field: str) -> None:
    if not user.has_role(Role.ADMIN):
        return
    if user.id == actor.id:
        raise ValidationFailed({field: _("You cannot remove your own administrator rights.")})
    if not _other_admins_exist(user):
        raise ValidationFailed(
            {field: _("This is the last administrator; appoint another one first.")}
        )


def set_roles(user: User, roles: set[Role], actor: User) -> None:
    """Grant and withdraw the grantable roles so that `user` holds exactly `roles`."""
    _check(actor)
    held = {Role(grant.role) for grant in user.role_grants}
    if Role.ADMIN in held and Role.ADMIN not in roles:
        _keep_an_admin(user, actor, "roles")
    for role in GRANTABLE_ROLES:
        if role in roles and role not in held:
            accounts.grant_role(user, role)
            audit(actor, "role_granted", user, role=str(ROLE_LABELS[role]))
        elif role in held and role not in roles:
            accounts.revoke_role(user, role)
            audit(actor, "role_revoked", user, role=str(ROLE_LABELS[role]))
    db.session.flush()


def confirm(user: User, actor: User) -> None:
    _check(actor)
    if user.is_confirmed:
        raise ValidationFailed({None: _("The e-mail address is confirmed already.")})
    accounts.confirm_email(user, user.email)
    audit(actor, "email_confirmed", user)


def block(user: User, actor: User, reason: str) -> None:
    _check(actor)
    _keep_an_admin(user, actor, "reason")
    actions.block(user, actor, reason)


def unblock(user: User, actor: User, reason: str | None) -> None:
    _check(actor)
    actions.unblock(user, actor, reason)


def resend_confirmation(user: User, actor: User) -> None:
    _check(actor)
    if user.is_confirmed and not user.pending_email:
        raise ValidationFailed({None: _("The e-mail address is confirmed already.")})
    accounts.send_confirmation(user, user.pending_email or user.email)
    audit(actor, "confirmation_resent", user)


def start_password_reset(user: User, actor: User, locale: str) -> None:
    _check(actor)
    accounts.send_password_reset(user, locale)
    audit(actor, "password_reset_started", user)


def invite(actor: User, email: str, display_name: str, roles: list[Role], locale: str) -> User:
    _check(actor)
    user = accounts.invite(email, display_name, roles, locale, actor)
    names = ", ".join(str(ROLE_LABELS[role]) for role in roles) or str(ROLE_LABELS[Role.CITIZEN])
    audit(actor, "user_invited", user, roles=names)
    return user
