"""Hackathon teams through their services: every refusal with its reason, and a team that
empties without an award disappears."""

import pytest
from sqlalchemy import select

from participation.core.errors import ValidationFailed
from participation.events import services, teams
from participation.events.models import Event, Team
from participation.extensions import db
from participation.ideas.models import Idea
from tests.events.factories import make_event
from tests.factories import make_categories, make_idea, make_user


@pytest.fixture
def hackathon(ctx, organiser, citizen):
    """A hackathon with two of its ideas, an idea of elsewhere, and two participants with a
    confirmed place (the citizen and Ben)."""
    make_categories()
    event = db.session.get(Event, make_event(organiser, "Hackathon", type="hackathon").id)
    ideas = [db.session.get(Idea, make_idea(citizen, title).id) for title in ("Eins", "Zwei")]
    for idea in ideas:
        idea.event_id = event.id
    elsewhere = db.session.get(Idea, make_idea(citizen, "Woanders").id)
    people = [db.session.merge(citizen), db.session.merge(make_user("ben@example.org", "Ben"))]
    for person in people:
        services.register(event, person)
    db.session.commit()
    return {"event": event, "ideas": ideas, "elsewhere": elsewhere, "people": people}


def refusal(action) -> dict:
    with pytest.raises(ValidationFailed) as refused:
        action()
    return refused.value.reasons


def test_team_rules(hackathon, organiser):
    event, (first, second), (ada, ben) = (hackathon[k] for k in ("event", "ideas", "people"))
    outsider = db.session.merge(make_user("zaungast@example.org"))
    assert None in refusal(lambda: teams.create_team(event, outsider, first, "Zaun"))
    assert "name" in refusal(lambda: teams.create_team(event, ada, first, "  "))
    assert "name" in refusal(lambda: teams.create_team(event, ada, first, "x" * 81))
    assert "idea" in refusal(lambda: teams.create_team(event, ada, None, "Speichen"))
    assert "idea" in refusal(lambda: teams.create_team(event, ada, hackathon["elsewhere"], "A"))
    team = teams.create_team(event, ada, first, "Speichen")
    assert None in refusal(lambda: teams.create_team(event, ada, second, "Noch eins"))
    assert "name" in refusal(lambda: teams.create_team(event, ben, second, "Speichen"))
    assert "name" in refusal(lambda: teams.create_team(event, ben, first, "Gleiche Idee"))
    teams.join_team(team, event, ben)
    assert None in refusal(lambda: teams.join_team(team, event, ben))
    assert teams.team_of(event, ben) == team
    assert teams.team_of(event, None) is None

    organiser = db.session.merge(organiser)
    assert None in refusal(lambda: teams.set_award(team, event, ada, "1. Platz"))
    assert "award" in refusal(lambda: teams.set_award(team, event, organiser, "x" * 121))
    teams.set_award(team, event, organiser, "  ")
    assert team.award is None

    teams.leave_team(team, ada)
    assert None in refusal(lambda: teams.leave_team(team, ada))
    teams.leave_team(team, ben)  # the last one out, and no award: the team is gone
    assert db.session.scalars(select(Team)).all() == []
