"""Demo events for `flask seed-demo`: a past hackathon with teams, an award and ideas handed
to moderation, an upcoming workshop with a waiting list and an open call for ideas."""

from datetime import datetime, timedelta

from sqlalchemy import select

from participation.core.models import utcnow
from participation.events import services
from participation.events.models import Event, Team, TeamMember
from participation.extensions import db
from participation.ideas.models import Category, Idea
from participation.ideas.services import submit_idea
from participation.users.models import User

HACKATHON_IDEAS = [
    ("Mängelmelder als offene App", "Schäden im Stadtraum per Foto melden, mit Statusverfolgung.",
     "smart-city"),
    ("Freie Kita-Plätze in Echtzeit", "Eltern sehen freie Plätze aller Kitas auf einer Karte.",
     "bildung"),
    ("Parkhaus-Belegung als offene Daten", "Die Belegung der städtischen Parkhäuser minütlich "
     "als offene Schnittstelle.", "offene-daten"),
]  # fmt: skip


def _day(days: int, hour: int) -> datetime:
    """`hour` o'clock UTC, `days` from today."""
    start = utcnow().replace(minute=0, second=0, microsecond=0)
    return start.replace(hour=hour) + timedelta(days=days)


def _event(organiser: User, **values) -> Event:
    defaults = {
        "online_url": "",
        "audience": "public",
        "capacity": None,
        "submissions_open_at": None,
        "submissions_close_at": None,
        "co_organisers": "",
        "results": "",
    }
    return services.create_event(organiser, **{**defaults, **values})


def _hackathon(organiser: User, people: list[User], categories: dict[str, Category]) -> Event:
    event = _event(
        organiser,
        type="hackathon",
        title="Hackathon „Offene Stadt“",
        description="Zwei Tage, offene Daten der Stadt und viel Kaffee: Entwicklerinnen, "
        "Designer und Verwaltung bauen gemeinsam Prototypen.\n\n- Daten der Stadt als "
        "offene Schnittstellen\n- Mentoring durch das Amt für Digitalisierung",
        starts_at=_day(-45, 8),
        ends_at=_day(-44, 16),
        place="Stadtbibliothek, Am Markt 3",
        capacity=40,
        submissions_open_at=_day(-60, 8),
        submissions_close_at=_day(-44, 12),
        results="Drei Teams haben Prototypen vorgestellt. Der **Mängelmelder** gewann den "
        "ersten Preis und wird nun von der Verwaltung geprüft.",
    )
    for person in people:
        services.register(event, person, now=_day(-50, 10))
    ideas = []
    for position, (title, summary, slug) in enumerate(HACKATHON_IDEAS):
        author = people[position % len(people)]
        ideas.append(
            submit_idea(
                author,
                title=title,
                summary=summary,
                description=f"{summary}\n\nEntstanden beim Hackathon „Offene Stadt“.",
                category=categories[slug],
                event_id=event.id,
                now=_day(-45, 10 + position),
            )
        )
    # The hackathon is over, so its teams are written directly (the service takes new ones
    # only while an event runs).
    for position, (name, award) in enumerate(
        (("Team Stadtradar", "1. Preis"), ("Kita-Kompass", None))
    ):
        team = Team(event_id=event.id, idea=ideas[position], name=name, award=award)
        db.session.add(team)
        db.session.flush()
        for member in people[position::2]:
            db.session.add(TeamMember(team_id=team.id, event_id=event.id, user_id=member.id))
    db.session.flush()
    services.hand_over(event, organiser, [idea.id for idea in ideas[:2]])
    return event


def seed_events(users: list[User], ideas: list[Idea]) -> list[Event]:
    """`users` are the demo accounts. The events bring ideas of their own; of the other demo
    `ideas`, none belongs to an event."""
    by_email = {user.email: user for user in users}
    organiser = by_email["veranstaltungen@stadt-beispiel.de"]
    citizens = [by_email["buergerin@example.org"], by_email["buerger@example.org"]]
    employee = by_email["it-amt@stadt-beispiel.de"]
    categories = {category.slug: category for category in db.session.scalars(select(Category))}
    hackathon = _hackathon(organiser, [*citizens, employee], categories)
    workshop = _event(
        organiser,
        type="workshop",
        title="Workshop: Bürgeramt der Zukunft",
        description="Wie sollen Termine, Anträge und Beratung im Bürgeramt künftig "
        "funktionieren? Wir sammeln Ideen an Pinnwänden und in kleinen Gruppen.",
        starts_at=_day(14, 15),
        ends_at=_day(14, 18),
        place="Rathaus, Großer Sitzungssaal",
        capacity=2,
        co_organisers="admin@stadt-beispiel.de",
    )
    for person in [*citizens, employee]:  # two places: the third waits
        services.register(workshop, person)
    call = _event(
        organiser,
        type="call_for_ideas",
        title="Ideenaufruf: Digitale Schule",
        description="Was brauchen Schulen, Lehrkräfte und Eltern digital? Reichen Sie Ihre "
        "Idee bis zum Ende des Aufrufs ein.",
        starts_at=_day(-7, 8),
        ends_at=_day(28, 18),
        place="",
        online_url="https://mitwirken.stadt-beispiel.de",
        submissions_open_at=_day(-7, 8),
        submissions_close_at=_day(28, 18),
    )
    submit_idea(
        citizens[0],
        title="Elternbriefe digital",
        summary="Elternbriefe der Schulen digital, mit Lesebestätigung und Übersetzung.",
        description="Papierzettel gehen im Ranzen verloren. Eine App der Stadt für alle Schulen.",
        category=categories["bildung"],
        event_id=call.id,
    )
    db.session.flush()
    return [hackathon, workshop, call]
