"""A known year (2025) of ideas, decisions and roadmap items, built through the real services.

Times are chosen so that every figure of the report can be worked out by hand; the expected
values are written next to the data in the tests.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from participation.assessment import services as assessment
from participation.core.html import slugify
from participation.core.models import utcnow
from participation.cycles import services as cycles
from participation.cycles.models import Cycle, Vision
from participation.extensions import db
from participation.ideas import services as ideas
from participation.ideas import support
from participation.ideas.models import Category, Idea, IdeaStatus
from participation.moderation import actions
from participation.roadmap import services as roadmap
from participation.roadmap import workflow as item_workflow
from participation.roadmap.models import ItemStatus, ProgressUpdate, RoadmapItem
from participation.users.models import User
from tests.factories import ACCOUNTS, make_categories, make_user

ASSESSMENT = {
    "effort": 2,
    "benefit": 4,
    "chances": "Schneller",
    "risks": "Keine",
    "cost_min_eur": 1_000,
    "cost_max_eur": 2_000,
    "duration_months": 3,
    "earliest_start": "2026-Q1",
    "responsible_department": "Bürgeramt",
    "recommendation": "recommend",
    "public_summary": "Empfohlen.",
}
# The year's moderator and employee are those of the role fixtures (and their `_client`s).
MODERATOR = ACCOUNTS["moderator"].email
EMPLOYEE = ACCOUNTS["employee"].email


@dataclass
class Year:
    """References of the fixture's ideas by letter, and ids of its roadmap items."""

    refs: dict[str, str] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)
    item_titles: dict[str, str] = field(default_factory=dict)
    vision_id: int = 0
    vision_path: str = ""


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


class Builder:
    def __init__(self, moderator: User, employee: User):
        make_categories()
        self.author = db.session.merge(make_user("author@example.org", "Ada Autorin"))
        self.employee = db.session.merge(employee)
        self.moderator = db.session.merge(moderator)
        self.supporters = [
            db.session.merge(make_user(f"s{number}@example.org", f"S {number}"))
            for number in range(5)
        ]
        self.categories = {c.slug: c for c in db.session.scalars(select(Category))}

    def submit(self, when: datetime, category: str, supports: int = 0, internal=False) -> Idea:
        idea = ideas.submit_idea(
            self.employee if internal else self.author,
            title=f"Idee vom {when:%d.%m.%Y %H:%M}",
            summary="Eine Zusammenfassung.",
            description="Eine Beschreibung.",
            category=self.categories[category],
            visibility="internal" if internal else "public",
            now=when,
        )
        for supporter in self.supporters[:supports]:
            support.support(idea, supporter)
        return idea

    def assess(self, idea: Idea) -> None:
        actions.change_status(idea, IdeaStatus.IN_REVIEW, self.moderator)
        assessment.complete_assessment(idea, self.moderator, ASSESSMENT)

    def decide(self, idea: Idea, outcome: str, days: int) -> date:
        """Assess and decide `days` after the (Berlin) day of submission."""
        self.assess(idea)
        decided_on = idea.created_at.date() + timedelta(days=days)
        assessment.record_decision(
            idea,
            self.moderator,
            outcome=outcome,
            body="Rat der Stadt",
            decided_on=decided_on,
            reasoning="Begründung.",
        )
        return decided_on

    def item(self, idea: Idea, title: str, vision: Vision | None = None) -> RoadmapItem:
        return roadmap.create_item(
            self.moderator,
            idea,
            {
                "title": title,
                "description": "Umsetzung.",
                "responsible_department": "Amt für Digitalisierung",
                "category": idea.category,
                "vision_id": vision.id if vision else None,
            },
        )


