"""Moderation by staff: queue, hiding, reports, blocking, merging, notes and the audit log."""

import pytest
from sqlalchemy import func, select

from participation.audit.models import AuditEntry
from participation.extensions import db
from participation.ideas import support
from participation.ideas.models import Follow, Idea, Vote
from participation.moderation.models import InternalNote
from participation.moderation.services import report
from tests.factories import make_idea, make_user, reload_user
from tests.helpers import login, post_form


@pytest.fixture
def idea(app):
    with app.app_context():
        return make_idea(make_user("author@example.org", "Author"), "Sperrmüll online anmelden")


def idea_page(idea) -> str:
    return f"/ideas/{idea.reference}"


def staff_post(client, idea, path: str, data: dict):
    return post_form(
        client, f"/moderation/ideas/{idea.reference}/{path}", data, page=idea_page(idea)
    )


def audit_actions() -> list[str]:
    return list(db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_staff_pages_are_for_staff_only(app, citizen_client, idea):
    client = app.test_client()
    for path in ("/moderation", f"/moderation/ideas/{idea.reference}/merge"):
        assert citizen_client.get(path).status_code == 403
        assert client.get(path).status_code == 302
    response = post_form(
        citizen_client, f"/moderation/ideas/{idea.reference}/hide", {"reason": "x"}, page="/"
    )
    assert response.status_code == 403


def test_queue_lists_new_ideas_with_counts(moderator_client, idea):
    html = moderator_client.get("/moderation").get_data(as_text=True)
    assert "Sperrmüll online anmelden" in html
    assert "(1)" in html


def test_start_review_and_reject_with_reason(app, moderator_client, idea):
    assert staff_post(moderator_client, idea, "status", {"target": "in_review"}).status_code == 302
    response = staff_post(moderator_client, idea, "status", {"target": "rejected", "note": ""})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Idea, idea.id).status == "in_review"
    staff_post(moderator_client, idea, "status", {"target": "rejected", "note": "Nicht zuständig."})
    html = app.test_client().get(idea_page(idea), follow_redirects=True).get_data(as_text=True)
    assert "Abgelehnt" in html
    assert "Nicht zuständig." in html
    with app.app_context():
        assert audit_actions() == ["status:in_review", "status:rejected"]


def test_hide_shows_the_reason_to_the_author_and_unhide_restores(app, moderator_client, idea):
    staff_post(moderator_client, idea, "hide", {"reason": "Enthält eine Telefonnummer."})
    public = app.test_client().get(idea_page(idea), follow_redirects=True).get_data(as_text=True)
    assert "Enthält eine Telefonnummer." not in public
    assert "von der Moderation ausgeblendet" in public
    author = app.test_client()
    login(author, "author@example.org")
    own = author.get(idea_page(idea), follow_redirects=True).get_data(as_text=True)
    assert "Enthält eine Telefonnummer." in own
    staff_post(moderator_client, idea, "unhide", {"reason": "Nummer entfernt."})
    with app.app_context():
        assert db.session.get(Idea, idea.id).hidden_at is None
        entries = db.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.action, e.reason) for e in entries] == [
            ("hide", "Enthält eine Telefonnummer."),
            ("unhide", "Nummer entfernt."),
        ]


def test_dismissing_reports_shows_auto_hidden_content_again(app, moderator_client, idea):
    with app.app_context():
        stored = db.session.get(Idea, idea.id)
        for number in range(3):
            report(stored, make_user(f"r{number}@example.org"), "spam")
        db.session.commit()
        assert db.session.get(Idea, idea.id).hidden_at is not None
    html = moderator_client.get("/moderation?tab=reported").get_data(as_text=True)
    assert "Spam oder Werbung" in html
    staff_post(moderator_client, idea, "dismiss", {})
    with app.app_context():
        stored = db.session.get(Idea, idea.id)
        assert stored.hidden_at is None
        assert stored.open_report_count == 0


