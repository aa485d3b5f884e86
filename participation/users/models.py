"""User accounts and their roles."""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import TimestampMixin, UTCDateTime, sql_in, utcnow
from participation.extensions import db


class Role(enum.StrEnum):
    """Roles a user can hold. `citizen` is implied by every confirmed account."""

    CITIZEN = "citizen"
    EMPLOYEE = "employee"
    ORGANISER = "organiser"
    MODERATOR = "moderator"
    ADMIN = "admin"


GRANTABLE_ROLES = (Role.EMPLOYEE, Role.ORGANISER, Role.MODERATOR, Role.ADMIN)
# Who moderates, who sees internal content, who runs events: used by permissions and queries.
STAFF_ROLES = frozenset({Role.MODERATOR, Role.ADMIN})
INTERNAL_ROLES = frozenset({Role.EMPLOYEE, Role.MODERATOR, Role.ADMIN})
ORGANISING_ROLES = frozenset({Role.ORGANISER, Role.ADMIN})


class RoleSource(enum.StrEnum):
    ADMIN = "admin"
    EMAIL_DOMAIN = "email_domain"
    PROVIDER = "provider"  # asserted by the identity provider named in `UserRole.provider`


class User(TimestampMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    pending_email: Mapped[str | None] = mapped_column(String(254))
    display_name: Mapped[str] = mapped_column(String(80))
    # None for accounts that log in only through an identity provider (users.oidc).
    password_hash: Mapped[str | None] = mapped_column(String(255))
    locale: Mapped[str | None] = mapped_column(String(8))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Blocked users keep reading but cannot post, support or report.
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    blocked_reason: Mapped[str | None] = mapped_column(Text)
    # Kept by the notifications (fan-out adds, marking read subtracts): shown on every page.
    unread_notifications: Mapped[int] = mapped_column(default=0, server_default="0")
    # Set on the stand-in that keeps a deleted person's public contributions ("Gelöschtes
    # Konto"): it has no address, password or roles of its own (see privacy.erasure).
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # Loaded with the logged-in user (see users.auth); for others only when asked for.
    role_grants: Mapped[list["UserRole"]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("email = lower(email)", name="email_lowercase"),
        CheckConstraint("length(display_name) > 0", name="display_name_not_empty"),
        CheckConstraint("unread_notifications >= 0", name="unread_not_negative"),
    )

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def has_password(self) -> bool:
        return self.password_hash is not None

    @property
    def is_blocked(self) -> bool:
        return self.blocked_at is not None

    @property
    def roles(self) -> frozenset[Role]:
        granted = {Role(grant.role) for grant in self.role_grants}
        if self.is_confirmed:
            granted.add(Role.CITIZEN)
        return frozenset(granted)

    def has_role(self, *roles: Role) -> bool:
        return not self.roles.isdisjoint(roles)

    # Flask-Login protocol. The id names the login session (see `UserSession`), so that a
    # cookie stops working on the server the moment its session ends.
    is_active = True
    is_anonymous = False
    is_authenticated = True
    session_token = None  # the login session's token, set while logged in (not a column)

    def get_id(self) -> str:
        if not self.session_token:
            raise RuntimeError("log in through users.auth.start_session")
        return f"{self.id}:{self.session_token}"

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


class UserSession(db.Model):
    """One login on one device. Logging out deletes it: copies of its cookies are worthless."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # SHA-256 of the random token in the cookie; the token itself is never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class UserRole(db.Model):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    source: Mapped[str] = mapped_column(String(20), default=RoleSource.ADMIN)
    provider: Mapped[str | None] = mapped_column(String(40))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="role_grants")

    __table_args__ = (
        CheckConstraint(
            f"role IN {sql_in(GRANTABLE_ROLES)}",
            name="role_known",
        ),
        CheckConstraint(
            f"source IN {sql_in(RoleSource)}",
            name="source_known",
        ),
        CheckConstraint(
            f"(source = '{RoleSource.PROVIDER}') = (provider IS NOT NULL)",
            name="provider_names_its_grants",
        ),
    )
