"""Support: once per user and idea, atomic counters, closed once an idea is decided."""

import threading

import pytest
from sqlalchemy import func, select

from participation.extensions import db
from participation.ideas.models import Follow, Idea, Vote
from tests.factories import make_idea, make_user
from tests.helpers import csrf_token, login, post_form


def support_path(idea) -> str:
    return f"/ideas/{idea.reference}/support"


def counts(idea_id: int) -> tuple[int, int]:
    counter = db.session.get(Idea, idea_id, populate_existing=True).support_count
    rows = db.session.scalar(select(func.count()).select_from(Vote).where(Vote.idea_id == idea_id))
    return counter, rows


@pytest.fixture
def idea(app):
    with app.app_context():
        author = make_user("author@example.org", "Author")
        return make_idea(author)


def test_support_and_withdraw(app, citizen_client, idea):
    page = f"/ideas/{idea.reference}"
    response = post_form(citizen_client, support_path(idea), {"action": "support"}, page=page)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("#support")
    html = citizen_client.get(page, follow_redirects=True).get_data(as_text=True)
    assert "Unterstützung zurückziehen" in html
    post_form(citizen_client, support_path(idea), {"action": "support"}, page=page)
    with app.app_context():
        assert counts(idea.id) == (1, 1)
    post_form(citizen_client, support_path(idea), {"action": "withdraw"}, page=page)
    with app.app_context():
        assert counts(idea.id) == (0, 0)


def test_support_answers_json_for_the_in_place_button(app, citizen_client, idea):
    token = csrf_token(citizen_client, f"/ideas/{idea.reference}")
    response = citizen_client.post(
        support_path(idea),
        data={"csrf_token": token, "action": "support"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200
    assert response.json["supported"] is True
    assert response.json["count"] == 1


def test_authors_cannot_support_their_own_idea(app, client, idea):
    login(client, "author@example.org")
    page = f"/ideas/{idea.reference}"
    assert "Ihre eigene Idee können Sie nicht unterstützen." in client.get(
        page, follow_redirects=True
    ).get_data(as_text=True)
    response = post_form(client, support_path(idea), {"action": "support"}, page=page)
    assert response.status_code == 302
    with app.app_context():
        assert counts(idea.id) == (0, 0)


@pytest.mark.parametrize("status", ["accepted", "rejected", "withdrawn", "merged"])
def test_support_is_closed_once_decided(app, citizen_client, citizen, status):
    with app.app_context():
        author = make_user("author@example.org")
        idea = make_idea(author, status=status)
    page = f"/ideas/{idea.reference}"
    post_form(citizen_client, support_path(idea), {"action": "support"}, page=page)
    with app.app_context():
        assert counts(idea.id) == (0, 0)


def test_anonymous_support_goes_to_login(client, idea):
    response = post_form(
        client, support_path(idea), {"action": "support"}, page=f"/ideas/{idea.reference}"
    )
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_authors_follow_their_ideas_and_anyone_can_follow(app, citizen_client, citizen, idea):
    page = f"/ideas/{idea.reference}"
    post_form(citizen_client, page + "/follow", {"action": "follow"}, page=page)
    with app.app_context():
        followers = set(db.session.scalars(select(Follow.user_id).where(Follow.idea_id == idea.id)))
        assert followers == {idea.author_id, citizen.id}
    post_form(citizen_client, page + "/follow", {"action": "unfollow"}, page=page)
    with app.app_context():
        assert db.session.get(Follow, (idea.id, citizen.id)) is None


def test_parallel_votes_never_double_count(app, idea):
    """Many users at once, each clicking twice: one vote each, counter equal to the rows."""
    with app.app_context():
        voters = [make_user(f"voter{n}@example.org") for n in range(8)]
    clients = []
    for voter in voters:
        for _click in range(2):
            client = app.test_client()
            login(client, voter.email)
            clients.append((client, csrf_token(client, f"/ideas/{idea.reference}")))
    barrier = threading.Barrier(len(clients))
    statuses = []

    def vote(client, token):
        barrier.wait()
        response = client.post(support_path(idea), data={"csrf_token": token, "action": "support"})
        statuses.append(response.status_code)

    threads = [threading.Thread(target=vote, args=pair) for pair in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * len(clients)
    with app.app_context():
        assert counts(idea.id) == (len(voters), len(voters))


def test_voting_is_rate_limited(app, citizen_client, idea, monkeypatch):
    token = csrf_token(citizen_client, f"/ideas/{idea.reference}")
    monkeypatch.setitem(app.config, "RATELIMIT_VOTE", "2 per hour")
    statuses = [
        citizen_client.post(
            support_path(idea),
            data={"csrf_token": token, "action": action},
            headers={"Accept": "application/json"},
        ).status_code
        for action in ("support", "withdraw", "support")
    ]
    assert statuses == [200, 200, 429]
    with app.app_context():
        assert counts(idea.id) == (0, 0)
