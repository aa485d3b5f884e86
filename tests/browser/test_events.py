"""Events in Chromium: an organiser creates one, a citizen registers and submits an idea to
it; axe on the list, the event page, the form (also with errors), the CSV import preview and
a team page.

Event pages are located by ids and structure: their German texts are translated later."""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from participation.core.models import utcnow
from participation.events import services, teams
from participation.events.models import Event
from participation.extensions import db
from participation.ideas.models import Idea
from participation.users.models import User
from tests.browser.conftest import LOCALE, axe_check, log_in
from tests.events.factories import make_event
from tests.factories import ACCOUNTS, make_categories, make_idea, make_user

pytestmark = pytest.mark.browser

ORGANISER = ACCOUNTS["organiser"].email
CITIZEN = ACCOUNTS["citizen"].email
TITLE = "Workshop Digitale Verwaltung"
IDEA_TITLE = "Anträge ohne Papier einreichen"
CSV = (
    "title;summary;description;category\n"
    "Sitzbänke am Fluss;Mehr Bänke für Ältere;;umwelt\n"
    ";Ohne Titel;;umwelt\n"
    "Falsches Feld;Kurz;;Raumfahrt\n"
).encode("cp1252")


def local(days: float) -> str:
    """A datetime-local value in Berlin, `days` from now."""
    moment = (utcnow() + timedelta(days=days)).astimezone(ZoneInfo("Europe/Berlin"))
    return moment.strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def people(app, organiser, citizen):
    with app.app_context():
        make_categories()


@pytest.fixture
def other_page(browser, live_server):
    context = browser.new_context(base_url=live_server, locale=LOCALE)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_create_register_and_submit_an_idea(page, other_page, app, people):
    # The organiser creates a workshop that collects ideas right now.
    log_in(page, ORGANISER)
    page.goto("/events")
    page.locator("main a[href='/events/new']").click()
    form = page.locator("#event-form")
    form.locator("#type").select_option("workshop")
    form.locator("#title").fill(TITLE)
    form.locator("#description").fill("Wir sammeln **Ideen** für eine Verwaltung ohne Papier.")
    form.locator("#starts_at").fill(local(5))
    form.locator("#ends_at").fill(local(5.2))
    form.locator("#place").fill("Rathaus, Raum 101")
    form.locator("#capacity").fill("20")
    form.locator("#submissions_open_at").fill(local(-1))
    form.locator("#submissions_close_at").fill(local(4))
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/events/workshop-digitale-verwaltung$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".event__description strong")).to_have_text("Ideen")

    # A citizen finds it in the list and registers.
    log_in(other_page, CITIZEN)
    other_page.goto("/events")
    other_page.get_by_role("link", name=TITLE).click()
    other_page.locator("#register").click()
    expect(other_page.locator("#registration-status")).to_be_visible()
    expect(other_page.locator("#cancel-registration")).to_be_visible()
    expect(other_page.locator("#participant-count")).to_contain_text("1")

    # … and submits an idea to it from the event page: the form has the event chosen.
    other_page.locator("#ideas a[href^='/ideas/new?event=']").click()
    expect(other_page.locator("#event")).to_have_value("workshop-digitale-verwaltung")
    other_page.get_by_label("Titel", exact=True).fill(IDEA_TITLE)
    other_page.get_by_label("Kurzbeschreibung", exact=True).fill("Alle Anträge online.")
    other_page.get_by_label("Beschreibung", exact=True).fill("Ohne Ausdrucken und Scannen.")
    other_page.get_by_label("Handlungsfeld").select_option("verwaltung-intern")
    other_page.get_by_role("button", name="Idee einreichen").click()
    other_page.wait_for_url(re.compile(r"/ideas/\d{4}-\d{4}-[\w-]+$"))
    expect(other_page.locator("#idea-event a")).to_have_text(TITLE)
    other_page.locator("#idea-event a").click()
    expect(other_page.locator("#ideas").get_by_role("link", name=IDEA_TITLE)).to_be_visible()
    with app.app_context():
        event = db.session.scalar(db.select(Event))
        idea = db.session.scalar(db.select(Idea))
        assert idea.event_id == event.id
        assert event.starts_at > utcnow()


