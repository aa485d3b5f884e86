"""Reading events with the visibility rules applied inside the query.

Internal events (and their ideas) exist only for the administration. Lists are paginated
and need a fixed number of queries: participant counts come in one grouped query.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, case, func, select

from participation.core.models import utcnow
from participation.core.pagination import Order, keyset_page
from participation.events.models import (
    Audience,
    Event,
    EventRegistration,
    EventType,
    RegistrationStatus,
    Team,
)
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea
from participation.ideas.queries import ORDERS, visible_to
from participation.users.permissions import can_see_internal

WHEN = ("upcoming", "past")
FEED_LIMIT = 200
CHOICES_LIMIT = 500  # ideas offered for a team or for the hand-over at once


def visible_events(user) -> list:
    return [] if can_see_internal(user) else [Event.audience == Audience.PUBLIC]


@dataclass
class EventFilters:
    when: str = "upcoming"
    type: str = ""

    def active(self) -> bool:
        return bool(self.type) or self.when != "upcoming"


SOONEST_FIRST = Order((Event.starts_at, Event.id), descending=False)
LATEST_FIRST = Order((Event.starts_at, Event.id))


def filtered_events(user, filters: EventFilters, per_page: int, now: datetime | None = None):
    """Upcoming (running or still to come, soonest first) or past (latest first)."""
    query = filtered_query(user, filters, now or utcnow())
    order = LATEST_FIRST if filters.when == "past" else SOONEST_FIRST
    return keyset_page(query, order, per_page, count=True)


def filtered_query(user, filters: EventFilters, now: datetime) -> Select:
    """The events `user` may see that pass the filters (unordered)."""
    query = select(Event).where(*visible_events(user))
    if filters.type in set(EventType):
        query = query.where(Event.type == filters.type)
    if filters.when == "past":
        return query.where(Event.ends_at <= now)
    return query.where(Event.ends_at > now)


def find_by_slug(slug: str) -> Event | None:
    return db.session.scalar(select(Event).where(Event.slug == slug))


def find_by_id(event_id: int) -> Event | None:
    return db.session.get(Event, event_id)


@dataclass
class Counts:
    confirmed: int = 0
    waitlisted: int = 0


def participant_counts(event_ids: list[int]) -> dict[int, Counts]:
    """Confirmed and waiting registrations per event, in one query."""
    if not event_ids:
        return {}
    status = EventRegistration.status
    rows = db.session.execute(
        select(
            EventRegistration.event_id,
            func.sum(case((status == RegistrationStatus.CONFIRMED, 1), else_=0)),
            func.sum(case((status == RegistrationStatus.WAITLISTED, 1), else_=0)),
        )
        .where(EventRegistration.event_id.in_(event_ids))
        .group_by(EventRegistration.event_id)
    )
    counts = {event_id: Counts() for event_id in event_ids}
    for event_id, confirmed, waitlisted in rows:
        counts[event_id] = Counts(int(confirmed or 0), int(waitlisted or 0))
    return counts


def registration_of(event: Event, user) -> EventRegistration | None:
    if user is None or not user.is_authenticated:
        return None
    return db.session.scalar(
        select(EventRegistration).where(
            EventRegistration.event_id == event.id, EventRegistration.user_id == user.id
        )
    )


def waiting_position(registration: EventRegistration) -> int:
    """1 for the first on the waiting list."""
    return 1 + db.session.scalar(
        select(func.count()).where(
            EventRegistration.event_id == registration.event_id,
            EventRegistration.status == RegistrationStatus.WAITLISTED,
            (EventRegistration.created_at < registration.created_at)
            | (
                (EventRegistration.created_at == registration.created_at)
                & (EventRegistration.id < registration.id)
            ),
        )
    )


def participants(event: Event) -> Select:
    """Everyone registered: confirmed first, then the waiting list in order."""
    order = case((EventRegistration.status == RegistrationStatus.CONFIRMED, 0), else_=1)
    return (
        select(EventRegistration)
        .where(
            EventRegistration.event_id == event.id,
            EventRegistration.status != RegistrationStatus.CANCELLED,
        )
        .order_by(order, EventRegistration.created_at, EventRegistration.id)
    )


def event_ideas(event: Event, user) -> Select:
    return select(Idea).where(Idea.event_id == event.id, *visible_to(user))


def to_hand_over(event: Event) -> list[Idea]:
    """The event's submitted ideas that are not yet with moderation."""
    return list(
        db.session.scalars(
            select(Idea)
            .where(
                Idea.event_id == event.id,
                Idea.handed_over_at.is_(None),
                Idea.status.in_(workflow.statuses_where("awaits_review")),
            )
            .order_by(Idea.created_at, Idea.id)
            .limit(CHOICES_LIMIT)
        )
    )


def team_candidates(event: Event, user) -> list[Idea]:
    """The event's ideas a team can form around."""
    query = event_ideas(event, user).where(Idea.status.in_(workflow.statuses_where("discussion")))
    return list(
        db.session.scalars(query.order_by(*ORDERS["newest"].clauses()).limit(CHOICES_LIMIT))
    )


def teams(event: Event) -> list[Team]:
    return list(
        db.session.scalars(
            select(Team)
            .where(Team.event_id == event.id)
            .order_by(Team.award.is_(None), Team.name, Team.id)
        )
    )


def open_for_submission(user, now: datetime | None = None) -> list[Event]:
    """Events whose submission window is open, among those `user` may see."""
    now = now or utcnow()
    return list(
        db.session.scalars(
            select(Event)
            .where(
                *visible_events(user),
                Event.submissions_open_at <= now,
                Event.submissions_close_at > now,
            )
            .order_by(Event.submissions_close_at, Event.id)
        )
    )


def upcoming_public(now: datetime | None = None) -> list[Event]:
    """For the calendar feed: public events not yet over."""
    now = now or utcnow()
    return list(
        db.session.scalars(
            select(Event)
            .where(Event.audience == Audience.PUBLIC, Event.ends_at > now)
            .order_by(Event.starts_at, Event.id)
            .limit(FEED_LIMIT)
        )
    )
