"""Demo cycle for `flask seed-demo`: this year's programme with four visions, through the
real services, and some demo ideas linked to them by field of action."""

from participation.core.models import utcnow
from participation.cycles import services
from participation.cycles.models import Cycle
from participation.ideas.models import Idea, IdeaStatus
from participation.users.models import User

IDEAS_PER_VISION = 5
# title, description, field of action whose ideas serve the vision
VISIONS = (
    (
        "Alle Bürgerdienste sind online und in 5 Minuten erledigt",
        "Anträge, Termine und Bescheide gibt es rund um die Uhr digital, barrierefrei und ohne "
        "Medienbruch – vom Bewohnerparkausweis bis zur Anmeldung der Wohnung.",
        "buergerservice",
    ),
    (
        "Die Verwaltung arbeitet papierlos",
        "E-Akte, digitale Unterschrift und medienbruchfreie Abläufe in allen Fachämtern: "
        "schneller für die Bürgerschaft, besser für die Beschäftigten.",
        "verwaltung-intern",
    ),
    (
        "Daten der Stadt sind offen und nutzbar",
        "Haushalt, Ratsinformationen, Umwelt- und Verkehrsdaten stehen maschinenlesbar und "
        "unter offener Lizenz bereit.",
        "offene-daten",
    ),
    (
        "Mobilität ist vernetzt und klimafreundlich",
        "Bus, Bahn, Rad und Parken sind in Echtzeit planbar und buchbar; gute Informationen "
        "machen den Umstieg leicht.",
        "mobilitaet",
    ),
)
LINKABLE = frozenset(set(IdeaStatus) - {IdeaStatus.MERGED, IdeaStatus.WITHDRAWN})


def seed_cycle(ideas: list[Idea], moderator: User) -> Cycle:
    year = utcnow().year
    cycle = services.create_cycle(
        moderator,
        year=year,
        title=f"Digitalisierungsprogramm {year}",
        description=(
            "Mit dem Digitalisierungsprogramm legt die Stadt fest, wohin sie in diesem Jahr "
            "will. Ideen und Vorhaben des Fahrplans zahlen auf diese Visionen ein.\n\n"
            "Der Jahresbericht zeigt, was aus den eingereichten Ideen geworden ist."
        ),
    )
    for position, (title, description, category) in enumerate(VISIONS):
        vision = services.add_vision(
            cycle, moderator, title=title, description=description, position=position
        )
        serving = [
            idea
            for idea in ideas
            if idea.category.slug == category and idea.status in LINKABLE and not idea.is_hidden
        ]
        for idea in serving[:IDEAS_PER_VISION]:
            services.link_idea(vision, idea, moderator)
    return cycle
