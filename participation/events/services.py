"""Running events: create and edit, register and cancel (with a waiting list), collect ideas
and hand them to moderation. Services flush; the view commits."""

from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import func, select, update

from participation.audit.log import audit
from participation.core.database import lock_row
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text, render_markdown, slugify
from participation.core.models import utcnow
from participation.core.signals import event_cancelled, event_changed, event_place_granted
from participation.events.csv_import import Row
from participation.events.models import (
    Audience,
    Event,
    EventRegistration,
    EventType,
    RegistrationStatus,
    TeamMember,
)
from participation.events.permissions import (
    can_choose_internal_audience,
    can_create_event,
    can_manage_event,
    registration_refusal,
)
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea, Visibility
from participation.ideas.services import DESCRIPTION_MAX, TITLE_MAX, submit_idea
from participation.users.models import User
from participation.users.permissions import can_organise_events

PLACE_MAX, URL_MAX, NOTE_MAX, CAPACITY_MAX = 200, 500, 300, 100_000
RESERVED_SLUGS = frozenset({"new"})
S = RegistrationStatus


def _require_manager(actor: User, event: Event) -> None:
    if not can_manage_event(actor, event):
        raise ValidationFailed({None: _("Only the organisers of this event can do this.")})


def _co_organisers(text: str, creator_id: int) -> list[User]:
    """Users named by e-mail address (comma or line separated); each must be an organiser."""
    addresses = {part.strip().lower() for part in text.replace("\n", ",").split(",")}
    addresses.discard("")
    if not addresses:
        return []
    users = list(db.session.scalars(select(User).where(User.email.in_(addresses))))
    found = {user.email: user for user in users if can_organise_events(user)}
    unknown = sorted(addresses - found.keys())
    if unknown:
        raise ValidationFailed(
            {"co_organisers": _("No organiser account: %(emails)s", emails=", ".join(unknown))}
        )
    return sorted(
        (user for user in found.values() if user.id != creator_id),
        key=lambda user: user.display_name,
    )


def _checked(actor: User, creator_id: int, fields: dict) -> dict:
    """Clean the form's values and check the rules; raise ValidationFailed with every reason."""
    reasons: dict[str | None, str] = {}
    title = plain_text(fields["title"])
    description = (fields["description"] or "").replace("\r\n", "\n").strip()
    results = (fields.get("results") or "").replace("\r\n", "\n").strip()
    place = plain_text(fields.get("place") or "")
    online_url = (fields.get("online_url") or "").strip() or None
    starts_at, ends_at = fields["starts_at"], fields["ends_at"]
    opens, closes = fields.get("submissions_open_at"), fields.get("submissions_close_at")
    capacity = fields.get("capacity")
    if fields["type"] not in set(EventType):
        reasons["type"] = _("Please choose the kind of event.")
    if not title or len(title) > TITLE_MAX:
        reasons["title"] = _("Please enter a title of up to %(max)d characters.", max=TITLE_MAX)
    if not description or len(description) > DESCRIPTION_MAX:
        reasons["description"] = _(
            "Please enter a description of up to %(max)d characters.", max=DESCRIPTION_MAX
        )
    if len(results) > DESCRIPTION_MAX:
        reasons["results"] = _("Please use at most %(max)d characters.", max=DESCRIPTION_MAX)
    if starts_at and ends_at and ends_at <= starts_at:
        reasons["ends_at"] = _("The end must be after the start.")
    if len(place) > PLACE_MAX:
        reasons["place"] = _("Please use at most %(max)d characters.", max=PLACE_MAX)
    elif not place and not online_url:
        reasons["place"] = _("Please give an address, or a link for an online event.")
    if online_url and (
        not online_url.lower().startswith(("https://", "http://"))
        or len(online_url) > URL_MAX
        or any(char.isspace() for char in online_url)
    ):
        reasons["online_url"] = _("Please enter a web address starting with https://.")
    if fields["audience"] not in set(Audience):
        reasons["audience"] = _("Please choose who the event is for.")
    elif fields["audience"] == Audience.INTERNAL and not can_choose_internal_audience(actor):
        reasons["audience"] = _("Only the administration can run internal events.")
    if capacity is not None and not 1 <= capacity <= CAPACITY_MAX:
        reasons["capacity"] = _("Please enter a number of places from 1, or leave it empty.")
    if (opens is None) != (closes is None):
        reasons["submissions_close_at"] = _("Please give both the opening and the closing time.")
    elif opens and closes <= opens:
        reasons["submissions_close_at"] = _("Submissions must close after they open.")
    try:
        co_organisers = _co_organisers(fields.get("co_organisers") or "", creator_id)
    except ValidationFailed as failure:
        reasons.update(failure.reasons)
    if reasons:
        raise ValidationFailed(reasons)
    return {
        "type": fields["type"],
        "title": title,
        "description": description,
        "description_html": render_markdown(description),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "place": place,
        "online_url": online_url,
        "audience": fields["audience"],
        "capacity": capacity,
        "submissions_open_at": opens,
        "submissions_close_at": closes,
        "results": results,
        "results_html": render_markdown(results) if results else "",
        "co_organisers": co_organisers,
    }