def test_blocked_users_cannot_take_part_and_are_logged_out(app, moderator_client, idea):
    blocked = app.test_client()
    with app.app_context():
        person = make_user("troll@example.org")
    login(blocked, "troll@example.org")
    response = post_form(
        moderator_client, f"/moderation/users/{person.id}", {"reason": "Beleidigungen"}
    )
    assert response.status_code == 302
    assert blocked.get("/account").status_code == 302  # session ended
    login(blocked, "troll@example.org")
    html = blocked.get(idea_page(idea), follow_redirects=True).get_data(as_text=True)
    assert "gesperrt" in html
    post_form(blocked, idea_page(idea) + "/support", {"action": "support"}, page=idea_page(idea))
    assert blocked.get("/ideas/new").status_code == 302
    with app.app_context():
        assert db.session.get(Idea, idea.id).support_count == 0
        assert reload_user(person.id).is_blocked
    post_form(moderator_client, f"/moderation/users/{person.id}", {"reason": "Entsperrt"})
    with app.app_context():
        assert not reload_user(person.id).is_blocked


def test_merge_moves_supports_and_followers_without_double_counting(app, moderator_client):
    with app.app_context():
        author_a = make_user("a@example.org")
        author_b = make_user("b@example.org")
        duplicate = make_idea(author_a, "Doppelte Idee")
        keeper = make_idea(author_b, "Ursprüngliche Idee")
        both, only_a, only_b = (
            make_user(f"{name}@example.org") for name in ("both", "onlya", "onlyb")
        )
        a, b = db.session.get(Idea, duplicate.id), db.session.get(Idea, keeper.id)
        for person in (both, only_a):
            support.support(a, db.session.merge(person))
        for person in (both, only_b):
            support.support(b, db.session.merge(person))
        support.support(a, db.session.merge(author_b))  # the keeper's author supported A
        db.session.commit()
    response = post_form(
        moderator_client,
        f"/moderation/ideas/{duplicate.reference}/merge",
        {"target": keeper.reference, "note": "Gleicher Vorschlag."},
    )
    assert response.status_code == 302
    with app.app_context():
        a, b = db.session.get(Idea, duplicate.id), db.session.get(Idea, keeper.id)
        voters_b = set(db.session.scalars(select(Vote.user_id).where(Vote.idea_id == b.id)))
        assert voters_b == {both.id, only_a.id, only_b.id}
        assert b.support_count == 3
        assert a.support_count == 0
        assert a.status == "merged"
        assert a.merged_into_id == b.id
        followers_b = set(db.session.scalars(select(Follow.user_id).where(Follow.idea_id == b.id)))
        assert followers_b == {author_a.id, author_b.id}
        total = db.session.scalar(select(func.count()).select_from(Vote))
        assert total == sum(i.support_count for i in db.session.scalars(select(Idea)))
    page_a = moderator_client.get(f"/ideas/{duplicate.reference}", follow_redirects=True)
    assert "Ursprüngliche Idee" in page_a.get_data(as_text=True)
    page_b = moderator_client.get(f"/ideas/{keeper.reference}", follow_redirects=True)
    assert "Doppelte Idee" in page_b.get_data(as_text=True)


def test_merge_refuses_unknown_or_same_target(moderator_client, idea):
    path = f"/moderation/ideas/{idea.reference}/merge"
    response = post_form(moderator_client, path, {"target": "1999-0001", "note": "x"})
    assert response.status_code == 400
    response = post_form(moderator_client, path, {"target": idea.reference, "note": "x"})
    assert response.status_code == 400
    assert 'value="' + idea.reference + '"' in response.get_data(as_text=True)


def test_internal_notes_never_reach_the_public(app, moderator_client, idea):
    staff_post(moderator_client, idea, "notes", {"note-body": "Vertraulich: Amt 37 fragen"})
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(InternalNote)) == 1
    assert "Vertraulich" in moderator_client.get(idea_page(idea), follow_redirects=True).get_data(
        as_text=True
    )
    author = app.test_client()
    login(author, "author@example.org")
    for client in (app.test_client(), author):
        for path in (idea_page(idea), "/ideas", "/", f"/users/{idea.author_id}", "/me"):
            html = client.get(path, follow_redirects=True).get_data(as_text=True)
            assert "Vertraulich" not in html, path


def test_audit_log_moved_to_the_administration_area(moderator_client):
    response = moderator_client.get("/moderation/audit")
    assert response.status_code == 301
    assert response.headers["Location"].endswith("/admin/audit")
