"""Ideas at events: submitted through the idea form while the window is open, entered by
organisers for participants, kept out of moderation until handed over; hackathon teams."""

import re

import pytest
from sqlalchemy import select

from participation.events import services
from participation.events.models import Event, Team
from participation.extensions import db
from participation.ideas.models import Idea, StatusChange
from participation.moderation import queries as moderation_queries
from participation.users.models import Role, User
from tests.events.factories import at, make_event
from tests.factories import category, make_categories, make_idea, make_user
from tests.helpers import logged_in, post_form

IDEA = {
    "title": "Digitale Ausleihe in der Stadtbibliothek",
    "summary": "Bücher online vormerken und abholen.",
    "description": "Mit **Abholfach**.",
    "category": "bildung",
    "tags": "",
    "action": "save",
}


@pytest.fixture
def open_event(app, people):
    with app.app_context():
        make_categories()
        return make_event(
            people["creator"], "Ideenaufruf Bibliothek", type="call_for_ideas", window=True
        )


def queue_ids() -> list[int]:
    return list(db.session.scalars(moderation_queries.new_ideas().with_only_columns(Idea.id)))


def test_submit_to_an_open_event_through_the_idea_form(app, people, open_event):
    with app.app_context():
        closed = make_event(
            people["creator"],
            "Geschlossener Aufruf",
            submissions_open_at=at(days=-10),
            submissions_close_at=at(days=-1),
        )
    citizen = logged_in(app, people["citizen"].email)
    form = citizen.get(f"/ideas/new?event={open_event.slug}").get_data(as_text=True)
    assert f'<option selected value="{open_event.slug}">' in form
    assert closed.slug not in form
    response = post_form(citizen, "/ideas/new", {**IDEA, "event": open_event.slug})
    assert response.status_code == 302
    with app.app_context():
        idea = db.session.scalar(select(Idea))
        assert idea.event_id == open_event.id
        assert idea.handed_over_at is None
        assert queue_ids() == []  # with the organisers until handed over
    page = citizen.get(response.headers["Location"]).get_data(as_text=True)
    assert f'href="/events/{open_event.slug}"' in page.split('id="idea-event"')[1][:300]
    event_page = citizen.get(f"/events/{open_event.slug}").get_data(as_text=True)
    assert IDEA["title"] in event_page

    # A closed window takes no more ideas, even when the form is sent by hand.
    response = post_form(citizen, "/ideas/new", {**IDEA, "event": closed.slug})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalars(select(Idea.event_id)).all() == [open_event.id]


def test_the_service_refuses_a_closed_window(app, people, open_event):
    from participation.core.errors import ValidationFailed
    from participation.events.services import submit_to_event

    with app.app_context():
        event = db.session.get(Event, open_event.id)
        with pytest.raises(ValidationFailed):
            submit_to_event(
                event,
                db.session.get(User, people["citizen"].id),
                title="Zu spät",
                summary="Nach dem Ende",
                description="Text",
                category=category(),
                now=at(days=30),
            )


def test_internal_events_are_offered_to_employees_only_and_make_ideas_internal(app, people):
    with app.app_context():
        make_categories()
        event = make_event(
            people["creator"], "Interner Ideenaufruf", audience="internal", window=True
        )
    citizen = logged_in(app, people["citizen"].email)
    assert event.slug not in citizen.get("/ideas/new").get_data(as_text=True)
    refused = post_form(citizen, "/ideas/new", {**IDEA, "event": event.slug})
    assert refused.status_code == 302  # no event offered to them: the field is ignored
    employee = logged_in(app, people["employee"].email)
    post_form(employee, "/ideas/new", {**IDEA, "event": event.slug, "visibility": "public"})
    with app.app_context():
        ideas = db.session.scalars(select(Idea).where(Idea.event_id == event.id)).all()
        assert [(idea.author_id, idea.visibility) for idea in ideas] == [
            (people["employee"].id, "internal")
        ]


def test_organisers_enter_ideas_for_participants(app, people, open_event):
    organiser = logged_in(app, people["creator"].email)
    path = f"/events/{open_event.slug}/ideas/new"
    response = post_form(organiser, path, {**IDEA, "note": ""})
    assert response.status_code == 400
    assert 'value="Digitale Ausleihe in der Stadtbibliothek"' in response.get_data(as_text=True)
    response = post_form(organiser, path, {**IDEA, "note": "Tisch 3, von der Pinnwand"})
    assert response.status_code == 302
    with app.app_context():
        idea = db.session.scalar(select(Idea))
        assert (idea.author_id, idea.event_id) == (people["creator"].id, open_event.id)
    page = app.test_client().get(f"/ideas/{idea.reference}", follow_redirects=True)
    entered = page.get_data(as_text=True).split('id="idea-entered-by"')[1][:300]
    assert "Tisch 3, von der Pinnwand" in entered
    assert "Olga Organisation" in entered
    citizen = logged_in(app, people["citizen"].email)
    assert post_form(citizen, path, {**IDEA, "note": "x"}, page="/events").status_code == 403


