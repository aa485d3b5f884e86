"""Internal and hidden ideas never reach people who may not see them."""

import pytest

from participation.extensions import db
from participation.ideas.models import Idea
from participation.users.models import Role
from tests.factories import make_idea, make_user
from tests.helpers import login

SECRET = "Interne Personalplanung im Amt 10"
VIEWERS = {
    "anonymous": None,
    "citizen": (),
    "employee": (Role.EMPLOYEE,),
    "organiser": (Role.ORGANISER,),
    "moderator": (Role.MODERATOR,),
    "admin": (Role.ADMIN,),
}
SEES_INTERNAL = {"employee", "moderator", "admin"}


@pytest.fixture
def ideas(app):
    with app.app_context():
        employee = make_user("author@stadt-beispiel.de", "Amtsleitung", (Role.EMPLOYEE,))
        internal = make_idea(employee, SECRET, visibility="internal", tags="geheimschlagwort")
        public = make_idea(employee, "Öffentliche Idee zum Radverkehr")
        commenter = make_user("c@stadt-beispiel.de", "Kollegin", (Role.EMPLOYEE,))
        from participation.comments.services import add_comment

        add_comment(db.session.merge(internal), db.session.merge(commenter), "Interner Kommentar X")
        db.session.commit()
        return {"internal": internal, "public": public, "author": employee}


def viewer_client(app, kind):
    client = app.test_client()
    if VIEWERS[kind] is not None:
        with app.app_context():
            make_user(f"{kind}@example.org", kind, VIEWERS[kind])
        login(client, f"{kind}@example.org")
    return client


@pytest.mark.parametrize("kind", list(VIEWERS))
def test_internal_ideas_only_for_the_administration(app, ideas, kind):
    client = viewer_client(app, kind)
    internal, author = ideas["internal"], ideas["author"]
    pages = {
        "list": client.get("/ideas").get_data(as_text=True),
        "search": client.get("/ideas?q=Personalplanung").get_data(as_text=True),
        "tag": client.get("/ideas?tag=geheimschlagwort").get_data(as_text=True),
        "start": client.get("/").get_data(as_text=True),
        "profile": client.get(f"/users/{author.id}").get_data(as_text=True),
        "commenter": client.get("/users/" + str(author.id + 1)).get_data(as_text=True),
    }
    detail = client.get(f"/ideas/{internal.reference}", follow_redirects=True)
    if kind in SEES_INTERNAL:
        assert detail.status_code == 200
        assert SECRET in pages["list"]
        assert SECRET in pages["profile"]
        assert "Interner Kommentar X" in pages["commenter"]
    else:
        assert detail.status_code == 404
        for name, html in pages.items():
            assert SECRET not in html, name
            assert "Interner Kommentar X" not in html, name
            assert internal.reference not in html, name
        assert "1 Idee" in pages["list"]
        assert "0 Ideen" in pages["search"]
        # Anonymous visitors are sent to log in first, as for any idea; nothing is revealed.
        assert client.get(f"/ideas/{internal.reference}/report").status_code in (302, 404)
        assert client.get(f"/ideas/{internal.reference}/support").status_code in (404, 405)


def test_counts_on_the_start_page_leave_out_internal_ideas(app, ideas):
    html = app.test_client().get("/").get_data(as_text=True)
    start = html.index("Eingereichte Ideen")
    assert "<dd>1</dd>" in html[start : start + 80]


def hide(idea_id: int) -> None:
    from participation.core.models import utcnow

    db.session.get(Idea, idea_id).hidden_at = utcnow()
    db.session.commit()


def test_hidden_ideas_leave_lists_and_show_a_notice(app, ideas, citizen_client):
    public = ideas["public"]
    with app.app_context():
        hide(public.id)
    assert "Öffentliche Idee zum Radverkehr" not in citizen_client.get("/ideas").get_data(
        as_text=True
    )
    html = citizen_client.get(f"/ideas/{public.reference}", follow_redirects=True).get_data(
        as_text=True
    )
    assert "von der Moderation ausgeblendet" in html
    assert "Öffentliche Idee zum Radverkehr" not in html
    assert public.summary not in html


def test_authors_still_see_their_hidden_idea_with_the_reason(app, ideas):
    public = ideas["public"]
    with app.app_context():
        hide(public.id)
    client = app.test_client()
    login(client, "author@stadt-beispiel.de")
    html = client.get(f"/ideas/{public.reference}", follow_redirects=True).get_data(as_text=True)
    assert "Öffentliche Idee zum Radverkehr" in html
    assert "Grund:" in html
    assert "Öffentliche Idee zum Radverkehr" in client.get("/me").get_data(as_text=True)