def _unique_slug(title: str) -> str:
    base = slugify(title, max_length=60)
    if base == "idee":  # slugify's fallback for titles without letters
        base = "veranstaltung"
    taken = set(db.session.scalars(select(Event.slug).where(Event.slug.like(f"{base}%")))) | set(
        RESERVED_SLUGS
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def create_event(actor: User, **fields) -> Event:
    if not can_create_event(actor):
        raise ValidationFailed({None: _("Only organisers can create events.")})
    values = _checked(actor, actor.id, fields)
    event = Event(slug=_unique_slug(values["title"]), created_by=actor, **values)
    db.session.add(event)
    db.session.flush()
    return event


def update_event(event: Event, actor: User, **fields) -> Event:
    """Change an event; more places move people up from the waiting list."""
    _require_manager(actor, event)
    for name, value in _checked(actor, event.created_by_id, fields).items():
        setattr(event, name, value)
    db.session.flush()
    _promote(_lock(event))
    event_changed.send(event, actor=actor)
    return event


def cancel_event(event: Event, actor: User, reason: str) -> None:
    """Call the event off; participants are told, with the reason."""
    _require_manager(actor, event)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationFailed({"reason": _("Please give a reason.")})
    event.cancelled_at = utcnow()
    event.cancellation_reason = reason[:2000]
    db.session.flush()
    audit(actor, "event_cancelled", event, event.cancellation_reason)
    event_cancelled.send(event, actor=actor)


# --- registration -------------------------------------------------------------------------


def _lock(event: Event) -> Event:
    """Serialise the registrations of one event until the commit."""
    return lock_row(db.session, Event, event.id)


def _registration(event: Event, user: User) -> EventRegistration | None:
    return db.session.scalar(
        select(EventRegistration)
        .where(EventRegistration.event_id == event.id, EventRegistration.user_id == user.id)
        .execution_options(populate_existing=True)
    )


def _confirmed_count(event: Event) -> int:
    return db.session.scalar(
        select(func.count()).where(
            EventRegistration.event_id == event.id, EventRegistration.status == S.CONFIRMED
        )
    )


def _promote(event: Event) -> list[EventRegistration]:
    """Give free places to the waiting list, first come first served (they are notified).
    The caller holds the event's lock."""
    query = (
        select(EventRegistration)
        .where(EventRegistration.event_id == event.id, EventRegistration.status == S.WAITLISTED)
        .order_by(EventRegistration.created_at, EventRegistration.id)
    )
    if event.capacity is not None:
        free = event.capacity - _confirmed_count(event)
        if free <= 0:
            return []
        query = query.limit(free)
    promoted = list(db.session.scalars(query))
    for registration in promoted:
        registration.status = S.CONFIRMED
        event_place_granted.send(event, registration=registration)
    db.session.flush()
    return promoted


def register(event: Event, user: User, now: datetime | None = None) -> EventRegistration:
    """A confirmed place while places are free, otherwise a place on the waiting list.
    Registering twice changes nothing."""
    if reason := registration_refusal(user, event, now):
        raise ValidationFailed({None: reason})
    event = _lock(event)
    _promote(event)
    registration = _registration(event, user)
    if registration is not None and registration.status != S.CANCELLED:
        return registration
    full = event.capacity is not None and _confirmed_count(event) >= event.capacity
    status = S.WAITLISTED if full else S.CONFIRMED
    if registration is None:
        registration = EventRegistration(event_id=event.id, user_id=user.id, status=status)
        db.session.add(registration)
    else:
        registration.status = status
    registration.created_at = now or utcnow()  # the back of the waiting list
    db.session.flush()
    return registration


def cancel(event: Event, user: User) -> list[EventRegistration]:
    """Cancel `user`'s registration (and team membership); returns who moved up."""
    event = _lock(event)
    registration = _registration(event, user)
    if registration is None or registration.status == S.CANCELLED:
        raise ValidationFailed({None: _("You are not registered for this event.")})
    registration.status = S.CANCELLED
    db.session.execute(
        TeamMember.__table__.delete().where(
            TeamMember.event_id == event.id, TeamMember.user_id == user.id
        )
    )
    db.session.flush()
    return _promote(event)


# --- ideas --------------------------------------------------------------------------------


def _note(text: str) -> str:
    note = plain_text(text or "")
    if not note or len(note) > NOTE_MAX:
        raise ValidationFailed(
            {
                "note": _(
                    "Please say where the idea comes from (up to %(max)d characters).", max=NOTE_MAX
                )
            }
        )
    return note


def _visibility(event: Event) -> str:
    return Visibility.INTERNAL if event.is_internal else Visibility.PUBLIC


def submit_to_event(
    event: Event, author: User, now: datetime | None = None, visibility: str = "public", **fields
) -> Idea:
    """A participant's idea for an event, while its submission window is open; the ideas of
    internal events are internal too."""
    if not event.accepts_ideas(now or utcnow()):
        raise ValidationFailed({"event": _("This event does not take ideas at the moment.")})
    if event.is_internal:
        visibility = Visibility.INTERNAL
    return submit_idea(author, event_id=event.id, visibility=visibility, now=now, **fields)


def add_idea_for_participants(event: Event, organiser: User, note: str, **fields) -> Idea:
    """An idea from participants (e.g. a paper card) entered by an organiser, who becomes its
    author; `note` is shown on the idea page."""
    _require_manager(organiser, event)
    return submit_idea(
        organiser,
        event_id=event.id,
        entered_by_note=_note(note),
        visibility=_visibility(event),
        **fields,
    )


def import_ideas(event: Event, organiser: User, rows: list[Row], note: str) -> list[Idea]:
    """Save checked rows of a CSV import; rows with errors must have been left out."""
    _require_manager(organiser, event)
    note = _note(note)
    if not rows or any(not row.valid for row in rows):
        raise ValidationFailed({None: _("There is nothing valid to import.")})
    return [
        submit_idea(
            organiser,
            title=row.title,
            summary=row.summary,
            description=row.description or row.summary,
            category=row.category,
            event_id=event.id,
            entered_by_note=note,
            visibility=_visibility(event),
        )
        for row in rows
    ]


def hand_over(event: Event, actor: User, idea_ids: list[int]) -> list[Idea]:
    """Hand chosen ideas of the event to moderation: they join the moderation queue and their
    timeline says where they come from. Ideas handed over already are left alone."""
    _require_manager(actor, event)
    now = utcnow()
    handed = db.session.scalars(
        update(Idea)
        .where(
            Idea.id.in_(idea_ids or [0]),
            Idea.event_id == event.id,
            Idea.handed_over_at.is_(None),
            Idea.status.in_(workflow.statuses_where("awaits_review")),
        )
        .values(handed_over_at=now)
        .returning(Idea.id),
        execution_options={"synchronize_session": False},
    ).all()
    if not handed:
        raise ValidationFailed(
            {"ideas": _("Please choose ideas that are still to be handed over.")}
        )
    ideas = list(
        db.session.scalars(
            select(Idea).where(Idea.id.in_(handed)).execution_options(populate_existing=True)
        )
    )
    for idea in ideas:
        workflow.record_handover(idea, actor, event.title)
    references = ", ".join(sorted(idea.reference for idea in ideas))
    audit(actor, "ideas_handed_over", event, count=len(ideas), ideas=references)
    return ideas
