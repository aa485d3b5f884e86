"""Where one object points to another, internal content never reaches the public.

A public idea is never merged into an internal one, nor bundled with one in a roadmap item;
where old data points across anyway, the public side shows no title and no link. One test per
place that points: merges (service, form, suggestions, page, notification), roadmap items,
events, teams, visions, evaluations' follow-ups, feeds.
"""

import pytest
from sqlalchemy import func, select

from participation.core.errors import ValidationFailed
from participation.events.models import Event, Team
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation import actions
from participation.notifications.models import Notification
from participation.roadmap import services as roadmap
from participation.roadmap.models import RoadmapItem, roadmap_item_ideas
from participation.users.models import User
from tests.events.factories import make_event
from tests.factories import decide, make_idea
from tests.helpers import logged_in, login, post_form

SECRET = "Geheime Haushaltsplanung im Rathaus"
ROADMAP = {
    "title": "Öffentlicher Fahrplan-Eintrag",
    "description": "Beschreibung",
    "category": None,
    "responsible_department": "Amt 10",
}


@pytest.fixture
def people(citizen, employee, moderator):
    return {"citizen": citizen, "employee": employee, "moderator": moderator}


@pytest.fixture
def pair(app, people):
    """A public idea and a similar internal one, both freshly submitted."""
    with app.app_context():
        public = make_idea(people["citizen"], "Parkplätze online reservieren")
        internal = make_idea(
            people["employee"],
            f"Parkplätze online reservieren: {SECRET}",
            visibility="internal",
        )
    return public, internal


def staff(app, people):
    client = app.test_client()
    login(client, people["moderator"].email)
    return client


def test_the_service_refuses_to_merge_a_public_idea_into_an_internal_one(app, people, pair):
    public, internal = pair
    with app.app_context():
        source, target = db.session.get(Idea, public.id), db.session.get(Idea, internal.id)
        with pytest.raises(ValidationFailed) as refused:
            actions.merge(source, target, db.session.merge(people["moderator"]), "Dublette")
        assert "öffentliche Idee" in refused.value.reasons["target"]
        db.session.rollback()
        assert db.session.get(Idea, public.id).merged_into_id is None
        merged = select(func.count()).where(Notification.kind == "idea_merged")
        assert db.session.scalar(merged) == 0


