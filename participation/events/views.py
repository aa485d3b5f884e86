"""Event pages for everyone: list, detail, calendar files, registration and hackathon teams.
The organisers' pages are in `manage_views`."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from participation.core.forms import commit_or_flash, form_page
from participation.core.pagination import keyset_page
from participation.core.ratelimit import allow
from participation.core.urls import int_arg, keep_in_links
from participation.events import ics, queries, services, teams
from participation.events.forms import AwardForm, TeamForm
from participation.events.labels import REGISTRATION_LABELS, TYPE_LABELS, WHEN_LABELS, period
from participation.events.models import Team
from participation.events.permissions import (
    can_join_teams,
    registration_refusal,
)
from participation.events.urls import event_url, load_event, load_team
from participation.extensions import db
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.models import Idea
from participation.ideas.queries import ORDERS

bp = Blueprint("events", __name__, url_prefix="/events")
bp.add_app_template_global(period, "event_period")


@bp.get("")
def index():
    filters = queries.EventFilters(
        when=request.args.get("when", "upcoming"), type=request.args.get("type", "")
    )
    if filters.when not in queries.WHEN:
        filters.when = "upcoming"
    keep_in_links(when=None if filters.when == "upcoming" else filters.when, type=filters.type)
    page = queries.filtered_events(current_user, filters, current_app.config["EVENTS_PER_PAGE"])
    return render_template(
        "events/list.html",
        page=page,
        filters=filters,
        counts=queries.participant_counts([event.id for event in page.items]),
        type_labels=TYPE_LABELS,
        when_labels=WHEN_LABELS,
    )


@bp.get("/<slug>")
def detail(slug: str):
    event = load_event(slug)
    registration = queries.registration_of(event, current_user)
    waiting = registration is not None and registration.is_waitlisted
    return render_template(
        "events/detail.html",
        event=event,
        counts=queries.participant_counts([event.id])[event.id],
        registration=registration,
        waiting_position=queries.waiting_position(registration) if waiting else None,
        refusal=registration_refusal(current_user, event),
        ideas=keyset_page(
            queries.event_ideas(event, current_user), ORDERS["newest"], 20, count=True
        ),
        teams=queries.teams(event) if event.is_hackathon else [],
        my_team=teams.team_of(event, current_user) if event.is_hackathon else None,
        may_team_up=can_join_teams(current_user, event, registration),
        type_labels=TYPE_LABELS,
        status_labels=STATUS_LABELS,
        registration_labels=REGISTRATION_LABELS,
    )


@bp.get("/<slug>.ics")
def calendar_file(slug: str):
    event = load_event(slug)
    return ics.ics_response(ics.calendar([event], event.title), f"{event.slug}.ics")


def feed():
    """Upcoming public events as a calendar to subscribe to."""
    body = ics.calendar(queries.upcoming_public(), _("Mitwirken: events"))
    return ics.ics_response(body, "events.ics", download=False)


@bp.record_once
def _register_feed(state) -> None:
    # The feed lives at /events.ics, beside the blueprint's /events prefix.
    state.app.add_url_rule("/events.ics", "events.feed", feed, methods=["GET"])


@bp.post("/<slug>/register")
@login_required
def register(slug: str):
    event = load_event(slug)
    if not allow("EVENT_REGISTRATION", str(current_user.id)):
        flash(_("You have done this too often. Please wait a while and try again."), "error")
        return redirect(event_url(event))
    messages = {
        "confirmed": _("You are registered. See you there!"),
        "waitlisted": _("All places are taken: you are on the waiting list."),
    }
    done, registration = commit_or_flash(lambda: services.register(event, current_user), None)
    if not done:
        return redirect(event_url(event))
    flash(messages[registration.status], "success")
    return redirect(event_url(event, _anchor="registration"))


@bp.post("/<slug>/cancel")
@login_required
def cancel(slug: str):
    event = load_event(slug)
    if not allow("EVENT_REGISTRATION", str(current_user.id)):
        flash(_("You have done this too often. Please wait a while and try again."), "error")
        return redirect(event_url(event))
    commit_or_flash(
        lambda: services.cancel(event, current_user), _("Your registration has been cancelled.")
    )
    return redirect(event_url(event))


# --- teams --------------------------------------------------------------------------------


@bp.route("/<slug>/teams/new", methods=["GET", "POST"])
@login_required
def new_team(slug: str):
    event = load_event(slug)
    if not can_join_teams(current_user, event, queries.registration_of(event, current_user)):
        abort(403)
    form = TeamForm(idea=int_arg("idea"))
    form.set_ideas(queries.team_candidates(event, current_user))
    return form_page(
        form,
        lambda: teams.create_team(
            event, current_user, db.session.get(Idea, form.idea.data), form.name.data
        ),
        "events/team_form.html",
        success=_("Your team has been formed."),
        redirect_to=lambda team: url_for("events.team", slug=event.slug, team_id=team.id),
        event=event,
    )


@bp.get("/<slug>/teams/<int:team_id>")
def team(slug: str, team_id: int):
    event = load_event(slug)
    team = load_team(event, team_id)
    registration = queries.registration_of(event, current_user)
    member = current_user.is_authenticated and any(
        membership.user_id == current_user.id for membership in team.members
    )
    return render_template(
        "events/team.html",
        event=event,
        team=team,
        member=member,
        in_a_team=teams.team_of(event, current_user) is not None,
        may_team_up=can_join_teams(current_user, event, registration),
        award_form=AwardForm(data={"award": team.award or ""}),
    )


@bp.post("/<slug>/teams/<int:team_id>/<any(join, leave):action>")
@login_required
def team_membership(slug: str, team_id: int, action: str):
    event = load_event(slug)
    team = load_team(event, team_id)
    if action == "join":
        commit_or_flash(
            lambda: teams.join_team(team, event, current_user), _("You have joined the team.")
        )
    else:
        commit_or_flash(lambda: teams.leave_team(team, current_user), _("You have left the team."))
    still_there = db.session.scalar(select(Team.id).where(Team.id == team_id))
    if still_there is None:
        return redirect(event_url(event, _anchor="teams"))
    return redirect(url_for("events.team", slug=event.slug, team_id=team_id))