def test_hand_over_to_moderation(app, people, open_event):
    with app.app_context():
        author = make_user("autor@example.org", "Autor")
        ideas = []
        for title in ("Erste Idee", "Zweite Idee", "Dritte Idee"):
            idea = services.add_idea_for_participants(
                db.session.get(Event, open_event.id),
                db.session.get(User, people["creator"].id),
                "Workshop",
                title=title,
                summary="Kurz",
                description="Lang",
                category=category(),
            )
            ideas.append(idea.id)
        db.session.commit()
        unrelated = make_idea(author, "Ohne Veranstaltung")
        assert queue_ids() == [unrelated.id]
    organiser = logged_in(app, people["creator"].email)
    path = f"/events/{open_event.slug}/hand-over"
    form = organiser.get(path).get_data(as_text=True)
    assert all(f'value="{idea_id}"' in form for idea_id in ideas)
    assert post_form(organiser, path, {}).status_code == 400  # nothing chosen
    response = post_form(
        organiser, path, {"ideas": [str(ideas[0]), str(ideas[2]), str(unrelated.id)]}
    )
    assert response.status_code == 302
    with app.app_context():
        assert set(queue_ids()) == {unrelated.id, ideas[0], ideas[2]}
        handed = db.session.get(Idea, ideas[0])
        timeline = db.session.scalars(
            select(StatusChange).where(StatusChange.idea_id == handed.id).order_by(StatusChange.id)
        ).all()
        assert [(change.from_status, change.to_status) for change in timeline] == [
            (None, "submitted"),
            ("submitted", "submitted"),
        ]
        assert open_event.title in timeline[1].note
        assert db.session.get(Idea, unrelated.id).handed_over_at is None
        reference = handed.reference
    page = (
        app.test_client().get(f"/ideas/{reference}", follow_redirects=True).get_data(as_text=True)
    )
    assert open_event.title in page.split('id="timeline-title"')[1]
    # Handing over again changes nothing; only the remaining idea is offered.
    again = organiser.get(path).get_data(as_text=True)
    assert f'value="{ideas[1]}"' in again and f'value="{ideas[0]}"' not in again
    post_form(organiser, path, {"ideas": [str(ideas[0])]})
    with app.app_context():
        count = len(
            db.session.scalars(select(StatusChange).where(StatusChange.idea_id == ideas[0])).all()
        )
        assert count == 2


def test_hackathon_teams_and_awards(app, people):
    with app.app_context():
        make_categories()
        event = make_event(people["creator"], "Hackathon Mobilität", type="hackathon", window=True)
        idea = make_idea(make_user("idee@example.org", "Ideengeberin"), "Radwege-Karte")
        db.session.get(Idea, idea.id).event_id = event.id
        db.session.commit()
        ada, ben = make_user("ada@example.org", "Ada"), make_user("ben@example.org", "Ben")
    clients = {name: logged_in(app, f"{name}@example.org") for name in ("ada", "ben")}
    page = f"/events/{event.slug}"
    # Only participants with a confirmed place form teams.
    assert clients["ada"].get(page + "/teams/new").status_code == 403
    for client in clients.values():
        post_form(client, page + "/register", {}, page=page)
    response = post_form(
        clients["ada"], page + "/teams/new", {"name": "Speichen", "idea": str(idea.id)}
    )
    assert response.status_code == 302
    team_path = response.headers["Location"]
    assert re.fullmatch(rf"{page}/teams/\d+", team_path)
    post_form(clients["ben"], team_path + "/join", {}, page=team_path)
    html = app.test_client().get(team_path).get_data(as_text=True)
    members = html.split('id="team-members"')[1].split("</ul>")[0]
    assert "Ada" in members and "Ben" in members
    # One team per person and event; one team per idea.
    again = post_form(
        clients["ben"], page + "/teams/new", {"name": "Zweites", "idea": str(idea.id)}
    )
    assert again.status_code == 400
    # The organiser gives an award; others cannot.
    assert (
        post_form(
            clients["ada"], team_path + "/award", {"award": "1. Platz"}, page=team_path
        ).status_code
        == 403
    )
    organiser = logged_in(app, people["creator"].email)
    post_form(organiser, team_path + "/award", {"award": "1. Platz"}, page=team_path)
    with app.app_context():
        team = db.session.scalar(select(Team))
        assert team.award == "1. Platz"
        assert sorted(member.user_id for member in team.members) == sorted([ada.id, ben.id])
    assert "1. Platz" in app.test_client().get(page).get_data(as_text=True)
    # Cancelling the registration also leaves the team.
    post_form(clients["ben"], page + "/cancel", {}, page=page)
    post_form(clients["ada"], team_path + "/leave", {}, page=team_path)
    with app.app_context():
        team = db.session.scalar(select(Team))
        assert team is not None and team.members == []  # kept: it has an award


def test_team_of_internal_event_is_hidden(app, people):
    with app.app_context():
        event = make_event(people["creator"], "Intern", type="hackathon", audience="internal")
    assert app.test_client().get(f"/events/{event.slug}/teams/1").status_code == 404


def test_organiser_role_is_needed_for_co_organisers(app, people):
    with app.app_context():
        make_user("helfer@example.org", "Helfer")
    organiser = logged_in(app, people["creator"].email)
    from tests.events.test_pages import FORM

    response = post_form(organiser, "/events/new", {**FORM, "co_organisers": "helfer@example.org"})
    assert response.status_code == 400
    assert "helfer@example.org" in response.get_data(as_text=True)
    with app.app_context():
        make_user("orga2@example.org", "Orga Zwei", (Role.ORGANISER,))
    response = post_form(organiser, "/events/new", {**FORM, "co_organisers": "ORGA2@example.org"})
    assert response.status_code == 302
