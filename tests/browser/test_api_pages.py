"""The API documentation, the open data page and the token page in Chromium: axe at desktop
and phone width, the strict CSP holds (no console errors), a token is created and shown once."""

import pytest
from playwright.sync_api import expect

from participation.users.models import Role
from tests.browser.conftest import axe_check, log_in
from tests.factories import make_idea, make_user

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def staff(app):
    with app.app_context():
        make_user("emil@stadt-beispiel.de", "Emil", (Role.EMPLOYEE,))
        make_idea(make_user("clara@example.org"), "Öffentliche Idee")


def _check_both_widths(page, path: str) -> None:
    errors = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    for size in (None, PHONE):
        if size:
            page.set_viewport_size(size)
        response = page.goto(path)
        assert response.status == 200
        axe_check(page)
    assert errors == [], errors  # e.g. CSP violations


def test_docs_and_open_data_pages_are_accessible(page, staff):
    _check_both_widths(page, "/api/docs")
    expect(page.get_by_role("heading", name="API-Dokumentation")).to_be_visible()
    expect(page.get_by_role("link", name="GET /api/v1/ideas", exact=True)).to_be_visible()
    _check_both_widths(page, "/open-data")
    expect(page.get_by_role("link", name="Beschlüsse (CSV)")).to_be_visible()


def test_staff_create_and_revoke_a_token(page, staff):
    log_in(page, "emil@stadt-beispiel.de")
    page.goto("/account")
    page.get_by_role("link", name="API-Schlüssel verwalten").click()
    axe_check(page)
    page.get_by_role("button", name="Schlüssel erstellen").click()
    expect(page.locator(".field__error").first).to_be_visible()
    axe_check(page)  # with the errors shown
    page.get_by_label("Name").fill("Projektwerkzeug")
    page.get_by_label("Interne Ideen, Vorhaben und Veranstaltungen lesen").check()
    page.get_by_role("button", name="Schlüssel erstellen").click()
    token = page.get_by_label("Schlüssel", exact=True).input_value()
    assert token.startswith("mwk_")
    _check_both_widths(page, "/account/api-tokens")
    assert token not in page.content()
    page.get_by_role("button", name="Widerrufen Projektwerkzeug").click()
    expect(page.get_by_text("Der Schlüssel wurde widerrufen.")).to_be_visible()
