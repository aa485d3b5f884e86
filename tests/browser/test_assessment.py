"""Assessment and decision in a real browser: a moderator assesses an idea in review and
records the decision; the public idea page shows both. axe checks on every staff page.

Locators use ids and names, not texts: the new strings get their German translation later.
"""

import re

import pytest
from playwright.sync_api import expect

from participation.assessment import services
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea, IdeaStatus
from participation.users.models import Role
from tests.assessment.builders import VALUES
from tests.browser.conftest import axe_check, log_in
from tests.factories import detached, make_categories, make_idea, make_user

pytestmark = pytest.mark.browser

SUMMARY = "Empfohlen: ein Online-Formular spart Wege und Wartezeit."
REMARK = "Nur intern: Haushaltsmittel beim Kämmerer anfragen."
REASONING = "Der Rat hat die Umsetzung im Haushalt 2027 beschlossen."


def in_review(app, title: str, assessed: bool = False) -> Idea:
    """An idea taken into review (and assessed) through the real services."""
    with app.app_context():
        author = make_user(f"{title[:5].lower()}@example.org", "Ada Autorin")
        idea = db.session.merge(make_idea(author, title))
        moderator = db.session.merge(
            make_user(f"staff-{idea.id}@stadt-beispiel.de", "Staff", (Role.MODERATOR,))
        )
        workflow.change_status(idea, IdeaStatus.IN_REVIEW, moderator)
        if assessed:
            services.complete_assessment(idea, moderator, VALUES)
        db.session.commit()
        return detached(idea)


def choose(page, name: str, value: str) -> None:
    page.locator(f'input[name="{name}"][value="{value}"]').check()


def test_assess_and_decide_an_idea(page, browser, live_server, app, moderator):
    with app.app_context():
        make_categories()
    idea = in_review(app, "Hundesteuer online anmelden")
    log_in(page, moderator.email)

    # The assessment form, empty, and after an attempt to complete it too early.
    page.goto(f"/moderation/ideas/{idea.reference}/assessment")
    expect(page.locator("#missing-fields")).to_be_visible()
    axe_check(page)
    page.fill("#chances", "Weniger Wege ins Rathaus")
    page.click('button[name="action"][value="complete"]')
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#chances")).to_have_value("Weniger Wege ins Rathaus")
    expect(page.locator("#benefit")).to_have_attribute(
        "aria-describedby", re.compile("benefit-error")
    )
    axe_check(page)

    # Filled in and completed.
    choose(page, "effort", "2")
    choose(page, "benefit", "5")
    page.fill("#risks", "Anbindung an das Fachverfahren")
    page.fill("#cost_min_eur", "15.000")
    page.fill("#cost_max_eur", "30.000")
    page.fill("#duration_months", "4")
    page.fill("#earliest_start", "2027-Q1")
    page.check("#legally_required")
    page.fill("#legal_basis", "OZG-Leistung Hundesteuer")
    page.fill("#responsible_department", "Steueramt")
    choose(page, "recommendation", "recommend")
    page.fill("#public_summary", SUMMARY)
    page.fill("#internal_remarks", REMARK)
    page.click('button[name="action"][value="complete"]')
    expect(page.locator("#assessment")).to_contain_text(SUMMARY)
    expect(page.locator(".badge--progress").first).to_be_visible()

    # The decision form.
    page.goto(f"/moderation/ideas/{idea.reference}/decision")
    axe_check(page)
    choose(page, "outcome", "accepted")
    page.fill("#body", "Rat der Stadt")
    page.fill("#decided_on", "2026-03-12")
    page.fill("#reasoning", REASONING)
    page.fill("#document_url", "https://ratsinfo.stadt-beispiel.de/vorlage/2026-117")
    page.locator("main form.form button[type=submit]").click()
    expect(page.locator("#decision")).to_contain_text("Rat der Stadt")

    # What the public sees.
    context = browser.new_context(base_url=live_server, locale="de-DE")
    try:
        public = context.new_page()
        public.goto(f"/ideas/{idea.reference}")
        decision = public.locator("#decision")
        expect(decision).to_contain_text("Rat der Stadt")
        expect(decision).to_contain_text("12.03.2026")
        expect(decision).to_contain_text(REASONING)
        expect(decision.locator("a[href^='https://ratsinfo']")).to_be_visible()
        assessment = public.locator("#assessment")
        expect(assessment).to_contain_text(SUMMARY)
        expect(assessment).to_contain_text("15.000\u00a0€")
        expect(assessment).to_contain_text("OZG-Leistung Hundesteuer")
        expect(public.locator("body")).not_to_contain_text(REMARK)
        expect(public.locator(".timeline")).to_contain_text(REASONING)
        axe_check(public)
    finally:
        context.close()


def test_matrix_priorities_and_decision_paper_pass_axe(page, app, moderator):
    with app.app_context():
        make_categories()
    first = in_review(app, "Parkausweis digital", assessed=True)
    second = in_review(app, "Sperrmüll online anmelden", assessed=True)

    page.goto("/ideas/matrix")
    expect(page.locator("svg.matrix__chart a")).to_have_count(2)
    axe_check(page)
    # Each point is a link in the accessibility tree, with a name, reachable by keyboard.
    chart = page.locator("svg.matrix__chart")
    for idea in (first, second):
        link = chart.get_by_role("link", name=re.compile(idea.reference))
        expect(link).to_have_count(1)
        link.focus()
        expect(link).to_be_focused()
    expect(page.locator("table caption")).to_be_visible()

    log_in(page, moderator.email)
    page.goto("/moderation/priorities")
    expect(page.locator("tbody tr")).to_have_count(2)
    axe_check(page)
    page.locator(f'input[name="idea"][value="{second.id}"]').check()
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/moderation/decision-paper\?idea="))
    expect(page.locator(".paper__idea")).to_have_count(1)
    expect(page.locator(".paper__idea h2")).to_contain_text(second.title)
    axe_check(page)
    # Printed, only the paper remains.
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".no-print")).to_be_hidden()
    expect(page.locator(".paper__idea")).to_be_visible()
