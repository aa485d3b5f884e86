"""Permission matrix for comments: who x idea (visibility, status) x comment (state, place) x
action, against the rules stated plainly, and the same rules seen through the routes
(302 to the login for visitors, 404 where the idea may not be seen, 403 for the rest)."""

import itertools

import pytest

from participation.comments import permissions, services
from participation.comments.models import Comment
from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas.models import Idea, IdeaStatus
from tests.factories import ROLES, make_idea, make_user
from tests.helpers import csrf_token, logged_in

WHO = [*ROLES, "author"]  # `author` wrote every comment; an employee (by address)
INTERNAL = {"employee", "organiser", "moderator", "admin", "author"}  # the organiser is an employee
STAFF = {"moderator", "admin"}
CLOSED = {"withdrawn", "merged"}
STATES = ("visible", "hidden", "deleted")
PLACES = ("top", "reply")


def expected(who: str, idea: dict, state: str, place: str) -> dict[str, bool]:
    """The comments issue's rules, written out independently of the code."""
    sees = idea["visibility"] == "public" or who in INTERNAL
    member = who != "anonymous"
    author = who == "author"
    alive = state != "deleted"
    open_idea = idea["status"] not in CLOSED and not idea["hidden"]
    return {
        # Deleted text is gone; hidden text stays for its author and the moderation team.
        "can_view_comment_text": alive and (state != "hidden" or author or who in STAFF),
        # One level of replies, under ideas that take comments (hidden comments too).
        "can_reply_to_comment": place == "top" and alive and sees and member and open_idea,
        # The author keeps their comment, also a hidden one, also under a closed idea.
        "can_edit_comment": author and alive,
        "can_delete_comment": author and alive,
        "can_report_comment": member and not author and alive and sees,
    }


@pytest.fixture
def author(app):
    with app.app_context():
        return make_user("autorin@stadt-beispiel.de", "Autorin")


def thread(idea: Idea, author) -> dict[tuple[str, str], int]:
    """Comments of `author` under `idea` in every state and place: ids by (state, place).
    The replies answer the visible top-level comment."""
    author = db.session.merge(author)
    anchor = services.add_comment(idea, author, "Der erste Kommentar")
    ids = {("visible", "top"): anchor.id}
    for state, place in itertools.product(STATES, PLACES):
        if (state, place) == ("visible", "top"):
            continue
        parent = anchor if place == "reply" else None
        comment = services.add_comment(idea, author, f"{place} ({state})", parent)
        if state == "hidden":
            comment.hidden_at, comment.hidden_reason = utcnow(), "Beleidigend"
        elif state == "deleted":
            services.delete_comment(comment)
        ids[state, place] = comment.id
    db.session.commit()
    return ids


def idea_with_thread(author, visibility="public", status="submitted", hidden=False):
    """An idea (in the given state, set after the comments were written) with its thread."""
    idea = db.session.get(Idea, make_idea(author, visibility=visibility).id)
    ids = thread(idea, author)
    idea = db.session.get(Idea, idea.id)
    idea.status = status
    idea.hidden_at = utcnow() if hidden else None
    db.session.commit()
    state = {"visibility": visibility, "status": status, "hidden": hidden}
    return {**state, "ref": idea.reference}, ids


IDEAS = [
    *itertools.product(("public", "internal"), list(IdeaStatus), [False]),
    ("public", "submitted", True),
]


def test_comment_permission_matrix(ctx, everyone, author):
    people = {**everyone, "author": author}
    failures = []
    for visibility, status, hidden in IDEAS:
        idea, ids = idea_with_thread(author, visibility, status, hidden)
        for (state, place), comment_id in ids.items():
            comment = db.session.get(Comment, comment_id)
            for who in WHO:
                for check, allowed in expected(who, idea, state, place).items():
                    if getattr(permissions, check)(people[who], comment) != allowed:
                        failures.append((who, visibility, status, hidden, state, place, check))
    assert failures == []


def route_statuses(who: str, idea: dict, state: str, place: str) -> dict[str, int]:
    """What each route answers, from the rules above."""
    if who == "anonymous":
        return dict.fromkeys(("edit", "report", "reply", "delete"), 302)
    if not (idea["visibility"] == "public" or who in INTERNAL):
        return dict.fromkeys(("edit", "report", "reply", "delete"), 404)
    rules = expected(who, idea, state, place)
    takes_comments = idea["status"] not in CLOSED and not idea["hidden"]
    # Under an idea that takes comments, a refused reply is the form with the reason.
    reply = (302 if rules["can_reply_to_comment"] else 400) if takes_comments else 403
    return {
        "edit": 200 if rules["can_edit_comment"] else 403,
        "report": 200 if rules["can_report_comment"] else 403,
        "reply": reply,
        "delete": 302 if rules["can_delete_comment"] else 403,
    }


@pytest.fixture
def threads(app, author):
    with app.app_context():
        return [
            idea_with_thread(author, "public"),
            idea_with_thread(author, "internal"),
            idea_with_thread(author, "public", "withdrawn"),
        ]


@pytest.mark.parametrize("who", WHO)
def test_routes_follow_the_matrix(app, client_of, author, threads, who):
    client = logged_in(app, author.email) if who == "author" else client_of(who)
    token = csrf_token(client, "/")
    failures = []
    for idea, ids in threads:
        for (state, place), comment_id in ids.items():
            want = route_statuses(who, idea, state, place)
            base = f"/comments/{comment_id}"
            got = {
                "edit": client.get(f"{base}/edit").status_code,
                "report": client.get(f"{base}/report").status_code,
                "reply": client.post(
                    f"/ideas/{idea['ref']}/comments",
                    data={"csrf_token": token, "body": "Eine Antwort", "parent_id": comment_id},
                ).status_code,
                "delete": client.post(f"{base}/delete", data={"csrf_token": token}).status_code,
            }
            if got != want:
                failures.append((idea["visibility"], idea["status"], state, place, got, want))
    assert failures == []
    for path in ("/comments/99999/edit", "/comments/99999/report"):
        assert client.get(path).status_code == (302 if who == "anonymous" else 404)
