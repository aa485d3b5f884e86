"""A person with contributions in every feature, next to someone else in the same threads."""

from dataclasses import dataclass

from participation.comments.services import add_comment
from participation.events import services as event_services
from participation.events import teams
from participation.extensions import db
from participation.ideas import services as idea_services
from participation.ideas.models import Idea
from participation.ideas.support import support
from participation.moderation.services import report
from participation.notifications.models import Delivery, Topic
from participation.notifications.services import set_preference
from participation.privacy import feedback, legal
from participation.privacy.models import FeedbackKind
from participation.users.models import Role, User
from tests.events.factories import make_event
from tests.factories import category, make_idea, make_user

PERSON_EMAIL = "zacharias@example.org"
PERSON_NAME = "Zacharias Quellwasser"
OTHER_NAME = "Olga Andersfrau"


@dataclass
class World:
    person_id: int
    other_id: int
    supported_idea_id: int  # the person's idea, supported by the other
    lonely_idea_id: int  # the person's idea nobody else touched
    others_idea_id: int  # the other's idea the person supported, commented on and reported


def build_world() -> World:
    """Call inside a request context (mails link to pages)."""
    person = make_user(PERSON_EMAIL, PERSON_NAME)
    other = make_user("olga@example.org", OTHER_NAME)
    organiser = make_user("otto@stadt-beispiel.de", "Otto Organisation", (Role.ORGANISER,))
    person, other = db.session.merge(person), db.session.merge(other)
    supported = db.session.merge(make_idea(person, "Parkausweis online beantragen"))
    lonely = db.session.merge(make_idea(person, "Sitzbänke am Rathausplatz"))
    others = db.session.merge(make_idea(other, "Digitale Bibliothekskarte"))
    support(supported, other)
    add_comment(supported, other, "Gute Idee, das brauche ich auch.")
    support(others, person)
    parent = add_comment(others, other, "Das wäre praktisch.")
    add_comment(others, person, "Finde ich auch!", parent=parent)
    idea_services.follow(others, person)
    report(others, person, "off_topic", "Passt nicht hierher.")
    set_preference(person.id, Topic.EVENTS, Delivery.WEEKLY)
    legal.accept_terms(person)
    feedback.submit(FeedbackKind.ACCESSIBILITY, message="Kontrast zu schwach", email=PERSON_EMAIL)
    db.session.commit()

    event = db.session.merge(
        make_event(organiser, "Hackathon Rathaus", window=True, type="hackathon")
    )
    event_services.register(event, person)
    event_idea = event_services.submit_to_event(
        event,
        person,
        title="Team-Idee für den Hackathon",
        summary="Eine Idee für das Team.",
        description="Mehr dazu im Team.",
        category=category(),
        tags="",
    )
    db.session.flush()
    teams.create_team(event, person, event_idea, "Quellwasser-Team")
    db.session.commit()
    return World(person.id, other.id, supported.id, lonely.id, others.id)


def support_counts() -> dict[int, int]:
    return {idea.id: idea.support_count for idea in db.session.query(Idea).all()}


def person(world: World) -> User | None:
    return db.session.get(User, world.person_id)
