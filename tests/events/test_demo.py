"""`flask seed-demo` adds a past hackathon, an upcoming workshop and an open call for ideas,
each dated consistently: people register before an event, teams form while it runs, ideas
are handed over after it."""

from sqlalchemy import select

from participation.events.models import Event, EventRegistration, Team, TeamMember
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation import queries as moderation_queries


def test_seed_demo_adds_events(app, client):
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        events = {event.type: event for event in db.session.scalars(select(Event))}
        assert set(events) == {"hackathon", "workshop", "call_for_ideas"}
        hackathon, workshop, call = (
            events["hackathon"],
            events["workshop"],
            events["call_for_ideas"],
        )
        assert hackathon.has_ended() and not workshop.has_ended()
        assert call.accepts_ideas()
        teams = db.session.scalars(select(Team).where(Team.event_id == hackathon.id)).all()
        assert len(teams) == 2 and any(team.award for team in teams)
        assert all(team.members for team in teams)
        queued = set(db.session.scalars(moderation_queries.new_ideas().with_only_columns(Idea.id)))
        ideas = db.session.scalars(
            select(Idea).where(Idea.event_id == hackathon.id).order_by(Idea.id)
        ).all()
        assert [idea.id in queued for idea in ideas] == [True, True, False]  # 2 handed over
        for team in teams:
            assert hackathon.starts_at <= team.created_at < hackathon.ends_at
            joined = select(TeamMember.joined_at).where(TeamMember.team_id == team.id)
            assert all(
                team.created_at <= when < hackathon.ends_at for when in db.session.scalars(joined)
            )
        for idea in ideas:
            assert hackathon.submissions_open_at <= idea.created_at < hackathon.submissions_close_at
            assert idea.handed_over_at is None or idea.handed_over_at > hackathon.ends_at
        for event in (hackathon, workshop):
            registered = select(EventRegistration.created_at).where(
                EventRegistration.event_id == event.id
            )
            assert all(when < event.starts_at for when in db.session.scalars(registered))
        assert hackathon.created_at < hackathon.starts_at
        statuses = sorted(
            db.session.scalars(
                select(EventRegistration.status).where(EventRegistration.event_id == workshop.id)
            )
        )
        assert statuses == ["confirmed", "confirmed", "waitlisted"]
        slugs = (hackathon.slug, workshop.slug, call.slug)
    for slug in slugs:
        assert client.get(f"/events/{slug}").status_code == 200
    assert client.get("/events").status_code == 200
