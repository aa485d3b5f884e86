"""Addresses of events and teams and loading them from one."""

from flask import abort, url_for
from flask_login import current_user

from participation.events import queries
from participation.events.models import Event, Team
from participation.events.permissions import can_see_team, can_view_event
from participation.extensions import db


def load_event(slug: str) -> Event:
    """The event, or 404 if it does not exist or is not visible to the current user."""
    event = queries.find_by_slug(slug)
    if event is None or not can_view_event(current_user, event):
        abort(404)
    return event


def load_team(event: Event, team_id: int) -> Team:
    team = db.session.get(Team, team_id)
    if team is None or team.event_id != event.id or not can_see_team(current_user, event):
        abort(404)
    return team


def event_url(event: Event, **values) -> str:
    return url_for("events.detail", slug=event.slug, **values)


def event_path(event: Event) -> str:
    """The short, stable path, for links stored with notifications."""
    return f"/events/{event.slug}"
