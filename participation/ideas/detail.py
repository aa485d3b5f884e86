"""The idea page, rendered for the idea's own view and again by features that show it with
a form of theirs that has errors (a comment with what was typed, say)."""

from flask import render_template
from flask_login import current_user
from sqlalchemy import select

from participation.extensions import db
from participation.ideas import queries
from participation.ideas.labels import FIELD_LABELS, STATUS_LABELS
from participation.ideas.models import Idea, IdeaRevision, StatusChange


def render_detail(idea: Idea, status: int = 200, **extra) -> tuple[str, int]:
    """The idea page with its timeline and edit history; `extra` goes to the template (other
    features' parts of the page fetch their own data through their context processors)."""
    timeline = db.session.scalars(
        select(StatusChange)
        .where(StatusChange.idea_id == idea.id)
        .order_by(StatusChange.created_at, StatusChange.id)
    ).all()
    facts = queries.facts(idea, current_user)
    revisions = []
    if facts.edited:
        revisions = db.session.scalars(
            select(IdeaRevision)
            .where(IdeaRevision.idea_id == idea.id)
            .order_by(IdeaRevision.created_at.desc())
        ).all()
    html = render_template(
        "ideas/detail.html",
        idea=idea,
        timeline=timeline,
        revisions=revisions,
        supported=facts.supported,
        following=facts.following,
        status_labels=STATUS_LABELS,
        field_labels=FIELD_LABELS,
        merged_from=queries.merged_into(idea, current_user) if facts.merged_into_it else [],
        **extra,
    )
    return html, status
