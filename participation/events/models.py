"""Events (hackathons, workshops, calls for ideas), registrations, teams and awards."""

import enum
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import TimestampMixin, UTCDateTime, sql_in, utcnow
from participation.extensions import db
from participation.ideas.models import Idea
from participation.users.models import User


class EventType(enum.StrEnum):
    HACKATHON = "hackathon"
    WORKSHOP = "workshop"
    CALL_FOR_IDEAS = "call_for_ideas"
    OTHER = "other"  # labs and anything else


class Audience(enum.StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"  # employees only


class RegistrationStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


event_organisers = Table(
    "event_organisers",
    db.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Event(TimestampMixin, db.Model):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))
    slug: Mapped[str] = mapped_column(String(70), unique=True)
    description: Mapped[str] = mapped_column(Text)
    description_html: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    online_url: Mapped[str | None] = mapped_column(String(500))
    audience: Mapped[str] = mapped_column(String(10), default=Audience.PUBLIC)
    capacity: Mapped[int | None]
    # Ideas can be submitted to the event between these times (both set, or neither).
    submissions_open_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submissions_close_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    results: Mapped[str] = mapped_column(Text, default="")
    results_html: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancellation_reason: Mapped[str | None] = mapped_column(Text)
    # Set when participants were reminded the day before, so they are reminded once.
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    created_by: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    co_organisers: Mapped[list[User]] = relationship(
        secondary=event_organisers, lazy="selectin", order_by=User.display_name
    )

    __table_args__ = (
        CheckConstraint(f"type IN {sql_in(EventType)}", name="type_known"),
        CheckConstraint(f"audience IN {sql_in(Audience)}", name="audience_known"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint("place <> '' OR online_url IS NOT NULL", name="has_place"),
        CheckConstraint(
            "(submissions_open_at IS NULL AND submissions_close_at IS NULL) OR "
            "(submissions_open_at IS NOT NULL AND submissions_close_at IS NOT NULL "
            "AND submissions_close_at > submissions_open_at)",
            name="submission_window",
        ),
        Index("ix_events_audience_ends_at", "audience", "ends_at"),
        Index("ix_events_starts_at", "starts_at", "id"),
    )

    @property
    def is_internal(self) -> bool:
        return self.audience == Audience.INTERNAL

    @property
    def is_hackathon(self) -> bool:
        return self.type == EventType.HACKATHON

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def has_ended(self, now: datetime | None = None) -> bool:
        return self.ends_at <= (now or utcnow())

    def accepts_ideas(self, now: datetime | None = None) -> bool:
        """Whether the submission window is open at `now`."""
        now = now or utcnow()
        return (
            self.submissions_open_at is not None
            and self.submissions_open_at <= now < self.submissions_close_at
        )

    def __repr__(self) -> str:
        return f"<Event {self.slug}>"


class EventRegistration(db.Model):
    """One per user and event; cancelled rows stay so a new registration reuses them."""

    __tablename__ = "event_registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    # The place in the waiting list: set again when someone registers anew.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)

    __table_args__ = (
        UniqueConstraint("event_id", "user_id", name="uq_event_registrations_event_user"),
        CheckConstraint(f"status IN {sql_in(RegistrationStatus)}", name="status_known"),
        Index("ix_event_registrations_event_status", "event_id", "status", "created_at"),
    )

    @property
    def is_confirmed(self) -> bool:
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waitlisted(self) -> bool:
        return self.status == RegistrationStatus.WAITLISTED

    @property
    def is_cancelled(self) -> bool:
        return self.status == RegistrationStatus.CANCELLED


class Team(db.Model):
    """A hackathon team working on one of the event's ideas; the organiser may give an award."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    award: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    idea: Mapped[Idea] = relationship(lazy="joined", innerjoin=True)
    members: Mapped[list["TeamMember"]] = relationship(
        back_populates="team", lazy="selectin", order_by="TeamMember.joined_at"
    )

    __table_args__ = (
        UniqueConstraint("event_id", "name", name="uq_teams_event_name"),
        UniqueConstraint("event_id", "idea_id", name="uq_teams_event_idea"),
        # Target of the members' (team, event) key: a member's event is the team's event.
        UniqueConstraint("id", "event_id", name="uq_teams_id_event"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )


class TeamMember(db.Model):
    """Membership; `event_id` repeats the team's event so a user joins one team per event."""

    __tablename__ = "team_members"

    team_id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[int]
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    team: Mapped[Team] = relationship(back_populates="members")
    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)

    __table_args__ = (
        ForeignKeyConstraint(
            ["team_id", "event_id"], ["teams.id", "teams.event_id"], ondelete="CASCADE"
        ),
        UniqueConstraint("event_id", "user_id", name="uq_team_members_event_user"),
    )
