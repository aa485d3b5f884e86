"""Demo roadmap for `flask seed-demo`: items in every status, through the real services."""

from datetime import date, timedelta

from sqlalchemy import update

from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas.models import Idea, IdeaStatus
from participation.roadmap import services
from participation.roadmap.models import ItemStatus, ProgressUpdate, RoadmapItem
from participation.users.models import User

DEPARTMENTS = ("Bürgeramt", "Amt für Digitalisierung und IT", "Tiefbauamt", "Schulverwaltungsamt")
# status, start quarter offset, length in quarters, progress, milestones done of 3
PLANS = [
    (ItemStatus.PLANNED, 1, 3, 0, 0),
    (ItemStatus.PLANNED, 2, 2, 0, 0),
    (ItemStatus.PLANNED, 3, 4, 0, 0),
    (ItemStatus.IN_PROGRESS, -2, 4, 40, 1),
    (ItemStatus.IN_PROGRESS, -1, 3, 25, 1),
    (ItemStatus.IN_PROGRESS, -3, 5, 70, 2),
    (ItemStatus.IN_PROGRESS, 0, 2, 10, 0),
    (ItemStatus.PAUSED, -2, 4, 30, 1),
    (ItemStatus.DONE, -5, 3, 100, 3),
    (ItemStatus.DONE, -4, 2, 100, 3),
    (ItemStatus.DONE, -3, 2, 100, 3),
    (ItemStatus.CANCELLED, -2, 2, 15, 0),
]


def _quarter(offset: int) -> str:
    today = date.today()
    index = today.year * 4 + (today.month - 1) // 3 + offset
    return f"{index // 4}-Q{index % 4 + 1}"


def seed_roadmap(ideas: list[Idea], moderator: User) -> list[RoadmapItem]:
    accepted = [idea for idea in ideas if idea.status == IdeaStatus.ACCEPTED]
    items = []
    for number, (idea, plan) in enumerate(zip(accepted, PLANS, strict=False)):
        status, start, length, progress, done = plan
        item = services.create_item(
            moderator,
            idea,
            {
                "title": idea.title,
                "description": f"{idea.summary}\n\n**Vorgehen:** Pilot, Auswertung, Ausrollen.",
                "category": idea.category,
                "vision_id": idea.vision_id,
                "responsible_department": DEPARTMENTS[number % len(DEPARTMENTS)],
                "contact": "digitalisierung@stadt-beispiel.de",
                "start": _quarter(start),
                "end": _quarter(start + length - 1),
                "budget_eur": 20_000 * (number + 1),
                "progress_from_milestones": number % 3 == 0,
            },
        )
        for position, title in enumerate(("Konzept", "Pilotbetrieb", "Einführung")):
            milestone = services.add_milestone(
                item, moderator, title, date.today() + timedelta(days=90 * (position + start))
            )
            if position < done:
                services.set_milestone_done(milestone, moderator, True)
        services.save_indicator(
            item,
            moderator,
            {
                "name": "Durchschnittliche Bearbeitungszeit",
                "unit": "Minuten",
                "baseline": "40",
                "target": "8",
                "current": str(40 - 32 * progress // 100) if progress else None,
                "measured_on": date.today() if progress else None,
            },
            None,
        )
        _history(item, moderator, status, progress, start)
        if status == ItemStatus.DONE and number % 2 == 0:
            services.record_evaluation(
                item,
                moderator,
                summary="Das Ziel wurde erreicht; die Bearbeitungszeit sank deutlich.",
                lessons_learned="Früh mit den Fachämtern testen; Schulungen einplanen.",
                next_steps="Ausweitung auf weitere Dienstleistungen.",
                results={indicator.id: ("8", True) for indicator in item.indicators},
                follow_up_ideas=[],
            )
        items.append(item)
    if len(accepted) > len(PLANS):
        services.link_idea(items[3], accepted[len(PLANS)], moderator)
    return items


def _history(item: RoadmapItem, moderator: User, status: str, progress: int, start: int) -> None:
    """A few dated updates; one active item is left without news for the stale flag."""
    if status == ItemStatus.PLANNED:
        return
    manual = None if item.progress_from_milestones else progress
    services.post_update(
        item, moderator, "Das Projekt ist gestartet.", None, ItemStatus.IN_PROGRESS
    )
    reason = (
        "Vorrang für gesetzliche Pflichtaufgaben." if status in ("paused", "cancelled") else None
    )
    services.post_update(item, moderator, "Aktueller Stand der Umsetzung.", manual, status, reason)
    # After the decision (about three months ago); the paused one is stale (> 90 days).
    days_ago = 95 if status == ItemStatus.PAUSED else 10 + 5 * max(0, -start)
    when = utcnow() - timedelta(days=days_ago)
    db.session.execute(
        update(ProgressUpdate).where(ProgressUpdate.item_id == item.id).values(created_at=when)
    )
    item.last_update_at = when