def build_year(moderator: User, employee: User) -> Year:
    b = Builder(moderator, employee)
    result = Year()
    # Ideas of 2025 (in Berlin time). Statuses now, supports, days to the first decision:
    a = b.submit(at(2025, 1, 10), "buergerservice", supports=4)  # accepted, done, evaluated: 60
    bb = b.submit(at(2025, 2, 1), "buergerservice", supports=3)  # accepted, done: 20
    c = b.submit(at(2025, 3, 1), "mobilitaet", supports=2)  # accepted, item stale: 70
    d = b.submit(at(2025, 4, 1), "mobilitaet", supports=1)  # rejected: 10
    e = b.submit(at(2025, 5, 5), "umwelt", supports=2)  # deferred, back in review: 30
    f = b.submit(at(2025, 6, 1), "umwelt")  # assessed
    g = b.submit(at(2025, 7, 1), "bildung")  # withdrawn
    h = b.submit(at(2025, 8, 1), "bildung")  # merged into i
    i = b.submit(at(2025, 9, 1), "bildung")  # submitted
    k = b.submit(at(2024, 12, 31, 23, 30), "smart-city")  # 1 January 2025 in Berlin: submitted
    o = b.submit(at(2025, 11, 1), "umwelt")  # deferred: 20
    # Not in the public report of 2025:
    j = b.submit(at(2025, 12, 31, 23, 30), "buergerservice")  # 1 January 2026 in Berlin
    internal = b.submit(at(2025, 3, 15), "verwaltung-intern", internal=True)  # accepted: 5
    hidden = b.submit(at(2025, 10, 1), "umwelt", supports=5)  # hidden by moderation
    old = b.submit(at(2024, 6, 1), "smart-city")  # accepted in 2024, item fresh

    decided_a = b.decide(a, "accepted", 60)
    decided_b = b.decide(bb, "accepted", 20)
    b.decide(c, "accepted", 70)
    b.decide(d, "rejected", 10)
    b.decide(e, "deferred", 30)
    actions.change_status(e, IdeaStatus.IN_REVIEW, b.moderator, "Neue Runde.")
    b.assess(f)
    ideas.withdraw_idea(g, b.author, "Hat sich erledigt.")
    actions.merge(h, i, b.moderator, "Doppelt.")
    b.decide(o, "deferred", 20)
    b.decide(internal, "accepted", 5)
    actions.hide(hidden, b.moderator, "Personenbezogene Daten.")
    b.decide(old, "accepted", 30)

    cycle = cycles.create_cycle(b.moderator, year=2025, title="Digitalisierungsprogramm 2025")
    vision = cycles.add_vision(cycle, b.moderator, title="Alle Bürgerdienste sind online")

    # a: done by a progress update on 9 June in Berlin (22:30 UTC on the 8th): 90 days.
    item_a = b.item(a, "Online-Termine", vision)
    done = roadmap.post_update(item_a, b.moderator, "Fertig.", status=ItemStatus.DONE)
    done.created_at = at(2025, 6, 8, 22, 30)
    assert (date(2025, 6, 9) - decided_a).days == 90
    roadmap.record_evaluation(
        item_a,
        b.moderator,
        summary="Ziel erreicht.",
        lessons_learned="Früh testen.",
        next_steps="",
        results={},
        follow_up_ideas=[],
    )
    # b: set to done without an update; its last change was 60 days after the decision.
    item_b = b.item(bb, "Ummeldung online")
    item_workflow.change_status(item_b, ItemStatus.DONE, None)
    db.session.flush()
    item_b.updated_at = at(2025, 4, 22, 9)
    assert (date(2025, 4, 22) - decided_b).days == 60
    # c: under way, silent for 200 days; internal: planned, silent for 300 days (staff only).
    item_c = b.item(c, "Parken per App", vision)
    roadmap.post_update(item_c, b.moderator, "Gestartet.", status=ItemStatus.IN_PROGRESS)
    item_c.last_update_at = utcnow() - timedelta(days=200)
    item_internal = b.item(internal, "E-Akte im Bauamt", vision)
    item_internal.last_update_at = utcnow() - timedelta(days=300)
    item_old = b.item(old, "Sensoren am Marktplatz")
    db.session.flush()

    for idea_to_link in (a, internal, hidden):
        cycles.link_idea(vision, idea_to_link, b.moderator)
    db.session.commit()
    # The done update keeps its time; b's item keeps its last change.
    assert db.session.get(ProgressUpdate, done.id).created_at == at(2025, 6, 8, 22, 30)
    assert db.session.get(RoadmapItem, item_b.id).updated_at == at(2025, 4, 22, 9)

    letters = dict(
        a=a, b=bb, c=c, d=d, e=e, f=f, g=g, h=h, i=i, k=k, o=o, j=j,
        internal=internal, hidden=hidden, old=old,
    )  # fmt: skip
    result.refs = {letter: idea.reference for letter, idea in letters.items()}
    items = dict(a=item_a, b=item_b, c=item_c, internal=item_internal, old=item_old)
    result.items = {letter: item.id for letter, item in items.items()}
    result.item_titles = {letter: item.title for letter, item in items.items()}
    result.vision_id = vision.id
    result.vision_path = f"/visions/{vision.id}-{slugify(vision.title)}"
    assert db.session.scalar(select(Cycle.year)) == 2025
    return result


@pytest.fixture
def year(app, moderator, employee) -> Year:
    with app.app_context():
        return build_year(moderator, employee)
