"""The roadmap in Chromium: following an item's progress, and axe on every roadmap page."""

import pytest
from playwright.sync_api import expect

from participation.extensions import db
from participation.roadmap import services
from participation.roadmap.models import RoadmapItem
from tests.browser.conftest import axe_check, log_in
from tests.factories import decide, make_idea, make_user

pytestmark = pytest.mark.browser


@pytest.fixture
def item_id(app, moderator):
    with app.app_context():
        idea = decide(make_idea(make_user("a@example.org"), "Digitale Bauanträge"), moderator)
        moderator = db.session.merge(moderator)
        item = services.create_item(
            moderator,
            db.session.merge(idea),
            {
                "title": "Bauanträge online",
                "description": "Anträge digital einreichen.",
                "category": db.session.merge(idea).category,
                "responsible_department": "Bauordnungsamt",
                "start": "2026-Q3",
                "end": "2027-Q2",
            },
        )
        milestone = services.add_milestone(item, moderator, "Pilot", None)
        services.set_milestone_done(milestone, moderator, True)
        services.save_indicator(
            item,
            moderator,
            {"name": "Bearbeitungszeit", "unit": "Tage", "baseline": "60", "target": "20",
             "current": "45"},
            None,
        )  # fmt: skip
        services.post_update(item, moderator, "Der Pilot läuft.", 30, "in_progress")
        db.session.commit()
        return item.id


def test_citizen_follows_an_items_progress(page, item_id, citizen):
    log_in(page, citizen.email)
    page.goto("/roadmap")
    page.get_by_role("link", name="Bauanträge online").first.click()
    expect(page.get_by_role("heading", name="Bauanträge online", level=1)).to_be_visible()
    expect(page.get_by_text("Der Pilot läuft.")).to_be_visible()
    page.get_by_role("button", name="Fortschritt folgen").click()
    expect(page.get_by_role("button", name="Nicht mehr folgen")).to_be_visible()


@pytest.mark.parametrize(
    "path", ["/roadmap", "/roadmap?view=timeline", "/roadmap?status=in_progress&year=2027"]
)
def test_public_roadmap_pages_pass_axe(page, item_id, path):
    page.goto(path)
    axe_check(page)


def test_item_page_passes_axe(page, item_id):
    page.goto(f"/roadmap/{item_id}")
    axe_check(page)


def test_staff_roadmap_pages_pass_axe(page, app, item_id, moderator):
    log_in(page, moderator.email)
    page.goto("/roadmap/manage")
    axe_check(page)
    page.goto(f"/roadmap/manage/{item_id}")
    axe_check(page)
    page.get_by_role("button", name="Update veröffentlichen").click()
    expect(page.locator(".error-summary").first).to_be_visible()
    axe_check(page)
    with app.app_context():
        item = db.session.get(RoadmapItem, item_id)
        indicator_id = item.indicators[0].id
    page.goto(f"/roadmap/manage/indicators/{indicator_id}")
    axe_check(page)
