"""Legal pages, feedback (also with errors), Leichte Sprache, the account's privacy pages and
the admin pages pass axe at desktop and phone width; the feedback form works without JS."""

import pytest
from playwright.sync_api import expect

from participation.users.models import Role
from tests.browser.conftest import axe_check, log_in
from tests.factories import make_user

PUBLIC = (
    "/impressum",
    "/datenschutz",
    "/barrierefreiheit",
    "/nutzungsbedingungen",
    "/leichte-sprache",
    "/barrierefreiheit/feedback",
    "/kontakt",
)
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


@pytest.mark.parametrize("size", SIZES)
def test_public_privacy_pages_pass_axe(page, size):
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size], strict=True)))
    for path in PUBLIC:
        page.goto(path)
        axe_check(page)


@pytest.mark.parametrize("size", SIZES)
def test_feedback_with_errors_passes_axe(page, size):
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size], strict=True)))
    page.goto("/barrierefreiheit/feedback")
    page.get_by_label("Ihre E-Mail-Adresse (optional)").fill("kein-at")
    page.get_by_role("button", name="Senden").click()
    expect(page.get_by_role("heading", name="Bitte überprüfen Sie Ihre Eingaben")).to_be_visible()
    axe_check(page)


def test_feedback_is_sent_without_javascript(browser, live_server, smtp):
    # axe needs JavaScript, so this context only proves the form works without it.
    context = browser.new_context(base_url=live_server, locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/barrierefreiheit/feedback")
        page.get_by_label("Ihre Nachricht").fill("Das Menü ist mit der Tastatur nicht erreichbar.")
        page.get_by_role("button", name="Senden").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Vielen Dank, Ihre Nachricht wurde gesendet"
        )
        assert len(smtp.to("barrierefreiheit@beispielstadt.example")) == 1
    finally:
        context.close()


@pytest.mark.parametrize("size", SIZES)
def test_account_and_admin_privacy_pages_pass_axe(page, app, size):
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size], strict=True)))
    with app.app_context():
        admin = make_user("ada@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))
        other = make_user("olga@example.org", "Olga Andersfrau")
    log_in(page, admin.email)
    for path in (
        "/account",
        "/account/delete",
        "/admin/legal",
        "/admin/legal/accessibility",
        "/admin/legal/terms",
        "/admin/feedback",
        f"/admin/users/{other.id}/delete",
    ):
        page.goto(path)
        axe_check(page)
    page.goto("/account")
    page.get_by_role("button", name="Meine Daten herunterladen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ihre Daten sind bereit")
    axe_check(page)
    page.goto("/account/delete")
    page.get_by_role("button", name="Mein Konto löschen").click()
    expect(page.get_by_role("heading", name="Bitte überprüfen Sie Ihre Eingaben")).to_be_visible()
    axe_check(page)
