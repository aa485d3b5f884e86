"""Notifications: who hears what, in which language, by which channel — and never twice."""

import pytest
from sqlalchemy import func, insert, select

from participation.comments.services import add_comment
from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas.models import Follow, Idea, IdeaStatus
from participation.ideas.services import follow
from participation.moderation import actions
from participation.notifications.models import Delivery, MailState, Notification, Topic
from participation.notifications.services import set_preference
from participation.users.models import User
from tests.core.test_outbox import SmtpDown, make_due
from tests.factories import make_idea, make_user
from tests.helpers import links_in, login, path_of, post_form


@pytest.fixture
def cast(app, moderator):
    """An author, a moderator and a follower."""
    with app.app_context():
        author = make_user("author@example.org", "Anna Autorin")
        fan = make_user("fan@example.org", "Fritz Fan")
        idea = make_idea(author, "Sperrmüll online anmelden")
        follow(db.session.get(Idea, idea.id), db.session.merge(fan))
        db.session.commit()
    return {"author": author, "moderator": moderator, "fan": fan, "idea": idea}


def start_review(app, cast, note="Wir prüfen das."):
    with app.app_context():
        actions.change_status(
            db.session.get(Idea, cast["idea"].id),
            IdeaStatus.IN_REVIEW,
            db.session.merge(cast["moderator"]),
            note,
        )
        db.session.commit()


def notifications_for(user) -> list[Notification]:
    return list(db.session.scalars(select(Notification).where(Notification.user_id == user.id)))


def test_author_gets_an_immediate_mail_and_followers_wait_for_the_digest(app, cast, smtp):
    start_review(app, cast)
    [mail] = smtp.to("author@example.org")
    assert "Sperrmüll online anmelden" in mail["Subject"]
    assert "In Prüfung" in mail["Subject"]
    assert str(mail["List-Unsubscribe"]).strip().startswith("<http")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail.get_body(("html",)) is not None
    assert "Wir prüfen das." in mail.get_body(("plain",)).get_content()
    assert smtp.to("fan@example.org") == []  # followed ideas: daily digest by default
    assert smtp.to(cast["moderator"].email) == []  # never about one's own action
    with app.app_context():
        [author_note] = notifications_for(cast["author"])
        assert author_note.topic == Topic.MY_IDEAS
        [fan_note] = notifications_for(cast["fan"])
        assert fan_note.mail_state == MailState.DAILY
        assert [n.kind for n in notifications_for(cast["moderator"])] == ["new_idea"]


def test_mails_are_in_the_recipients_language(app, cast, smtp):
    with app.app_context():
        db.session.get(User, cast["author"].id).locale = "en"
        db.session.commit()
    start_review(app, cast)
    [mail] = smtp.to("author@example.org")
    assert "In review" in mail["Subject"]
    assert mail["Content-Language"] == "en"


def test_digests_bundle_everything_once(app, cast, smtp):
    start_review(app, cast)
    with app.app_context():
        add_comment(db.session.get(Idea, cast["idea"].id), db.session.merge(cast["moderator"]),
                    "Eine Rückfrage")  # fmt: skip
        db.session.commit()
    runner = app.test_cli_runner()
    # The fan (followed idea) and the moderator (new idea) get one digest each.
    output = runner.invoke(args=["notifications", "send-digests"]).output
    assert "2 daily digest(s) queued." in output
    [digest] = smtp.to("fan@example.org")
    body = digest.get_body(("plain",)).get_content()
    assert "In Prüfung" in body
    assert runner.invoke(args=["notifications", "send-digests"]).output.startswith("0 ")
    assert len(smtp.to("fan@example.org")) == 1


def test_one_click_unsubscribe_without_login(app, cast, smtp):
    start_review(app, cast)
    [mail] = smtp.to("author@example.org")
    link = str(mail["List-Unsubscribe"]).strip().strip("<>")
    client = app.test_client()
    page = client.get(path_of(link))
    assert page.status_code == 200
    assert 'method="post"' in page.get_data(as_text=True)
    assert client.post(path_of(link)).status_code == 200  # what a mail client does, no CSRF
    with app.app_context():
        actions.change_status(
            db.session.get(Idea, cast["idea"].id),
            IdeaStatus.REJECTED,
            db.session.merge(cast["moderator"]),
            "Nicht zuständig",
        )
        db.session.commit()
        assert len(notifications_for(cast["author"])) == 2  # still in the app
    assert len(smtp.to("author@example.org")) == 1  # but no second e-mail
    assert client.post("/notifications/unsubscribe/forged").status_code == 400


def test_smtp_outage_loses_and_duplicates_nothing(app, cast, smtp):
    with SmtpDown(app):
        start_review(app, cast)
    assert smtp.to("author@example.org") == []
    with app.app_context():
        make_due()
    app.test_cli_runner().invoke(args=["outbox", "deliver"])
    app.test_cli_runner().invoke(args=["outbox", "deliver"])
    assert len(smtp.to("author@example.org")) == 1


