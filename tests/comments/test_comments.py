"""Comments: one level of replies, editing, deleting, counters in the same transaction."""

import pytest
from sqlalchemy import select

from participation.comments.models import Comment
from participation.extensions import db
from participation.ideas.models import Follow, Idea
from tests.factories import make_idea, make_user
from tests.helpers import login, post_form


@pytest.fixture
def idea(app):
    with app.app_context():
        return make_idea(make_user("author@example.org", "Author"))


def page_of(idea) -> str:
    return f"/ideas/{idea.reference}"


def comment(client, idea, body, parent_id=None):
    data = {"body": body}
    if parent_id:
        data["parent_id"] = str(parent_id)
    return post_form(client, page_of(idea) + "/comments", data, page=page_of(idea))


def only_comment() -> Comment:
    return db.session.scalars(select(Comment).order_by(Comment.id)).first()


def first_comment_id() -> int:
    return only_comment().id


def test_comment_reply_and_counter(app, citizen_client, citizen, idea):
    response = comment(citizen_client, idea, "Gute Idee, **unbedingt**!")
    assert response.status_code == 302
    with app.app_context():
        first = only_comment()
        assert first.body_html == "<p>Gute Idee, <strong>unbedingt</strong>!</p>"
        assert db.session.get(Follow, (idea.id, citizen.id)) is not None
    comment(citizen_client, idea, "Und noch etwas.", parent_id=first.id)
    with app.app_context():
        assert db.session.get(Idea, idea.id).comment_count == 2
        reply = db.session.scalars(select(Comment).where(Comment.parent_id == first.id)).one()
    html = citizen_client.get(page_of(idea), follow_redirects=True).get_data(as_text=True)
    assert "2 Kommentare" in html
    assert f'id="comment-{reply.id}"' in html


def test_replies_have_only_one_level(app, citizen_client, idea):
    comment(citizen_client, idea, "Erster")
    with app.app_context():
        first = only_comment()
    comment(citizen_client, idea, "Antwort", parent_id=first.id)
    with app.app_context():
        reply = db.session.scalars(select(Comment).where(Comment.parent_id == first.id)).one()
    response = comment(citizen_client, idea, "Antwort auf Antwort", parent_id=reply.id)
    assert response.status_code == 400
    assert "Antwort auf Antwort" in response.get_data(as_text=True)


def test_empty_comment_keeps_the_form(citizen_client, idea):
    response = comment(citizen_client, idea, "   ")
    assert response.status_code == 400
    assert "Bitte schreiben Sie einen Kommentar." in response.get_data(as_text=True)


def test_edit_shows_edited_and_delete_keeps_the_thread(app, citizen_client, idea):
    comment(citizen_client, idea, "Erster Gedanke")
    with app.app_context():
        first = only_comment()
    other = app.test_client()
    with app.app_context():
        make_user("other@example.org")
    login(other, "other@example.org")
    comment(other, idea, "Eine Antwort", parent_id=first.id)

    response = post_form(citizen_client, f"/comments/{first.id}/edit", {"body": "Zweiter Gedanke"})
    assert response.status_code == 302
    html = citizen_client.get(page_of(idea), follow_redirects=True).get_data(as_text=True)
    assert "Zweiter Gedanke" in html
    assert "bearbeitet" in html

    post_form(citizen_client, f"/comments/{first.id}/delete", {}, page=page_of(idea))
    html = citizen_client.get(page_of(idea), follow_redirects=True).get_data(as_text=True)
    assert "Kommentar gelöscht" in html
    assert "Zweiter Gedanke" not in html
    assert "Eine Antwort" in html
    with app.app_context():
        assert db.session.get(Idea, idea.id).comment_count == 1


def test_no_comments_on_withdrawn_ideas(app, citizen_client):
    with app.app_context():
        idea = make_idea(make_user("author@example.org"), status="withdrawn")
    assert comment(citizen_client, idea, "Zu spät").status_code == 403
