"""Who may see and do what with events. Used by views and templates alike."""

from datetime import datetime

from flask_babel import gettext as _

from participation.events.models import Event, EventRegistration, RegistrationStatus
from participation.users.permissions import (
    can_administer,
    can_organise_events,
    can_participate,
    can_see_internal,
)


def _is_user(user) -> bool:
    return user is not None and user.is_authenticated


def can_view_event(user, event: Event) -> bool:
    """Internal events exist only for the administration; for everyone else they are a 404."""
    return not event.is_internal or can_see_internal(user)


def can_create_event(user) -> bool:
    return can_organise_events(user)


def can_choose_internal_audience(user) -> bool:
    return can_organise_events(user) and can_see_internal(user)


def is_event_organiser(user, event: Event) -> bool:
    """The creator or a co-organiser (whatever their roles now)."""
    return _is_user(user) and (
        user.id == event.created_by_id or any(user.id == other.id for other in event.co_organisers)
    )


def can_manage_event(user, event: Event) -> bool:
    """Edit, see and export participants, add and import ideas, hand over, give awards."""
    return (
        can_organise_events(user)
        and can_view_event(user, event)
        and (can_administer(user) or is_event_organiser(user, event))
    )


def registration_refusal(user, event: Event, now: datetime | None = None) -> str | None:
    """Why `user` cannot register for `event` now; None if they can."""
    if event.is_cancelled:
        return _("This event has been cancelled.")
    if event.has_ended(now):
        return _("This event is over.")
    if not _is_user(user):
        return _("Log in to register.")
    if not can_participate(user):
        return _("Confirm your e-mail address to register.")
    if not can_view_event(user, event):
        return _("This event is not available.")
    return None


def can_register_for_event(user, event: Event) -> bool:
    return registration_refusal(user, event) is None


def can_submit_to_event(user, event: Event, now: datetime | None = None) -> bool:
    return can_participate(user) and can_view_event(user, event) and event.accepts_ideas(now)


def can_join_teams(user, event: Event, registration: EventRegistration | None) -> bool:
    """Hackathon participants with a confirmed place form and join teams until the end."""
    return (
        event.is_hackathon
        and not event.has_ended()
        and can_participate(user)
        and can_view_event(user, event)
        and registration is not None
        and registration.user_id == user.id
        and registration.status == RegistrationStatus.CONFIRMED
    )


def can_award_teams(user, event: Event) -> bool:
    return event.is_hackathon and can_manage_event(user, event)


def can_see_team(user, event: Event) -> bool:
    return can_view_event(user, event) and event.is_hackathon
