"""Personal API tokens of staff members; only a hash of each token is stored."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import UTCDateTime, utcnow
from participation.extensions import db
from participation.users.models import User


class Scope(enum.StrEnum):
    """What a token may do beyond reading public data."""

    READ_INTERNAL = "read_internal"
    WRITE_PROGRESS = "write_progress"
    WRITE_ASSESSMENTS = "write_assessments"


class ApiToken(db.Model):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    # SHA-256 of the whole token (it has 256 random bits: no slow hash needed).
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The first characters, shown in the list so that their owner can tell tokens apart.
    prefix: Mapped[str] = mapped_column(String(12))
    scopes: Mapped[str] = mapped_column(String(200), default="")  # space-separated
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_write_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(self.scopes.split())

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
