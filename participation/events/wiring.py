"""What the events feature adds to the others at start-up: the idea form offers the events
that collect ideas, and submits to them."""

from flask import Flask, abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from participation.audit import registry
from participation.events import queries, services
from participation.events.models import Event
from participation.events.permissions import can_view_event
from participation.events.urls import event_url
from participation.ideas import hooks
from participation.ideas.models import Idea


def open_events(user) -> list[tuple[str, str]]:
    return [(event.slug, event.title) for event in queries.open_for_submission(user)]


def submit_to_event(author, slug: str, **fields) -> Idea:
    event = queries.find_by_slug(slug)
    if event is None or not can_view_event(author, event):
        abort(404)
    return services.submit_to_event(event, author, **fields)


def event_of(idea: Idea):
    """The event an idea was submitted at, if the current user may see it."""
    if idea.event_id is None:
        return None
    event = queries.find_by_id(idea.event_id)
    return event if event is not None and can_view_event(current_user, event) else None


def register(app: Flask) -> None:
    hooks.open_events.provide(open_events)
    hooks.submit_to_event.provide(submit_to_event)
    app.jinja_env.globals["event_of"] = event_of
    registry.register_target("event", Event, lambda event: f"„{event.title}“", event_url)
    registry.register_kind("events", _l("Events"))
    registry.register_action(
        "ideas_handed_over",
        "events",
        _l("%(actor)s handed %(count)s idea(s) of the event %(target)s to moderation: %(ideas)s."),
    )
    registry.register_action(
        "event_cancelled", "events", _l("%(actor)s cancelled the event %(target)s.")
    )
    registry.register_action(
        "participants_exported",
        "events",
        _l("%(actor)s downloaded the participant list of %(target)s."),
    )