def test_nobody_hears_about_what_they_may_not_see(app, smtp, citizen, employee, moderator):
    with app.app_context():
        blocked = make_user("blocked@example.org")
        unconfirmed = make_user("new@example.org", confirmed=False)
        idea = db.session.get(Idea, make_idea(employee, "Interne Idee", visibility="internal").id)
        for person in (citizen, blocked, unconfirmed):
            db.session.add(Follow(idea_id=idea.id, user_id=person.id))
            set_preference(person.id, Topic.FOLLOWED_IDEAS, Delivery.IMMEDIATELY)
        db.session.get(User, blocked.id).blocked_at = utcnow()
        db.session.commit()
        actions.change_status(idea, IdeaStatus.IN_REVIEW, db.session.merge(moderator))
        db.session.commit()
        for person in (citizen, blocked, unconfirmed):
            assert notifications_for(person) == []
        assert len(notifications_for(employee)) == 1
    for address in (citizen.email, "blocked@example.org", "new@example.org"):
        assert smtp.to(address) == []


def test_comments_and_replies_reach_the_author(app, cast, smtp):
    with app.app_context():
        idea = db.session.get(Idea, cast["idea"].id)
        first = add_comment(idea, db.session.merge(cast["fan"]), "Tolle Idee!")
        add_comment(idea, db.session.merge(cast["author"]), "Danke!", parent=first)
        db.session.commit()
        [to_author] = notifications_for(cast["author"])
        assert to_author.kind == "comment_on_my_idea"
        kinds = [n.kind for n in notifications_for(cast["fan"])]
        assert kinds == ["reply_to_my_comment"]
    assert "Fritz Fan" in smtp.to("author@example.org")[0]["Subject"]


def test_moderators_hear_of_new_ideas(app, smtp, moderator):
    with app.app_context():
        make_idea(make_user("a@example.org"), "Neue Idee")
        [note] = notifications_for(moderator)
        assert note.kind == "new_idea"
        assert note.mail_state == MailState.DAILY


def test_notifications_page_unread_count_and_mark_all_read(app, cast):
    start_review(app, cast)
    client = app.test_client()
    login(client, "author@example.org")
    html = client.get("/").get_data(as_text=True)
    assert 'class="unread-count">1<' in html
    page = client.get("/notifications").get_data(as_text=True)
    assert "Sperrmüll online anmelden" in page
    post_form(client, "/notifications/read", {}, page="/notifications")
    assert "unread-count" not in client.get("/").get_data(as_text=True)


def test_preferences_on_the_account_page(app, cast, smtp):
    client = app.test_client()
    login(client, "author@example.org")
    response = post_form(
        client,
        "/notifications/preferences",
        {"notify-my_ideas": "weekly", "notify-followed_ideas": "never",
         "notify-roadmap": "daily", "notify-events": "immediately"},
        page="/account",
    )  # fmt: skip
    assert response.status_code == 302
    start_review(app, cast)
    assert smtp.to("author@example.org") == []
    with app.app_context():
        assert notifications_for(cast["author"])[0].mail_state == MailState.WEEKLY
    runner = app.test_cli_runner()
    runner.invoke(args=["notifications", "send-digests", "--period", "weekly"])
    [digest] = smtp.to("author@example.org")
    [unsubscribe] = [link for link in links_in(digest) if "unsubscribe" in link][-1:]
    assert unsubscribe


def test_fan_out_to_a_thousand_followers_is_a_few_queries(app, cast, query_counter):
    with app.app_context():
        password_hash = db.session.get(User, cast["fan"].id).password_hash
        now = utcnow()
        db.session.execute(
            insert(User),
            [
                {
                    "email": f"follower{n}@example.org",
                    "display_name": f"F{n}",
                    "password_hash": password_hash,
                    "confirmed_at": now,
                    "created_at": now,
                    "updated_at": now,
                }
                for n in range(1000)
            ],
        )
        follower_ids = db.session.scalars(
            select(User.id).where(User.email.like("follower%@example.org"))
        )
        db.session.execute(
            insert(Follow), [{"idea_id": cast["idea"].id, "user_id": uid} for uid in follower_ids]
        )
        db.session.commit()
        with query_counter:
            actions.change_status(
                db.session.get(Idea, cast["idea"].id),
                IdeaStatus.IN_REVIEW,
                db.session.merge(cast["moderator"]),
            )
            db.session.flush()
        db.session.commit()
        assert query_counter.count < 25
        total = db.session.scalar(
            select(func.count()).select_from(Notification).where(Notification.kind == "idea_status")
        )
        assert total == 1002  # 1000 + the fan + the author


def test_status_counts_what_waits_for_the_digests(app, cast):
    with app.app_context():
        set_preference(cast["author"].id, Topic.MY_IDEAS, Delivery.DAILY)
        set_preference(cast["fan"].id, Topic.FOLLOWED_IDEAS, Delivery.WEEKLY)
        db.session.commit()
    start_review(app, cast)
    output = app.test_cli_runner().invoke(args=["notifications", "status"]).output
    assert "waiting for the daily digest:  2\n" in output  # and the moderator's new idea
    assert "waiting for the weekly digest: 1\n" in output
    assert "e-mails pending: 0, failed for good: 0\n" in output
