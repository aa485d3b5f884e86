"""Linked logins: an account's identities at OpenID Connect providers."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import UTCDateTime, utcnow
from participation.extensions import db
from participation.users.models import User


class LinkedLogin(db.Model):
    """One person at one provider (`subject` is the provider's stable `sub` claim).

    Personal data: the provider's name, subject and the e-mail address it gave when linked.
    """

    __tablename__ = "linked_logins"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The unique constraint (user_id, provider) serves lookups by account.
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()

    __table_args__ = (
        UniqueConstraint("provider", "subject"),
        # One identity per provider and account: a second one would make roles ambiguous.
        UniqueConstraint("user_id", "provider"),
    )
