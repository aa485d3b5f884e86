"""Submitting, previewing, editing and withdrawing ideas."""

from sqlalchemy import select

from participation.extensions import db
from participation.ideas.models import Idea, IdeaRevision, StatusChange
from participation.users.models import Role
from tests.factories import make_categories, make_idea, make_user
from tests.helpers import login, post_form

IDEA = {
    "title": "Parkplätze online reservieren",
    "summary": "Halteverbotszonen für Umzüge sollen online beantragt werden können.",
    "description": (
        "## Problem\n\nHeute braucht es **drei Behördengänge**.\n\n- schneller\n- einfacher"
    ),
    "category": "mobilitaet",
    "tags": "Parken, Umzug, parken",
    "action": "save",
}


def submit(client, **changes):
    return post_form(client, "/ideas/new", {**IDEA, **changes})


def test_submit_an_idea(app, citizen_client, citizen):
    with app.app_context():
        make_categories()
    response = submit(citizen_client)
    assert response.status_code == 302
    location = response.headers["Location"]
    year = location.split("/ideas/")[1][:4]
    assert location.endswith(f"/ideas/{year}-0001-parkplaetze-online-reservieren")
    html = citizen_client.get(location).get_data(as_text=True)
    assert "Parkplätze online reservieren" in html
    assert "<h3>Problem</h3>" in html
    assert "<strong>drei Behördengänge</strong>" in html
    with app.app_context():
        idea = db.session.scalar(select(Idea))
        assert idea.reference == f"{year}-0001"
        assert [tag.name for tag in idea.tags] == ["parken", "umzug"]
        assert idea.visibility == "public"
        [change] = db.session.scalars(select(StatusChange)).all()
        assert (change.from_status, change.to_status) == (None, "submitted")


def test_reference_numbers_count_up_per_year(app, citizen):
    with app.app_context():
        first = make_idea(citizen)
        second = make_idea(citizen)
    assert second.number == first.number + 1
    assert second.reference.endswith("-0002")


def test_preview_renders_without_saving(app, citizen_client):
    with app.app_context():
        make_categories()
    response = submit(citizen_client, action="preview")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Vorschau" in html
    assert "<strong>drei Behördengänge</strong>" in html
    assert 'value="Parkplätze online reservieren"' in html
    with app.app_context():
        assert db.session.scalar(select(Idea)) is None


def test_bad_input_keeps_what_was_typed(app, citizen_client):
    with app.app_context():
        make_categories()
    response = submit(citizen_client, title="x" * 121, tags="a, b, c, d, e, f", category="nonsense")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Drei Behördengänge" not in html
    assert "drei Behördengänge" in html  # the description is still in the textarea
    assert 'aria-invalid="true"' in html


def test_too_many_tags_are_refused(app, citizen_client):
    with app.app_context():
        make_categories()
    response = submit(citizen_client, tags="a, b, c, d, e, f")
    assert response.status_code == 400
    assert "höchstens 5" in response.get_data(as_text=True)


def test_unconfirmed_users_cannot_submit(app, client):
    with app.app_context():
        make_user("new@example.org", confirmed=False)
    login(client, "new@example.org")
    assert client.get("/ideas/new").status_code == 302


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get("/ideas/new")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_citizens_cannot_submit_internal_ideas(app, citizen_client):
    with app.app_context():
        make_categories()
    assert "Intern (nur Verwaltung)" not in citizen_client.get("/ideas/new").get_data(as_text=True)
    submit(citizen_client, visibility="internal")
    with app.app_context():
        assert db.session.scalar(select(Idea)).visibility == "public"


def test_employees_can_submit_internal_ideas(app, client):
    with app.app_context():
        make_categories()
        make_user("emil@example.org", roles=(Role.EMPLOYEE,))
    login(client, "emil@example.org")
    submit(client, visibility="internal")
    with app.app_context():
        assert db.session.scalar(select(Idea)).visibility == "internal"


def idea_path(idea) -> str:
    return f"/ideas/{idea.reference}"


def test_author_edits_while_submitted_and_history_is_kept(app, citizen_client, citizen):
    with app.app_context():
        idea = make_idea(citizen)
    form = citizen_client.get(idea_path(idea) + "/edit").get_data(as_text=True)
    assert "Termine im Bürgeramt online buchen" in form
    response = post_form(
        citizen_client,
        idea_path(idea) + "/edit",
        {
            "title": "Termine im Bürgeramt online buchen und verschieben",
            "summary": idea.summary,
            "description": idea.description,
            "category": "buergerservice",
            "tags": "termine",
            "action": "save",
        },
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(
        "-termine-im-buergeramt-online-buchen-und-verschieben"
    )
    with app.app_context():
        [revision] = db.session.scalars(select(IdeaRevision)).all()
        assert set(revision.changes) == {"title", "tags"}
        assert revision.changes["title"][0] == "Termine im Bürgeramt online buchen"
    html = citizen_client.get(idea_path(idea), follow_redirects=True).get_data(as_text=True)
    assert "1 Mal bearbeitet" in html


def test_others_cannot_edit(app, client, citizen):
    with app.app_context():
        idea = make_idea(citizen)
        make_user("other@example.org")
    login(client, "other@example.org")
    assert client.get(idea_path(idea) + "/edit").status_code == 403


def test_no_edits_after_review_started(app, citizen_client, citizen):
    with app.app_context():
        idea = make_idea(citizen, status="in_review")
    assert citizen_client.get(idea_path(idea) + "/edit").status_code == 403


def test_withdraw_with_reason(app, citizen_client, citizen):
    with app.app_context():
        idea = make_idea(citizen)
    response = post_form(
        citizen_client, idea_path(idea) + "/withdraw", {"reason": "Gibt es schon."}
    )
    assert response.status_code == 302
    html = citizen_client.get(idea_path(idea), follow_redirects=True).get_data(as_text=True)
    assert "zurückgezogen" in html
    assert "Gibt es schon." in html
    with app.app_context():
        assert db.session.get(Idea, idea.id).status == "withdrawn"
        changes = db.session.scalars(select(StatusChange).order_by(StatusChange.id)).all()
        assert [c.to_status for c in changes] == ["submitted", "withdrawn"]
    assert citizen_client.get(idea_path(idea) + "/withdraw").status_code == 403


def test_old_slugs_redirect_to_the_canonical_url(app, client, citizen):
    with app.app_context():
        idea = make_idea(citizen)
    response = client.get(idea_path(idea) + "-old-title")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(idea_path(idea) + "-" + idea.slug)
