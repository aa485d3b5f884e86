"""Anonymous pages come from the cache, and a change is visible on the very next request."""

import re

from sqlalchemy import select

from participation.extensions import db
from participation.ideas.models import Idea
from tests.factories import make_idea, make_user
from tests.helpers import CSRF_PATTERN, login, post_form


def test_a_repeated_anonymous_page_costs_one_statement(app, client, citizen, query_counter):
    with app.app_context():
        make_idea(citizen, "Parkplätze online reservieren")
    first = query_counter.page(client, "/ideas")
    with query_counter:
        again = client.get("/ideas").get_data(as_text=True)
    assert "Parkplätze online reservieren" in again
    assert first > 1
    assert query_counter.count == 1  # the content version, nothing else


def test_a_change_is_visible_on_the_next_request(app, client, citizen):
    with app.app_context():
        idea = make_idea(citizen, "Parkplätze online reservieren")
    client.get("/ideas")
    client.get(f"/ideas/{idea.reference}", follow_redirects=True)
    with app.app_context():
        db.session.get(Idea, idea.id).title = "Anwohnerparken digital"
        db.session.commit()
    assert "Anwohnerparken digital" in client.get("/ideas").get_data(as_text=True)
    voter = app.test_client()
    with app.app_context():
        make_user("wähler@example.org")
    login(voter, "wähler@example.org")
    page = f"/ideas/{idea.reference}"
    post_form(voter, page + "/support", {"action": "support"}, page=page)
    detail = client.get(page, follow_redirects=True).get_data(as_text=True)
    assert re.search(r"data-support-count>1<", detail)


def test_another_process_sees_the_change_too(app, fresh_app, citizen):
    """Each process keeps its own pages; the version in the database tells both."""
    with app.app_context():
        make_idea(citizen, "Erste Idee")
    other = fresh_app.test_client()
    assert "Erste Idee" in other.get("/ideas").get_data(as_text=True)
    with app.app_context():
        make_idea(citizen, "Zweite Idee")
    assert "Zweite Idee" in other.get("/ideas").get_data(as_text=True)


def test_every_visitor_gets_a_working_token_of_their_own(app, citizen):
    first, second = app.test_client(), app.test_client()
    tokens = []
    for visitor in (first, second):
        html = visitor.get("/").get_data(as_text=True)
        tokens.append(CSRF_PATTERN.search(html).group(1))
    assert tokens[0] != tokens[1]
    for visitor, token in zip((first, second), tokens, strict=True):
        response = visitor.post("/language", data={"csrf_token": token, "language": "en"})
        assert response.status_code == 302


def test_logged_in_pages_and_messages_are_never_cached(app, citizen, employee, employee_client):
    with app.app_context():
        make_idea(employee, "Geheime Haushaltsplanung", visibility="internal")
        make_idea(citizen, "Öffentliche Idee")
    for path in ("/", "/ideas", "/search?q=Haushaltsplanung"):
        assert employee_client.get(path).status_code == 200
    anonymous = app.test_client()
    for path in ("/", "/ideas", "/search?q=Haushaltsplanung"):
        assert "Geheime Haushaltsplanung" not in anonymous.get(path).get_data(as_text=True)
    cached = b"".join(entry.body for entry in app.extensions["page_cache"].entries.values())
    assert b"Geheime Haushaltsplanung" not in cached
    assert b"Emil" not in cached
    leaving = app.test_client()
    login(leaving, citizen.email)
    post_form(leaving, "/logout", {}, page="/")
    assert "abgemeldet" in leaving.get("/").get_data(as_text=True)  # the message, once
    assert "abgemeldet" not in app.test_client().get("/").get_data(as_text=True)


def test_the_search_index_update_invalidates_search_pages(app, client, citizen):
    client.get("/search?q=Trinkbrunnen")
    with app.app_context():
        make_idea(citizen, "Trinkbrunnen in der Altstadt")  # the outbox indexes it after commit
        assert db.session.scalar(select(Idea.id)) is not None
    html = client.get("/search?q=Trinkbrunnen").get_data(as_text=True)
    assert "</mark> in der Altstadt" in html  # the title, with the word highlighted
