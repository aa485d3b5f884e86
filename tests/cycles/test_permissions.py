"""Permission matrix for the yearly cycles: who x action, through the permission function and
the routes. Reading cycles, visions and the report is public (internal ideas only for the
administration); keeping them is the moderation team's: 302 to the login for visitors, 403 for
everyone else, 404 for what does not exist."""

import pytest

from participation.cycles import services
from participation.cycles.permissions import can_manage_cycles
from participation.extensions import db
from participation.ideas.models import Idea
from tests.factories import ROLES, make_idea
from tests.helpers import csrf_token

INTERNAL = {"employee", "organiser", "moderator", "admin"}  # the organiser is an employee
STAFF = {"moderator", "admin"}


def test_cycle_permission_matrix(everyone):
    assert {who for who in ROLES if can_manage_cycles(everyone[who])} == STAFF


@pytest.fixture
def programme(app, citizen, employee, moderator):
    """The 2025 cycle with a vision that a public and an internal idea serve; a third idea
    serves nothing yet."""
    with app.app_context():
        public = make_idea(citizen, "Öffentliche Idee")
        internal = make_idea(employee, "Interne Idee", visibility="internal")
        spare = make_idea(citizen, "Noch keiner Vision zugeordnet")
        staff = db.session.merge(moderator)
        cycle = services.create_cycle(staff, year=2025, title="Programm 2025")
        vision = services.add_vision(cycle, staff, title="Alles digital")
        for idea in (public, internal):
            services.link_idea(vision, db.session.get(Idea, idea.id), staff)
        db.session.commit()
        return {
            "vision_id": vision.id,
            "path": f"/visions/{vision.id}-alles-digital",
            "public": public,
            "internal": internal,
            "spare": spare,
        }


def refused(who: str) -> int:
    """What a staff-only route answers anyone outside the moderation team."""
    return 302 if who == "anonymous" else 403


@pytest.mark.parametrize("who", ROLES)
def test_routes_follow_the_matrix(app, client_of, programme, who):
    client = client_of(who)
    staff = who in STAFF
    for path in ("/visions", "/visions/2025", programme["path"], "/report/2025"):
        assert client.get(path).status_code == 200, path
    for path in ("/visions/2031", "/visions/99999-nichts"):
        assert client.get(path).status_code == 404, path

    html = client.get(programme["path"]).get_data(as_text=True)
    assert programme["public"].reference in html
    assert (programme["internal"].reference in html) == (who in INTERNAL)
    assert ('name="reference"' in html) == staff  # the form that links ideas
    assert ("/unlink" in html) == staff

    vision_id = programme["vision_id"]
    for path in (
        "/visions/manage",
        "/visions/manage/2025",
        "/visions/manage/2025/visions/new",
        f"/visions/manage/visions/{vision_id}",
    ):
        assert client.get(path).status_code == (200 if staff else refused(who)), path
    for path in ("/visions/manage/2031", "/visions/manage/visions/99999"):
        assert client.get(path).status_code == (404 if staff else refused(who)), path

    token = csrf_token(client, "/")
    posts = {
        "/visions/manage": ({"year": ""}, 400),  # the form with its errors
        programme["path"]: ({"reference": programme["spare"].reference}, 302),
        f"/visions/{vision_id}/ideas/{programme['public'].id}/unlink": ({}, 302),
    }
    for path, (data, success) in posts.items():
        status = client.post(path, data={"csrf_token": token, **data}).status_code
        assert status == (success if staff else refused(who)), path
    with app.app_context():
        links = {
            key: db.session.get(Idea, programme[key].id).vision_id for key in ("spare", "public")
        }
    assert links == (
        {"spare": vision_id, "public": None} if staff else {"spare": None, "public": vision_id}
    )
