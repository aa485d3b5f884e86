"""Single sign-on in Chromium: the buttons, the provider's login page and back, linking an
existing account, roles, logout at the provider, a refusal, and axe on the pages involved."""

import re

import pytest
from playwright.sync_api import expect

from participation.users.models import Role
from tests.browser.conftest import axe_check, log_in
from tests.factories import PASSWORD, make_user
from tests.sso import conftest as sso
from tests.sso.conftest import CITIZEN_LABEL, STAFF_LABEL

pytestmark = pytest.mark.browser

# The app with the providers (overriding `app` in this module, so `live_server` and `page`
# serve it) and the providers themselves, as in tests/sso.
app = sso.app
staff_idp = sso.staff_idp
citizen_idp = sso.citizen_idp
_fresh_providers = sso._fresh_providers

PHONE = {"width": 390, "height": 844}


def axe_at_both_widths(page) -> None:
    axe_check(page)
    page.set_viewport_size(PHONE)
    axe_check(page)
    page.set_viewport_size({"width": 1280, "height": 800})


def log_in_at_provider(page, label: str, subject: str) -> None:
    page.goto("/login")
    page.get_by_role("button", name=label).click()
    expect(page.get_by_role("heading", name="Testanbieter")).to_be_visible()
    page.get_by_label("Person").select_option(subject)
    page.get_by_role("button", name="Beim Testanbieter anmelden").click()


def test_login_page_with_provider_buttons_passes_axe(page):
    page.goto("/login")
    expect(page.get_by_role("button", name=STAFF_LABEL)).to_be_visible()
    expect(page.get_by_role("button", name=CITIZEN_LABEL)).to_be_visible()
    axe_at_both_widths(page)


def test_first_login_second_login_and_logout_at_the_provider(page, staff_idp, live_server):
    staff_idp.add_person(
        "k-100",
        email="ada@kreis.example",
        email_verified=True,
        name="Ada Amt",
        groups=["mitwirken-moderatoren"],
    )

    log_in_at_provider(page, STAFF_LABEL, "k-100")
    page.wait_for_url(re.compile(r"/account$"))
    expect(page.get_by_text("Willkommen! Ihr Konto wurde angelegt.")).to_be_visible()
    logins = page.get_by_role("region", name="Verknüpfte Anmeldungen")
    expect(logins).to_contain_text("verknüpft seit")
    expect(page.get_by_text("Bürger*in, Mitarbeitende, Moderation")).to_be_visible()
    axe_at_both_widths(page)

    page.get_by_role("navigation", name="Ihr Konto").get_by_role("button", name="Abmelden").click()
    page.wait_for_url(f"{live_server}/")
    expect(page.get_by_text("Sie sind abgemeldet.")).to_be_visible()
    assert len(staff_idp.logouts) == 1

    log_in_at_provider(page, STAFF_LABEL, "k-100")
    expect(page.get_by_text("Sie sind angemeldet.")).to_be_visible()
    expect(page.get_by_role("navigation", name="Ihr Konto")).to_contain_text("Ada Amt")


def test_an_existing_account_is_linked_after_its_password(page, app, citizen_idp):
    with app.app_context():
        make_user("bea@example.org", "Bea Bürgerin")
    citizen_idp.add_person("bk-1", email="bea@example.org", email_verified=True)

    log_in_at_provider(page, CITIZEN_LABEL, "bk-1")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Anmeldung mit Ihrem Konto verknüpfen"
    )
    page.get_by_role("button", name="Verknüpfen und anmelden").click()
    expect(page.get_by_role("heading", name="Bitte überprüfen Sie Ihre Eingaben")).to_be_visible()
    axe_at_both_widths(page)

    page.get_by_label("Passwort Ihres Kontos").fill(PASSWORD)
    page.get_by_role("button", name="Verknüpfen und anmelden").click()
    expect(page.get_by_text("Ihre Anmeldung ist jetzt verknüpft.")).to_be_visible()
    page.goto("/account")
    expect(page.get_by_role("region", name="Verknüpfte Anmeldungen")).to_contain_text(
        "bea@example.org"
    )


def test_a_tampered_state_shows_a_clear_refusal(page, staff_idp, live_server):
    staff_idp.add_person("k-100", email="ada@kreis.example", email_verified=True)
    page.goto("/login")
    page.get_by_role("button", name=STAFF_LABEL).click()
    page.get_by_label("Person").select_option("k-100")

    def forge_state(route):
        # The provider's answer reaches the browser with another state, as a forged link would.
        answer = route.fetch(max_redirects=0)
        location = re.sub(r"state=[^&]+", "state=forged", answer.headers["location"])
        route.fulfill(response=answer, headers={**answer.headers, "location": location})

    page.route(re.compile(r".*/authorize\?.*"), forge_state)
    page.get_by_role("button", name="Beim Testanbieter anmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Anmeldung nicht möglich")
    axe_check(page)
    expect(
        page.get_by_role("navigation", name="Ihr Konto").get_by_role("link", name="Anmelden")
    ).to_be_visible()


def test_account_page_with_linked_logins_passes_axe(page, app):
    with app.app_context():
        make_user("axe@kreis.example", "Ada Axe", (Role.EMPLOYEE,))
    log_in(page, "axe@kreis.example")
    page.goto("/account")
    expect(page.get_by_role("region", name="Verknüpfte Anmeldungen")).to_contain_text(
        "nicht verknüpft"
    )
    axe_at_both_widths(page)