def test_the_merge_form_says_why_and_keeps_the_input(app, people, pair):
    public, internal = pair
    response = post_form(
        staff(app, people),
        f"/moderation/ideas/{public.reference}/merge",
        {"target": internal.reference, "note": "Gleiche Idee"},
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Eine öffentliche Idee kann nicht mit einer internen" in html
    assert "Gleiche Idee" in html


def test_an_internal_idea_may_go_into_a_public_one(app, people, pair):
    public, internal = pair
    response = post_form(
        staff(app, people),
        f"/moderation/ideas/{internal.reference}/merge",
        {"target": public.reference, "note": "Gleiche Idee"},
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Idea, internal.id).merged_into_id == public.id


def test_suggestions_under_a_public_idea_offer_no_internal_idea(app, people, pair):
    public, internal = pair
    html = staff(app, people).get("/moderation").get_data(as_text=True)
    public_merge = f"/moderation/ideas/{public.reference}/merge?target="
    internal_merge = f"/moderation/ideas/{internal.reference}/merge?target="
    assert f"{public_merge}{internal.reference}" not in html
    assert f"{internal_merge}{public.reference}" in html  # the other way round is fine


def test_old_data_pointing_from_public_to_internal_shows_no_title(app, people, pair):
    public, internal = pair
    with app.app_context():
        db.session.get(Idea, public.id).merged_into_id = internal.id
        db.session.get(Idea, public.id).status = "merged"
        db.session.commit()
    for client in (app.test_client(), logged_in(app, people["citizen"].email)):
        html = client.get(f"/ideas/{public.reference}", follow_redirects=True).get_data(
            as_text=True
        )
        assert "nicht öffentlichen Idee" in html
        assert SECRET not in html
        assert internal.reference not in html
    employee = logged_in(app, people["employee"].email)
    html = employee.get(f"/ideas/{public.reference}", follow_redirects=True).get_data(as_text=True)
    assert internal.reference in html


def _accepted(app, people, title, visibility):
    with app.app_context():
        author = people["employee"] if visibility == "internal" else people["citizen"]
        return decide(make_idea(author, title, visibility=visibility), people["moderator"])


def _item_for(app, people, idea) -> int:
    with app.app_context():
        stored = db.session.get(Idea, idea.id)
        item = roadmap.create_item(
            db.session.merge(people["moderator"]),
            stored,
            {**ROADMAP, "category": stored.category},
        )
        db.session.commit()
        return item.id


@pytest.mark.parametrize(
    ("item_side", "idea_side"), [("public", "internal"), ("internal", "public")]
)
def test_a_roadmap_item_bundles_ideas_of_one_visibility_only(app, people, item_side, idea_side):
    first = _accepted(app, people, "Erste Idee", item_side)
    second = _accepted(app, people, f"Zweite Idee {SECRET}", idea_side)
    item_id = _item_for(app, people, first)
    with app.app_context():
        item = db.session.get(RoadmapItem, item_id)
        with pytest.raises(ValidationFailed):
            roadmap.link_idea(
                item, db.session.get(Idea, second.id), db.session.merge(people["moderator"])
            )
        db.session.rollback()
        assert db.session.get(RoadmapItem, item_id).visibility == item_side
        notices = select(Notification).where(Notification.kind == "roadmap_item_created")
        assert not [n for n in db.session.scalars(notices) if SECRET in str(n.data)]


def test_old_data_linking_a_public_idea_to_an_internal_item_shows_nothing(app, people):
    internal_idea = _accepted(app, people, "Interne Idee", "internal")
    public_idea = _accepted(app, people, "Öffentliche Idee", "public")
    item_id = _item_for(app, people, internal_idea)
    with app.app_context():
        db.session.execute(
            roadmap_item_ideas.insert().values(item_id=item_id, idea_id=public_idea.id)
        )
        db.session.get(RoadmapItem, item_id).title = SECRET
        db.session.commit()
    html = app.test_client().get(f"/ideas/{public_idea.reference}", follow_redirects=True)
    html = html.get_data(as_text=True)
    assert SECRET not in html
    assert f"/roadmap/{item_id}" not in html


def test_an_event_that_became_internal_is_not_named_on_its_public_ideas(app, people, organiser):
    with app.app_context():
        event = make_event(organiser, SECRET[:60], window=True)
        idea = make_idea(people["citizen"], "Idee vom Workshop")
        stored = db.session.get(Idea, idea.id)
        stored.event_id = event.id
        db.session.get(Event, event.id).audience = "internal"
        db.session.commit()
    html = app.test_client().get(f"/ideas/{idea.reference}", follow_redirects=True)
    assert SECRET[:60] not in html.get_data(as_text=True)
    employee = logged_in(app, people["employee"].email)
    html = employee.get(f"/ideas/{idea.reference}", follow_redirects=True)
    assert SECRET[:60] in html.get_data(as_text=True)


def test_a_team_around_an_internal_idea_does_not_name_it_in_public(app, people, organiser):
    with app.app_context():
        event = make_event(organiser, "Öffentlicher Hackathon", type="hackathon", window=True)
        idea = make_idea(people["employee"], SECRET, visibility="internal")
        db.session.get(Idea, idea.id).event_id = event.id
        db.session.add(Team(event_id=event.id, idea_id=idea.id, name="Team Rathaus"))
        db.session.commit()
    html = app.test_client().get(f"/events/{event.slug}").get_data(as_text=True)
    assert "Team Rathaus" in html
    assert SECRET not in html


def test_a_vision_lists_internal_ideas_only_for_the_administration(app, people):
    from participation.cycles import services as cycles

    with app.app_context():
        moderator = db.session.merge(people["moderator"])
        cycle = cycles.create_cycle(moderator, year=2026, title="Programm 2026")
        vision = cycles.add_vision(cycle, moderator, title="Alles digital")
        idea = make_idea(people["employee"], SECRET, visibility="internal")
        cycles.link_idea(vision, db.session.get(Idea, idea.id), moderator)
        db.session.commit()
        path = f"/visions/{vision.id}-alles-digital"
    public = app.test_client().get(path, follow_redirects=True).get_data(as_text=True)
    assert "Alles digital" in public
    assert SECRET not in public
    employee = logged_in(app, people["employee"].email).get(path, follow_redirects=True)
    assert SECRET in employee.get_data(as_text=True)


def test_internal_follow_up_ideas_stay_off_a_public_evaluation(app, people):
    idea = _accepted(app, people, "Öffentliche Idee", "public")
    item_id = _item_for(app, people, idea)
    with app.app_context():
        follow_up = make_idea(people["employee"], SECRET, visibility="internal")
        moderator = db.session.merge(people["moderator"])
        item = db.session.get(RoadmapItem, item_id)
        roadmap.post_update(item, moderator, "Fertig.", status="done", progress=100)
        roadmap.record_evaluation(
            item,
            moderator,
            summary="Gut gelaufen.",
            lessons_learned="Früh testen.",
            next_steps="",
            results={},
            follow_up_ideas=[db.session.get(Idea, follow_up.id)],
        )
        db.session.commit()
    html = app.test_client().get(f"/roadmap/{item_id}", follow_redirects=True)
    assert "Früh testen." in html.get_data(as_text=True)
    assert SECRET not in html.get_data(as_text=True)


def test_feeds_carry_no_internal_item_or_event(app, people, organiser):
    idea = _accepted(app, people, SECRET, "internal")
    _item_for(app, people, idea)
    with app.app_context():
        make_event(organiser, f"{SECRET[:40]} Workshop", audience="internal")
        assert db.session.scalar(select(func.count()).select_from(User)) == 4
    client = app.test_client()
    for path in ("/roadmap/feed.atom", "/events.ics"):
        assert SECRET[:40] not in client.get(path).get_data(as_text=True)
