"""Ideas brought into review, assessed and decided through the real services; test data."""

from datetime import date

from participation.assessment import services
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea, IdeaStatus
from participation.users.models import User
from tests.factories import detached, make_idea

# Staff-only text: must never reach a public page.
DATA_PROTECTION = "Datenschutz-Folgenabschaetzung-XJ7"
IT_SECURITY = "BSI-Grundschutz-Luecke-QZ9"
INTERNAL = "Interne-Bemerkung-Kaemmerei-KV3"
SECRETS = (DATA_PROTECTION, IT_SECURITY, INTERNAL)
PUBLIC_SUMMARY = "Empfohlen: geringer Aufwand, hoher Nutzen für alle."
CHANCES = "Weniger Wartezeit im Bürgeramt"

# What a moderator types into the form (German number format for the cost).
FORM = {
    "effort": "2",
    "benefit": "5",
    "chances": CHANCES,
    "risks": "Schnittstelle zum Fachverfahren",
    "cost_min_eur": "20.000",
    "cost_max_eur": "35000",
    "duration_months": "6",
    "earliest_start": "2027-q2",
    "legally_required": "y",
    "legal_basis": "OZG-Leistung Bewohnerparkausweis",
    "data_protection_notes": DATA_PROTECTION,
    "it_security_notes": IT_SECURITY,
    "responsible_department": "Amt für Digitalisierung",
    "recommendation": "recommend",
    "public_summary": PUBLIC_SUMMARY,
    "internal_remarks": INTERNAL,
}
# The same for the services.
VALUES = {
    **FORM,
    "effort": 2,
    "benefit": 5,
    "cost_min_eur": 20_000,
    "cost_max_eur": 35_000,
    "duration_months": 6,
    "legally_required": True,
}


def staff_path(idea: Idea, page: str) -> str:
    return f"/moderation/ideas/{idea.reference}/{page}"


def _load(idea: Idea) -> Idea:
    return db.session.get(Idea, idea.id, populate_existing=True)


def review(app, idea: Idea, moderator: User) -> Idea:
    """submitted -> in_review, as the moderation team does it."""
    with app.app_context():
        stored = _load(idea)
        workflow.change_status(stored, IdeaStatus.IN_REVIEW, db.session.merge(moderator))
        db.session.commit()
        return detached(stored)


def assess(app, idea: Idea, moderator: User, **values) -> Idea:
    with app.app_context():
        stored = _load(idea)
        services.complete_assessment(stored, db.session.merge(moderator), {**VALUES, **values})
        db.session.commit()
        return detached(stored)


def decide(app, idea: Idea, moderator: User, outcome: str = "accepted", **fields) -> Idea:
    with app.app_context():
        stored = _load(idea)
        services.record_decision(
            stored,
            db.session.merge(moderator),
            **{
                "outcome": outcome,
                "body": "Rat der Stadt",
                "decided_on": date(2026, 3, 12),
                "reasoning": "Im Haushalt 2027 eingeplant.",
                **fields,
            },
        )
        db.session.commit()
        return detached(stored)


def new_idea(app, author: User, title: str = "Termine online buchen", **kwargs) -> Idea:
    with app.app_context():
        return make_idea(author, title, **kwargs)
