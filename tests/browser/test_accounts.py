"""Accounts in a real browser: the whole registration journey, keyboard use and axe checks."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_check, log_in
from tests.factories import PASSWORD, make_user
from tests.helpers import links_in

pytestmark = pytest.mark.browser

EMAIL = "browser@example.org"
NAME = "Bruni Browser"
CHECK_MAIL = "Bitte prüfen Sie Ihr E-Mail-Postfach"


def user_nav(page):
    return page.get_by_role("navigation", name="Ihr Konto")


def test_register_confirm_log_in_and_out(page, smtp, live_server):
    page.goto("/register")
    page.get_by_label("E-Mail-Adresse").fill(EMAIL)
    page.get_by_label("Anzeigename").fill(NAME)
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    page.get_by_label("Passwort wiederholen").fill(PASSWORD)
    page.get_by_label("Ich akzeptiere die Nutzungsbedingungen").check()
    page.get_by_role("button", name="Konto erstellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHECK_MAIL)

    # Delivered inline after the commit, so it is there once the response has arrived.
    [message] = smtp.to(EMAIL)
    [link] = [link for link in links_in(message) if "/confirm/" in link]
    assert link.startswith(f"{live_server}/confirm/")
    page.goto(link)
    page.wait_for_url(re.compile(r"/login$"))
    expect(page.get_by_text("Vielen Dank, Ihre E-Mail-Adresse ist bestätigt.")).to_be_visible()

    log_in(page, EMAIL)
    expect(user_nav(page).get_by_role("link", name=NAME)).to_be_visible()
    expect(user_nav(page).get_by_role("link", name="Anmelden")).to_have_count(0)

    user_nav(page).get_by_role("button", name="Abmelden").click()
    expect(page.get_by_text("Sie sind abgemeldet.")).to_be_visible()
    expect(user_nav(page).get_by_role("link", name="Anmelden")).to_be_visible()
    expect(user_nav(page).get_by_text(NAME)).to_have_count(0)


def test_first_tab_focuses_the_skip_link(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Zum Inhalt springen")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()


@pytest.mark.parametrize("path", ["/", "/login", "/register"])
def test_public_pages_pass_axe(page, path):
    page.goto(path)
    axe_check(page)


def test_register_errors_pass_axe(page):
    page.goto("/register")
    page.get_by_role("button", name="Konto erstellen").click()
    expect(page.get_by_role("heading", name="Bitte überprüfen Sie Ihre Eingaben")).to_be_visible()
    axe_check(page)


def test_account_page_passes_axe(page, app):
    with app.app_context():
        user = make_user("axe@example.org", "Ada Axe")
    log_in(page, user.email)
    page.goto("/account")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Konto")
    axe_check(page)
