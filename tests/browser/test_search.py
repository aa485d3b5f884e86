"""Search in a real browser: the header box, the results page (axe-checked with and without
results), and similar ideas on the submit form, with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LOCALE, axe_check, log_in
from tests.factories import ACCOUNTS, make_idea, make_user

pytestmark = pytest.mark.browser

PARKING = "Parkplätze online reservieren"


@pytest.fixture
def ideas(app, citizen):
    with app.app_context():
        author = make_user("autorin@example.org", "Autorin")
        parking = make_idea(
            author,
            PARKING,
            summary="Halteverbotszonen für Umzüge online beantragen.",
            description="Ein Online-Dienst zur **Reservierung** von Parkflächen.",
            category_slug="mobilitaet",
        )
        make_idea(author, "Freie Plätze in Parkhäusern live anzeigen", category_slug="mobilitaet")
        make_idea(author, "Bibliothek am Sonntag öffnen", category_slug="bildung")
        return {"parking": parking}


def test_search_from_the_header_box(page, ideas):
    page.goto("/")
    page.locator("#site-search-q").fill("Park")
    page.locator("#site-search-q").press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=Park"))
    hit = page.locator(".search-hit").first
    expect(hit.get_by_role("link", name=PARKING, exact=True)).to_be_visible()
    expect(hit.locator("mark").first).to_have_text("Parkplätze")  # "park" is a prefix of it
    expect(page.locator(".facets")).to_contain_text("(2)")
    axe_check(page)

    page.locator(".facet__list a", has_text="(2)").first.click()
    expect(page).to_have_url(re.compile(r"category=mobilitaet"))
    expect(page.locator(".search-hit")).to_have_count(2)

    page.locator("#search-q").fill("Schwimmbadsauna")
    page.locator("#search-q").press("Enter")
    expect(page.locator("#result-count")).to_contain_text("0")
    expect(page.locator(".search-hit")).to_have_count(0)
    axe_check(page)


def test_a_reference_number_opens_the_idea(page, ideas):
    page.goto("/")
    page.locator("#site-search-q").fill(ideas["parking"].reference)
    page.locator("#site-search-q").press("Enter")
    expect(page).to_have_url(re.compile(rf"/ideas/{ideas['parking'].reference}-"))
    expect(page.get_by_role("heading", level=1)).to_have_text(PARKING)


def test_similar_ideas_while_writing(page, ideas):
    log_in(page, ACCOUNTS["citizen"].email)
    page.goto("/ideas/new")
    page.locator("#title").fill("Parkplatz für meinen Umzug reservieren")
    similar = page.locator("#similar-ideas")
    expect(similar.get_by_role("link", name=PARKING, exact=True)).to_be_visible()
    support_link = similar.locator(".similar__support").first
    expect(support_link).to_have_attribute("href", re.compile(r"#support$"))
    axe_check(page)
    support_link.click()
    expect(page).to_have_url(re.compile(rf"/ideas/{ideas['parking'].reference}-.*#support$"))


def test_similar_ideas_without_javascript(browser, live_server, ideas):
    context = browser.new_context(base_url=live_server, locale=LOCALE, java_script_enabled=False)
    try:
        page = context.new_page()
        log_in(page, ACCOUNTS["citizen"].email)
        page.goto("/ideas/new")
        page.locator("#title").fill("Parkplatz für meinen Umzug reservieren")
        page.locator('button[name="action"][value="similar"]').click()
        expect(
            page.locator("#similar-ideas").get_by_role("link", name=PARKING, exact=True)
        ).to_be_visible()
        expect(page.locator("#title")).to_have_value("Parkplatz für meinen Umzug reservieren")
    finally:
        context.close()
