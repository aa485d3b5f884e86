"""Permission matrix for the roadmap: who x item (visibility, status) x action, against the
rules stated plainly, and the same rules seen through the routes: items of internal ideas are a
404 outside the administration, keeping the roadmap is the moderation team's (302 to the login
for visitors, 403 for everyone else)."""

import itertools

import pytest

from participation.extensions import db
from participation.ideas.models import Idea
from participation.roadmap import permissions, services
from participation.roadmap.models import ItemStatus, RoadmapItem
from tests.factories import ROLES, decide, make_idea
from tests.helpers import csrf_token

INTERNAL = {"employee", "organiser", "moderator", "admin"}  # the organiser is an employee
STAFF = {"moderator", "admin"}


def expected(who: str, visibility: str) -> dict[str, bool]:
    """The roadmap issue's rules, written out independently of the code: the status of an
    item changes nothing of them."""
    sees = visibility == "public" or who in INTERNAL
    return {
        "can_view_item": sees,
        "can_follow_item": sees and who != "anonymous",
    }


def test_roadmap_permission_matrix(everyone):
    failures = []
    for visibility, status in itertools.product(("public", "internal"), list(ItemStatus)):
        item = RoadmapItem(visibility=visibility, status=status)
        for who in ROLES:
            for check, allowed in expected(who, visibility).items():
                if getattr(permissions, check)(everyone[who], item) != allowed:
                    failures.append((who, visibility, status, check))
    assert failures == []
    assert {who for who in ROLES if permissions.can_manage_roadmap(everyone[who])} == STAFF


SECRET = "Geheimer Fortschritt"


def new_item(idea: Idea, moderator, title: str) -> dict:
    """An item with a milestone, an indicator and an update, made by the real services."""
    fields = {
        "title": title,
        "description": "Umsetzung.",
        "category": idea.category,
        "responsible_department": "Amt 10",
    }
    item = services.create_item(moderator, idea, fields)
    milestone = services.add_milestone(item, moderator, "Pilot", None)
    values = {"name": "Wartezeit", "unit": "Tage", "baseline": "10", "target": "2"}
    indicator = services.save_indicator(item, moderator, values, None)
    services.post_update(item, moderator, f"{SECRET} bei {title}" if item.is_internal else "Los.")
    db.session.commit()
    return {
        "id": item.id,
        "title": title,
        "path": f"/roadmap/{item.id}-{item.slug}",
        "milestone": milestone.id,
        "indicator": indicator.id,
    }


@pytest.fixture
def items(app, citizen, employee, moderator):
    """A public and an internal item, and an accepted idea still waiting for one."""
    with app.app_context():
        accepted = {
            name: decide(make_idea(author, title, visibility=name), moderator)
            for name, author, title in (
                ("public", citizen, "Online-Termine"),
                ("internal", employee, "E-Akte im Bauamt"),
            )
        }
        staff = db.session.merge(moderator)
        made = {
            name: new_item(db.session.get(Idea, idea.id), staff, f"Eintrag {name}")
            for name, idea in accepted.items()
        }
        made["waiting"] = decide(make_idea(citizen, "Wartet auf einen Eintrag"), moderator)
        return made


def refused(who: str) -> int:
    """What a staff-only route answers anyone outside the moderation team."""
    return 302 if who == "anonymous" else 403


@pytest.mark.parametrize("who", ROLES)
def test_routes_follow_the_matrix(app, client_of, items, who):
    client = client_of(who)
    staff = who in STAFF
    token = csrf_token(client, "/")
    overview = client.get("/roadmap").get_data(as_text=True)
    feed = client.get("/roadmap/feed.atom").get_data(as_text=True)
    assert (SECRET in feed) == (who in INTERNAL)
    for visibility in ("public", "internal"):
        item, rules = items[visibility], expected(who, visibility)
        seen = 200 if rules["can_view_item"] else 404
        assert client.get(item["path"]).status_code == seen, visibility
        assert client.get(f"/roadmap/{item['id']}/feed.atom").status_code == seen, visibility
        assert (item["title"] in overview) == rules["can_view_item"], visibility
        follow = client.post(f"/roadmap/{item['id']}/follow", data={"csrf_token": token})
        if who == "anonymous":
            assert "/login" in follow.headers["Location"]
        else:
            assert follow.status_code == (302 if rules["can_follow_item"] else 404), visibility

        base = f"/roadmap/manage/{item['id']}"
        for path in (base, f"{base}/evaluation", f"/roadmap/manage/indicators/{item['indicator']}"):
            assert client.get(path).status_code == (200 if staff else refused(who)), path
        for form in ("details", "updates", "milestones", "indicators", "ideas"):
            response = client.post(f"{base}/{form}", data={"csrf_token": token})
            assert response.status_code == (400 if staff else refused(who)), form
        done = client.post(
            f"/roadmap/manage/milestones/{item['milestone']}/done", data={"csrf_token": token}
        )
        assert done.status_code == (302 if staff else refused(who))
    for path in ("/roadmap/manage", f"/roadmap/manage/new/{items['waiting'].reference}"):
        assert client.get(path).status_code == (200 if staff else refused(who)), path
    for path in ("/roadmap/manage/99999", "/roadmap/manage/new/2020-0999"):
        assert client.get(path).status_code == (404 if staff else refused(who)), path
    assert client.get("/roadmap/99999").status_code == 404
