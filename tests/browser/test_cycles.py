"""Visions and the annual report in Chromium: axe on every page, staff forms with errors."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_check, log_in
from tests.cycles.conftest import MODERATOR, build_year

pytestmark = pytest.mark.browser


@pytest.fixture
def year(app, moderator, employee):
    with app.app_context():
        return build_year(moderator, employee)


def test_public_pages_pass_axe(page, year):
    page.goto("/visions")
    expect(page.get_by_role("heading", level=1)).to_have_text("Digitalisierungsprogramm 2025")
    axe_check(page)
    page.get_by_role("link", name="Alle Bürgerdienste sind online").click()
    expect(page.locator("#ideas")).to_contain_text(year.refs["a"])
    axe_check(page)
    page.goto("/report/2025")
    expect(page.locator("svg.chart")).to_have_count(2)
    expect(page.locator("#funnel-table tbody tr").first).to_contain_text("11")
    axe_check(page)


def test_staff_pages_pass_axe(page, year):
    log_in(page, MODERATOR)
    page.goto("/visions/manage")
    axe_check(page)
    page.locator("#year").fill("2025")
    page.locator("#title").fill("Noch ein Programm")
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#title")).to_have_value("Noch ein Programm")
    axe_check(page)
    page.goto(year.vision_path)
    page.locator("#reference").fill("2025-9999")
    page.locator("#link button[type=submit]").click()
    expect(page.locator("#reference")).to_have_attribute("aria-invalid", "true")
    axe_check(page)
    page.goto("/report/2025")
    expect(page.locator("#staff-note")).to_be_visible()
    axe_check(page)
    page.goto("/visions/manage/2025")
    axe_check(page)
