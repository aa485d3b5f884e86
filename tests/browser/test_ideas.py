"""Ideas in a real browser: submit with preview, support in place and without JavaScript,
discuss with comments and replies, and axe checks on every idea page."""

import re
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from participation.comments import services as comment_services
from participation.extensions import db
from participation.ideas import services as idea_services
from participation.ideas import support
from participation.ideas.models import Idea, IdeaStatus
from participation.users.models import User
from tests.browser.conftest import LOCALE, axe_check, log_in
from tests.factories import make_categories, make_idea, make_user

pytestmark = pytest.mark.browser

AUTHOR_EMAIL = "ada@example.org"
SUPPORTER_EMAIL = "ben@example.org"
TITLE = "Parkausweise für Anwohner online beantragen"
SUMMARY = "Den Bewohnerparkausweis sollte man ohne Termin im Bürgeramt beantragen können."
DESCRIPTION = "Heute braucht man **einen Termin vor Ort**.\n\n- Antrag online\n- Bezahlung online"
BOLD = "einen Termin vor Ort"
COMMENT = "Gute Idee, das spart allen viel Zeit."
REPLY = "Danke! Und die Verwaltung hätte weniger Papier."


def idea_path(idea: Idea) -> str:
    return f"/ideas/{idea.reference}-{idea.slug}"


def support_box(page):
    return page.locator("#support")


def expect_supports(box, text: str) -> None:
    expect(box.locator(".support-box__count")).to_have_text(text)  # whitespace normalised


