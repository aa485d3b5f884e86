"""Demo lifecycle for `flask seed-demo`: ideas in every status, through the real services."""

from datetime import timedelta

from participation.assessment import services
from participation.assessment.models import DecisionOutcome, Recommendation
from participation.ideas.models import Idea, IdeaStatus
from participation.moderation import actions
from participation.users.models import User

BODIES = ("Rat der Stadt", "Verwaltungsvorstand", "Ausschuss für Digitalisierung")
DEPARTMENTS = ("Bürgeramt", "Amt für Digitalisierung und IT", "Tiefbauamt", "Schulverwaltungsamt")
# position in the demo list -> where the idea ends up
PLAN = {
    **dict.fromkeys((0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), DecisionOutcome.ACCEPTED),
    15: DecisionOutcome.REJECTED,
    18: DecisionOutcome.DEFERRED,
    21: IdeaStatus.ASSESSED,
    24: IdeaStatus.ASSESSED,
    27: IdeaStatus.ASSESSED,
    30: IdeaStatus.IN_REVIEW,
    33: IdeaStatus.IN_REVIEW,
    36: IdeaStatus.IN_REVIEW,
    39: IdeaStatus.REJECTED,
}
MERGE_SOURCE, MERGE_TARGET, HIDDEN = 45, 3, 48


def _assessment_values(position: int, idea: Idea, recommendation: str) -> dict:
    effort = position % 5 + 1
    benefit = (position * 3) % 5 + 1
    online_service = idea.category.slug == "buergerservice"
    return {
        "effort": effort,
        "benefit": benefit,
        "chances": "Spürbare Entlastung für Bürgerinnen, Bürger und Verwaltung.",
        "risks": "Abhängigkeit von einem Anbieter; Schulungsbedarf in den Fachämtern.",
        "cost_min_eur": effort * 10_000,
        "cost_max_eur": effort * 25_000,
        "duration_months": effort * 3,
        "earliest_start": f"{idea.created_at.year + 1}-Q{position % 4 + 1}",
        "legally_required": online_service,
        "legal_basis": "Onlinezugangsgesetz (OZG)" if online_service else "",
        "data_protection_notes": "Datenschutz-Folgenabschätzung erforderlich.",
        "it_security_notes": "Betrieb im kommunalen Rechenzentrum.",
        "responsible_department": DEPARTMENTS[position % len(DEPARTMENTS)],
        "recommendation": recommendation,
        "public_summary": "Die Verwaltung empfiehlt die Umsetzung in einem Pilotprojekt.",
        "internal_remarks": "Haushaltsmittel im nächsten Doppelhaushalt anmelden.",
    }


def seed_lifecycle(ideas: list[Idea], moderator: User) -> None:
    for position, goal in PLAN.items():
        idea = ideas[position]
        if goal == IdeaStatus.REJECTED:
            actions.change_status(
                idea, IdeaStatus.REJECTED, moderator, "Dafür ist der Landkreis zuständig."
            )
            continue
        actions.change_status(idea, IdeaStatus.IN_REVIEW, moderator, "Wir prüfen die Idee.")
        if goal == IdeaStatus.IN_REVIEW:
            continue
        recommendation = (
            Recommendation.DO_NOT_RECOMMEND
            if goal == DecisionOutcome.REJECTED
            else Recommendation.RECOMMEND
        )
        services.complete_assessment(
            idea, moderator, _assessment_values(position, idea, recommendation)
        )
        if goal == IdeaStatus.ASSESSED:
            continue
        reasoning = {
            DecisionOutcome.ACCEPTED: "Hoher Nutzen bei vertretbarem Aufwand.",
            DecisionOutcome.REJECTED: "Der Aufwand steht in keinem Verhältnis zum Nutzen.",
            DecisionOutcome.DEFERRED: "Wird im nächsten Haushaltsjahr erneut beraten.",
        }[goal]
        services.record_decision(
            idea,
            moderator,
            outcome=goal,
            body=BODIES[position % len(BODIES)],
            decided_on=(idea.created_at + timedelta(days=60)).date(),
            reasoning=reasoning,
            document_url="https://ratsinfo.stadt-beispiel.de/vorlage/" + idea.reference,
        )
    actions.merge(
        ideas[MERGE_SOURCE], ideas[MERGE_TARGET], moderator, "Gleicher Vorschlag wie diese Idee."
    )
    actions.hide(ideas[HIDDEN], moderator, "Enthält personenbezogene Daten; bitte überarbeiten.")