# --- axe ----------------------------------------------------------------------------------


@pytest.fixture
def hackathon(app, people):
    """A hackathon taking ideas, with registrations, two ideas and a team."""
    with app.app_context():
        organiser = db.session.scalar(db.select(User).where(User.email == ORGANISER))
        event = make_event(
            organiser, "Hackathon Offene Daten", type="hackathon", capacity=1, window=True
        )
        event = db.session.get(Event, event.id)
        citizen = db.session.scalar(db.select(User).where(User.email == CITIZEN))
        waiting = make_user("wartend@example.org", "Walter Wartend")
        services.register(event, citizen)
        services.register(event, db.session.get(User, waiting.id))
        idea = make_idea(citizen, "Baustellen-Karte mit offenen Daten")
        db.session.get(Idea, idea.id).event_id = event.id
        db.session.commit()
        team = teams.create_team(
            event, citizen, db.session.get(Idea, idea.id), "Team Baustellenradar"
        )
        team.award = "1. Platz"
        db.session.commit()
        return {"slug": event.slug, "team_id": team.id}


@pytest.mark.parametrize("query", ["", "?when=past", "?type=hackathon"])
def test_events_list_passes_axe(page, hackathon, query):
    page.goto("/events" + query)
    expect(page.locator("main h1")).to_be_visible()
    if not query.startswith("?when"):
        expect(page.locator(".event-card")).to_have_count(1)
    axe_check(page)


@pytest.mark.parametrize("who", [None, CITIZEN, ORGANISER])
def test_event_page_passes_axe(page, hackathon, who):
    if who:
        log_in(page, who)
    page.goto(f"/events/{hackathon['slug']}")
    expect(page.locator("#teams")).to_be_visible()
    axe_check(page)


def test_event_form_with_and_without_errors_passes_axe(page, people):
    log_in(page, ORGANISER)
    page.goto("/events/new")
    expect(page.locator("#event-form")).to_be_visible()
    axe_check(page)
    page.locator("#event-form #title").fill("Ohne Datum")
    page.locator("#event-form button[type=submit]").click()
    expect(page.get_by_role("heading", name="Bitte überprüfen Sie Ihre Eingaben")).to_be_visible()
    expect(page.locator("#starts_at")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#title")).to_have_value("Ohne Datum")
    axe_check(page)


def test_import_preview_passes_axe(page, hackathon):
    log_in(page, ORGANISER)
    page.goto(f"/events/{hackathon['slug']}/import")
    axe_check(page)
    page.locator("#note").fill("Pinnwand im Workshop")
    page.locator("#file").set_input_files(
        files=[{"name": "ideen.csv", "mimeType": "text/csv", "buffer": CSV}]
    )
    page.locator("#import-form button[type=submit]").click()
    expect(page.locator("#import-rows")).to_be_visible()
    expect(page.locator("#import-encoding")).to_have_attribute("data-encoding", "cp1252")
    expect(page.locator("#import-rows .import-row--error")).to_have_count(2)
    axe_check(page)
    # Only the valid row is imported, after confirming.
    page.locator("#confirm-only_valid").check()
    page.locator("#confirm-import").click()
    expect(page.locator("#ideas").get_by_role("link", name="Sitzbänke am Fluss")).to_be_visible()


def test_team_page_passes_axe(page, hackathon):
    path = f"/events/{hackathon['slug']}/teams/{hackathon['team_id']}"
    page.goto(path)
    expect(page.locator("#team-members")).to_contain_text(ACCOUNTS["citizen"].name)
    axe_check(page)
    log_in(page, ORGANISER)
    page.goto(path)
    expect(page.locator("#award")).to_have_value("1. Platz")
    axe_check(page)
