"""An administrator in Chromium: invites a moderator who sets a password through the link and
sees the moderation queue; adds a field of action that the idea form then offers; axe on every
administration page at desktop and phone width."""

import pytest
from playwright.sync_api import expect

from participation.extensions import db
from participation.users.models import Role
from tests.browser.conftest import axe_check, log_in
from tests.factories import category, make_user
from tests.helpers import links_in, path_of

pytestmark = pytest.mark.browser


@pytest.fixture
def admin_data(app):
    with app.app_context():
        admin = make_user("admin@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))
        found = {"admin": admin.id, "category": category().id}
        db.session.commit()
        return found


def test_invited_moderator_sets_a_password_and_moderates(
    page, browser, live_server, smtp, admin_data
):
    log_in(page, "admin@stadt-beispiel.de")
    page.get_by_role("link", name="Verwaltung").click()
    page.get_by_role("main").get_by_role("link", name="Personen", exact=True).click()
    page.get_by_role("link", name="Kollegin oder Kollegen einladen").click()
    page.get_by_label("E-Mail-Adresse").fill("moni@stadt-beispiel.de")
    page.get_by_label("Name", exact=True).fill("Moni Moderation")
    page.get_by_label("Moderation").check()
    page.get_by_role("button", name="Einladung verschicken").click()
    expect(page.get_by_text("Die Einladung wurde verschickt.")).to_be_visible()

    (message,) = smtp.to("moni@stadt-beispiel.de")
    link = next(link for link in links_in(message) if "/invitation/" in link)
    context = browser.new_context(base_url=live_server, locale="de-DE")
    invited = context.new_page()
    invited.goto(path_of(link))
    invited.get_by_label("Neues Passwort", exact=True).fill("moni-hat-ein-langes-passwort")
    invited.get_by_label("Passwort wiederholen").fill("moni-hat-ein-langes-passwort")
    invited.get_by_role("button", name="Passwort speichern und anmelden").click()
    invited.get_by_role("link", name="Moderation", exact=True).click()
    expect(invited.get_by_role("heading", level=1)).to_be_visible()
    assert invited.url.endswith("/moderation")
    context.close()

    page.goto("/admin/categories/new")
    page.get_by_label("Name (Deutsch)").fill("Kultur & Freizeit")
    page.get_by_label("Name (Englisch)").fill("Culture & leisure")
    page.get_by_label("Adresse (Kürzel)").fill("kultur")
    page.get_by_label("Farbe").select_option("#c62828")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_text("Das Handlungsfeld wurde angelegt.")).to_be_visible()
    page.goto("/ideas/new")
    expect(
        page.get_by_label("Handlungsfeld").locator("option", has_text="Kultur & Freizeit")
    ).to_have_count(1)


ADMIN_PAGES = [
    "/admin",
    "/admin/users",
    "/admin/users/{admin}",
    "/admin/users/invite",
    "/admin/categories",
    "/admin/categories/new",
    "/admin/categories/{category}",
    "/admin/settings",
    "/admin/audit",
]


@pytest.mark.parametrize("width", [1280, 390])
def test_admin_pages_pass_axe(page, admin_data, width):
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, "admin@stadt-beispiel.de")
    for path in ADMIN_PAGES:
        page.goto(path.format(**admin_data))
        axe_check(page)
