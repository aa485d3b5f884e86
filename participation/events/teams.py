"""Hackathon teams: formed around one of the event's ideas, joined and left by participants
with a confirmed place (one team per person and event), given awards by the organisers."""

from flask_babel import gettext as _
from sqlalchemy import select

from participation.core.database import insert_ignoring_duplicates
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text
from participation.events.models import Event, EventRegistration, Team, TeamMember
from participation.events.permissions import can_award_teams, can_join_teams
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea
from participation.users.models import User

NAME_MAX, AWARD_MAX = 80, 120


def _registration(event: Event, user: User) -> EventRegistration | None:
    return db.session.scalar(
        select(EventRegistration).where(
            EventRegistration.event_id == event.id, EventRegistration.user_id == user.id
        )
    )


def _require_participant(event: Event, user: User) -> None:
    if not can_join_teams(user, event, _registration(event, user)):
        raise ValidationFailed(
            {None: _("Teams are for participants of this hackathon with a confirmed place.")}
        )


def team_of(event: Event, user: User) -> Team | None:
    if user is None or not user.is_authenticated:
        return None
    return db.session.scalar(
        select(Team)
        .join(TeamMember, TeamMember.team_id == Team.id)
        .where(TeamMember.event_id == event.id, TeamMember.user_id == user.id)
    )


def create_team(event: Event, user: User, idea: Idea | None, name: str) -> Team:
    _require_participant(event, user)
    name = plain_text(name or "")
    if not name or len(name) > NAME_MAX:
        raise ValidationFailed(
            {"name": _("Please enter a team name of up to %(max)d characters.", max=NAME_MAX)}
        )
    if (
        idea is None
        or idea.event_id != event.id
        or idea.is_hidden
        or not workflow.accepts_comments(idea)
    ):
        raise ValidationFailed({"idea": _("Please choose one of this event's ideas.")})
    if team_of(event, user) is not None:
        raise ValidationFailed({None: _("You are already in a team at this event.")})
    # The unique constraints decide, also between two people clicking at the same moment.
    if not insert_ignoring_duplicates(
        Team, db.session, event_id=event.id, idea_id=idea.id, name=name
    ):
        raise ValidationFailed({"name": _("A team with this name or idea exists already.")})
    team = db.session.scalars(
        select(Team).where(Team.event_id == event.id, Team.name == name)
    ).one()
    _add_member(team, event, user)
    return team


def _add_member(team: Team, event: Event, user: User) -> None:
    if not insert_ignoring_duplicates(
        TeamMember, db.session, team_id=team.id, event_id=event.id, user_id=user.id
    ):
        raise ValidationFailed({None: _("You are already in a team at this event.")})
    db.session.expire(team, ["members"])


def join_team(team: Team, event: Event, user: User) -> None:
    _require_participant(event, user)
    _add_member(team, event, user)


def leave_team(team: Team, user: User) -> None:
    """Leave; a team without members and without an award disappears."""
    deleted = db.session.execute(
        TeamMember.__table__.delete().where(
            TeamMember.team_id == team.id, TeamMember.user_id == user.id
        )
    ).rowcount
    if not deleted:
        raise ValidationFailed({None: _("You are not in this team.")})
    db.session.expire(team, ["members"])
    if not team.members and not team.award:
        db.session.delete(team)
    db.session.flush()


def set_award(team: Team, event: Event, actor: User, award: str) -> None:
    if not can_award_teams(actor, event):
        raise ValidationFailed({None: _("Only the organisers of this event can do this.")})
    award = plain_text(award or "")
    if len(award) > AWARD_MAX:
        raise ValidationFailed(
            {"award": _("Please use at most %(max)d characters.", max=AWARD_MAX)}
        )
    team.award = award or None
    db.session.flush()