@pytest.fixture
def new_page(browser, live_server):
    """Open pages in further browser contexts (own cookies); `new_page(java_script_enabled=…)`."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(base_url=live_server, locale=LOCALE, **options)
        contexts.append(context)
        return context.new_page()

    try:
        yield open_page
    finally:
        for context in contexts:
            context.close()


def test_submit_support_comment_and_reply(page, new_page, app):
    with app.app_context():
        make_categories()
        author = make_user(AUTHOR_EMAIL, "Ada Autorin")
        make_user(SUPPORTER_EMAIL, "Ben Bürger")

    # The author submits an idea, looking at the preview first.
    log_in(page, author.email)
    page.goto("/ideas/new")
    expect(page.get_by_role("heading", level=1)).to_have_text("Idee einreichen")
    page.get_by_label("Titel", exact=True).fill(TITLE)
    page.get_by_label("Kurzbeschreibung", exact=True).fill(SUMMARY)
    page.get_by_label("Beschreibung", exact=True).fill(DESCRIPTION)
    page.get_by_label("Handlungsfeld").select_option(label="Mobilität & Verkehr")
    page.get_by_label("Schlagwörter (optional)").fill("Parken, Bürgeramt")
    page.get_by_role("button", name="Vorschau").click()

    preview = page.get_by_role("region", name="Vorschau der Beschreibung")
    expect(preview.locator("strong")).to_have_text(BOLD)
    expect(preview.get_by_role("listitem")).to_have_text(["Antrag online", "Bezahlung online"])
    # The preview keeps everything that was typed.
    expect(page.get_by_label("Titel", exact=True)).to_have_value(TITLE)
    expect(page.get_by_label("Kurzbeschreibung", exact=True)).to_have_value(SUMMARY)
    expect(page.get_by_label("Beschreibung", exact=True)).to_have_value(DESCRIPTION)
    expect(page.get_by_label("Handlungsfeld")).to_have_value("mobilitaet")
    expect(page.get_by_label("Schlagwörter (optional)")).to_have_value("Parken, Bürgeramt")

    page.get_by_role("button", name="Idee einreichen").click()
    page.wait_for_url(re.compile(r"/ideas/\d{4}-\d{4}-[\w-]+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(
        page.get_by_text(re.compile(r"Vielen Dank! Ihre Idee \d{4}-\d{4} wurde"))
    ).to_be_visible()
    expect(page.locator(".idea__description strong")).to_have_text(BOLD)
    expect(page.get_by_role("link", name="parken", exact=True)).to_be_visible()  # lower-cased
    idea_url = page.url

    # A second citizen supports it: the count changes in place, without loading a page.
    other = new_page()
    log_in(other, SUPPORTER_EMAIL)
    other.goto(idea_url)
    expect(other.get_by_role("heading", level=1)).to_have_text(TITLE)
    box = support_box(other)
    expect_supports(box, "0 Unterstützungen")
    other.evaluate("window.stillTheSamePage = true")
    box.get_by_role("button", name="Idee unterstützen").click()

    expect_supports(box, "1 Unterstützung")
    button = box.get_by_role("button", name="Unterstützung zurückziehen")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(box.get_by_role("status")).to_have_text("Vielen Dank für Ihre Unterstützung!")
    assert other.url == idea_url
    assert other.evaluate("window.stillTheSamePage") is True

    # … comments on it …
    other.get_by_label("Ihr Kommentar").fill(COMMENT)
    other.get_by_role("button", name="Kommentar veröffentlichen").click()
    expect(other.get_by_text("Ihr Kommentar wurde veröffentlicht.")).to_be_visible()
    thread_item = other.locator(".thread__item").filter(has_text=COMMENT)
    expect(thread_item).to_have_count(1)

    # … and answers in the reply box under that comment.
    thread_item.locator("summary", has_text="Antworten").click()
    thread_item.get_by_label("Ihre Antwort").fill(REPLY)
    thread_item.get_by_role("button", name="Antwort veröffentlichen").click()
    expect(other.get_by_text("Ihr Kommentar wurde veröffentlicht.")).to_be_visible()

    discussion = other.get_by_role("region", name="2 Kommentare")
    thread_item = discussion.locator(".thread__item").filter(has_text=COMMENT)
    expect(thread_item.locator(".comment").first).to_contain_text(COMMENT)
    replies = thread_item.get_by_role("list", name="Antworten")
    expect(replies.locator(":scope > li")).to_have_count(1)
    expect(replies).to_contain_text(REPLY)
    expect(replies).to_contain_text("Ben Bürger")
    expect(other.get_by_text(REPLY)).to_be_visible()


def test_support_without_javascript(page, new_page, app):
    with app.app_context():
        author = make_user(AUTHOR_EMAIL, "Ada Autorin")
        make_user(SUPPORTER_EMAIL, "Ben Bürger")
        path = idea_path(make_idea(author, TITLE))

    plain = new_page(java_script_enabled=False)
    log_in(plain, SUPPORTER_EMAIL)
    plain.goto(path)
    box = support_box(plain)
    expect_supports(box, "0 Unterstützungen")
    box.get_by_role("button", name="Idee unterstützen").click()

    plain.wait_for_url(re.compile(re.escape(path) + "#support$"))
    expect(plain.get_by_text("Vielen Dank für Ihre Unterstützung!")).to_be_visible()
    expect_supports(box, "1 Unterstützung")
    expect(box.get_by_role("button", name="Unterstützung zurückziehen")).to_be_visible()

    box.get_by_role("button", name="Unterstützung zurückziehen").click()
    expect(plain.get_by_text("Sie unterstützen diese Idee nicht mehr.")).to_be_visible()
    expect_supports(box, "0 Unterstützungen")
    expect(box.get_by_role("button", name="Idee unterstützen")).to_be_visible()


# --- axe checks ---------------------------------------------------------------------------


@dataclass
class Seeded:
    author_id: int
    author_email: str
    citizen_email: str
    idea_path: str


def seed(app) -> Seeded:
    """Ideas in every status and several fields of action, a discussion with a reply, support."""
    with app.app_context():
        author = make_user(AUTHOR_EMAIL, "Ada Autorin")
        citizen = make_user(SUPPORTER_EMAIL, "Ben Bürger")
        make_categories()
        slugs = ["buergerservice", "bildung", "mobilitaet", "umwelt", "smart-city"]
        others = [
            make_idea(
                citizen if index % 2 else author,
                f"Idee Nummer {index + 1}: {status}",
                category_slug=slugs[index % len(slugs)],
                tags="Digital, Service",
                status=None if status == IdeaStatus.SUBMITTED else status,
            )
            for index, status in enumerate(IdeaStatus)
        ]
        idea = make_idea(author, TITLE, description=DESCRIPTION, tags="Parken, Bürgeramt")

        idea, first = db.session.get(Idea, idea.id), db.session.get(Idea, others[0].id)
        author, citizen = db.session.get(User, author.id), db.session.get(User, citizen.id)
        comment = comment_services.add_comment(idea, citizen, COMMENT)
        comment_services.add_comment(idea, author, REPLY, parent=comment)
        comment_services.add_comment(idea, citizen, "Noch ein **zweiter** Gedanke.")
        support.support(idea, citizen)
        support.support(first, citizen)
        idea_services.follow(first, citizen)
        db.session.commit()
        return Seeded(author.id, author.email, citizen.email, idea_path(idea))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("", "9 Ideen"),
        ("?q=Idee&category=bildung&status=in_review&sort=supported", "1 Idee"),
        ("?tag=digital&sort=discussed&page=2", "8 Ideen · Schlagwort: digital"),
    ],
)
def test_ideas_list_passes_axe(page, app, monkeypatch, query, found):
    seed(app)
    monkeypatch.setitem(app.config, "IDEAS_PER_PAGE", 4)  # shows the pagination too
    page.goto("/ideas" + query)
    expect(page.get_by_role("heading", level=1)).to_have_text("Ideen")
    expect(page.locator(".result-count")).to_have_text(found)
    expect(page.locator(".idea-card").first).to_be_visible()
    axe_check(page)


def test_idea_page_with_discussion_passes_axe(page, app):
    seeded = seed(app)
    log_in(page, seeded.citizen_email)
    page.goto(seeded.idea_path)
    expect(page.get_by_role("button", name="Unterstützung zurückziehen")).to_be_visible()
    expect(page.get_by_role("button", name="Kommentar veröffentlichen")).to_be_visible()
    expect(page.get_by_role("list", name="Antworten")).to_contain_text(REPLY)
    axe_check(page)
    # Open the reply box too, so its form is checked as well.
    page.locator("summary", has_text="Antworten").first.click()
    expect(page.get_by_label("Ihre Antwort").first).to_be_visible()
    axe_check(page)


def test_idea_page_for_visitors_passes_axe(page, app):
    seeded = seed(app)
    page.goto(seeded.idea_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    axe_check(page)


def test_submit_form_passes_axe(page, app):
    seeded = seed(app)
    log_in(page, seeded.author_email)
    page.goto("/ideas/new")
    expect(page.get_by_label("Handlungsfeld")).to_be_visible()
    axe_check(page)


def test_submit_form_with_errors_passes_axe(page, app):
    seeded = seed(app)
    log_in(page, seeded.author_email)
    page.goto("/ideas/new")
    page.get_by_role("button", name="Idee einreichen").click()
    expect(page.get_by_role("heading", name="Bitte überprüfen Sie Ihre Eingaben")).to_be_visible()
    expect(page.get_by_label("Titel", exact=True)).to_have_attribute("aria-invalid", "true")
    axe_check(page)


def test_submit_form_with_preview_passes_axe(page, app):
    seeded = seed(app)
    log_in(page, seeded.author_email)
    page.goto("/ideas/new")
    page.get_by_label("Beschreibung", exact=True).fill(DESCRIPTION)
    page.get_by_role("button", name="Vorschau").click()
    expect(page.get_by_role("region", name="Vorschau der Beschreibung")).to_contain_text(BOLD)
    axe_check(page)


def test_report_form_passes_axe(page, app):
    seeded = seed(app)
    log_in(page, seeded.citizen_email)
    page.goto(seeded.idea_path)
    page.get_by_role("link", name="Idee melden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inhalt melden")
    axe_check(page)
    page.get_by_role("button", name="Meldung senden").click()
    expect(page.get_by_role("heading", name="Bitte überprüfen Sie Ihre Eingaben")).to_be_visible()
    axe_check(page)


def test_profile_page_passes_axe(page, app):
    seeded = seed(app)
    page.goto(f"/users/{seeded.author_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ada Autorin")
    expect(page.get_by_role("heading", name=re.compile(r"^Kommentare \(1\)"))).to_be_visible()
    axe_check(page)


def test_my_participation_passes_axe(page, app):
    seeded = seed(app)
    log_in(page, seeded.citizen_email)
    page.goto("/me")
    expect(page.get_by_role("heading", level=1)).to_have_text("Meine Beteiligung")
    axe_check(page)


def test_start_page_with_ideas_passes_axe(page, app):
    seed(app)
    page.goto("/")
    expect(page.get_by_role("link", name=TITLE).first).to_be_visible()
    axe_check(page)
