"""Notifications per user, and each user's e-mail preference per kind of notification."""

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from participation.core.models import UTCDateTime, sql_in, utcnow
from participation.extensions import db


class Topic(enum.StrEnum):
    """What a notification is about; e-mail preferences are chosen per topic."""

    MY_IDEAS = "my_ideas"  # my idea's progress, comments on it, my content moderated
    FOLLOWED_IDEAS = "followed_ideas"
    ROADMAP = "roadmap"
    EVENTS = "events"
    MODERATION = "moderation"  # for moderators: new ideas, auto-hidden content


class Delivery(enum.StrEnum):
    IMMEDIATELY = "immediately"
    DAILY = "daily"
    WEEKLY = "weekly"
    NEVER = "never"


DEFAULT_DELIVERY = {
    Topic.MY_IDEAS: Delivery.IMMEDIATELY,
    Topic.FOLLOWED_IDEAS: Delivery.DAILY,
    Topic.ROADMAP: Delivery.DAILY,
    Topic.EVENTS: Delivery.IMMEDIATELY,
    Topic.MODERATION: Delivery.DAILY,
}


class MailState(enum.StrEnum):
    NONE = "none"  # in the app only
    IMMEDIATE = "immediate"  # one e-mail, sent by the outbox
    DAILY = "daily"  # waiting for the daily digest
    WEEKLY = "weekly"
    SENT = "sent"


class Notification(db.Model):
    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    topic: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40))
    # Plain data for the text: titles, references, notes; rendered in the reader's language.
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    path: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    mail_state: Mapped[str] = mapped_column(String(10), default=MailState.NONE)

    __table_args__ = (
        Index("ix_notifications_user_created", "user_id", "created_at", "id"),
        Index("ix_notifications_mail_state", "mail_state"),
        CheckConstraint(f"topic IN {sql_in(Topic)}", name="topic_known"),
        CheckConstraint(f"mail_state IN {sql_in(MailState)}", name="mail_state_known"),
    )


class NotificationPreference(db.Model):
    __tablename__ = "notification_preferences"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(20), primary_key=True)
    delivery: Mapped[str] = mapped_column(String(12))

    __table_args__ = (
        CheckConstraint(f"topic IN {sql_in(Topic)}", name="topic_known"),
        CheckConstraint(f"delivery IN {sql_in(Delivery)}", name="delivery_known"),
    )
