"""The roadmap: items from accepted ideas, visibility, progress, updates, feeds, evaluation."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from sqlalchemy import select

from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas.models import Idea
from participation.roadmap import services
from participation.roadmap.models import ItemFollow, RoadmapItem
from participation.users.models import Role
from tests.factories import decide, make_idea, make_user
from tests.helpers import post_form

ATOM = "{http://www.w3.org/2005/Atom}"
ITEM = {
    "item-title": "Online-Terminbuchung einführen",
    "item-description": "Wir führen **Online-Termine** ein.",
    "item-category": "buergerservice",
    "item-vision": "",
    "item-responsible_department": "Bürgeramt",
    "item-contact": "",
    "item-start": "2027-Q1",
    "item-end": "2027-06",
    "item-budget_eur": "50000",
}


@pytest.fixture
def staff(moderator, moderator_client):
    """The moderator's client, with the moderator at hand."""
    moderator_client.moderator = moderator
    return moderator_client


def accepted_idea(app, moderator, title="Termine online buchen", visibility="public"):
    with app.app_context():
        author = make_user(
            f"author{title[:3]}{visibility}@stadt-beispiel.de", roles=(Role.EMPLOYEE,)
        )
        return decide(make_idea(author, title, visibility=visibility), moderator)


def create_item(client, idea) -> int:
    fields = {key.removeprefix("item-"): value for key, value in ITEM.items()}
    response = post_form(client, f"/roadmap/manage/new/{idea.reference}", fields)
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(response.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def test_staff_create_an_item_from_an_accepted_idea(app, staff):
    idea = accepted_idea(app, staff.moderator)
    form = staff.get(f"/roadmap/manage/new/{idea.reference}").get_data(as_text=True)
    assert "Termine online buchen" in form  # prefilled from the idea
    assert 'value="2027-Q1"' in form  # from the assessment's earliest start
    item_id = create_item(staff, idea)
    html = (
        app.test_client().get(f"/roadmap/{item_id}", follow_redirects=True).get_data(as_text=True)
    )
    assert "Online-Terminbuchung einführen" in html
    assert "<strong>Online-Termine</strong>" in html
    assert "Bürgeramt" in html
    idea_page = app.test_client().get(f"/ideas/{idea.reference}", follow_redirects=True)
    assert f"/roadmap/{item_id}-" in idea_page.get_data(as_text=True)


def test_only_accepted_ideas_and_only_once(app, staff):
    with app.app_context():
        submitted = make_idea(make_user("x@example.org"))
    response = post_form(staff, f"/roadmap/manage/new/{submitted.reference}", {
        key.removeprefix("item-"): value for key, value in ITEM.items()
    })  # fmt: skip
    assert response.status_code == 400
    idea = accepted_idea(app, staff.moderator)
    create_item(staff, idea)
    fields = {key.removeprefix("item-"): value for key, value in ITEM.items()}
    again = post_form(staff, f"/roadmap/manage/new/{idea.reference}", fields)
    assert again.status_code == 400
    assert 'value="Online-Terminbuchung einführen"' in again.get_data(as_text=True)


def test_bad_periods_keep_the_form(app, staff):
    idea = accepted_idea(app, staff.moderator)
    fields = {key.removeprefix("item-"): value for key, value in ITEM.items()}
    response = post_form(
        staff, f"/roadmap/manage/new/{idea.reference}", {**fields, "start": "nächstes Jahr"}
    )
    assert response.status_code == 400
    assert 'value="nächstes Jahr"' in response.get_data(as_text=True)


def test_items_of_internal_ideas_are_for_staff_only(app, staff, citizen_client):
    idea = accepted_idea(app, staff.moderator, "Interne E-Akte", visibility="internal")
    item_id = create_item(staff, idea)
    with app.app_context():
        item = db.session.get(RoadmapItem, item_id)
        assert item.is_internal
        services.post_update(item, db.session.merge(staff.moderator), "Geheimer Fortschritt")
        db.session.commit()
    for client in (app.test_client(), citizen_client):
        assert client.get(f"/roadmap/{item_id}").status_code == 404
        assert "Online-Terminbuchung" not in client.get("/roadmap").get_data(as_text=True)
        assert "Geheimer" not in client.get("/roadmap/feed.atom").get_data(as_text=True)
        assert client.get(f"/roadmap/{item_id}/feed.atom").status_code == 404
    assert staff.get(f"/roadmap/{item_id}", follow_redirects=True).status_code == 200


def test_progress_from_milestones_and_stale_flag(app, staff):
    idea = accepted_idea(app, staff.moderator)
    item_id = create_item(staff, idea)
    with app.app_context():
        item = db.session.get(RoadmapItem, item_id)
        moderator = db.session.merge(staff.moderator)
        item.progress_from_milestones = True
        first = services.add_milestone(item, moderator, "Konzept", None)
        for title in ("Pilot", "Einführung", "Abschluss"):
            services.add_milestone(item, moderator, title, None)
        services.set_milestone_done(first, moderator, True)
        assert item.progress == 25
        item.last_update_at = utcnow() - timedelta(days=100)
        db.session.commit()
    html = staff.get("/roadmap/manage").get_data(as_text=True)
    assert "100 Tage" in html or "100 days" in html


def test_updates_form_the_public_history_and_feeds(app, staff):
    idea = accepted_idea(app, staff.moderator)
    item_id = create_item(staff, idea)
    for body, progress in (("Erster Schritt", "10"), ("Zweiter Schritt", "35")):
        response = post_form(
            staff,
            f"/roadmap/manage/{item_id}/updates",
            {"update-body": body, "update-progress": progress, "update-status": "in_progress"},
            page=f"/roadmap/manage/{item_id}",
        )
        assert response.status_code == 302
    html = (
        app.test_client().get(f"/roadmap/{item_id}", follow_redirects=True).get_data(as_text=True)
    )
    assert html.index("Zweiter Schritt") < html.index("Erster Schritt")
    assert "35 %" in html
    for path in ("/roadmap/feed.atom", f"/roadmap/{item_id}/feed.atom"):
        response = app.test_client().get(path)
        assert response.mimetype == "application/atom+xml"
        feed = ET.fromstring(response.data)
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == 2
        assert "Zweiter Schritt" in entries[0].find(f"{ATOM}content").text
        assert feed.find(f"{ATOM}updated") is not None


def test_pausing_needs_a_reason(app, staff):
    idea = accepted_idea(app, staff.moderator)
    item_id = create_item(staff, idea)
    response = post_form(
        staff,
        f"/roadmap/manage/{item_id}/updates",
        {"update-body": "Pause", "update-status": "paused", "update-reason": ""},
        page=f"/roadmap/manage/{item_id}",
    )
    assert response.status_code == 400
    assert "Pause" in response.get_data(as_text=True)


def test_followers_of_linked_ideas_follow_the_item(app, staff):
    idea = accepted_idea(app, staff.moderator)
    with app.app_context():
        fan = make_user("fan@example.org")
        from participation.ideas.services import follow

        follow(db.session.get(Idea, idea.id), db.session.merge(fan))
        db.session.commit()
    item_id = create_item(staff, idea)
    with app.app_context():
        followers = set(
            db.session.scalars(select(ItemFollow.user_id).where(ItemFollow.item_id == item_id))
        )
        assert fan.id in followers
        assert idea.author_id in followers


def test_evaluation_only_when_done_and_shown_publicly(app, staff):
    idea = accepted_idea(app, staff.moderator)
    item_id = create_item(staff, idea)
    post_form(
        staff,
        f"/roadmap/manage/{item_id}/indicators",
        {"indicator-name": "Wartezeit", "indicator-unit": "Minuten", "indicator-baseline": "40",
         "indicator-target": "8", "indicator-current": "24"},
        page=f"/roadmap/manage/{item_id}",
    )  # fmt: skip
    with app.app_context():
        item = db.session.get(RoadmapItem, item_id)
        assert item.indicators[0].percent == 50  # 40 -> 24 is half way to 8
        indicator_id = item.indicators[0].id
    evaluation = {
        "summary": "Ziel erreicht",
        "lessons_learned": "Früh testen",
        "next_steps": "",
        "follow_ups": "",
        f"result-{indicator_id}": "7,5",
        f"reached-{indicator_id}": "yes",
    }
    path = f"/roadmap/manage/{item_id}/evaluation"
    assert post_form(staff, path, evaluation).status_code == 400  # not done yet
    post_form(
        staff,
        f"/roadmap/manage/{item_id}/updates",
        {"update-body": "Fertig", "update-status": "done"},
        page=f"/roadmap/manage/{item_id}",
    )
    unknown = post_form(staff, path, {**evaluation, "follow_ups": "2020-0999"})
    assert unknown.status_code == 400
    assert 'value="2020-0999"' in unknown.get_data(as_text=True)
    assert post_form(staff, path, {**evaluation, "summary": ""}).status_code == 400
    assert post_form(staff, path, {**evaluation, "follow_ups": idea.reference}).status_code == 302
    assert f'value="{idea.reference}"' in staff.get(path).get_data(as_text=True)
    html = (
        app.test_client().get(f"/roadmap/{item_id}", follow_redirects=True).get_data(as_text=True)
    )
    assert "Ziel erreicht" in html
    assert "Früh testen" in html
    assert "7,5" in html


def test_milestones_are_deleted_with_a_valid_form_only(app, staff):
    item_id = create_item(staff, accepted_idea(app, staff.moderator))
    with app.app_context():
        item, moderator = db.session.get(RoadmapItem, item_id), db.session.merge(staff.moderator)
        milestone_id = services.add_milestone(item, moderator, "Pilot", None).id
        db.session.commit()
    path = f"/roadmap/manage/milestones/{milestone_id}/delete"
    assert staff.post(path, data={"csrf_token": "forged"}).status_code == 400
    assert post_form(staff, path, {}, page=f"/roadmap/manage/{item_id}").status_code == 302
    with app.app_context():
        assert db.session.get(RoadmapItem, item_id).milestones == []


def test_overview_columns_and_timeline(app, staff):
    idea = accepted_idea(app, staff.moderator)
    create_item(staff, idea)
    client = app.test_client()
    html = client.get("/roadmap").get_data(as_text=True)
    assert "Online-Terminbuchung einführen" in html
    timeline = client.get("/roadmap?view=timeline&year=2027").get_data(as_text=True)
    assert timeline.count("timeline-table__active timeline") == 2  # Q1 and Q2 2027
    assert "Online-Terminbuchung" not in client.get("/roadmap?category=bildung").get_data(
        as_text=True
    )
