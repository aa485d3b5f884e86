"""Reports: one per user and item; three distinct users hide the item until moderated."""

import pytest
from sqlalchemy import func, select

from participation.comments.models import Comment
from participation.comments.services import add_comment
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation.models import Report
from tests.factories import make_idea, make_user
from tests.helpers import login, post_form


@pytest.fixture
def idea(app):
    with app.app_context():
        return make_idea(make_user("author@example.org", "Author"))


def reporter(app, number: int):
    client = app.test_client()
    with app.app_context():
        make_user(f"reporter{number}@example.org")
    login(client, f"reporter{number}@example.org")
    return client


def report(client, path: str, reason: str = "spam", text: str = ""):
    return post_form(client, path, {"reason": reason, "text": text})


def test_three_distinct_reports_hide_an_idea(app, idea):
    path = f"/ideas/{idea.reference}/report"
    first = reporter(app, 1)
    assert report(first, path).status_code == 302
    assert report(first, path).status_code == 302  # again: counted once
    report(reporter(app, 2), path, "offensive")
    with app.app_context():
        assert db.session.get(Idea, idea.id).hidden_at is None
    report(reporter(app, 3), path, "other", "Werbung für eine Firma")
    with app.app_context():
        stored = db.session.get(Idea, idea.id)
        assert stored.hidden_at is not None
        assert stored.open_report_count == 3
        assert db.session.scalar(select(func.count()).select_from(Report)) == 3
    html = app.test_client().get("/ideas").get_data(as_text=True)
    assert idea.title not in html


def test_comments_are_reported_the_same_way(app, idea):
    with app.app_context():
        author = make_user("commenter@example.org")
        stored = add_comment(db.session.get(Idea, idea.id), author, "Kauft bei uns!")
        db.session.commit()
        comment_id = stored.id
    for number in range(3):
        report(reporter(app, number), f"/comments/{comment_id}/report")
    with app.app_context():
        assert db.session.get(Comment, comment_id).hidden_at is not None
    html = (
        app.test_client()
        .get(f"/ideas/{idea.reference}", follow_redirects=True)
        .get_data(as_text=True)
    )
    assert "Kauft bei uns!" not in html
    assert "von der Moderation ausgeblendet" in html


def test_other_needs_a_description_and_the_form_keeps_it(app, idea):
    client = reporter(app, 1)
    response = report(client, f"/ideas/{idea.reference}/report", "other", "")
    assert response.status_code == 400
    assert "Bitte beschreiben Sie das Problem." in response.get_data(as_text=True)
    response = report(client, f"/ideas/{idea.reference}/report", "", "Mein Text")
    assert response.status_code == 400
    assert "Mein Text" in response.get_data(as_text=True)


def test_authors_cannot_report_their_own_idea(app, idea):
    client = app.test_client()
    login(client, "author@example.org")
    assert client.get(f"/ideas/{idea.reference}/report").status_code == 403
