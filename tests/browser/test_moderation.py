"""A moderator in Chromium: the queue, starting a review, hiding, and axe on staff pages."""

import pytest
from playwright.sync_api import expect

from participation.comments.services import add_comment
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation.services import report
from tests.browser.conftest import axe_check, log_in
from tests.factories import ACCOUNTS, make_idea, make_user

pytestmark = pytest.mark.browser


@pytest.fixture
def queue_data(app, moderator):
    with app.app_context():
        author = make_user("autorin@example.org", "Anna Autorin")
        idea = make_idea(author, "Mängelmelder für Schlaglöcher")
        reported = db.session.get(Idea, make_idea(author, "Werbung für ein Möbelhaus").id)
        comment = add_comment(reported, make_user("c@example.org", "Carl"), "Kauft bei uns!")
        for number in range(3):
            reporter = make_user(f"r{number}@example.org")
            report(reported, reporter, "spam")
            report(comment, reporter, "offensive")
        db.session.commit()
        return {"idea": idea, "author_id": author.id}


def test_moderator_starts_a_review_from_the_queue(page, queue_data):
    log_in(page, ACCOUNTS["moderator"].email)
    page.get_by_role("link", name="Moderation", exact=True).click()
    expect(page.get_by_role("heading", name="Neue Ideen zur Prüfung")).to_be_visible()
    page.get_by_role("link", name="Mängelmelder für Schlaglöcher").click()
    staff = page.locator("#staff")
    staff.get_by_label("Öffentliche Notiz").first.fill("Wir schauen uns das an.")
    staff.get_by_role("button", name="Prüfung beginnen").click()
    expect(page.locator(".idea__status")).to_contain_text("In Prüfung")
    expect(page.get_by_text("Wir schauen uns das an.")).to_be_visible()


@pytest.mark.parametrize(
    "path",
    ["/moderation", "/moderation?tab=reported", "/moderation?tab=hidden"],
)
def test_queue_pages_pass_axe(page, queue_data, path):
    log_in(page, ACCOUNTS["moderator"].email)
    page.goto(path)
    axe_check(page)


def test_idea_page_with_staff_panel_passes_axe(page, queue_data):
    log_in(page, ACCOUNTS["moderator"].email)
    page.goto(f"/ideas/{queue_data['idea'].reference}")
    expect(page.locator("#staff")).to_be_visible()
    axe_check(page)


def test_merge_and_user_pages_pass_axe(page, queue_data):
    log_in(page, ACCOUNTS["moderator"].email)
    page.goto(f"/moderation/ideas/{queue_data['idea'].reference}/merge")
    page.get_by_role("button", name="Zusammenführen").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe_check(page)
    page.goto(f"/moderation/users/{queue_data['author_id']}")
    axe_check(page)
